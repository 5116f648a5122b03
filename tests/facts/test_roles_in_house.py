"""A lawyer at an organisation is its own (employed_by), a lawyer for it speaks for it (represents); titles
of a second in command and of junior ministers are roles. Sentences written for these tests."""

import pytest

from tests.facts.conftest import Facts

NAMES = {"Ioannis Kouvakas": "Person", "Privacy International": "Organization", "Maria Lund": "Person",
         "Velkor Systems": "Company", "Fabrice Brégier": "Person", "Airbus": "Company", "Anna Berg": "Person",
         "Paragon Solutions": "Company", "John Fleming": "Person", "Italy": "Country", "Luca Verdi": "Person"}


def _triples(lang: str, text: str) -> set[tuple[str, str, str]]:
    return Facts(text, lang, {n: t for n, t in NAMES.items() if n in text}, {}).triples()


@pytest.mark.parametrize("lang,text,present,absent", [
    ("en", "Ioannis Kouvakas, a lawyer at Privacy International, said so.",
     ("Ioannis Kouvakas", "employed_by", "Privacy International"),
     ("Ioannis Kouvakas", "represents", "Privacy International")),
    ("en", "Maria Lund, a lawyer for Velkor Systems, said the sale was lawful.",
     ("Maria Lund", "represents", "Velkor Systems"), ("Maria Lund", "employed_by", "Velkor Systems")),
    ("fr", "Fabrice Brégier, ancien numéro deux d'Airbus, a parlé.", ("Fabrice Brégier", "employed_by", "Airbus"),
     None),
    ("en", "Paragon Solutions sold its tool. Its executive chairman, John Fleming, declined to comment.",
     ("John Fleming", "employed_by", "Paragon Solutions"), None),
    ("en", "Luca Verdi, the undersecretary of Italy, spoke.", ("Luca Verdi", "employed_by", "Italy"), None),
])
def test_roles(lang: str, text: str, present: tuple, absent: tuple | None) -> None:
    found = _triples(lang, text)
    assert present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize("text,expected", [
    ("Italy bought the tool in 2023. Anna Berg's government suspended the contract.", True),
    ("Italy and Spain bought the tool. Anna Berg's government suspended the contract.", False),  # which state?
])
def test_a_government_named_by_its_head(text: str, expected: bool) -> None:
    names = {"Italy": "Country", "Spain": "Country", "Anna Berg": "Person"}
    f = Facts(text, "en", names, {}, countries={"Italy": "it", "Spain": "es"})
    assert (("Anna Berg", "employed_by", "Italy") in f.triples()) is expected
