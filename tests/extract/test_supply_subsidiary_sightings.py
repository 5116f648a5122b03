"""A subsidiary or reseller named between a seller and its sale sold too ("X, through its subsidiary Y,
sold"), and goods filmed, detected or operating somewhere were found there; on sentences written for
these tests (French and English), with the negatives beside them."""

from __future__ import annotations

import pytest

from tests.extract.test_supply_phrasings import CODES, NAMES, supplies
from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

H, N = "Helix", "Nordsec"
THROUGH = [
    ("Helix, through its subsidiary Orma, sold Vigil to Egypt.", "en", {(H, "Egypt"), ("Orma", "Egypt")}),
    ("Nordsec, par l'intermédiaire de sa filiale Orma, a vendu Argus à l'Égypte.", "fr",
     {(N, "Égypte"), ("Orma", "Égypte")}),
    ("Helix, through its Dubai reseller Orma, shipped Vigil to Syria.", "en",
     {(H, "Syria"), ("Orma", "Syria")}),
    ("Helix, through its lawyer Orma, denied selling Vigil to Egypt.", "en", set()),
    ("Helix, whose subsidiary Orma is based in Dubai, sold Vigil to Egypt.", "en", {(H, "Egypt")}),
    ("Nordsec, par l'intermédiaire de sa filiale Orma, a démenti toute vente à l'Égypte.", "fr", set()),
]
SEEN = [
    ("Libya cracks down.\nVigil cameras were filmed in Tripoli in 2011.", "en", {("Vigil", "Libya")}),
    ("L'Égypte réprime.\nDes blindés Argus ont été filmés dans les rues du Caire.", "fr",
     {("Argus", "Égypte")}),
    ("Vigil appliances were operating in Syria.", "en", {("Vigil", "Syria")}),
    ("Des caméras Argus ont été détectées en Libye.", "fr", {("Argus", "Libye")}),
    ("Helix operates in Syria and sells Vigil.", "en", set()),
    ("Vigil appliances were not operating in Syria.", "en", set()),
    ("Libya cracks down.\nA documentary on Vigil was filmed in Paris.", "en", set()),
]


@pytest.mark.parametrize("text,lang,expected", THROUGH)
def test_sold_through_a_subsidiary(text, lang, expected):
    assert supplies(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", SEEN)
def test_goods_seen_somewhere(text, lang, expected):
    f = Facts(text, lang, {k: v for k, v in NAMES.items() if k in text}, {}, countries=CODES)
    assert {(s, o) for s, p, o in f.triples() if p == "found_in"} == expected
