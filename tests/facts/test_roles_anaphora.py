"""Roles whose organisation is a state, a ministry, a company or the outlet named elsewhere; subjects and
objects written without a name ("la start-up", "the Libyan government"); renamings; stakes; clauses."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration


def test_french_roles_nearest_to_the_organisation_and_acronyms():
    text = ("Hélène Vidal, avocate et présidente d'honneur de la Ligue Verte, a pris la parole.\n"
            "Paul Marin, chef du bureau des exportations sensibles (BES), a signé le document.\n")
    names = {"Hélène Vidal": "Person", "Ligue Verte": "Organization", "Paul Marin": "Person",
             "BES": "PublicBody"}
    f = Facts(text, "fr", names, {})
    assert f.rel("Hélène Vidal", "employed_by", "Ligue Verte").role == "chair"
    assert f.rel("Paul Marin", "employed_by", "BES").role == "head"
    check_integrity(f)


@pytest.mark.parametrize("text,lang,role", [
    ("Lena Moss, the chief executive of Orvia, declined to comment.", "en", "CEO"),
    ("Lena Moss, head of sales at Orvia, declined to comment.", "en", "sales director"),
    ("Lena Moss, directrice commerciale d'Orvia, n'a pas répondu.", "fr", "sales director"),
    ("Lena Moss, ancienne PDG d'Orvia, n'a pas répondu.", "fr", "CEO"),
])
def test_a_role_of_several_words_is_read_whole(text, lang, role):
    f = Facts(text, lang, {"Lena Moss": "Person", "Orvia": "Company"}, {})
    assert f.rel("Lena Moss", "employed_by", "Orvia").role == role


def test_french_heads_of_state_and_ministers_without_organisation_beside():
    text = ("Le Qatar a accueilli la délégation.\n"
            "Pendant les manifestations qataries, le roi Karim Haddad a durci la répression, et la France s'est tue.\n"
            "Le Qatar était représenté par Omar Said, ministre de l'Intérieur de ce petit émirat.\n"
            "Le salon est organisé par le ministère de l'Intérieur.\n"
            "Jean Roux, alors ministre de l'Intérieur, l'a inauguré.\n")
    names = {"Qatar": "Country", "France": "Country", "Karim Haddad": "Person", "Omar Said": "Person",
             "Jean Roux": "Person", "ministère de l'Intérieur": "PublicBody"}
    f = Facts(text, "fr", names, {}, countries={"Qatar": "qa", "France": "fr"})
    assert ("Karim Haddad", "employed_by", "France") not in f.triples()
    assert f.rel("Karim Haddad", "employed_by", "Qatar").role in ("king", "roi")
    assert ("Omar Said", "employed_by", "Qatar") in f.triples()
    assert ("Omar Said", "employed_by", "ministère de l'Intérieur") not in f.triples()
    assert ("Jean Roux", "employed_by", "ministère de l'Intérieur") in f.triples()


def test_outlet_staff_and_company_anaphora_french():
    text = ("Un reportage de Léa Martin pour Radar Média\n\n"
            "Notre collaborateur Luc Perrin a enquêté sur Nordsec.\n"
            "La start-up, dont l'un des principaux clients est Vexor, a levé des fonds.\n"
            "Nordsec a vendu Argus aux services syriens en 2010, puis Nordsec a été rebaptisée Orsa en 2015.\n"
            "La Syrie dément.\n")
    names = {"Léa Martin": "Person", "Radar Média": "Organization", "Luc Perrin": "Person",
             "Nordsec": "Company", "Vexor": "Company", "Argus": "Product", "Syrie": "Country", "Orsa": "Company"}
    f = Facts(text, "fr", names, {"2010": ("2010", "year"), "2015": ("2015", "year")}, countries={"Syrie": "sy"})
    assert ("Luc Perrin", "employed_by", "Radar Média") in f.triples()
    assert ("Nordsec", "supplied", "Vexor") in f.triples()
    assert f.rel("Nordsec", "supplied", "Syrie").date == "2010"
    assert ("Orsa", "successor_of", "Nordsec") in f.triples()
    assert ("Nordsec", "successor_of", "Orsa") not in f.triples()
    check_integrity(f)


def test_english_spokesman_founders_and_company_anaphora():
    text = ("Helix sells spyware. The company's chief executive, Anna Cole, declined to comment.\n"
            "Eric Dale, a spokesman for Helix, said the firm obeys the law.\n"
            "Anna Cole co-founded Helix with Tom Reed in 2010.\n"
            "In 2014 the fund Blue Harbor bought a controlling stake in the company.\n")
    names = {"Helix": "Company", "Anna Cole": "Person", "Eric Dale": "Person", "Tom Reed": "Person",
             "Blue Harbor": "Company"}
    f = Facts(text, "en", names, {"2010": ("2010", "year"), "2014": ("2014", "year")})
    assert f.rel("Anna Cole", "employed_by", "Helix").role in ("CEO", "founder")
    assert ("Eric Dale", "represents", "Helix") in f.triples()
    assert ("Eric Dale", "employed_by", "Helix") in f.triples()
    assert ("Tom Reed", "employed_by", "Helix") in f.triples()
    assert ("Blue Harbor", "funded", "Helix") in f.triples()
    check_integrity(f)


def test_english_objects_states_possessives_and_clauses():
    text = ("Libya bought many systems. Helix sold Vigil to the Libyan government in 2007.\n"
            "Argon sold Vigil to Egypt's Interior Ministry in 2014.\n"
            "Argon sells tools for phones; Privacy Watch said it had found them in Egypt.\n"
            "Argon was later renamed Corvid.\n")
    names = {"Libya": "Country", "Helix": "Company", "Vigil": "Product", "Argon": "Company",
             "Egypt": "Country", "Interior Ministry": "PublicBody", "Privacy Watch": "Organization",
             "Corvid": "Company"}
    f = Facts(text, "en", names, {"2007": ("2007", "year"), "2014": ("2014", "year")},
              countries={"Libya": "ly", "Egypt": "eg"})
    assert ("Helix", "supplied", "Libya") in f.triples()
    assert ("Argon", "supplied", "Interior Ministry") in f.triples()
    assert ("Argon", "supplied", "Egypt") not in f.triples()
    assert ("Argon", "supplied", "Privacy Watch") not in f.triples()
    assert ("Corvid", "successor_of", "Argon") in f.triples()
    assert ("Argon", "successor_of", "Corvid") not in f.triples()
    check_integrity(f)


def test_state_under_an_embargo():
    text = ("Sudan was already under a European Union arms embargo in 2012, when Helix sold Vigil to Sudan.\n"
            "La Syrie, sous embargo de l'Union européenne depuis 2011, achetait encore des sondes.\n"
            "Helix works under a contract with Egypt.\n")
    names = {"Sudan": "Country", "European Union": "Organization", "Helix": "Company", "Vigil": "Product",
             "Syrie": "Country", "Union européenne": "Organization", "Egypt": "Country"}
    en = Facts(text, "en", names, {"2012": ("2012", "year")})
    assert ("European Union", "restricts_exports_to", "Sudan") in en.triples()
    assert not [t for t in en.triples() if t[2] == "Egypt"]
    fr = Facts(text.split("\n")[1], "fr", names, {"2011": ("2011", "year")})
    assert ("Union européenne", "restricts_exports_to", "Syrie") in fr.triples()
    check_integrity(en)


def test_clients_named_before_or_by_their_state():
    text = ("Helix sells spyware to governments.\n"
            "Researchers reported that Egypt and Sudan were among the clients whose targets leaked.\n"
            "La société Nordsec vend des sondes. La start-up, dont le principal client est le gouvernement syrien, "
            "grandit.\nLa Syrie se tait.\n")
    names = {"Helix": "Company", "Egypt": "Country", "Sudan": "Country", "Nordsec": "Company", "Syrie": "Country"}
    en = Facts(text.split("La société")[0], "en", names, {})
    assert {("Helix", "supplied", "Egypt"), ("Helix", "supplied", "Sudan")} <= en.triples()
    assert ("Egypt", "supplied", "Sudan") not in en.triples()
    fr = Facts("La société" + text.split("La société")[1], "fr", names, {}, countries={"Syrie": "sy"})
    assert ("Nordsec", "supplied", "Syrie") in fr.triples()
