"""A description set beside a name says what the name is ("X, an Israeli spyware vendor,", "the data
protection authority, the Garante", "X, l'autorité italienne de ..."), and a product word after a name makes
it a product ("its Graphite tool"). Sentences written for these tests, with near misses."""

import pytest

from enquete.extract import context


@pytest.mark.parametrize("text,name,kind", [
    ("Paragon Solutions, an Israeli spyware vendor, sold it.", "Paragon Solutions", "Company"),
    ("Cognyte, the Israeli firm spun off from Verint, sold it.", "Cognyte", "Company"),
    ("Halvard, a small Norwegian maker of drones, closed.", "Halvard", "Company"),
    ("the Italian data protection authority, the Garante, fined it", "Garante", "PublicBody"),
    ("Ostrava, the national cyber security agency, warned", "Ostrava", "PublicBody"),
    ("Lumen, a digital rights NGO based in Vienna, sued.", "Lumen", "Organization"),
    ("Velkor, une société danoise, a vendu", "Velkor", "Company"),
    ("le Garante, l'autorité italienne de protection des données, a infligé", "Garante", "PublicBody"),
    ("l'autorité de contrôle, la Vesna, a infligé", "Vesna", "PublicBody"),
    ("Fanpage, un site d'information, a révélé", "Fanpage", "Organization"),
    ("Argus, un logiciel espion, a été installé", "Argus", "Product"),
    # past the acronym in parentheses
    ("Technologies Avancées de Sécurité (TAS), une société chypriote, a livré",
     "Technologies Avancées de Sécurité", "Company"),
    ("Quantic Vision Analytics (QVA), a Cypriot vendor, sold it.", "Quantic Vision Analytics", "Company"),
    # near misses: a person's role at an organisation, a company's staff
    ("Ahmed Mansoor, an engineer at the firm, was targeted.", "Ahmed Mansoor", None),
    ("Tomas Berg, a spokesman for the company, declined.", "Tomas Berg", None),
    ("Marc Dupin, un ingénieur de la société, a été entendu.", "Marc Dupin", None),
    ("Jane Lowe, the company's lawyer, said", "Jane Lowe", None),
    ("the firm's founder, Dan Ellis, said", "Dan Ellis", None),
    ("Selon Marc Dubois, la société Arvane a livré", "Marc Dubois", None),  # the noun goes with Arvane
])
def test_apposed_kind(text: str, name: str, kind: str | None) -> None:
    start = text.index(name)
    assert context.apposed_kind(text, start, start + len(name)) == kind


@pytest.mark.parametrize("text,name,kind", [
    ("Paragon sold its Graphite tool to Italy.", "Graphite", "Product"),
    ("the Pegasus implant was found", "Pegasus", "Product"),
])
def test_a_product_word_after_the_name(text: str, name: str, kind: str) -> None:
    start = text.index(name)
    assert context.cue_type(text, start, start + len(name)) == kind


@pytest.mark.parametrize("text,name,titled", [
    ("un porte-parole de Velkor a refusé", "Velkor", True),
    ("A spokesperson for Ternium declined to comment.", "Ternium", True),
    ("Le patron de Paragon, John Fleming, a démenti.", "Paragon", True),
    ("the chief executive of Ternium said", "Ternium", True),
    ("the lawyer for Mansoor said", "Mansoor", False),  # a client may be a person
    ("a friend of Ternium said", "Ternium", False),
])
def test_a_company_title_before_the_name(text: str, name: str, titled: bool) -> None:
    assert context.titled_firm(text, text.index(name)) is titled


def test_a_single_word_after_a_company_title_is_a_company_end_to_end() -> None:
    from enquete.extract import extract, load_pipelines
    from enquete.model import Document
    pipes = load_pipelines()
    for lang, text, name in (("en", "A spokesperson for Ternium declined to comment.", "Ternium"),
                             ("fr", "Le patron de Paragon, John Fleming, a démenti.", "Paragon")):
        ex = extract(Document(id=lang, source="t.txt", text=text, language=lang), pipes)
        assert (name, "Company") in [(m.text, m.type) for m in ex.mentions]


@pytest.mark.parametrize("text,name,code", [
    ("Orlan Tech, a Danish company, sold it.", "Orlan Tech", "dk"),
    ("Paragon Solutions, an Israeli spyware vendor, sold it.", "Paragon Solutions", "il"),
    ("Velkor, une société danoise, a vendu", "Velkor", "dk"),
    ("Orlan Tech, a small company, sold it.", "Orlan Tech", None),
    # any noun of a company's kind carries the nationality: a maker, a distributor, a supplier
    ("Le fabricant belge Ardel Défense a livré des grenades.", "Ardel Défense", "be"),
    ("Le distributeur ivoirien Kora les a revendues.", "Kora", "ci"),
    ("The Danish manufacturer Nordvik sold them.", "Nordvik", "dk"),
    ("Nordvik, a Danish arms supplier, sold them.", "Nordvik", "dk"),
    ("le fabricant de logiciels Kora", "Kora", None),
    ("The manufacturer Nordvik sold them.", "Nordvik", None),
])
def test_nationality_of_a_described_company(text: str, name: str, code: str | None) -> None:
    start = text.index(name)
    assert context.nationality(text, start, start + len(name)) == code


def test_a_thing_used_is_no_person_end_to_end() -> None:
    from enquete.extract import extract, load_pipelines
    from enquete.model import Document
    pipes = load_pipelines()
    for text, name, kind in (("Clear evidence shows that Paragon's Graphite was used against journalists.",
                              "Graphite", "Product"),
                             ("Obama was used to criticism.", "Obama", "Person")):
        ex = extract(Document(id=name, source="t.txt", text=text, language="en"), pipes)
        assert (name, kind) in [(m.text, m.type) for m in ex.mentions]


@pytest.mark.parametrize("lang,text,found", [
    ("fr", "Arvane, filiale du groupe Stenmark, a livré des caméras.", [("Arvane", "Company")]),
    ("en", "Velkor, an Israeli spyware vendor, sold it.", [("Velkor", "Company")]),
    ("en", "However, the company, which denies it, kept quiet.", []),  # a word the language knows
    ("fr", "Ensuite, la société, qui dément, a fermé.", []),
    ("en", "Today, the company, which denies it, kept quiet.", []),
    # a made-up name opening the text, which the parser reads as an adverb; real adverbs stay out
    ("en", "Netfence, a Canadian company, sells internet filters.", [("Netfence", "Company")]),
    ("en", "Meanwhile, the company, which denies it, kept quiet.", []),
    ("en", "Nevertheless, the firm, based in Ottawa, kept quiet.", []),
    ("en", "Separately, the company, which denies it, kept quiet.", []),
])
def test_a_name_the_model_missed_before_its_description(lang: str, text: str, found: list) -> None:
    from enquete.extract.nlp import load_pipelines
    from enquete.model import Document
    pipes = load_pipelines()
    sdoc = pipes.for_language(lang)(text)
    names = [(m.text, m.type) for m in context.apposed_names(Document(id="a", source="a", text=text,
                                                                       language=lang), sdoc, pipes)]
    assert names == found


@pytest.mark.parametrize("text,found", [
    ("According to the Copenhagen daily Politiken, the deal was signed.", ["Politiken"]),
    ("The Israeli daily Haaretz reported the sale.", ["Haaretz"]),
    ("Selon le quotidien Le Monde, la société a livré des sondes.", ["Le Monde"]),
    ("the German weekly Der Spiegel", ["Der Spiegel"]),
    ("le site d'information Mediapart a révélé l'affaire", ["Mediapart"]),
    ("They held the weekly Monday meeting.", []),
    ("The newspaper said nothing.", []),
])
def test_an_outlet_named_after_its_noun(text: str, found: list) -> None:
    from enquete.model import Document
    assert [m.text for m in context.outlet_names(Document(id="o", source="o", text=text, language="en"))] == found


def test_the_city_of_an_outlet_is_no_mention_end_to_end() -> None:
    from enquete.extract import extract
    from enquete.extract.nlp import load_pipelines
    from enquete.model import Document
    text = ("Ugandan police used the system against opposition supporters, according to the Copenhagen "
            "daily Politiken. The Ugandan government did not respond.")
    names = {(m.text, m.type) for m in extract(Document(id="u", source="u.txt", text=text, language="en"),
                                               load_pipelines()).mentions}
    assert ("Politiken", "Organization") in names
    assert not {n for n, _ in names} & {"Copenhagen", "Ugandan"}


@pytest.mark.parametrize("text,name,kind", [
    ("le logiciel d'analyse Skyeye a été installé", "Skyeye", "Product"),
    ("le système de surveillance Eagle a été livré", "Eagle", "Product"),
    ("les caméras Skyeye ont filmé la place", "Skyeye", "Product"),
    ("tear gas grenades and the cameras Orbis", "Orbis", "Product"),
    # a bill is a law, not goods
    ("le projet de loi Renseignement a été voté", "Renseignement", "Law"),
])
def test_a_kind_of_goods_before_the_name(text: str, name: str, kind: str | None) -> None:
    start = text.index(name)
    assert context.cue_type(text, start, start + len(name)) == kind


def test_an_ngo_named_after_its_kind() -> None:
    from enquete.model import Document
    text = "L'ONG Human Rights Watch a dénoncé le contrat. Selon l'ONG Amnesty Watch, rien n'a changé."
    assert [m.text for m in context.ngo_names(Document(id="n", source="n", text=text, language="fr"))] == [
        "Human Rights Watch", "Amnesty Watch"]


@pytest.mark.parametrize("text,found", [
    ("Canisters made by the Brazilian company Fortiva Defesa were found.", ["Fortiva Defesa"]),
    ("la société chypriote Ardent Tech a livré", ["Ardent Tech"]),
    ("the firm Halcyon sold it", ["Halcyon"]),
    # a place after "de", a title, a sentence word
    ("cette société de Vizzola Ticino, près de Varèse", []),
    ("the company CEO John Smith said", []),
    ("the company The", []),
])
def test_a_company_named_after_its_noun(text: str, found: list) -> None:
    from enquete.model import Document
    names = [m.text for m in context.kind_named(Document(id="k", source="k", text=text, language="en"))
             if m.type == "Company"]
    assert names == found


@pytest.mark.parametrize("text,name,kind", [
    ("according to the human rights group Lumen Watchers", "Lumen Watchers", "Organization"),
    ("the campaign group Arms Watch Africa said", "Arms Watch Africa", "Organization"),
    ("the German group Helvar sold", "Helvar", "Company"),  # a group of companies
])
def test_a_group_that_campaigns_is_no_company(text: str, name: str, kind: str) -> None:
    start = text.index(name)
    assert context.cue_type(text, start, start + len(name)) == kind
