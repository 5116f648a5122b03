"""French relations on sentences written for these tests (real fr_core_news_md parses)."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration


def test_active_sale_with_product_and_date():
    f = Facts("La société Nordsec a vendu le logiciel Argus à la Tunisie en 2009.", "fr",
              {"Nordsec": "Company", "Argus": "Product", "Tunisie": "Country"}, {"2009": ("2009", "year")})
    r = f.rel("Nordsec", "supplied", "Tunisie")
    assert f.name(r.product) == "Argus" and (r.date, r.precision) == ("2009", "year")
    assert r.extractor.endswith("supplied-v1") and 0 < r.confidence <= 1
    check_integrity(f)


def test_passive_sale_to_intermediary_and_end_buyer():
    text = ("Le groupe Orma a développé la sonde Vigil. "
            "La sonde Vigil, vendue en mars 2010 à la société Helix, était destinée à l'Égypte.")
    f = Facts(text, "fr", {"Orma": "Company", "Vigil": "Product", "Helix": "Company", "Égypte": "Country"},
              {"mars 2010": ("2010-03", "month")})
    assert f.rel("Orma", "developed", "Vigil")
    first = f.rel("Orma", "supplied", "Helix")
    assert f.name(first.product) == "Vigil" and first.date == "2010-03"
    assert f.name(f.rel("Helix", "supplied", "Égypte").product) == "Vigil"
    assert ("Helix", "supplied", "Orma") not in f.triples()
    check_integrity(f)


def test_apposition_and_genitive_roles():
    text = ("Marc Dupré, le PDG de Nordsec, a refusé de répondre. "
            "Le directeur technique de Helix, Paul Lenoir, était présent.")
    f = Facts(text, "fr", {"Marc Dupré": "Person", "Nordsec": "Company", "Helix": "Company",
                           "Paul Lenoir": "Person"}, {})
    assert f.rel("Marc Dupré", "employed_by", "Nordsec").role == "CEO"
    assert f.rel("Paul Lenoir", "employed_by", "Helix").role == "CTO"
    assert ("Marc Dupré", "employed_by", "Helix") not in f.triples()


def test_lawyer_represents_company_and_person():
    text = ("L'avocate de Nordsec, Me Claire Morel, dément toute vente. "
            "Marc Dupré est défendu par Me Luc Garnier.")
    f = Facts(text, "fr", {"Nordsec": "Company", "Claire Morel": "Person", "Marc Dupré": "Person",
                           "Luc Garnier": "Person"}, {})
    assert f.rel("Claire Morel", "represents", "Nordsec").role == "lawyer"
    assert f.rel("Luc Garnier", "represents", "Marc Dupré")
    assert ("Claire Morel", "employed_by", "Nordsec") not in f.triples()


def test_coordinated_complainants():
    f = Facts("En 2012, la FIDH et la LDH ont déposé une plainte contre Nordsec pour complicité de torture.",
              "fr", {"FIDH": "Organization", "LDH": "Organization", "Nordsec": "Company"},
              {"2012": ("2012", "year")})
    assert f.rel("FIDH", "complaint_against", "Nordsec").date == "2012"
    assert f.rel("LDH", "complaint_against", "Nordsec")


def test_investigation_found_in_embargo_and_funding():
    text = ("Le parquet de Lyon vise la société Helix. "
            "Des matraques électriques ont été trouvées en Égypte en mai 2016. "
            "Le 3 août 2013, l'Allemagne suspend ses exportations vers l'Égypte. "
            "Helix a reçu 5 M€ de la part du fonds Ventura.")
    f = Facts(text, "fr", {"parquet de Lyon": "PublicBody", "Helix": "Company", "matraques électriques": "Product",
                           "Égypte": "Country", "Allemagne": "Country", "Ventura": "Organization"},
              {"mai 2016": ("2016-05", "month"), "3 août 2013": ("2013-08-03", "day")})
    assert f.rel("parquet de Lyon", "investigated", "Helix")
    assert f.rel("matraques électriques", "found_in", "Égypte").date == "2016-05"
    assert f.rel("Allemagne", "restricts_exports_to", "Égypte").date == "2013-08-03"
    assert f.rel("Ventura", "funded", "Helix")
    check_integrity(f)


def test_fair_hosted_and_attended():
    text = ("Le salon Securexpo, organisé par le ministère de l'Intérieur, se tient à Lyon. "
            "La société Helix a participé au salon Securexpo.")
    f = Facts(text, "fr", {"Securexpo": "Event", "ministère de l'Intérieur": "PublicBody", "Helix": "Company"}, {})
    assert f.rel("ministère de l'Intérieur", "hosts", "Securexpo")
    assert f.rel("Helix", "attended", "Securexpo")


def test_types_must_fit_the_predicate():
    f = Facts("Marc Dupré a vendu sa voiture à Paul Lenoir en 2009.", "fr",
              {"Marc Dupré": "Person", "Paul Lenoir": "Person"}, {"2009": ("2009", "year")})
    assert not [r for r in f.relations if r.predicate == "supplied"]


def test_active_finding_gives_every_product_found():
    f = Facts("En 2019, des enquêteurs ont trouvé des matraques électriques et des menottes à pointes au Kenya.",
              "fr", {"matraques électriques": "Product", "menottes à pointes": "Product", "Kenya": "Country"},
              {"2019": ("2019", "year")})
    assert f.rel("matraques électriques", "found_in", "Kenya").date == "2019"
    assert f.rel("menottes à pointes", "found_in", "Kenya")


def test_products_of_their_makers_fr():
    text = ("Des grenades Fumex de la société Alvar ont été vues au Togo. "
            "Le groupe Orma, dont la suite de surveillance Vigil est connue, a vendu sa sonde Argus au Mali.")
    f = Facts(text, "fr", {"Fumex": "Product", "Alvar": "Company", "Togo": "Country", "Orma": "Company",
                           "Vigil": "Product", "Argus": "Product", "Mali": "Country"}, {})
    assert f.rel("Alvar", "developed", "Fumex")
    assert f.rel("Orma", "developed", "Vigil")
    assert f.rel("Orma", "developed", "Argus")
    assert f.name(f.rel("Orma", "supplied", "Mali").product) == "Argus"
