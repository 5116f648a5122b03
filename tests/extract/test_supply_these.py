"""Goods named by a demonstrative after their product ("Plus de cent de ces véhicules ont été livrés à Z",
"these cameras were delivered to Z"): the product's maker sold them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration
NAMES = {"Vektor": "Company", "Lynx": "Product", "Gabon": "Country", "Helix": "Company", "Vigil": "Product",
         "Kenya": "Country"}


def sales(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    f = Facts(text, lang, {k: v for k, v in NAMES.items() if k in text}, {})
    return {(f.name(r.subject), f.name(r.object), f.name(r.product)) for r in f.relations
            if r.predicate == "supplied"}


@pytest.mark.parametrize("text,lang,expected", [
    ("Vektor fabrique le blindé Lynx. Plus de cent de ces véhicules ont été livrés au Gabon entre 2012 et "
     "2014.", "fr", {("Vektor", "Gabon", "Lynx")}),
    ("Helix makes the Vigil camera. Two hundred of these cameras were delivered to Kenya in 2019.", "en",
     {("Helix", "Kenya", "Vigil")}),
    ("Helix makes the Vigil camera. Rifles were delivered to Kenya in 2019.", "en", set()),
    ("Helix makes the Vigil camera. These cameras were never delivered to Kenya.", "en", set()),
    ("Vektor fabrique le blindé Lynx. Ces véhicules ont été présentés au Gabon en 2014.", "fr", set()),
])
def test_demonstrative_goods(text, lang, expected):
    assert sales(text, lang) == expected
