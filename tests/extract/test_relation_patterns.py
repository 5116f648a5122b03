"""General relation patterns (issue #5), French and English, on sentences written for these tests:
complaints with no named target, makers named by an anaphor or a participle, subsidiaries, funding,
meetings; each with negative variants."""

from __future__ import annotations

import pytest

from enquete import model
from enquete.extract.facts import extract_facts
from tests.facts.conftest import Facts, check_integrity, nlp

pytestmark = pytest.mark.integration

ORGS = {"Velotrak": "Company", "Norvexa": "Company", "Ligue des droits civiques": "Organization",
        "LDC": "Organization", "Amnesty International": "Organization", "Veille Numérique": "Organization",
        "parquet de Lyon": "PublicBody", "Civic Watch": "Organization", "Helix": "Company",
        "Orbis Capital": "Company", "Tarsis": "Company", "Brenner Holding": "Company",
        "grenades lacrymogènes": "Product", "Argus": "Product", "Vigil": "Product", "drones": "Product"}


def facts(text: str, lang: str) -> Facts:
    f = Facts(text, lang, {k: v for k, v in ORGS.items() if k in text}, {})
    check_integrity(f)
    return f


# complaint_against: the target is the company in view when the complaint names none
@pytest.mark.parametrize("text,lang,plaintiffs,target", [
    ("Velotrak vend des caméras au Caire.\nL'enquête fait suite à une plainte déposée en mars 2014 par "
     "la Ligue des droits civiques (LDC) et Amnesty International.", "fr",
     {"Ligue des droits civiques", "Amnesty International"}, "Velotrak"),
    ("Velotrak vend des caméras au Caire.\nSaisi par Veille Numérique, un juge a ouvert une enquête.", "fr",
     {"Veille Numérique"}, "Velotrak"),
    ("Helix sold cameras to Cairo.\nThe inquiry follows a complaint filed last year by Civic Watch.", "en",
     {"Civic Watch"}, "Helix"),
    ("Helix sold cameras to Cairo.\nA complaint against Norvexa was lodged by Civic Watch.", "en",
     {"Civic Watch"}, "Norvexa"),
])
def test_complaint_target_in_view(text, lang, plaintiffs, target):
    f = facts(text, lang)
    got = {s for s, p, o in f.triples() if p == "complaint_against" and o == target}
    assert got == plaintiffs


@pytest.mark.parametrize("text,lang", [
    ("Velotrak vend des caméras au Caire.\nLe parquet de Lyon, saisi par Veille Numérique, enquête.", "fr"),
    ("Helix sold cameras to Cairo.\nCivic Watch said a complaint was unlikely.", "en"),
])
def test_complaint_never_targets_the_court_or_a_bare_mention(text, lang):
    f = facts(text, lang)
    assert not {t for t in f.triples() if t[1] == "complaint_against" and t[2] == "parquet de Lyon"}
    if lang == "en":  # no filer: no complaint
        assert not {t for t in f.triples() if t[1] == "complaint_against"}


# developed: "cette entreprise ... fabrique", "mis au point par", "maker of"
@pytest.mark.parametrize("text,lang,maker,product", [
    ("Tarsis est installée à Lille.\nCette entreprise du Nord, spécialiste du maintien de l'ordre, fabrique "
     "des grenades lacrymogènes vendues partout.", "fr", "Tarsis", "grenades lacrymogènes"),
    ("Le logiciel Argus a été mis au point par Norvexa en 2012.", "fr", "Norvexa", "Argus"),
    ("Norvexa a mis au point Argus, un outil d'interception.", "fr", "Norvexa", "Argus"),
    ("Helix, the maker of Vigil, denied any sale.", "en", "Helix", "Vigil"),
    ("Vigil was designed by Helix engineers in Oslo.", "en", "Helix", "Vigil"),
])
def test_developed_patterns(text, lang, maker, product):
    assert (maker, "developed", product) in facts(text, lang).triples()


@pytest.mark.parametrize("text,lang", [
    ("Tarsis est installée à Lille.\nCette entreprise ne fabrique pas de grenades lacrymogènes.", "fr"),
    ("Helix bought drones from an unknown supplier.", "en"),
])
def test_developed_negatives(text, lang):
    assert not {t for t in facts(text, lang).triples() if t[1] == "developed"}


# subsidiary_of: the subsidiary stands just before the phrase
@pytest.mark.parametrize("text,lang,child,parent", [
    ("Tarsis, filiale de Brenner Holding, vend des drones.", "fr", "Tarsis", "Brenner Holding"),
    ("Tarsis, placée sous l'autorité de Brenner Holding depuis 2015, vend des drones.", "fr", "Tarsis",
     "Brenner Holding"),
    ("Helix, a subsidiary of Orbis Capital, sold drones.", "en", "Helix", "Orbis Capital"),
    ("Helix is wholly owned by Orbis Capital.", "en", "Helix", "Orbis Capital"),
])
def test_subsidiary_patterns(text, lang, child, parent):
    assert (child, "subsidiary_of", parent) in facts(text, lang).triples()


@pytest.mark.parametrize("text,lang", [
    ("Tarsis a rencontré des clients et ses ingénieurs ont présenté un prototype conçu au sein de "
     "Brenner Holding.", "fr"),
    ("La filiale de Brenner Holding n'a pas été nommée.", "fr"),
])
def test_subsidiary_negatives(text, lang):
    assert not {t for t in facts(text, lang).triples() if t[1] == "subsidiary_of"}


# funded
@pytest.mark.parametrize("text,lang,funder,funded", [
    ("Orbis Capital a pris une participation dans Tarsis en 2016.", "fr", "Orbis Capital", "Tarsis"),
    ("Orbis Capital invested in Helix in 2016.", "en", "Orbis Capital", "Helix"),
    ("Helix, backed by Orbis Capital, grew fast.", "en", "Orbis Capital", "Helix"),
    ("Tarsis, financée par Brenner Holding, a grandi vite.", "fr", "Brenner Holding", "Tarsis"),
])
def test_funded_patterns(text, lang, funder, funded):
    assert (funder, "funded", funded) in facts(text, lang).triples()


# found_in: the state may come far after the trigger, or as its capital
PLACES = {"France": "Country", "Égypte": "Country", "Egypt": "Country", "matraques électriques": "Product",
          "menottes électriques": "Product", "Argus": "Product", "Vigil": "Product"}
CODES = {"France": "fr", "Égypte": "eg", "Egypt": "eg"}


@pytest.mark.parametrize("text,lang,products,state", [
    ("La France accueille le salon.\nNous avons trouvé matraques électriques, menottes électriques et "
     "autres objets en vente libre au cœur de Paris.", "fr",
     {"matraques électriques", "menottes électriques"}, "France"),
    ("L'Égypte dément.\nDes chercheurs ont identifié Argus sur des téléphones saisis au Caire.", "fr",
     {"Argus"}, "Égypte"),
    ("Egypt denies it.\nResearchers found Vigil on phones seized in Cairo last year.", "en", {"Vigil"},
     "Egypt"),
])
def test_found_in_places(text, lang, products, state):
    f = Facts(text, lang, {k: v for k, v in PLACES.items() if k in text}, {}, countries=CODES)
    check_integrity(f)
    assert {s for s, p, o in f.triples() if p == "found_in" and o == state} == products


@pytest.mark.parametrize("text,lang", [
    ("La France accueille le salon.\nNous avons trouvé des matraques électriques chez un grossiste de Lyon.",
     "fr"),  # a city that is no capital the gazetteer knows: no state guessed
    ("Egypt denies it.\nResearchers did not find Vigil on the phones seized in Cairo.", "en"),
    ("Egypt denies it.\nVigil costs more than the phones seized in Cairo.", "en"),
])
def test_found_in_negatives(text, lang):
    f = Facts(text, lang, {k: v for k, v in PLACES.items() if k in text}, {}, countries=CODES)
    assert not {t for t in f.triples() if t[1] == "found_in"}


# met: a person named by a role given earlier; interviews
PEOPLE = {"Rachid Khalil": "Person", "Manuel Vidal": "Person", "Marc Dupré": "Person", "Elise Roy": "Person",
          "Tom Reed": "Person", "Anna Berg": "Person", "Claire Morel": "Person"}


@pytest.mark.parametrize("text,lang,a,b", [
    ("Rachid Khalil, ministre de l'Intérieur de ce royaume, était là.\nManuel Vidal a rencontré le ministre "
     "de l'Intérieur bahreïni le lendemain.", "fr", "Manuel Vidal", "Rachid Khalil"),
    ("Marc Dupré, un homme discret, a eu du mal à répondre aux questions d'Elise Roy.", "fr", "Marc Dupré",
     "Elise Roy"),
    ("Claire Morel s'est entretenue avec Manuel Vidal à Genève.", "fr", "Claire Morel", "Manuel Vidal"),
    ("Tom Reed, the interior minister of the kingdom, spoke first.\nAnna Berg met with the interior minister "
     "of the kingdom in May.", "en", "Anna Berg", "Tom Reed"),
    ("Tom Reed was interviewed by Anna Berg for the documentary.", "en", "Anna Berg", "Tom Reed"),
    ("Rachid Khalil, ministre de l'Intérieur du royaume, était là.\nManuel Vidal rétablit le « contact "
     "commercial » avec le ministre de l'Intérieur bahreïni.", "fr", "Manuel Vidal", "Rachid Khalil"),
    ("Anna Berg held private talks last week with Tom Reed.", "en", "Anna Berg", "Tom Reed"),
])
def test_met_patterns(text, lang, a, b):
    got = {tuple(sorted((s, o))) for s, p, o in Facts(text, lang, PEOPLE, {}).triples() if p == "met"}
    assert tuple(sorted((a, b))) in got


@pytest.mark.parametrize("text,lang", [
    ("Rachid Khalil, ministre de l'Intérieur de ce royaume, était là.\nManuel Vidal a rencontré le ministre "
     "de la Défense.", "fr"),  # another role: nobody known
    ("Claire Morel n'a jamais rencontré Manuel Vidal.", "fr"),
    ("Claire Morel a perdu le contact depuis des années, puis a dîné avec Manuel Vidal.", "fr"),  # too far
])
def test_met_negatives(text, lang):
    assert not {t for t in Facts(text, lang, PEOPLE, {}).triples() if t[1] == "met"}


# hosts: "sous l'égide de X, l'événement ..." names the event in view
EVENTS = {"Securexpo": "Event", "ministère de l'Intérieur": "PublicBody", "ONU": "Organization",
          "Home Office": "PublicBody", "Civic Watch": "Organization"}


@pytest.mark.parametrize("text,lang,host", [
    ("Le salon Securexpo ouvre à Lyon.\nOrganisé sous l'égide du ministère de l'Intérieur, l'événement "
     "réunit des industriels.", "fr", "ministère de l'Intérieur"),
    ("Le salon Securexpo, placé sous l'égide du ministère de l'Intérieur, ouvre demain.", "fr",
     "ministère de l'Intérieur"),
    ("Securexpo opens in London.\nOrganised by the Home Office, the event gathers vendors.", "en",
     "Home Office"),
])
def test_hosts_event_in_view(text, lang, host):
    f = Facts(text, lang, {k: v for k, v in EVENTS.items() if k in text}, {})
    assert (host, "hosts", "Securexpo") in f.triples()


def test_hosts_needs_an_event_word():
    text = "Le salon Securexpo ouvre à Lyon.\nSous l'égide de l'ONU, les négociations ont repris."
    f = Facts(text, "fr", {k: v for k, v in EVENTS.items() if k in text}, {})
    assert not {t for t in f.triples() if t[1] == "hosts"}


# "les deux associations", "both NGOs": the last names of that kind
@pytest.mark.parametrize("text,lang,expected", [
    ("La Ligue des droits civiques et Amnesty International ont porté plainte contre Velotrak.\nMarc Dupré "
     "représente les deux associations.", "fr", {"Ligue des droits civiques", "Amnesty International"}),
    ("Civic Watch and Amnesty International filed a complaint.\nTom Reed represents both NGOs in court.",
     "en", {"Civic Watch", "Amnesty International"}),
])
def test_counted_anaphor(text, lang, expected):
    names = {**ORGS, **PEOPLE}
    f = Facts(text, lang, {k: v for k, v in names.items() if k in text}, {})
    assert {o for s, p, o in f.triples() if p == "represents"} == expected


def test_counted_anaphor_needs_enough_names():
    text = "Civic Watch filed a complaint.\nTom Reed represents the two NGOs in court."
    f = Facts(text, "en", {"Civic Watch": "Organization", "Tom Reed": "Person"}, {})
    assert not {t for t in f.triples() if t[1] == "represents"}


@pytest.mark.parametrize("text,lang,person_object", [
    ("Tarsis a fourni au régime de Marc Dupré un système d'écoute.", "fr", False),
    ("Helix sold spyware to the regime of Tom Reed.", "en", False),
    ("Helix sold spyware to Tom Reed.", "en", True),
    ("Tarsis a vendu à Marc Dupré un système d'écoute.", "fr", True),
])
def test_a_regime_is_no_person(text, lang, person_object):
    f = Facts(text, lang, {k: v for k, v in {**ORGS, **PEOPLE}.items() if k in text}, {})
    assert bool({t for t in f.triples() if t[1] == "supplied" and t[2] in PEOPLE}) == person_object


@pytest.mark.parametrize("text,lang,found", [
    ("La France accueille le salon.\nDes menottes électriques étaient exposées sur un stand à Paris.", "fr",
     True),
    ("Egypt denies it.\nVigil was on sale openly in Cairo in 2019.", "en", True),
    ("Egypt denies it.\nVigil is on sale, its maker said.", "en", False),  # no place named
])
def test_found_on_sale_or_on_show(text, lang, found):
    f = Facts(text, lang, {k: v for k, v in PLACES.items() if k in text}, {}, countries=CODES)
    assert bool({t for t in f.triples() if t[1] == "found_in"}) == found


def test_no_relation_of_a_name_with_itself():
    """Two clusters of one name (as before resolution): "Tarsis, part of the group" is no subsidiary."""
    text = "Tarsis sells drones.\nTarsis, part of the group, marketed them widely."
    doc = model.Document(id=model.sha256(text), source="t.txt", text=text, language="en")
    mentions = [model.Mention(model.Mention.make_id(doc.id, i, i + 6), doc.id, i, i + 6, "Tarsis",
                              "Company", cluster=f"tarsis-{i}") for i in (0, text.index("Tarsis,"))]
    rels, _, _ = extract_facts(nlp("en")(text), doc, mentions, [])
    assert not [r for r in rels if r.predicate == "subsidiary_of"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Le parquet de Lyon a ouvert une enquête sur Velotrak à la demande de Veille Numérique.", "fr",
     {("Veille Numérique", "Velotrak")}),
    ("Prosecutors opened an investigation into Helix at the request of Civic Watch.", "en",
     {("Civic Watch", "Helix")}),
    ("Velotrak a conçu Argus à la demande de Veille Numérique.", "fr", set()),  # no inquiry: no complaint
    ("Helix built Vigil at the request of Civic Watch.", "en", set()),
])
def test_complaint_at_the_request_of(text, lang, expected):
    f = facts(text, lang)
    assert {(s, o) for s, p, o in f.triples() if p == "complaint_against"} == expected
