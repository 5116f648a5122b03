"""Sales with no seller named, where the goods are a product whose maker the text named before: goods
named by a demonstrative ("Plus de cent de ces véhicules ont été livrés à Z", "these cameras were delivered
to Z") and the export of a product ("l'exportation de Y vers Z"). Sentences written for these tests."""

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


@pytest.mark.parametrize("text,lang,expected", [
    ("Vektor fabrique le logiciel Lynx. Le ministère a autorisé en 2019 l'exportation de Lynx vers le Gabon.",
     "fr", {("Vektor", "Gabon", "Lynx")}),
    ("Helix makes Vigil. The ministry approved the export of Vigil to Kenya in 2019.", "en",
     {("Helix", "Kenya", "Vigil")}),
    ("The ministry approved the export of Vigil to Kenya in 2019.", "en", set()),
    ("Helix makes Vigil. The ministry refused the export of Vigil to Kenya in 2019.", "en", set()),
])
def test_export_of_a_product(text, lang, expected):
    assert sales(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Vektor fabrique Lynx. La Libye est son premier marché. Ces logiciels ont encore été expédiés à Tripoli "
     "en février 2012.", "fr", {("Vektor", "Libye")}),
    ("Helix makes Vigil. Libya is its largest market. These cameras were shipped to Tripoli in 2012.", "en",
     {("Helix", "Libya")}),
    ("Helix makes Vigil. Libya is its largest market. Servers were shipped to Tripoli in 2012.", "en", set()),
])
def test_goods_shipped_to_a_capital_went_to_its_state(text, lang, expected):
    f = Facts(text, lang, {k: v for k, v in {**NAMES, "Libye": "Country", "Libya": "Country"}.items() if k in text},
              {}, countries={"Libye": "ly", "Libya": "ly"})
    assert {(s, o) for s, p, o in f.triples() if p == "supplied"} == expected


@pytest.mark.parametrize("text,expected", [
    ("Helix makes Vigil. The Interior Ministry bought Vigil from 2015 onwards.", {("Helix", "Interior Ministry")}),
    ("Helix makes Vigil. Several agencies, among them the Interior Ministry, bought Vigil from 2015 onwards.",
     {("Helix", "Interior Ministry")}),
    ("Helix makes Vigil. The Interior Ministry bought Vigil from a Dubai broker.", set()),
    ("Helix makes Vigil. The Interior Ministry bought Vigil through a reseller in 2015.", set()),
])
def test_a_time_after_from_is_no_other_seller(text, expected):
    f = Facts(text, "en", {"Helix": "Company", "Vigil": "Product", "Interior Ministry": "PublicBody"}, {})
    assert {(s, o) for s, p, o in f.triples() if p == "supplied"} == expected
