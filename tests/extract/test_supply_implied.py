"""Sales the text implies without a verb of selling, on sentences written for these tests (French and
English): a company that stops selling somewhere sold there before ("X stopped selling to Z", "X a mis
fin à ses ventes en Z"), and goods of a company in use by a state, a public body or a company ("Z used X's
devices", "Z utilisait la technologie de X", "X's technology was used in Z"). Each positive has negatives
beside it: a stop or a use asked for, denied or negated, a state that stops its own sales, a use by
researchers, goods of no named company."""

from __future__ import annotations

import pytest

from tests.extract.test_supply_phrasings import supplies

pytestmark = pytest.mark.integration

H, N = "Helix", "Nordsec"
STOPPED = [
    ("Helix stopped selling its products to Egypt and Sudan.", "en", {(H, "Egypt"), (H, "Sudan")}),
    ("Helix stopped supplying Syria in 2011.", "en", {(H, "Syria")}),
    ("Helix suspended deliveries to Libya after the uprising.", "en", {(H, "Libya")}),
    ("Nordsec a cessé de vendre ses produits en Libye et en Syrie.", "fr", {(N, "Libye"), (N, "Syrie")}),
    ("La société Nordsec a annoncé qu'elle cessait de vendre ses produits au Maroc et en Libye.", "fr",
     {(N, "Maroc"), (N, "Libye")}),
    ("La société Nordsec vend Argus.\nDepuis, elle a mis fin à ses ventes en Libye et en Syrie.", "fr",
     {(N, "Libye"), (N, "Syrie")}),
    ("La Libye a cessé de vendre du pétrole à la Syrie.", "fr", set()),
    ("Helix was urged to stop selling Vigil to Egypt.", "en", set()),
    ("Helix did not stop selling Vigil to Egypt.", "en", set()),
    ("Helix stopped selling Vigil last year.", "en", set()),
    ("Nordsec a cessé ses activités en Libye.", "fr", set()),
    ("Nordsec n'a jamais cessé de vendre Argus au Maroc.", "fr", set()),
    ("Orma vend Vigil et Nordsec vend Argus.\nElle a cessé de vendre ses produits en Libye.", "fr", set()),
]
USED = [
    ("Le ministère de l'Intérieur utilisait la technologie de Nordsec.", "fr",
     {(N, "ministère de l'Intérieur")}),
    ("The National Police Service used Helix's devices to unlock phones.", "en",
     {(H, "National Police Service")}),
    ("Helix's technology had been used in Egypt for mass web monitoring.", "en", {(H, "Egypt")}),
    ("Helix equipment installed in Sudan was used to block websites.", "en", {(H, "Sudan")}),
    ("Le Maroc a utilisé les outils de Nordsec contre des journalistes.", "fr", {(N, "Maroc")}),
    ("Helix makes Vigil.\nThe Interior Ministry used Vigil against protesters.", "en",
     {(H, "Interior Ministry")}),
    ("The Interior Ministry used Vigil against protesters.", "en", set()),
    ("Privacy Watch used Helix's tools to test phones.", "en", set()),
    ("Helix denied that its equipment had been used in Sudan.", "en", set()),
    ("Le ministère de l'Intérieur n'a jamais utilisé les outils de Nordsec.", "fr", set()),
    ("The Interior Ministry could use Helix's devices next year.", "en", set()),
    ("The Interior Ministry used the devices to unlock phones.", "en", set()),
    ("Le Maroc a utilisé des outils contre des journalistes, selon Nordsec.", "fr", set()),
]


@pytest.mark.parametrize("text,lang,expected", STOPPED + USED)
def test_implied_supply(text, lang, expected):
    assert supplies(text, lang) == expected



def test_a_stop_dates_the_sales_before_it() -> None:
    from tests.extract.test_supply_phrasings import CODES, NAMES
    from tests.facts.conftest import Facts

    text = "En octobre 2020, Nordsec a cessé de vendre ses produits en Libye."
    f = Facts(text, "fr", {k: v for k, v in NAMES.items() if k in text}, {"octobre 2020": ("2020-10", "month")},
              countries=CODES)
    r = f.rel(N, "supplied", "Libye")
    assert (r.date, r.precision) == ("/2020-10", "interval")  # sold there at some time up to the stop


BOUGHT = [
    ("Helix makes Vigil.\nThe Interior Ministry bought Vigil in 2015.", "en", {(H, "Interior Ministry")}),
    ("Nordsec a conçu Argus.\nLe ministère de l'Intérieur a acheté Argus en 2016.", "fr",
     {(N, "ministère de l'Intérieur")}),
    # another source named, a maker unknown, a purchase only wished for or denied: nothing from the maker
    ("Helix makes Vigil.\nThe Interior Ministry bought Vigil from a reseller in Dubai.", "en", set()),
    ("The Interior Ministry bought Vigil in 2015.", "en", set()),
    ("Helix makes Vigil.\nThe Interior Ministry wanted to buy Vigil.", "en", set()),
    ("Helix makes Vigil.\nThe Interior Ministry never bought Vigil.", "en", set()),
]


@pytest.mark.parametrize("text,lang,expected", BOUGHT)
def test_a_purchase_with_no_seller_named_comes_from_the_maker(text, lang, expected):
    assert supplies(text, lang) == expected
