"""Phrasings of corporate ties written on no development text: owners and buyers (subsidiary_of), new
names (successor_of), stakes and investments (funded), makers of products (developed), and public bodies
that question, search or seize (investigated). Sentences written for these tests, French and English, each
with the triples it must give, and near misses that must not give them."""

from __future__ import annotations

import pytest

from tests.extract import test_phrasings_ownership_inquiry as shared

pytestmark = pytest.mark.integration

NAMES = {
    "Corvane": "Company", "Maltrix": "Company", "Pellagon": "Company", "Strayd": "Company",
    "Ionwave": "Company", "Dravic": "Company", "Aurelis": "Company", "Bexley Partners": "Company",
    "Nightjar": "Product", "Skylance": "Product", "Pathfinder": "Product",
    "Digital Rights Forum": "Organization", "Observatoire des libertés": "Organization",
    "Le Courrier": "Organization", "Northline Alliance": "Organization",
    "parquet de Nantes": "PublicBody", "Senate committee": "PublicBody", "Federal Police": "PublicBody",
    "commission d'enquête": "PublicBody", "Garde civile": "PublicBody", "Customs Agency": "PublicBody",
    "Ministry of Defence": "PublicBody",
    "Tom Reed": "Person", "Luc Marin": "Person", "Ines Roca": "Person",
}


def triples(text: str, lang: str, predicate: str) -> set[tuple[str, str]]:
    return shared.triples(text, lang, predicate, NAMES)


def must(text: str, lang: str, predicate: str, expected: set[tuple[str, str]]) -> None:
    """Every expected triple, and no other with one of their subjects or objects."""
    shared.must(text, lang, predicate, expected, NAMES)


OWNERS = [
    ("Maltrix and its parent company, Dravic, refused to comment.", "en", {("Maltrix", "Dravic")}),
    ("Maltrix and its parent company Dravic sell cameras to the police.", "en", {("Maltrix", "Dravic")}),
    ("Maltrix et sa maison mère, Dravic, n'ont pas répondu.", "fr", {("Maltrix", "Dravic")}),
    ("Maltrix et sa société mère Dravic vendent des caméras.", "fr", {("Maltrix", "Dravic")}),
    ("Corvane, qui appartient depuis 2015 au groupe Dravic, vend des drones.", "fr", {("Corvane", "Dravic")}),
    ("Corvane fait partie du groupe Dravic depuis 2015.", "fr", {("Corvane", "Dravic")}),
    ("Corvane is part of the Dravic group.", "en", {("Corvane", "Dravic")}),
    ("Pellagon, a unit of the defence group Dravic, makes radars.", "en", {("Pellagon", "Dravic")}),
    ("Strayd is controlled by Dravic through a holding in Cyprus.", "en", {("Strayd", "Dravic")}),
    ("Strayd, controlled by the Cypriot holding Dravic, sells radars.", "en", {("Strayd", "Dravic")}),
    ("Strayd est contrôlée par Dravic via une holding chypriote.", "fr", {("Strayd", "Dravic")}),
    ("Strayd, contrôlée depuis 2012 par le groupe Dravic, vend des radars.", "fr", {("Strayd", "Dravic")}),
    ("Le Digital Rights Forum détaille l'offre de Strayd, une jeune société rachetée par le groupe "
     "allemand Dravic, à la police.", "fr", {("Strayd", "Dravic")}),
    ("The Digital Rights Forum examined exports by Strayd, a small firm acquired by the German group "
     "Dravic, to the police.", "en", {("Strayd", "Dravic")}),
    ("Strayd, taken over by Dravic in 2016, sells radars.", "en", {("Strayd", "Dravic")}),
    ("In 2016 Strayd was taken over by the Dravic group.", "en", {("Strayd", "Dravic")}),
    ("In 2018 Strayd joined the Dravic group.", "en", {("Strayd", "Dravic")}),
    ("Strayd joined the Northline Alliance in 2019.", "en", {("Strayd", "Northline Alliance")}),
    ("En 2018, Strayd a rejoint le groupe Dravic.", "fr", {("Strayd", "Dravic")}),
    ("Strayd est entrée dans le giron du groupe Dravic en 2018.", "fr", {("Strayd", "Dravic")}),
    ("Dravic took over Strayd in 2016.", "en", {("Strayd", "Dravic")}),
    ("Dravic a pris le contrôle de Strayd en 2016.", "fr", {("Strayd", "Dravic")}),
    ("Dravic took control of Strayd in 2016.", "en", {("Strayd", "Dravic")}),
    ("Strayd, owned by Dravic, the group formerly known as Maltrix, sells radars.", "en", {("Strayd", "Dravic")}),
    ("Selon Le Courrier, les radars de Corvane (la société s'appelle Maltrix depuis 2019 et appartient au "
     "groupe allemand Dravic) ont été vus en Libye.", "fr", {("Maltrix", "Dravic")}),
    ("Corvane radars (the company has since been renamed Maltrix and is owned by Dravic) were seen in Libya.",
     "en", {("Maltrix", "Dravic")}),
    ("Le Digital Rights Forum a reçu 2 millions d'euros de la part du « Aurelis », dépendant de Dravic.", "fr",
     {("Aurelis", "Dravic")}),
    ("Dravic's Corvane unit sells radars.", "en", {("Corvane", "Dravic")}),
    ("Dravic's Corvane subsidiary sells radars.", "en", {("Corvane", "Dravic")}),
    ("Dravic and its subsidiary Corvane sell radars.", "en", {("Corvane", "Dravic")}),
    ("Dravic et sa filiale Corvane vendent des radars.", "fr", {("Corvane", "Dravic")}),
    ("Corvane, which Dravic bought in 2015, sells radars.", "en", {("Corvane", "Dravic")}),
    ("Corvane, que Dravic a rachetée en 2015, vend des radars.", "fr", {("Corvane", "Dravic")}),
    ("Corvane, filiale à 100 % de Dravic, vend des radars.", "fr", {("Corvane", "Dravic")}),
    ("Dravic, qui possède également Corvane, vend des radars.", "fr", {("Corvane", "Dravic")}),
    ("Dravic owns 60% of Corvane.", "en", {("Corvane", "Dravic")}),
    ("Dravic détient 60 % du capital de Corvane.", "fr", {("Corvane", "Dravic")}),
    ("Pellagon, rattachée au groupe Dravic, fabrique des radars.", "fr", {("Pellagon", "Dravic")}),
]


@pytest.mark.parametrize("text,lang,expected", OWNERS)
def test_owners_and_buyers_are_parents(text, lang, expected):
    must(text, lang, "subsidiary_of", expected)


@pytest.mark.parametrize("text,lang", [
    ("Strayd, a small firm praised by the German group Dravic, sells radars.", "en"),
    ("Strayd, une jeune société visée par le groupe Dravic, vend des radars.", "fr"),
    ("Strayd rejected a takeover by Dravic in 2016.", "en"),
    ("Strayd, which Dravic tried to take over in 2016, sells radars.", "en"),
    ("Tom Reed joined the Dravic group in 2018.", "en"),
    ("Luc Marin a rejoint le groupe Dravic en 2018.", "fr"),
    ("Strayd joined the Dravic consortium's bid for the contract.", "en"),
    ("Strayd is no longer controlled by Dravic.", "en"),
    ("Strayd n'est plus contrôlée par Dravic.", "fr"),
    ("Maltrix and its rival, Dravic, refused to comment.", "en"),
    ("Corvane, formerly known as Maltrix, sells drones.", "en"),
    ("Corvane, anciennement Maltrix, vend des drones.", "fr"),
    ("Corvane was renamed Maltrix in 2019.", "en"),
    ("Dravic owns 30% of Corvane.", "en"),
    ("Dravic détient 12 % du capital de Corvane.", "fr"),
    ("Corvane, which Dravic tried to buy in 2015, sells radars.", "en"),
    ("Corvane, que Dravic a conseillée en 2015, vend des radars.", "fr"),
    ("Corvane dépend de Dravic pour ses puces.", "fr"),
])
def test_no_parent_from_praise_bids_people_or_new_names(text, lang):
    assert not triples(text, lang, "subsidiary_of")


RENAMINGS = [
    ("Corvane now operates as Maltrix.", "en", {("Maltrix", "Corvane")}),
    ("Corvane, which now operates as Maltrix, sells drones.", "en", {("Maltrix", "Corvane")}),
    ("Corvane opère désormais sous le nom de Maltrix.", "fr", {("Maltrix", "Corvane")}),
    ("Corvane, qui opère aujourd'hui sous le nom Maltrix, vend des drones.", "fr", {("Maltrix", "Corvane")}),
    ("Corvane s'appelle Maltrix depuis 2019.", "fr", {("Maltrix", "Corvane")}),
    ("Corvane s'appelle depuis 2019 Maltrix.", "fr", {("Maltrix", "Corvane")}),
    ("Corvane was renamed Maltrix in 2019.", "en", {("Maltrix", "Corvane")}),
    ("In 2019 Corvane renamed itself Maltrix.", "en", {("Maltrix", "Corvane")}),
    ("Corvane rebranded as Maltrix in 2020.", "en", {("Maltrix", "Corvane")}),
    ("Corvane, which rebranded itself as Maltrix, sells drones.", "en", {("Maltrix", "Corvane")}),
    ("Corvane was rebranded Maltrix after the scandal.", "en", {("Maltrix", "Corvane")}),
    ("Corvane a été renommée Maltrix en 2019.", "fr", {("Maltrix", "Corvane")}),
    ("Corvane s'est rebaptisée Maltrix en 2019.", "fr", {("Maltrix", "Corvane")}),
    ("Maltrix, anciennement connue sous le nom de Corvane, vend des drones.", "fr", {("Maltrix", "Corvane")}),
    ("Maltrix, previously named Corvane, sells drones.", "en", {("Maltrix", "Corvane")}),
    ("Maltrix, la société autrefois appelée Corvane, vend des drones.", "fr", {("Maltrix", "Corvane")}),
    ("Corvane was bought in 2018 by a Danish fund and now operates as Maltrix.", "en", {("Maltrix", "Corvane")}),
    ("Corvane a été rachetée en 2018 par un fonds danois et opère désormais sous le nom de Maltrix.", "fr",
     {("Maltrix", "Corvane")}),
    ("Les drones de Corvane (l'entreprise s'appelle Maltrix depuis 2019) ont été vus en Libye.", "fr",
     {("Maltrix", "Corvane")}),
    ("Corvane drones (the company was renamed Maltrix in 2019) were seen in Libya.", "en",
     {("Maltrix", "Corvane")}),
    ("Corvane (now Maltrix) sells radars.", "en", {("Maltrix", "Corvane")}),
    ("Corvane (aujourd'hui Maltrix) vend des radars.", "fr", {("Maltrix", "Corvane")}),
    ("Corvane (devenue Maltrix en 2019) vend des radars.", "fr", {("Maltrix", "Corvane")}),
    ("Corvane, which changed its name to Maltrix in 2019, sells radars.", "en", {("Maltrix", "Corvane")}),
    ("Corvane bought Strayd, which now operates as Maltrix.", "en", {("Maltrix", "Strayd")}),
]


@pytest.mark.parametrize("text,lang,expected", RENAMINGS)
def test_new_names_succeed_old_ones(text, lang, expected):
    must(text, lang, "successor_of", expected)


def test_an_old_name_in_an_apposition_is_the_owners():
    """(The "formerly" trigger of relations.yaml also names the owned company as successor: not checked.)"""
    got = triples("Strayd, owned by Maltrix, the group formerly known as Corvane, sells radars.", "en",
                  "successor_of")
    assert ("Maltrix", "Corvane") in got


@pytest.mark.parametrize("text,lang", [
    ("Corvane operates as a reseller for Maltrix.", "en"),
    ("Corvane opère sous licence de Maltrix.", "fr"),
    ("Corvane could rebrand as Maltrix next year.", "en"),
    ("Corvane pourrait être renommée Maltrix.", "fr"),
    ("Corvane renamed its Nightjar camera Skylance.", "en"),
    ("Corvane, which operated as Maltrix in Spain, sells drones.", "en"),
    ("Corvane opère sous le nom de Maltrix en Espagne.", "fr"),
])
def test_no_new_name_from_roles_or_plans(text, lang):
    assert not {(s, o) for s, o in triples(text, lang, "successor_of") if "Maltrix" in (s, o)}


STAKES = [
    ("Dravic bought a controlling stake in Corvane in 2015.", "en", {("Dravic", "Corvane")}),
    ("In 2015 the fund Aurelis acquired a minority stake in Corvane.", "en", {("Aurelis", "Corvane")}),
    ("Aurelis took a 30% stake in Corvane.", "en", {("Aurelis", "Corvane")}),
    ("Dravic a pris une participation majoritaire dans Corvane en 2015.", "fr", {("Dravic", "Corvane")}),
    ("Le fonds Aurelis a acquis une participation de 30 % dans Corvane.", "fr", {("Aurelis", "Corvane")}),
    ("Le fonds Aurelis est entré au capital de Corvane en 2016.", "fr", {("Aurelis", "Corvane")}),
    ("Its founders sold Corvane in 2014 to a group of investors led by the fund Aurelis.", "en",
     {("Aurelis", "Corvane")}),
    ("Corvane was sold in 2014 to a consortium led by the investment fund Aurelis.", "en",
     {("Aurelis", "Corvane")}),
    ("Ses fondateurs ont cédé Corvane en 2014 à un groupe d'investisseurs mené par le fonds Aurelis.", "fr",
     {("Aurelis", "Corvane")}),
    ("Aurelis invested $10 million in Corvane in 2017.", "en", {("Aurelis", "Corvane")}),
    ("Aurelis has invested heavily in Corvane since 2017.", "en", {("Aurelis", "Corvane")}),
    ("Corvane, a portfolio company of the fund Aurelis, sells radars.", "en", {("Aurelis", "Corvane")}),
    ("Aurelis's portfolio includes Corvane and Maltrix.", "en", {("Aurelis", "Corvane"), ("Aurelis", "Maltrix")}),
    ("Dravic owns 30% of Corvane.", "en", {("Dravic", "Corvane")}),
    ("Dravic détient 12 % du capital de Corvane.", "fr", {("Dravic", "Corvane")}),
    ("Aurelis led a $20 million funding round in Corvane.", "en", {("Aurelis", "Corvane")}),
    ("Aurelis, an early investor in Corvane, sold its shares in 2020.", "en", {("Aurelis", "Corvane")}),
    ("Aurelis est actionnaire de Corvane depuis 2016.", "fr", {("Aurelis", "Corvane")}),
    ("Corvane's investors include Aurelis and Dravic.", "en", {("Aurelis", "Corvane"), ("Dravic", "Corvane")}),
    ("Parmi les actionnaires de Corvane figurent Aurelis et Dravic.", "fr",
     {("Aurelis", "Corvane"), ("Dravic", "Corvane")}),
    ("Le fonds Aurelis a investi 10 millions d'euros dans Corvane.", "fr", {("Aurelis", "Corvane")}),
]


@pytest.mark.parametrize("text,lang,expected", STAKES)
def test_stakes_and_investments_fund(text, lang, expected):
    must(text, lang, "funded", expected)


@pytest.mark.parametrize("text,lang", [
    ("Aurelis could take a stake in Corvane next year.", "en"),
    ("Le fonds Aurelis envisage de prendre une participation dans Corvane.", "fr"),
    ("Aurelis declined to invest in Corvane.", "en"),
    ("Corvane sold its cameras in 2014 to a group of buyers led by Dravic.", "en"),
    ("Aurelis could become an investor in Corvane.", "en"),
    ("Aurelis told investors in Corvane that the deal was off.", "en"),
    ("Aurelis a rencontré les actionnaires de Corvane.", "fr"),
    ("Aurelis n'est plus actionnaire de Corvane.", "fr"),
    ("Aurelis owns 30% of the Nightjar patents, not of Corvane.", "en"),
    ("Aurelis invested in Nightjar cameras for its offices.", "en"),
])
def test_no_investor_from_plans_refusals_or_goods(text, lang):
    assert not {(s, o) for s, o in triples(text, lang, "funded") if o == "Corvane"}


MAKERS = [
    ("Nightjar, the spyware made by Corvane, was found in Egypt.", "en", {("Corvane", "Nightjar")}),
    ("Les drones Skylance, fabriqués par Corvane, ont été vus au Yémen.", "fr", {("Corvane", "Skylance")}),
    ("Skylance, un logiciel conçu par Corvane, a été vu au Yémen.", "fr", {("Corvane", "Skylance")}),
    ("Corvane's flagship spyware Nightjar was found in Egypt.", "en", {("Corvane", "Nightjar")}),
    ("Corvane's flagship product, Nightjar, was found in Egypt.", "en", {("Corvane", "Nightjar")}),
    ("Corvane showcased its flagship tool Nightjar at the fair.", "en", {("Corvane", "Nightjar")}),
    ("Corvane markets its interception platform Pathfinder to police forces.", "en",
     {("Corvane", "Pathfinder")}),
    ("Corvane présente sa plateforme Pathfinder aux polices africaines.", "fr", {("Corvane", "Pathfinder")}),
    ("Corvane présente son logiciel phare, Nightjar, depuis 2016.", "fr", {("Corvane", "Nightjar")}),
    ("Le logiciel phare de Corvane, Nightjar, a été repéré en Égypte.", "fr", {("Corvane", "Nightjar")}),
    ("Corvane, the company behind Nightjar, denied the report.", "en", {("Corvane", "Nightjar")}),
    ("Corvane, l'entreprise derrière Nightjar, dément.", "fr", {("Corvane", "Nightjar")}),
    ("Corvane, la société à l'origine du logiciel Nightjar, dément.", "fr", {("Corvane", "Nightjar")}),
    ("Corvane launched Nightjar in 2015.", "en", {("Corvane", "Nightjar")}),
    ("Corvane unveiled Skylance at a Paris fair.", "en", {("Corvane", "Skylance")}),
    ("Corvane a lancé Nightjar en 2016.", "fr", {("Corvane", "Nightjar")}),
    ("Corvane a dévoilé Skylance lors d'un salon à Paris.", "fr", {("Corvane", "Skylance")}),
    ("The police bought Nightjar, Corvane's flagship spyware, in 2015.", "en", {("Corvane", "Nightjar")}),
    ("La police a acheté Nightjar, le logiciel espion de Corvane, en 2015.", "fr", {("Corvane", "Nightjar")}),
    ("Researchers saw Corvane's Skylance cameras in Cairo.", "en", {("Corvane", "Skylance")}),
    ("The report found Skylance cameras, a Corvane product, in Cairo.", "en", {("Corvane", "Skylance")}),
    ("Le rapport a trouvé des caméras Skylance, un produit de Corvane, au Caire.", "fr",
     {("Corvane", "Skylance")}),
    ("Les drones Skylance et Pathfinder fabriqués par Corvane ont été vus au Yémen.", "fr",
     {("Corvane", "Skylance"), ("Corvane", "Pathfinder")}),
    ("Skylance and Pathfinder drones, built by Corvane, were seen in Yemen.", "en",
     {("Corvane", "Skylance"), ("Corvane", "Pathfinder")}),
]


@pytest.mark.parametrize("text,lang,expected", MAKERS)
def test_makers_of_products(text, lang, expected):
    must(text, lang, "developed", expected)


@pytest.mark.parametrize("text,lang", [
    ("The Ministry of Defence deployed its Nightjar platform in 2016.", "en"),
    ("Le Digital Rights Forum a analysé sa plateforme Pathfinder.", "fr"),
    ("Dravic bought Corvane's flagship spyware Nightjar in 2015.", "en"),
    ("Dravic launched Nightjar in Egypt with a local partner.", "en"),
    ("Dravic a lancé Nightjar au Maroc avec un partenaire local.", "fr"),
    ("Dravic, the company behind the Nightjar report, praised Corvane.", "en"),
    ("Dravic, revendeur de Corvane, commercialise ses caméras Skylance au Maroc.", "fr"),
    ("Dravic a acheté en 2015 le logiciel phare de Corvane, Nightjar.", "fr"),
    ("Skylance cameras, a Dravic purchase, were seen in Cairo.", "en"),
])
def test_no_maker_from_buyers_users_or_critics(text, lang):
    got = triples(text, lang, "developed")
    assert not {(s, o) for s, o in got if s in ("Ministry of Defence", "Digital Rights Forum", "Dravic")}


INQUIRIES = [
    ("Le parquet de Nantes a ouvert en 2019 une enquête préliminaire visant Corvane.", "fr",
     {("parquet de Nantes", "Corvane")}),
    ("Le parquet de Nantes a ouvert une enquête pour corruption visant Corvane et Maltrix.", "fr",
     {("parquet de Nantes", "Corvane"), ("parquet de Nantes", "Maltrix")}),
    ("Tom Reed, the head of Corvane, was questioned by the Senate committee in May.", "en",
     {("Senate committee", "Tom Reed")}),
    ("The Senate committee questioned Tom Reed about the exports.", "en", {("Senate committee", "Tom Reed")}),
    ("Luc Marin a été entendu par la commission d'enquête en mai.", "fr",
     {("commission d'enquête", "Luc Marin")}),
    ("Luc Marin a été auditionné par la commission d'enquête.", "fr", {("commission d'enquête", "Luc Marin")}),
    ("Documents seized by the Federal Police at the offices of Corvane show the sales.", "en",
     {("Federal Police", "Corvane")}),
    ("The Federal Police seized documents at Corvane's headquarters.", "en", {("Federal Police", "Corvane")}),
    ("Des documents saisis par la Garde civile au siège de Corvane montrent les ventes.", "fr",
     {("Garde civile", "Corvane")}),
    ("La Garde civile a saisi des documents dans les locaux de Corvane.", "fr", {("Garde civile", "Corvane")}),
    ("The Federal Police raided Corvane in May.", "en", {("Federal Police", "Corvane")}),
    ("Corvane was raided by the Federal Police in May.", "en", {("Federal Police", "Corvane")}),
    ("La Garde civile a perquisitionné Corvane en mai.", "fr", {("Garde civile", "Corvane")}),
    ("Corvane a été perquisitionnée par la Garde civile.", "fr", {("Garde civile", "Corvane")}),
    ("The Senate committee quizzed Tom Reed about the exports.", "en", {("Senate committee", "Tom Reed")}),
    ("Le parquet de Nantes a requis la condamnation de Corvane.", "fr", {("parquet de Nantes", "Corvane")}),
    ("The Customs Agency seized a shipment from Corvane in 2018.", "en", {("Customs Agency", "Corvane")}),
]


@pytest.mark.parametrize("text,lang,expected", INQUIRIES)
def test_bodies_that_question_search_or_seize(text, lang, expected):
    must(text, lang, "investigated", expected)


@pytest.mark.parametrize("text,lang", [
    ("Le Courrier quizzed Tom Reed about the exports.", "en"),
    ("The Senate committee pressed Tom Reed to resign.", "en"),
    ("Tom Reed was questioned by Le Courrier about the exports.", "en"),
    ("Luc Marin a été interrogé par Le Courrier sur les ventes.", "fr"),
    ("Luc Marin a été entendu par l'Observatoire des libertés.", "fr"),
    ("Documents obtained by the Digital Rights Forum show the sales of Corvane.", "en"),
    ("Le parquet de Nantes pourrait ouvrir une enquête visant Corvane.", "fr"),
    ("The Senate committee could question Tom Reed next month.", "en"),
    ("Le parquet de Nantes n'a pas ouvert d'enquête visant Corvane.", "fr"),
    ("The Federal Police did not seize documents at Corvane's offices.", "en"),
])
def test_no_inquiry_by_the_press_or_ngos_or_when_denied(text, lang):
    assert not triples(text, lang, "investigated")


@pytest.mark.parametrize("text,lang,expected", [
    ("The Digital Rights Forum sued Corvane and its parent company, Dravic, in May.", "en",
     {("Digital Rights Forum", "Corvane"), ("Digital Rights Forum", "Dravic")}),
    ("L'Observatoire des libertés a attaqué en justice Corvane et sa maison mère, Dravic.", "fr",
     {("Observatoire des libertés", "Corvane"), ("Observatoire des libertés", "Dravic")}),
])
def test_a_complaint_reaches_the_parent_named_beside_its_target(text, lang, expected):
    must(text, lang, "complaint_against", expected)


@pytest.mark.parametrize("text,lang,expected", [
    ("Corvane faces a lawsuit from the Digital Rights Forum.", "en", {("Digital Rights Forum", "Corvane")}),
    ("Tom Reed brought a claim against Corvane in London.", "en", {("Tom Reed", "Corvane")}),
    ("Corvane est visée par une plainte de l'Observatoire des libertés.", "fr",
     {("Observatoire des libertés", "Corvane")}),
    ("Corvane fait l'objet d'une plainte pénale de l'Observatoire des libertés.", "fr",
     {("Observatoire des libertés", "Corvane")}),
    ("Une plainte de l'Observatoire des libertés vise Corvane et Maltrix.", "fr",
     {("Observatoire des libertés", "Corvane"), ("Observatoire des libertés", "Maltrix")}),
])
def test_complaints_named_from_their_target(text, lang, expected):
    must(text, lang, "complaint_against", expected)


@pytest.mark.parametrize("text,lang", [
    ("Corvane could face a lawsuit from the Digital Rights Forum.", "en"),
    ("Corvane n'est pas visée par une plainte de l'Observatoire des libertés.", "fr"),
    ("Corvane faces criticism from the Digital Rights Forum.", "en"),
    ("Corvane fait l'objet d'une campagne de l'Observatoire des libertés.", "fr"),
])
def test_no_complaint_from_criticism_or_a_hypothesis(text, lang):
    assert not triples(text, lang, "complaint_against")
