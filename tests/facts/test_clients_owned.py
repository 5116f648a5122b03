"""A client noun with a possessive ("its clients include Z", "ses clients") belongs to its owner, never to a
name standing nearby ("Besides Italy, its clients include Z": Italy sells nothing); "no customers in Z" is
no sale. Sentences written for these tests."""

import pytest

from tests.facts.conftest import Facts

NAMES = {"Paragon Solutions": "Company", "Italy": "Country", "Kenya": "Country", "Veltrix Systems": "Company",
         "Netherlands": "Country", "Arvane": "Company", "Maroc": "Country", "Italie": "Country"}


def _triples(lang: str, text: str) -> set[tuple[str, str, str]]:
    return {t for t in Facts(text, lang, {n: k for n, k in NAMES.items() if n in text}, {}).triples()
            if t[1] == "supplied"}


@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Paragon Solutions sells its tool to governments. Besides Italy, its clients include Kenya.",
     ("Italy", "supplied", "Kenya")),
    ("fr", "Arvane vend ses sondes. Outre l'Italie, ses clients comptent le Maroc.", ("Italie", "supplied", "Maroc")),
    ("en", "Veltrix Systems said the firm has no customers in the Netherlands.",
     ("Veltrix Systems", "supplied", "Netherlands")),
])
def test_no_sale(lang: str, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in _triples(lang, text)


def test_the_owner_of_the_clients_sells() -> None:
    text = "Veltrix Systems sold cameras in 2019. Its customers include Kenya."
    assert ("Veltrix Systems", "supplied", "Kenya") in _triples("en", text)
