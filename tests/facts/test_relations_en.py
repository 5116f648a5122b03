"""English relations on sentences written for these tests (real en_core_web_sm parses)."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration


def test_sale_with_product():
    f = Facts("Helix sold the Vigil system to Egypt in 2011.", "en",
              {"Helix": "Company", "Vigil": "Product", "Egypt": "Country"}, {"2011": ("2011", "year")})
    r = f.rel("Helix", "supplied", "Egypt")
    assert f.name(r.product) == "Vigil" and r.date == "2011"
    check_integrity(f)


def test_possessive_and_apposition_roles():
    text = ("Nordsec's head of marketing, Erik Sand, declined to comment. "
            "Ana Ortiz, the CEO of Helix, was not available.")
    f = Facts(text, "en", {"Nordsec": "Company", "Erik Sand": "Person", "Ana Ortiz": "Person",
                           "Helix": "Company"}, {})
    assert f.rel("Erik Sand", "employed_by", "Nordsec").role == "head of marketing"
    assert f.rel("Ana Ortiz", "employed_by", "Helix").role == "CEO"


def test_passive_development_and_meeting():
    text = "The Argus probe was developed by Nordsec. In May 2014, Tom Reed met Ana Ortiz in Paris."
    f = Facts(text, "en", {"Argus": "Product", "Nordsec": "Company", "Tom Reed": "Person",
                           "Ana Ortiz": "Person", "Paris": "Country"}, {"May 2014": ("2014-05", "month")})
    assert f.rel("Nordsec", "developed", "Argus")
    assert f.rel("Tom Reed", "met", "Ana Ortiz").date == "2014-05"


def test_complaint_investigation_and_embargo():
    text = ("Privacy Watch filed a complaint against Helix in 2015. "
            "The Lyon prosecutor investigated Helix. "
            "Germany suspended exports to Egypt in August 2013.")
    f = Facts(text, "en", {"Privacy Watch": "Organization", "Helix": "Company", "Lyon prosecutor": "PublicBody",
                           "Germany": "Country", "Egypt": "Country"},
              {"2015": ("2015", "year"), "August 2013": ("2013-08", "month")})
    assert f.rel("Privacy Watch", "complaint_against", "Helix").date == "2015"
    assert f.rel("Lyon prosecutor", "investigated", "Helix")
    assert f.rel("Germany", "restricts_exports_to", "Egypt").date == "2013-08"


def test_products_of_their_makers():
    text = ("Nordsec's Argus probe was found in Egypt. "
            "Helix, whose flagship suite Vigil is sold worldwide, denied it.")
    f = Facts(text, "en", {"Nordsec": "Company", "Argus": "Product", "Egypt": "Country", "Helix": "Company",
                           "Vigil": "Product"}, {})
    assert f.rel("Nordsec", "developed", "Argus")
    assert ("Helix", "developed", "Argus") not in f.triples()
