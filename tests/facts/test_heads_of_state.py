"""Heads of state and of government serve the state that an adjective of nationality or a genitive beside
their title names; a title alone ("President P") names none by itself, only the state in view (the subject
of the sentence before, tests/facts/test_officials11.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration

NAMES = {"Égypte": "Country", "Egypt": "Country", "Biélorussie": "Country", "Belarus": "Country",
         "Turquie": "Country", "Karim Haddad": "Person", "Ilya Marov": "Person", "Tom Reed": "Person",
         "Marc Dupré": "Person", "Velotrak": "Company", "Helix": "Company"}
CODES = {"Égypte": "eg", "Egypt": "eg", "Biélorussie": "by", "Belarus": "by", "Turquie": "tr"}


def jobs(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    f = Facts(text, lang, {k: v for k, v in NAMES.items() if k in text}, {}, countries=CODES)
    check_integrity(f)
    return {(f.name(r.subject), f.name(r.object), r.role) for r in f.relations if r.predicate == "employed_by"}


@pytest.mark.parametrize("text,lang,expected", [
    ("L'Égypte achète des drones. Le président égyptien Karim Haddad a reçu les vendeurs.", "fr",
     ("Karim Haddad", "Égypte", "president")),
    ("Egypt buys drones. Egyptian President Karim Haddad met the sellers.", "en",
     ("Karim Haddad", "Egypt", "president")),
    ("Belarus cut the internet after Ilya Marov, Belarus's president, claimed victory.", "en",
     ("Ilya Marov", "Belarus", "president")),
    ("La Biélorussie a coupé internet. Ilya Marov, président biélorusse, a été réélu.", "fr",
     ("Ilya Marov", "Biélorussie", "president")),
    ("Belarus cut the internet. Belarus's prime minister Ilya Marov defended the move.", "en",
     ("Ilya Marov", "Belarus", "prime minister")),
    ("La Turquie achète des drones. Le premier ministre turc, Karim Haddad, a signé.", "fr",
     ("Karim Haddad", "Turquie", "prime minister")),
    ("Ilya Marov, président de la Biélorussie, a été réélu.", "fr", ("Ilya Marov", "Biélorussie", "president")),
    # a title alone: the state the sentence before is about (its subject)
    ("Egypt buys drones. President Karim Haddad met the sellers.", "en", ("Karim Haddad", "Egypt", "president")),
])
def test_a_head_of_state_serves_the_state_named_beside_the_title(text, lang, expected):
    assert expected in jobs(text, lang)


@pytest.mark.parametrize("text,lang,person", [
    ("Egypt buys drones from Helix. President Karim Haddad met the sellers.", "en", "Karim Haddad"),
    ("Les autorités égyptiennes ont reçu Marc Dupré, président de Velotrak.", "fr", "Marc Dupré"),
    ("Egypt buys drones from Helix, whose president, Tom Reed, is Egyptian.", "en", "Tom Reed"),
    ("L'Égypte achète des drones. Le président de Velotrak, Marc Dupré, est égyptien.", "fr", "Marc Dupré"),
    ("The Egyptian president of Helix, Tom Reed, sold drones to Egypt.", "en", "Tom Reed"),
    # a head of state who travels is a guest of the state in view
    ("Egypt buys drones. President Karim Haddad visited Cairo in May.", "en", "Karim Haddad"),
    ("L'Égypte achète des drones. Le président Karim Haddad s'est rendu au Caire en mai.", "fr", "Karim Haddad"),
])
def test_no_state_without_an_adjective_or_genitive_beside_the_title(text, lang, person):
    assert not {(p, o) for p, o, _ in jobs(text, lang) if p == person and NAMES[o] == "Country"}
