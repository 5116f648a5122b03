"""Entity boundaries and types on name shapes: legal forms, possessives, makers, products, towns, bodies.

Sentences written for these tests (French and English), positives and negatives; the typing functions
run on the real gazetteer classes, the end-to-end cases on the installed spaCy models.
"""

import pytest

from enquete.extract import context
from enquete.extract.mentions import find_mentions, spacy_text
from enquete.extract.names import Entry, index
from enquete.extract.nlp import Pipelines
from enquete.model import Document


def _doc(text: str, lang: str = "en") -> Document:
    return Document(id="d", source="d", text=text, language=lang)


@pytest.mark.parametrize("text,names", [
    ("Selon Norvik Labs GmbH, la plainte visait d'Alvéo SAS et Kestrel FZCO.",
     ["Norvik Labs GmbH", "Alvéo SAS", "Kestrel FZCO"]),
    ("According to Harlow Systems Ltd., the deal with Tarsis AG was signed by Brant & Lowe LLC.",
     ["Harlow Systems Ltd", "Tarsis AG", "Brant & Lowe LLC"]),
    ("The Marden FZE office sold to Orsay SA in 2019.", ["Marden FZE", "Orsay SA"]),
    ("Le groupe a signé avec la SA et la SARL du village.", []),
    ("He wrote in GmbH law that AG meetings matter.", []),
])
def test_legal_forms_name_companies(text, names):
    assert [m.text for m in context.legal_names(_doc(text))] == names
    assert {m.type for m in context.legal_names(_doc(text))} <= {"Company"}


@pytest.mark.parametrize("text,name,expected", [
    ("Le fabricant allemand de logiciels espions Vortex a fermé.", "Vortex", "Company"),
    ("the spyware maker Vortex closed", "Vortex", "Company"),
    ("le fabricant du logiciel Vortex a fermé", "Vortex", "Product"),
    ("la vente de 24 avions Zéphyr en 2015", "Zéphyr", "Product"),
    ("la police utilise son appareil Krypta", "Krypta", "Product"),
    ("Orvane's NetScope appliances were found", "NetScope", "Product"),
    ("the Nimbus devices were seized", "Nimbus", "Product"),
    ("on the network of Nordia Telecom in March", "Nordia Telecom", "Company"),
    ("on Ruritania Telecommunications Establishment lines", "Ruritania Telecommunications Establishment",
     "Company"),
    ("the International Telecommunication Union said", "International Telecommunication Union", None),
    ("owned by Orvane Partners Fund 2 since", "Orvane Partners Fund 2", "Company"),
    ("les blindés de Valmont Défense", "Valmont Défense", "Company"),
    ("the German National Contact Point said", "German National Contact Point", "PublicBody"),
    ("Le Comité d'enquête a saisi les téléphones", "Comité d'enquête", "PublicBody"),
    ("le comité de soutien aux détenus", "comité de soutien", "Organization"),
])
def test_cue_types_of_name_shapes(text, name, expected):
    start = text.index(name)
    assert context.cue_type(text, start, start + len(name)) == expected


def _pipes(*entries: Entry) -> Pipelines:
    return Pipelines({}, index(entries), {})


@pytest.mark.parametrize("text,expected", [
    ("la société Vortex a vendu", "Company"),  # the words name a company
    ("Vortex GmbH", "Company"),
    ("le logiciel Vortex a infecté", "Product"),
    ("Vortex a infecté les téléphones", "Product"),  # nothing says company: the list stands
    ("la société munichoise Vortex a fermé", "Company"),
    ("The firm Orvane Group sold Vortex spyware", "Product"),  # the company noun belongs to another name
    ("le fabricant du logiciel Vortex", "Product"),
])
def test_listed_product_named_as_company_by_context(text, expected):
    pipes = _pipes(Entry("Vortex", "Product"))
    start = text.index("Vortex")
    assert context.decide_type(None, text, start, start + 6, "Product", "gazetteer", pipes) == expected


def test_listed_company_used_for_its_product_stays_listed():
    pipes = _pipes(Entry("Eagle", "Company"))
    text = "le système Eagle a été vendu"
    assert context.decide_type(None, text, 11, 16, "Company", "gazetteer", pipes) == "Company"


@pytest.mark.parametrize("text,name,ptype,expected", [
    ("Vexal, based in Kfar Lev, sold it.", "Kfar Lev", "Person", None),
    ("Basée à Kfar Saba, Vexal vend.", "Kfar Saba", "place", None),
    ("dans la ville de Nordham, Orvane", "Nordham", "Organization", None),
    ("a contract with Kfar Lev Systems", "Kfar Lev Systems", "Organization", "Company"),
    ("Orvane signed with Nordham yesterday", "Nordham", "Organization", "Organization"),
])
def test_towns_are_not_actors(text, name, ptype, expected):
    start = text.index(name)
    assert context.decide_type(None, text, start, start + len(name), ptype, "ner", _pipes()) == expected


def _mentions(pipes, text, lang="en"):
    doc = _doc(text, lang)
    sdoc = pipes.for_language(lang)(spacy_text(text))
    return {m.text: m.type for m in find_mentions(sdoc, doc, pipes)}


def test_possessive_is_left_out_of_the_name(pipes):
    found = _mentions(pipes, "Opposition figures said President Viktor Marenko's government bought the "
                             "system from Kestrel FZCO in 2019, and Nordtel Telekom's network carried it.")
    assert found.get("Viktor Marenko") == "Person" and "Viktor Marenko's" not in found
    assert found.get("Kestrel FZCO") == "Company"
    assert found.get("Nordtel Telekom") == "Company"


def test_product_shadowing_a_company_name_is_not_cut(pipes):
    found = _mentions(pipes, "Une plainte vise FinFisher Labs GmbH et Elaman GmbH, deux sociétés de Munich.",
                      "fr")
    assert found.get("FinFisher Labs GmbH") == "Company"
    assert "Labs GmbH" not in found


def test_organisations_named_by_their_shape():
    text = ("Privacy International, the Ruritania Center for Human Rights (RCHR), Ruritania Watch and the "
            "Apple Watch Series 9 were cited. According to Nordia Watch, it was late.")
    names = [m.text for m in context.ngo_names(_doc(text))]
    assert names == ["Ruritania Watch", "Nordia Watch", "Ruritania Center for Human Rights"]


def test_police_of_a_territory_is_a_public_body_of_it(pipes):
    text = "La police de Hong Kong a saisi les téléphones, pas la police de proximité."
    found = {m.text: (m.type, m.country)
             for m in find_mentions(pipes.for_language("fr")(spacy_text(text)), _doc(text, "fr"), pipes)}
    assert found.get("police de Hong Kong") == ("PublicBody", "hk")
    assert not any("proximité" in name for name in found)


def test_a_named_product_does_not_absorb_its_maker(pipes):
    found = _mentions(pipes, "Selon l'ONG, des blindés Sherpa fabriqués par Valmont ont été filmés.", "fr")
    assert found.get("Sherpa") == "Product"
    assert not any("fabriqués" in name for name in found)


def test_unclosed_parenthesis_is_not_part_of_a_name(pipes):
    found = _mentions(pipes, "Privacy International and the Ruritania Center for Human Rights (RCHR) "
                             "filed it.")
    assert "Ruritania Center for Human Rights" in found
    assert not any("(" in name for name in found)


def test_french_name_before_its_acronym_is_whole():
    text = ("Le Centre européen pour les droits des migrants et des réfugiés (CEDMR) et l'Institut du Nord "
            "pour les études sociales (INES) ont porté plainte. Le Centre pour tous a ouvert.")
    assert [m.text for m in context.ngo_names(_doc(text, "fr"))] == [
        "Centre européen pour les droits des migrants et des réfugiés",
        "Institut du Nord pour les études sociales"]


@pytest.mark.parametrize("acronym,name,fits", [
    ("ECMR", "Centre européen pour les droits des migrants", True),  # English acronym of a French name
    ("EHRF", "Fondation européenne pour les droits humains", True),
    ("ABCD", "Centre européen pour les droits des migrants", False),
    ("EDCM", "Centre européen pour les droits", False),  # more letters than the name has words
    ("Nord", "Centre européen pour les droits des migrants", False),  # not in capitals
])
def test_translated_acronyms(acronym, name, fits):
    from enquete.extract.acronyms import initials_fit
    assert initials_fit(acronym, name) is fits


def test_public_bodies_named_by_kind_and_state():
    text = ("German prosecutors opened an investigation, and the Munich prosecutor's office searched its "
            "offices while Italian customs seized a shipment. The prosecutors said nothing; US authorities "
            "declined to comment. When police arrived, Prosecutors left.")
    found = {m.text: m.country for m in context.state_bodies(_doc(text))}
    assert found == {"German prosecutors": "de", "Munich prosecutor's office": None, "Italian customs": "it"}
    text = "The Oslo police opened an inquiry; Cairo police said nothing; the Munich police and police in Lyon too."
    found = {m.text: m.country for m in context.state_bodies(_doc(text))}
    assert found == {"Oslo police": "no", "Cairo police": "eg"}  # a capital's police is its state's
    text = ("Les douanes françaises et le parquet allemand enquêtent ; le parquet a classé, les douanes "
            "de Lyon.")
    found = {m.text: m.country for m in context.state_bodies(_doc(text, "fr"))}
    assert found == {"douanes françaises": "fr", "parquet allemand": "de"}
    text = ("Les grenades ont été livrées à la gendarmerie togolaise, puis la police égyptienne et les forces de "
            "sécurité tunisiennes en ont reçu ; la police scientifique et la police de proximité n'en ont pas.")
    found = {m.text: m.country for m in context.state_bodies(_doc(text, "fr"))}
    assert found == {"gendarmerie togolaise": "tg", "police égyptienne": "eg",
                     "forces de sécurité tunisiennes": "tn"}


def test_state_name_before_a_public_body_is_part_of_it(pipes):
    text = ("The United States Department of Commerce fined it, the UK National Contact Point agreed, and "
            "Egypt, Ministry of Defence officials said.")
    found = {m.text: (m.type, m.country)
             for m in find_mentions(pipes.for_language("en")(spacy_text(text)), _doc(text), pipes)}
    assert found.get("United States Department of Commerce") == ("PublicBody", "us")
    assert found.get("UK National Contact Point") == ("PublicBody", "gb")
    assert found.get("Egypt") == ("Country", "eg") and "Egypt, Ministry of Defence" not in found


def test_company_branch_named_with_its_state(pipes):
    text = ("Ahmed was targeted through Vodafone Egypt and the network of Telecom Egypt, while Orvane sold "
            "Egypt nothing and Mobile phones in Egypt rose.")
    found = {m.text: (m.type, m.country)
             for m in find_mentions(pipes.for_language("en")(spacy_text(text)), _doc(text), pipes)}
    assert found.get("Vodafone Egypt") == ("Company", "eg")
    assert found.get("Telecom Egypt") == ("Company", "eg")
    assert found.get("Egypt") == ("Country", "eg")  # the state where no company name comes before it
    assert not any(name.startswith("Orvane ") or name.startswith("Mobile") for name in found)


def test_state_in_a_company_name_or_its_origin(pipes):
    text = ("In 2008 the Telecommunication Company of Iran bought it; Positive Technologies of Russia and "
            "the National Oil Company of Libya too.")
    found = {m.text: (m.type, m.country)
             for m in find_mentions(pipes.for_language("en")(spacy_text(text)), _doc(text), pipes)}
    assert found.get("Telecommunication Company of Iran") == ("Company", "ir")
    assert found.get("National Oil Company of Libya") == ("Company", "ly")
    assert found.get("Positive Technologies") == ("Company", "ru")  # "of Russia" is where it comes from


@pytest.mark.parametrize("text,lang,names", [
    ("KNDS est issu du rapprochement de Nexter et de l'allemand Krauss-Maffei Wegmann.", "fr",
     [("Krauss-Maffei Wegmann", "de")]),
    ("Le suédois Veltrix Arms a vendu des blindés. L'israélienne Corvanta aussi.", "fr",
     [("Veltrix Arms", "se"), ("Corvanta", "il")]),
    # a capitalised nationality noun names a person; English and a noun that is no nationality: nothing
    ("Le Français Jean Dupont a témoigné.", "fr", []),
    ("The German Krauss-Maffei Wegmann merged with Nexter.", "en", []),
    ("Le nouveau Velkor a été présenté.", "fr", []),
])
def test_a_lower_case_nationality_before_a_name_makes_a_french_company(text, lang, names):
    assert [(m.text, m.country) for m in context.national_firms(_doc(text, lang))] == names
    assert {m.type for m in context.national_firms(_doc(text, lang))} <= {"Company"}
