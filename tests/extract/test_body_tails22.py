"""A public body told by the kind at the end of its name ("Central Security Forces", "National Security Sector",
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
