"""Roles whose organisation is named in the sentences before or behind a word ("Its spokesman, P",
"le fondateur du groupe, P"), and a country that is a role's beat, not its employer ("P, China director
at O"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

CASES = [
    ("Helix Systems denied the report. Its spokesman, John Carver, said the firm had done nothing wrong.",
     "en", {"Helix Systems": "Company", "John Carver": "Person"},
     {("John Carver", "employed_by", "Helix Systems"), ("John Carver", "represents", "Helix Systems")}),
    ("Nordsec a été fondé en 2010. Le fondateur du groupe, Yoav Levi, conteste.", "fr",
     {"Nordsec": "Company", "Yoav Levi": "Person"}, {("Yoav Levi", "employed_by", "Nordsec")}),
    ("Anna Berg, China director at Rights Monitor, said the sales must stop.", "en",
     {"Anna Berg": "Person", "Rights Monitor": "Organization", "China": "Country"},
     {("Anna Berg", "employed_by", "Rights Monitor")}),
    # "his" is a person's: no company behind it; a possessive inside the sentence keeps its owner there
    ("Helix Systems denied the report. His lawyer, Paul Ames, declined to comment.", "en",
     {"Helix Systems": "Company", "Paul Ames": "Person"}, set()),
    ("Helix Systems denied it. Orma, through its lawyer Paul Ames, said nothing.", "en",
     {"Helix Systems": "Company", "Orma": "Company", "Paul Ames": "Person"},
     {("Paul Ames", "represents", "Orma")}),  # a lawyer speaks for a client, is not its employee
    # a company title opening the sentence: the company named before, unless another is named beside
    ("Helix Systems denied the report. Chief executive John Carver said the files were forged.", "en",
     {"Helix Systems": "Company", "John Carver": "Person"}, {("John Carver", "employed_by", "Helix Systems")}),
    ("Nordsec conteste. Le PDG Paolo Ferri a répondu que tout était légal.", "fr",
     {"Nordsec": "Company", "Paolo Ferri": "Person"}, {("Paolo Ferri", "employed_by", "Nordsec")}),
    ("Helix Systems denied the report. Chief executive John Carver of Orma Group said nothing.", "en",
     {"Helix Systems": "Company", "John Carver": "Person", "Orma Group": "Company"},
     {("John Carver", "employed_by", "Orma Group")}),
    ("Helix Systems denied the report. Prime minister John Carver said nothing.", "en",
     {"Helix Systems": "Company", "John Carver": "Person"}, set()),
    ("Rights Monitor denied the report. Chief executive John Carver said nothing.", "en",
     {"Rights Monitor": "Organization", "John Carver": "Person"}, set()),
    # too far back: three sentences
    ("Helix Systems denied the report. Nothing changed. Nobody called. The matter rested. "
     "Its spokesman, John Carver, said so.", "en", {"Helix Systems": "Company", "John Carver": "Person"}, set()),
]


@pytest.mark.parametrize("text,lang,names,expected", CASES)
def test_roles_from_context(text, lang, names, expected):
    f = Facts(text, lang, names, {})
    assert {t for t in f.triples() if t[1] in ("employed_by", "represents")} == expected


def test_his_organisation_is_never_one_named_inside_the_quotation_he_speaks():
    """"« Le parquet de Lyon nous harcèle », affirme P, son directeur": P heads the body in view, not the
    prosecutor his quotation names."""
    f = Facts("La fondation Argos défend les journalistes. « Le parquet de Lyon nous harcèle », affirme Paul Roux, "
              "son directeur.", "fr", {"fondation Argos": "Organization", "parquet de Lyon": "PublicBody",
                                      "Paul Roux": "Person"}, {})
    assert f.triples() == {("Paul Roux", "employed_by", "fondation Argos")}
