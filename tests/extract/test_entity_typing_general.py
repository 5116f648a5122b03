"""Entity detection and typing by general cues: person shapes and titles, public bodies by the kind of
office they name, acronyms typed as their long form, words that open a sentence and are not names.

Sentences written for these tests (French and English), positives and near-miss negatives; unit cases run
on context.py's functions, end-to-end cases on the installed spaCy models.
"""

import pytest

from enquete.extract import context
from enquete.extract.mentions import find_mentions, spacy_text
from enquete.extract.names import Entry, index
from enquete.extract.nlp import Pipelines
from enquete.model import Document


def _doc(text: str, lang: str = "en") -> Document:
    return Document(id="d", source="d", text=text, language=lang)


def _pipes() -> Pipelines:
    return Pipelines({}, index([Entry("Saudi Arabia", "Country", country="sa")]), {})


@pytest.mark.parametrize("text,name,ptype,expected", [
    # who leads a government is a person
    ("Les écoutes ont visé des opposants sous le gouvernement de Andreas Kostakis, selon le journal.",
     "Andreas Kostakis", "Organization", "Person"),
    ("the contracts signed under the administration of Ramón Ortega Valdés were cancelled",
     "Ramón Ortega Valdés", "Organization", "Person"),
    # a hyphenated first name and a surname
    ("Jean-Marc Lefol dirigeait alors la filiale.", "Jean-Marc Lefol", "Organization", "Person"),
    ("a letter from Anne-Sophie Verhaegen arrived", "Anne-Sophie Verhaegen", "misc", "Person"),
    # a title before the name
    ("selon le président Dimitri Varos, l'accord tient", "Dimitri Varos", "Organization", "Person"),
    ("Mme Hélène Castagne a démenti.", "Hélène Castagne", "Organization", "Person"),
    ("Mr Tobias Brandt declined to comment.", "Tobias Brandt", "Organization", "Person"),
    # a role in apposition after the name
    ("Marcus Hale, a former US ambassador to the region, joined the board.", "Marcus Hale",
     "Organization", "Person"),
    ("Paul Ternier, ancien ministre de la Défense, a signé.", "Paul Ternier", "Organization", "Person"),
    # near misses: organisations in the same places
    ("the government of Saudi Arabia", "Saudi Arabia", "Organization", "Organization"),
    ("Hewlett-Packard Enterprise sold the servers.", "Hewlett-Packard Enterprise", "Organization",
     "Organization"),
    ("Orvane Dynamics, a former supplier of the army, closed.", "Orvane Dynamics", "Organization",
     "Company"),  # not a person: the apposed description says it is a supplier
    ("la société Jean-Claude Dufour a livré", "Jean-Claude Dufour", "Organization", "Company"),
    ("le salon a lieu au parc Lille-Est Lesquin", "Lille-Est Lesquin", "Organization", "Organization"),
    ("the case was filed in Nordland, asking a judge to act", "Nordland", "misc", None),
    ("Vortex, the director said, sold it", "Vortex", "Organization", "Organization"),
])
def test_person_cues(text, name, ptype, expected):
    start = text.index(name)
    assert context.decide_type(None, text, start, start + len(name), ptype, "ner", _pipes()) == expected


@pytest.mark.parametrize("name,expected", [
    ("National Intelligence and Security Service", "PublicBody"),
    ("Defence Export Control Agency", "PublicBody"),
    ("Federal Export Control Office", "PublicBody"),
    ("Attorney General's Office", "PublicBody"),
    ("Office of the Attorney General", "PublicBody"),
    ("Public Prosecutor's Office", "PublicBody"),
    ("Financial Police", "PublicBody"),
    ("Guardia Civil", "PublicBody"),
    ("Service de renseignement extérieur", "PublicBody"),
    ("Procuraduría General de la República", "PublicBody"),
    ("Fiscalía General del Estado", "PublicBody"),
    # near misses
    ("Security Service Partners", "Company"),
    ("Export Control Consulting", "Company"),
    ("Human Rights Office", None),
])
def test_public_bodies_by_the_office_they_name(name, expected):
    text = f"Hier, {name} a répondu."
    assert context.cue_type(text, 6, 6 + len(name)) == expected


@pytest.mark.parametrize("text,name,expected", [
    ("Interrogée, la ministre n'a pas répondu.", "Interrogée", True),
    ("Contactés, les avocats ont refusé.", "Contactés", True),
    ("Asked, the firm said nothing.", "Asked", True),
    ("Le Premier ministre a démissionné.", "Premier", True),
    ("The Prime Minister resigned.", "Prime", True),
    # near misses: real names in the same places
    ("René, le fondateur, a refusé.", "René", False),
    ("Premier Alliance a signé le contrat.", "Premier", False),
])
def test_words_that_open_a_sentence_are_not_names(text, name, expected):
    start = text.index(name)
    assert context.not_a_name(text, start, start + len(name)) is expected


@pytest.mark.parametrize("text,name,ptype,expected", [
    ("l'entrepôt se trouve près de Corvallo, au nord", "Corvallo", "Person", None),
    ("the warehouse near Lakemont burned", "Lakemont", "Organization", None),
    ("il s'est assis près de Marc Dutel", "Marc Dutel", "Person", "Person"),  # a person by shape
])
def test_places_after_near(text, name, ptype, expected):
    start = text.index(name)
    assert context.decide_type(None, text, start, start + len(name), ptype, "ner", _pipes()) == expected


def _found(pipes, text, lang="en"):
    doc = _doc(text, lang)
    return {m.text: m.type for m in find_mentions(pipes.for_language(lang)(spacy_text(text)), doc, pipes)}


def test_acronym_takes_its_long_forms_type(pipes):
    found = _found(pipes, "The Ruritanian National Intelligence and Security Service (RNISS) bought it. "
                          "RNISS officers used it.")
    assert found.get("RNISS") == "PublicBody"


def test_name_then_called_acronym_is_one_body(pipes):
    text = ("The Attorney General's Office, then called the PGO, bought the tool in 2015. A year later "
            "the PGO "
            "renewed it.")
    doc = _doc(text)
    ms = find_mentions(pipes.for_language("en")(spacy_text(text)), doc, pipes)
    by = {m.text: m for m in ms}
    assert "General's Office" not in by
    assert by["Attorney General's Office"].type == "PublicBody"
    assert by["PGO"].type == "PublicBody" and by["PGO"].cluster == by["Attorney General's Office"].cluster


def test_government_leader_found(pipes):
    found = _found(pipes, "Sous le gouvernement de Nikos Varelakis, les écoutes se sont multipliées.", "fr")
    assert found.get("Nikos Varelakis") == "Person"
    found = _found(pipes, "Sous le gouvernement de la Grèce, rien.", "fr")
    assert not any(t == "Person" for t in found.values())


@pytest.mark.parametrize("text,lang,name", [
    ("Tervano, petite société rachetée par un fonds, a vendu les sondes.", "fr", "Tervano"),
    ("Brisca, jeune entreprise fondée en 2012, exporte.", "fr", "Brisca"),
    ("Helmark, a small company bought by a fund, sold the probes.", "en", "Helmark"),
])
def test_company_in_apposition(pipes, text, lang, name):
    assert _found(pipes, text, lang).get(name) == "Company"


def test_company_apposition_near_misses(pipes):
    found = _found(pipes, "En France, une société rachetée par un fonds a vendu les sondes.", "fr")
    assert found.get("France") != "Company"
    assert "En France" not in found


@pytest.mark.parametrize("text,lang,names", [
    ("La police a reçu des véhicules blindés Marlo et KVX en 2019.", "fr", ["Marlo", "KVX"]),
    ("Elle a installé ses appareils NetGuardX dans le réseau.", "fr", ["NetGuardX"]),
    ("They installed its PacketWarden appliances and DPI-9 probes.", "en", ["PacketWarden"]),
])
def test_products_named_after_a_goods_noun(pipes, text, lang, names):
    found = _found(pipes, text, lang)
    for name in names:
        assert found.get(name) == "Product", (name, found)


def test_goods_noun_before_an_ordinary_word_names_nothing(pipes):
    found = _found(pipes, "La police a reçu des véhicules Et des armes.", "fr")
    assert not any(t == "Product" for t in found.values())


@pytest.mark.parametrize("text,lang,acronym,expected", [
    ("Chaque vente est autorisée par la Nordic Arms Export Control Agency (NAECA), rattachée au ministère.",
     "fr", "NAECA", "PublicBody"),
    ("Payments went to Ruritania's State Security and Intelligence Service (SSIS) in 2014.", "en",
     "SSIS", "PublicBody"),
    ("Le journaliste était écouté par le service intérieur de renseignement, l'ESR, depuis 2020.", "fr",
     "ESR", "PublicBody"),
    ("Le contrat a été signé par le fabricant de drones, la KVX, en 2020.", "fr", "KVX", None),
])
def test_acronym_typed_by_the_body_it_names(pipes, text, lang, acronym, expected):
    found = _found(pipes, text, lang)
    if expected is None:
        assert found.get(acronym) != "PublicBody"
    else:
        assert found.get(acronym) == expected, found


def test_state_bodies_named_by_kind_and_nationality():
    text = ("Les blindés ont été livrés à l'armée tunisienne et aux services de renseignement militaire "
            "marocains, avec l'accord du Trésor américain. The Libyan interior ministry and the Kenyan army "
            "bought them too. L'armée a démenti ; Army officials said nothing.")
    found = {m.text: m.country for m in context.state_bodies(_doc(text, "fr"))}
    assert found == {"armée tunisienne": "tn", "services de renseignement militaire marocains": "ma",
                     "Trésor américain": "us", "Libyan interior ministry": "ly", "Kenyan army": "ke"}


@pytest.mark.parametrize("text,lang,name,expected", [
    ("La commission d'enquête NORD du Sénat a entendu le ministre.", "fr", "commission d'enquête NORD",
     "PublicBody"),
    ("Le département marketing a répondu.", "fr", "département marketing", None),
])
def test_named_departments_and_inquiries(pipes, text, lang, name, expected):
    assert _found(pipes, text, lang).get(name) == expected


@pytest.mark.parametrize("text,lang,name,expected", [
    ("Selon le journaliste indépendant Stavros Milonakis, les écoutes continuent.", "fr", "Stavros Milonakis",
     "Person"),
    ("the exiled activist Tariq Benhamou said the phone was hacked", "en", "Tariq Benhamou", "Person"),
    ("The firm was bought by the Swiss-Italian group NetWarden and renamed.", "en", "NetWarden", "Company"),
    ("l'affaire a été révélée par l'avocate Claire Vasseur en mars", "fr", "Claire Vasseur", "Person"),
])
def test_names_after_a_kind_noun(pipes, text, lang, name, expected):
    assert _found(pipes, text, lang).get(name) == expected


def test_kind_noun_before_an_outlet_names_no_person(pipes):
    found = _found(pipes, "Le journaliste du Monde Diplomatique a enquêté.", "fr")
    assert found.get("Monde Diplomatique") != "Person"


def test_national_branch_of_an_organisation(pipes):
    found = _found(pipes, "Selon Privacy International Germany, la vente est illégale.", "fr")
    assert found.get("Privacy International Germany") == "Organization"
    found = _found(pipes, "The European Union Libya mission trained coastguards.", "en")
    assert "European Union Libya" not in found


def test_a_government_named_by_its_programme_is_no_person(pipes):
    found = _found(pipes, "The contract was signed with the government of National Unity in Tripoli.")
    assert found.get("National Unity") != "Person"


@pytest.mark.parametrize("text,name,expected", [
    ("Interrogée, la direction d'Orvane conteste.", "Orvane", None),  # a company's management
    ("les techniciens d'Orvane travaillent sur place", "Orvane", None),
    ("la direction générale Orvane a répondu", "Orvane", "PublicBody"),
    ("le logiciel d'Orvane", "Orvane", None),  # the software of Orvane: Orvane is not the software
])
def test_kind_noun_then_de_is_not_a_cue(text, name, expected):
    start = text.index(name)
    assert context.cue_type(text, start, start + len(name)) == expected


def test_public_body_of_a_region_is_one_name(pipes):
    found = _found(pipes, "The Public Security Bureau of the Nordland Coastal Autonomous Region bought "
                          "cameras; "
                          "the Public Security Bureau of the city refused.")
    assert found.get("Public Security Bureau of the Nordland Coastal Autonomous Region") == "PublicBody"


@pytest.mark.parametrize("text,name,ptype,expected", [
    ("Interrogée, la direction d'Orvane conteste.", "Orvane", "Person", "Company"),
    ("the engineers of Kestrel flew in", "Kestrel", "Person", "Company"),
    ("la direction de Marc Dutel", "Marc Dutel", "Person", "Person"),  # a full name stays a person
    ("l'avocat d'Orvane a répondu", "Orvane", "Person", "Person"),
])
def test_staff_of_a_one_word_name_makes_it_a_firm(text, name, ptype, expected):
    start = text.index(name)
    assert context.decide_type(None, text, start, start + len(name), ptype, "ner", _pipes()) == expected


def test_firm_named_by_its_staff_once_is_a_firm_throughout(pipes):
    found = _found(pipes, "Les techniciens de Valdoro sont restés. Le régime a payé Valdoro. Selon Valdoro, "
                          "tout "
                          "est légal.", "fr")
    assert found.get("Valdoro") in ("Company", None)
