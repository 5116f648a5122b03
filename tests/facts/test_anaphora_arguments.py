"""Arguments named by pronouns (sentences written for these tests, real parses): a pronoun subject ("it
sold", "elle a livré") stands for the actor the sentence before is about, the subject of its main clause;
a dative "lui"/"leur" for the last actor named before it that is not the subject."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration


def test_it_refers_to_the_subject_of_the_sentence_before():
    text = ("Halvor Systems is based in Oslo and employs sixty engineers. "
            "In 2012 it sold the Lynx platform to Bahrain.")
    f = Facts(text, "en", {"Halvor Systems": "Company", "Oslo": "Country", "Lynx": "Product",
                           "Bahrain": "Country"}, {"2012": ("2012", "year")})
    r = f.rel("Halvor Systems", "supplied", "Bahrain")
    assert f.name(r.product) == "Lynx" and r.date == "2012"
    check_integrity(f)


def test_the_chain_runs_through_sentences_whose_subject_is_the_pronoun():
    text = ("La société Vektor a été fondée à Lyon en 2004. Elle emploie une quarantaine d'ingénieurs. "
            "En 2011, elle a livré des sondes au Maroc.")
    f = Facts(text, "fr", {"Vektor": "Company", "Lyon": "Country", "Maroc": "Country"},
              {"2004": ("2004", "year"), "2011": ("2011", "year")})
    assert f.rel("Vektor", "supplied", "Maroc").date == "2011"


def test_a_person_is_not_it():
    text = "Ana Ortiz founded Nordsec in 2004. In 2009 it sold interception probes to Oman."
    f = Facts(text, "en", {"Ana Ortiz": "Person", "Nordsec": "Company", "Oman": "Country"},
              {"2004": ("2004", "year"), "2009": ("2009", "year")})
    assert ("Ana Ortiz", "supplied", "Oman") not in f.triples()


def test_a_new_unnamed_subject_breaks_the_chain():
    text = ("Nordsec opened an office in Dubai. The broker later said it had shipped the probes to Oman.")
    f = Facts(text, "en", {"Nordsec": "Company", "Dubai": "Country", "Oman": "Country"}, {})
    assert not [t for t in f.triples() if t[1] == "supplied"]


def test_she_is_a_person_not_the_company():
    text = ("Helix hired Mara Lind in 2015. She had sold drones to Egypt for another firm.")
    f = Facts(text, "en", {"Helix": "Company", "Mara Lind": "Person", "Egypt": "Country"},
              {"2015": ("2015", "year")})
    assert ("Helix", "supplied", "Egypt") not in f.triples()


@pytest.mark.parametrize("text", [
    "La police de Lagos a, quant à elle, utilisé les outils de Vektor pour fouiller les téléphones.",
    "La police de Lagos a, de son côté, utilisé les logiciels de Vektor pour lire les messages de détenus.",
])
def test_an_aside_between_auxiliary_and_participle_keeps_the_subject(text):
    f = Facts(text, "fr", {"police de Lagos": "PublicBody", "Vektor": "Company"}, {})
    assert f.rel("Vektor", "supplied", "police de Lagos")


@pytest.mark.parametrize("text,expected", [
    ("Vektor a un fournisseur allemand, Helix, qui lui vend sa plateforme Argus.", ("Helix", "Vektor")),
    ("Vektor travaille avec la police du Gabon. Elle lui vend des caméras depuis 2015.",
     ("Vektor", "police du Gabon")),
])
def test_lui_is_the_actor_named_before_that_is_not_the_subject(text, expected):
    f = Facts(text, "fr", {"Vektor": "Company", "Helix": "Company", "Argus": "Product",
                           "police du Gabon": "PublicBody"}, {"2015": ("2015", "year")})
    assert f.rel(expected[0], "supplied", expected[1])


def test_lui_with_no_actor_before_gives_no_buyer():
    f = Facts("Selon nos informations, Vektor lui a vendu des caméras en 2015.", "fr", {"Vektor": "Company"},
              {"2015": ("2015", "year")})
    assert not f.relations


def test_the_company_at_a_sentence_head_is_what_the_sentence_before_was_about():
    text = ("Vektor, filiale du groupe Helix, a pris en 2018 le nom de Norvek. "
            "L'entreprise a livré de nombreux véhicules au Gabon depuis 2012.")
    f = Facts(text, "fr", {"Vektor": "Company", "Helix": "Company", "Norvek": "Company", "Gabon": "Country"},
              {"2018": ("2018", "year"), "2012": ("2012", "year")})
    assert {(s, o) for s, p, o in f.triples() if p == "supplied"} == {("Vektor", "Gabon")}
