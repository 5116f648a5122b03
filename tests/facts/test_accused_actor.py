"""Under a verb of accusation the act is the accused's, not the accuser's ("Amnesty accuses Helix of
selling", "les juges soupçonnent Vektor d'avoir livré"); an accused not named gives no seller at all
(sentences written for these tests, real parses)."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration
NAMES = {"Vektor": "Company", "Helix": "Company", "Amnesty": "Organization", "Privacy Watch": "Organization",
         "Turquie": "Country", "Syrie": "Country", "Egypt": "Country", "Syria": "Country", "Lynx": "Product",
         "Vigil": "Product"}


def sellers(text: str, lang: str) -> set[tuple[str, str]]:
    f = Facts(text, lang, {k: v for k, v in NAMES.items() if k in text}, {})
    return {(s, o) for s, p, o in f.triples() if p == "supplied"}


@pytest.mark.parametrize("text,lang,expected", [
    ("Privacy Watch accuse Vektor d'avoir exporté sans autorisation le logiciel Lynx vers la Turquie.", "fr",
     {("Vektor", "Turquie")}),
    ("Les juges soupçonnent Vektor d'avoir livré des sondes à la Syrie.", "fr", {("Vektor", "Syrie")}),
    ("Amnesty accuses Helix of selling Vigil to Egypt.", "en", {("Helix", "Egypt")}),
    ("Prosecutors suspect Helix of having shipped probes to Syria.", "en", {("Helix", "Syria")}),
    # the accused as the subject of a passive
    ("Helix is suspected of having sold Vigil to Egypt.", "en", {("Helix", "Egypt")}),
    ("Helix was accused of shipping probes to Syria.", "en", {("Helix", "Syria")}),
    ("La société Vektor est soupçonnée d'avoir vendu à la Syrie des sondes.", "fr", {("Vektor", "Syrie")}),
    ("The firm Helix, accused of selling Vigil to Egypt, has closed.", "en", {("Helix", "Egypt")}),
    ("Helix denies being accused of selling Vigil to Egypt by Amnesty.", "en", set()),
    ("Amnesty les accuse d'avoir exporté des sondes vers la Syrie.", "fr", set()),
    # one accused named by a pronoun: the actor the sentences before are about
    ("La société Vektor fabrique des sondes depuis 2005. Le parquet l'accuse d'avoir exporté des sondes vers "
     "la Syrie.", "fr", {("Vektor", "Syrie")}),
    ("Helix makes probes in Munich. Prosecutors accuse it of exporting probes to Syria.", "en",
     {("Helix", "Syria")}),
    ("Les sondes sont fabriquées à Munich. Le parquet l'accuse d'avoir exporté des sondes vers la Syrie.",
     "fr", set()),
    ("Amnesty accused them of selling probes to Syria.", "en", set()),
])
def test_the_accused_acts(text, lang, expected):
    assert sellers(text, lang) == expected
