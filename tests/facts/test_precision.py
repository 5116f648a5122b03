"""What a relation must not be read from: negations, questions, a body read as its state."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

NAMES = {"Nordsec": "Company", "Syrie": "Country", "France": "Country", "police française": "PublicBody",
         "Helix": "Company", "Egypt": "Country", "Argus": "Product"}
CODES = {"Syrie": "sy", "France": "fr", "Egypt": "eg"}


def test_negated_and_questioned_sales_are_no_relations():
    text = ("La France a promis de ne pas exporter de matériel vers la Syrie.\n"
            "Nordsec n'a jamais vendu Argus à la Syrie.\n"
            "Nordsec a-t-elle livré Argus à la Syrie ?\n")
    f = Facts(text, "fr", NAMES, {}, countries=CODES)
    assert not [t for t in f.triples() if t[1] == "supplied"]
    en = Facts("Helix never sold Argus to Egypt. Helix did not supply Egypt either.\n", "en", NAMES, {},
               countries=CODES)
    assert not [t for t in en.triples() if t[1] == "supplied"]
    plain = Facts("Nordsec a vendu Argus à la Syrie.\n", "fr", NAMES, {}, countries=CODES)
    assert ("Nordsec", "supplied", "Syrie") in plain.triples()


def test_a_named_body_stays_the_object():
    text = "La France accueille Nordsec. Nordsec a fourni Argus à la police française en 2019.\n"
    f = Facts(text, "fr", NAMES, {"2019": ("2019", "year")}, countries=CODES)
    assert ("Nordsec", "supplied", "police française") in f.triples()
    assert ("Nordsec", "supplied", "France") not in f.triples()


def test_the_head_of_an_apposition_is_the_subject():
    text = "Nordsec, filiale du groupe Vexor, a vendu Argus à la Syrie en 2007.\n"
    f = Facts(text, "fr", {**NAMES, "Vexor": "Company"}, {"2007": ("2007", "year")}, countries=CODES)
    assert ("Nordsec", "supplied", "Syrie") in f.triples()
    assert ("Vexor", "supplied", "Syrie") not in f.triples()
    en = Facts("Helix, a unit of the Vexor group, sold Argus to Egypt.\n", "en", {**NAMES, "Vexor": "Company"},
               {}, countries=CODES)
    assert ("Vexor", "supplied", "Egypt") not in en.triples()
