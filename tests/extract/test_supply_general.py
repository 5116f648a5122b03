"""Sales in shapes the supply rules were not written from, French and English, on sentences written for
these tests: a buyer that becomes a client or pays the seller, a contract between a company and a state,
a relative clause whose subject is the seller, goods counted in units, clients ranked by size; and near
misses (talks, a cancelled contract, a company paying, a shareholder) that must give no sale; a sale
through a named intermediary gives the chain (seller to intermediary to buyer), a contract or a year
after "through" gives none."""

from __future__ import annotations

import pytest

from tests.extract.test_supply_phrasings import supplies

pytestmark = pytest.mark.integration

H, N = "Helix", "Nordsec"
POSITIVE = [
    ("Helix won a contract worth $40m to install Vigil for the Interior Ministry.", "en", {(H, "Interior Ministry")}),
    ("Egypt's Interior Ministry became a Helix customer in 2014.", "en", {(H, "Interior Ministry")}),
    ("Libya became one of the biggest customers of Helix.", "en", {(H, "Libya")}),
    ("The Interior Ministry paid Helix $2m for Vigil.", "en", {(H, "Interior Ministry")}),
    ("Helix, which counts Libya among its customers, denies wrongdoing.", "en", {(H, "Libya")}),
    ("Helix delivered the first Vigil units to Morocco in March 2012.", "en", {(H, "Morocco")}),
    ("Helix sold 40 units to Egypt in 2013.", "en", {(H, "Egypt")}),
    ("A contract signed in 2007 between Helix and Libya covered Vigil.", "en", {(H, "Libya")}),
    ("The 2009 deal between Bahrain and Helix was worth $10m.", "en", {(H, "Bahrain")}),
    ("Vigil, which Helix sold to Egypt in 2012, was used against protesters.", "en", {(H, "Egypt")}),
    ("Le Maroc est devenu client de Nordsec en 2014.", "fr", {(N, "Maroc")}),
    ("Le ministère de l'Intérieur a payé 2 millions d'euros à Nordsec pour Argus.", "fr",
     {(N, "ministère de l'Intérieur")}),
    ("L'Égypte figure parmi les plus gros clients de Nordsec.", "fr", {(N, "Égypte")}),
    ("Nordsec, qui compte la Libye parmi ses clients, dément toute faute.", "fr", {(N, "Libye")}),
    ("Le contrat signé en 2007 entre Nordsec et la Libye portait sur Argus.", "fr", {(N, "Libye")}),
    ("Un accord entre la Syrie et Nordsec a été conclu en 2009.", "fr", {(N, "Syrie")}),
    # a sale through a named intermediary: the chain as the documents show it
    ("Helix sold Vigil to Egypt through Orma, a Dubai reseller.", "en", {(H, "Egypt"), (H, "Orma"), ("Orma", "Egypt")}),
    ("Helix shipped Vigil to Egypt via Orma.", "en", {(H, "Egypt"), (H, "Orma"), ("Orma", "Egypt")}),
    ("Nordsec a vendu Argus à la Libye par l'intermédiaire d'Orma, un revendeur de Dubaï.", "fr",
     {(N, "Libye"), (N, "Orma"), ("Orma", "Libye")}),
    ("Helix sold Vigil to Egypt through a contract signed with Orma.", "en", {(H, "Egypt")}),
    ("Helix sold Vigil to Egypt through 2015.", "en", {(H, "Egypt")}),
]
NEGATIVE = [
    ("Talks on a contract between Helix and Libya collapsed in 2010.", "en"),
    ("The proposed deal between Helix and Egypt was cancelled.", "en"),
    ("Helix paid Privacy Watch for a study.", "en"),
    ("Egypt became a shareholder of Helix in 2014.", "en"),
    ("Helix sold its unit to Orma in 2016.", "en"),
    ("Les négociations entre Nordsec et la Libye ont échoué.", "fr"),
    ("Un projet de contrat entre Nordsec et l'Égypte a été abandonné.", "fr"),
    ("Le Maroc est devenu actionnaire de Nordsec en 2014.", "fr"),
]


@pytest.mark.parametrize("text,lang,expected", POSITIVE, ids=[t[:40] for t, _, _ in POSITIVE])
def test_general_sales(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    got = supplies(text, lang)
    assert expected <= got, f"missing {expected - got}; got {got}"
    assert not got - expected, f"wrong {got - expected}"


@pytest.mark.parametrize("text,lang", NEGATIVE, ids=[t[:40] for t, _ in NEGATIVE])
def test_no_sale(text: str, lang: str) -> None:
    assert not supplies(text, lang)
