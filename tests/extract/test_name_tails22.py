"""An event told by the last word of its name ("Gulf Security Expo", "Homeland Security Week"). A public body
told by the kind at the end of its name ("Central Security Forces", "National Security Sector",
"State Security Investigations Service", "Ontario Superior Court of Justice", "Security Bureau") or at its head
in French ("Forces de sécurité intérieure", "Forces armées"). Near misses: a company or an NGO whose name holds
such a word elsewhere than at its end, and forces that are no state's by their name ("Forces de soutien
rapide": read elsewhere).

Names written for this test."""

from __future__ import annotations

import pytest

from enquete.extract.context import name_type


@pytest.mark.parametrize("name,expected", [
    ("Central Security Forces", "PublicBody"),
    ("Internal Security Forces", "PublicBody"),
    ("National Security Sector", "PublicBody"),
    ("State Security Investigations Service", "PublicBody"),
    ("Security Bureau", "PublicBody"),
    ("Ontario Superior Court of Justice", "PublicBody"),
    ("Tarsian Court of Appeal", "PublicBody"),
    ("Forces de sécurité intérieure", "PublicBody"),
    ("Forces armées tarsiennes", "PublicBody"),
    ("Forces spéciales", "PublicBody"),
    # near misses
    ("Security Sector Reform Network", None),
    ("Superior Court Records Ltd", "Company"),
    ("Forces de soutien rapide", None),
    ("Investigations Service Partners", "Company"),
    ("Security Forces Veterans Association", None),
])
def test_kind_in_the_name(name: str, expected: str | None) -> None:
    assert name_type(name) == expected


@pytest.mark.parametrize("name,expected", [
    ("Gulf Security Expo", "Event"),
    ("Homeland Security Week", "Event"),
    ("Balkan Defence Fair", "Event"),
    ("Tarsia Security Summit", "Event"),
    ("Global Intelligence Conference", "Event"),
    ("Border Technology Exhibition 2019", "Event"),
    # near misses: a parliament, an organisation, a word alone, a company
    ("US Congress", None),
    ("Expo Systems", "Company"),
    ("Week", None),
    ("Summit Technologies", "Company"),  # a company tail wins over an event word at the head
])
def test_event_by_its_last_word(name: str, expected: str | None) -> None:
    assert name_type(name) == expected
