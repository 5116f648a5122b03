"""Checklist battery for `investigated` (a public body inquires into, raids, fines, charges, prosecutes,
questions a company or a person) and `funded` (an investor puts money into a company): sentences written
for these tests in the many shapes reporters use, French and English (active, passive, apposition,
relative clause, possessive, participle, coordination, "the company" or "ses" standing for the company of
the sentence before), and near misses that must give nothing (a complaint by an NGO, an inquiry by
journalists or an NGO, a demand for an inquiry, a denial, a hypothesis, a sanctions listing, a refusal to
invest). Companies and people are invented; the bodies are real ones."""

from __future__ import annotations

import pytest

from tests.facts.conftest import pairs

pytestmark = pytest.mark.integration

NAMES = {
    "Daltek": "Company", "Sorvane": "Company", "Brameo": "Company", "Kovrin Labs": "Company",
    "Oberline Systems": "Company", "Tessaro": "Company", "Redwater Ventures": "Company",
    "Arcadie Capital": "Company", "Stonebridge Partners": "Company",
    "Amnesty International": "Organization", "Citizen Lab": "Organization", "Civic Watch": "Organization",
    "Le Monde": "Organization", "Veille Numérique": "Organization",
    "parquet de Paris": "PublicBody", "parquet de Munich": "PublicBody", "OCLCTIC": "PublicBody",
    "CNIL": "PublicBody", "Federal Police": "PublicBody", "Commerce Department": "PublicBody",
    "BIS": "PublicBody", "Treasury": "PublicBody", "Garante": "PublicBody",
    "Serious Fraud Office": "PublicBody",
    "Amsterdam prosecutors": "PublicBody", "Parquet national financier": "PublicBody",
    "UN panel of experts": "PublicBody", "gendarmerie": "PublicBody",
    "Marc Fayolle": "Person", "Ruth Calder": "Person",
    "Syrie": "Country", "Syria": "Country", "Iran": "Country", "Egypt": "Country", "Égypte": "Country",
}
CODES = {"Syrie": "sy", "Syria": "sy", "Iran": "ir", "Egypt": "eg", "Égypte": "eg"}


def triples(text: str, lang: str, predicate: str) -> set[tuple[str, str]]:
    return pairs(text, lang, predicate, NAMES, CODES)


def must(text: str, lang: str, predicate: str, expected: set[tuple[str, str]]) -> None:
    """Every expected pair, and no other pair with one of their ends."""
    got = triples(text, lang, predicate)
    assert expected <= got, f"missing {expected - got}; got {got}"
    ends = {a for a, _ in expected} | {b for _, b in expected}
    wrong = {(s, o) for s, o in got - expected if s in ends or o in ends}
    assert not wrong, f"wrong {wrong}"


def gap(reason: str, *case: object):  # type: ignore[no-untyped-def]
    """A case the rules miss for a cause outside this battery's reach (the reason), kept as a record."""
    return pytest.param(*case, marks=pytest.mark.xfail(reason=reason))


PN, PM, FP, CD = "parquet de Paris", "parquet de Munich", "Federal Police", "Commerce Department"
SFO, PNF, AP = "Serious Fraud Office", "Parquet national financier", "Amsterdam prosecutors"

INVESTIGATED = [
    # French: active, passive, noun phrases, participles, appositions
    ("Le parquet de Paris a ouvert une enquête visant Daltek pour complicité de torture.", "fr",
     {(PN, "Daltek")}),
    ("Daltek fait l'objet d'une information judiciaire ouverte par le parquet de Paris.", "fr",
     {(PN, "Daltek")}),
    ("En mars, les enquêteurs de l'OCLCTIC ont perquisitionné les locaux de Sorvane à Nanterre.", "fr",
     {("OCLCTIC", "Sorvane")}),
    ("Sorvane a été condamnée à une amende de 250 000 euros par la CNIL.", "fr", {("CNIL", "Sorvane")}),
    ("Brameo a fourni des sondes à la Syrie. La procédure ouverte contre ses dirigeants par le parquet de "
     "Munich se poursuit.", "fr", {(PM, "Brameo")}),
    gap("the parser reads 'mise' as a noun and the agent as a new root",
        "Sorvane, mise en examen par le parquet de Paris pour complicité, conteste les faits.",
        "fr", {("parquet de Paris", "Sorvane")}),
    ("La CNIL a infligé à Daltek une amende de trois millions d'euros.", "fr", {("CNIL", "Daltek")}),
    ("Le parquet de Paris, qui enquête sur Daltek depuis 2019, a entendu ses dirigeants.", "fr",
     {(PN, "Daltek")}),
    ("La CNIL a sanctionné Daltek pour avoir conservé des données sans limite.", "fr", {("CNIL", "Daltek")}),
    ("Visée par une enquête du parquet de Paris, la société Sorvane a suspendu ses ventes.", "fr",
     {(PN, "Sorvane")}),
    ("Sorvane est poursuivie par le parquet de Paris pour complicité de crimes contre l'humanité.", "fr",
     {(PN, "Sorvane")}),
    ("L'enquête de la CNIL sur Daltek a montré que les données étaient conservées sans limite.", "fr",
     {("CNIL", "Daltek")}),
    ("Le Parquet national financier soupçonne Tessaro d'avoir versé des commissions occultes.", "fr",
     {(PNF, "Tessaro")}),
    gap("'placer ... en garde à vue' is read by phrasings.yaml only, and not across an apposition",
        "Les gendarmes de l'OCLCTIC ont placé Marc Fayolle, le patron de Sorvane, en garde à vue.",
        "fr", {("OCLCTIC", "Marc Fayolle")}),
    ("Tessaro a vendu ses logiciels à l'Égypte. La société a été sanctionnée par la CNIL en 2022.", "fr",
     {("CNIL", "Tessaro")}),
    # English
    ("An investigation into Kovrin Labs by the Federal Police began in 2020.", "en", {(FP, "Kovrin Labs")}),
    ("Kovrin Labs was raided by the Federal Police in May.", "en", {(FP, "Kovrin Labs")}),
    ("The Commerce Department fined Oberline Systems $2.8m for shipping routers to Syria.", "en",
     {(CD, "Oberline Systems")}),
    ("Oberline Systems agreed to pay a civil penalty of $400,000 to the BIS.", "en",
     {("BIS", "Oberline Systems")}),
    ("Oberline Systems shipped servers to Iran without a licence, according to the settlement announced "
     "by the BIS.", "en", {("BIS", "Oberline Systems")}),
    ("The CNIL's inquiry found that Kovrin Labs had kept data for years.", "en", {("CNIL", "Kovrin Labs")}),
    ("Amsterdam prosecutors brought charges against Oberline Systems' executives in 2022.", "en",
     {(AP, "Oberline Systems")}),
    ("The Serious Fraud Office charged two executives of Kovrin Labs last year.", "en",
     {(SFO, "Kovrin Labs")}),
    ("Kovrin Labs, which is being investigated by the Federal Police, denies any wrongdoing.", "en",
     {(FP, "Kovrin Labs")}),
    ("Amsterdam prosecutors are investigating Oberline Systems and its chief executive Ruth Calder.", "en",
     {(AP, "Oberline Systems"), (AP, "Ruth Calder")}),
    ("Kovrin Labs sold the tool to Egypt. The company is now the subject of an inquiry by the Federal "
     "Police.", "en", {(FP, "Kovrin Labs")}),
    ("The Garante fined Kovrin Labs €20 million in 2022.", "en", {("Garante", "Kovrin Labs")}),
    ("Oberline Systems was fined €5 million by the Garante.", "en", {("Garante", "Oberline Systems")}),
    ("The Garante imposed a €1 million penalty on Kovrin Labs.", "en", {("Garante", "Kovrin Labs")}),
    ("Ruth Calder, a former director of Oberline Systems, was indicted by Amsterdam prosecutors.", "en",
     {(AP, "Ruth Calder")}),
    ("Kovrin Labs was questioned by the UN panel of experts about its sales to Egypt.", "en",
     {("UN panel of experts", "Kovrin Labs")}),
    ("Kovrin Labs faces charges brought by the Serious Fraud Office.", "en", {(SFO, "Kovrin Labs")}),
    ("The Federal Police, which opened a probe into Kovrin Labs last year, has seized its servers.", "en",
     {(FP, "Kovrin Labs")}),
    ("Les perquisitions menées chez Daltek par l'OCLCTIC ont duré deux jours.",
     "fr", {("OCLCTIC", "Daltek")}),
    ("The raid on Kovrin Labs by the Federal Police lasted six hours.", "en", {(FP, "Kovrin Labs")}),
    ("La CNIL, qui a infligé une amende à Sorvane en 2021, a publié sa décision.",
     "fr", {("CNIL", "Sorvane")}),
    ("Fined €20 million by the Garante in 2022, Kovrin Labs stopped selling in Italy.", "en",
     {("Garante", "Kovrin Labs")}),
    ("Le parquet de Munich a ouvert en 2019 une procédure pénale contre Brameo.", "fr", {(PM, "Brameo")}),
    ("The Federal Police searched Kovrin Labs' offices in Oslo.", "en", {(FP, "Kovrin Labs")}),
    ("Oberline Systems paid a $2 million fine to the Commerce Department.", "en", {(CD, "Oberline Systems")}),
    ("Sorvane a écopé d'une amende de 100 000 euros infligée par la CNIL.", "fr", {("CNIL", "Sorvane")}),
    ("Two Oberline Systems executives were charged by Amsterdam prosecutors.",
     "en", {("Amsterdam prosecutors", "Oberline Systems")}),
    gap("'whether' is a hedge of `investigated` (lexicon/phrasings.yaml, not this area's)",
        "The Federal Police is also investigating whether Kovrin Labs sold its tools to Egypt.",
        "en", {("Federal Police", "Kovrin Labs")}),
    ("Daltek et Sorvane sont visées par une information judiciaire du parquet de Paris.", "fr",
     {(PN, "Daltek"), (PN, "Sorvane")}),
    ("Kovrin Labs sold its tools to Egypt. In 2021, the Federal Police opened an investigation.", "en",
     {(FP, "Kovrin Labs")}),
    ("Daltek vend des sondes. En 2020, la CNIL a infligé une amende de deux millions d'euros.", "fr",
     {("CNIL", "Daltek")}),
    ("Kovrin Labs sold its tools to Egypt. The Garante imposed a €1 million fine on the company in May 2023.",
     "en", {("Garante", "Kovrin Labs")}),
    # second round, written after the first fixes to probe other shapes
    ("L'OCLCTIC enquête depuis deux ans sur les activités de Tessaro en Égypte.",
     "fr", {("OCLCTIC", "Tessaro")}),
    ("Daltek a été condamnée en 2022 par la CNIL à une amende de 800 000 euros.", "fr", {("CNIL", "Daltek")}),
    ("Le parquet de Paris reproche à Sorvane d'avoir livré des sondes à la Syrie.", "fr", {(PN, "Sorvane")}),
    ("Marc Fayolle, ancien dirigeant de Sorvane, a été entendu par les enquêteurs de l'OCLCTIC.", "fr",
     {("OCLCTIC", "Marc Fayolle")}),
    ("La CNIL a prononcé contre Tessaro une sanction de 1,5 million d'euros.", "fr", {("CNIL", "Tessaro")}),
    ("Brameo est dans le viseur du parquet de Munich depuis 2019.", "fr", {(PM, "Brameo")}),
    ("Federal Police investigators raided the homes of two Kovrin Labs managers.",
     "en", {("Federal Police", "Kovrin Labs")}),
    ("The BIS penalized Oberline Systems for exporting routers to Iran.",
     "en", {("BIS", "Oberline Systems")}),
    ("Oberline Systems settled with the Commerce Department for $2.8m in 2014.",
     "en", {("Commerce Department", "Oberline Systems")}),
    ("Kovrin Labs is the target of a criminal investigation by Amsterdam prosecutors.",
     "en", {("Amsterdam prosecutors", "Kovrin Labs")}),
    ("The Serious Fraud Office's probe of Oberline Systems began in 2019.",
     "en", {("Serious Fraud Office", "Oberline Systems")}),
    ("Amsterdam prosecutors have accused Oberline Systems of exporting spyware without a licence.", "en",
     {(AP, "Oberline Systems")}),
    ("Ruth Calder was arrested by the Federal Police in Oslo.", "en", {(FP, "Ruth Calder")}),
    ("Kovrin Labs has been sanctioned by the Treasury.", "en", {("Treasury", "Kovrin Labs")}),
    gap("a search that 'took place' at a seat: no reading",
        "Une perquisition a eu lieu mardi au siège de Daltek, à la demande du parquet de Paris.",
        "fr", {("parquet de Paris", "Daltek")}),
    ("The Garante ordered Kovrin Labs to delete the data and fined it €20 million.",
     "en", {("Garante", "Kovrin Labs")}),  # read since the order counts as an inquiry (corp8)
    ("Kovrin Labs sold its tools to Egypt. The Garante issued a €1 million penalty in May 2023.",
     "en", {("Garante", "Kovrin Labs")}),  # "May" inside a sentence is the month, not the hedge "may"
]


@pytest.mark.parametrize("text,lang,expected", INVESTIGATED)
def test_investigated(text, lang, expected):
    must(text, lang, "investigated", expected)


INVESTIGATED_NONE = [
    ("Amnesty International a porté plainte contre Daltek pour complicité de torture.", "fr"),
    ("Citizen Lab's investigation into Kovrin Labs found its spyware on twelve phones.", "en"),
    ("Le Monde a enquêté pendant six mois sur Sorvane.", "fr"),
    ("Civic Watch called for an investigation into Kovrin Labs by the Federal Police.", "en"),
    ("No investigation into Kovrin Labs was ever opened by the Federal Police.", "en"),
    ("Le parquet de Paris n'a ouvert aucune enquête contre Sorvane.", "fr"),
    ("The Commerce Department could fine Oberline Systems next year.", "en"),
    ("The Treasury placed Oberline Systems on its sanctions list in 2021.", "en"),
    ("Le parquet de Paris envisage d'ouvrir une enquête sur Daltek.", "fr"),
    ("Sorvane dément faire l'objet d'une enquête du parquet de Paris.", "fr"),
    ("Veille Numérique demande à la CNIL de sanctionner Daltek.", "fr"),
    ("Kovrin Labs denied that it was under investigation by the Federal Police.", "en"),
    ("Une enquête de Veille Numérique vise Tessaro et ses clients égyptiens.", "fr"),
    ("Oberline Systems fined its own employees for leaking documents.", "en"),
    ("Kovrin Labs investigated the breach with help from Civic Watch.", "en"),
    gap("a phrasing of lexicon/phrasings.yaml reads the possessor behind s' as the target (phrasings.py, "
        "not this area's)",
        "Amsterdam prosecutors searched the offices of Oberline Systems' lawyers.",
        "en"),
    ("Le Monde a interrogé Marc Fayolle sur les ventes de Sorvane.", "fr"),
    ("The Commerce Department wants to fine Oberline Systems.", "en"),
    ("Kovrin Labs was questioned by a Civic Watch researcher about its sales to Egypt.", "en"),
    ("Marc Fayolle a été interrogé par Le Monde sur les ventes de Sorvane.", "fr"),
    ("Kovrin Labs sold its tools to Egypt. The Federal Police opened an investigation into the leak.", "en"),
    ("Civic Watch has asked the Federal Police to open an investigation into Kovrin Labs.", "en"),
    ("Le Monde a révélé que Daltek faisait l'objet d'une enquête interne.", "fr"),
    ("The Federal Police closed its file on Civic Watch without charges.", "en"),
    ("Kovrin Labs hired a former Federal Police investigator.", "en"),
    ("Daltek a porté plainte contre X auprès du parquet de Paris.", "fr"),
    ("Le parquet de Paris pourrait reprocher à Sorvane ses ventes à la Syrie.", "fr"),
    ("The Treasury fined a bank that had handled payments for Kovrin Labs.", "en"),
    ("Kovrin Labs charged the Federal Police €2 million for the software.", "en"),
    ("The Federal Police searched for survivors near the Kovrin Labs plant.", "en"),
    ("Kovrin Labs reached a settlement with Civic Watch over the leak.", "en"),
    ("La CNIL a félicité Daltek pour sa politique de données.", "fr"),
    ("Daltek vend des sondes. La CNIL a ouvert une enquête sur les fuites de données à la mairie.", "fr"),
]


@pytest.mark.parametrize("text,lang", INVESTIGATED_NONE)
def test_investigated_near_misses(text, lang):
    got = triples(text, lang, "investigated")
    assert not got, f"got {got}"


RW, AC, SP = "Redwater Ventures", "Arcadie Capital", "Stonebridge Partners"

FUNDED = [
    ("Kovrin Labs, backed by Redwater Ventures, sells interception gear to police forces.", "en",
     {(RW, "Kovrin Labs")}),
    ("Daltek a été financée à ses débuts par Arcadie Capital.", "fr", {(AC, "Daltek")}),
    ("Redwater Ventures invested $10m in Kovrin Labs in 2019.", "en", {(RW, "Kovrin Labs")}),
    ("Redwater Ventures, an early investor in Kovrin Labs, sold its shares last year.", "en",
     {(RW, "Kovrin Labs")}),
    ("Kovrin Labs closed a funding round led by Redwater Ventures in 2020.", "en", {(RW, "Kovrin Labs")}),
    ("Daltek a levé 20 millions d'euros auprès d'Arcadie Capital.", "fr", {(AC, "Daltek")}),
    ("Arcadie Capital a investi cinq millions d'euros dans Daltek en 2018.", "fr", {(AC, "Daltek")}),
    ("Daltek, soutenue par Arcadie Capital, a ouvert un bureau à Dubaï.", "fr", {(AC, "Daltek")}),
    ("Kovrin Labs sold its tools to Egypt. The company was backed early on by Redwater Ventures.", "en",
     {(RW, "Kovrin Labs")}),
    ("Arcadie Capital est entré au capital de Daltek en 2018.", "fr", {(AC, "Daltek")}),
    ("Redwater Ventures poured $30 million into Kovrin Labs.", "en", {(RW, "Kovrin Labs")}),
    ("Redwater Ventures and Stonebridge Partners funded Kovrin Labs from its first year.", "en",
     {(RW, "Kovrin Labs"), (SP, "Kovrin Labs")}),
    gap("a shareholder named in a 'dont' clause: no reading yet",
        "Sorvane, dont Arcadie Capital est le principal actionnaire, vend des sondes.",
        "fr", {("Arcadie Capital", "Sorvane")}),
    ("Kovrin Labs received an investment from Stonebridge Partners in 2017.", "en", {(SP, "Kovrin Labs")}),
    gap("the parser takes 'Tessaro' for a second root: 'bouclé' has no subject",
        "Tessaro a bouclé un tour de table mené par Arcadie Capital.",
        "fr", {("Arcadie Capital", "Tessaro")}),
    ("Arcadie Capital, qui a financé Sorvane dès 2015, a revendu ses parts.", "fr", {(AC, "Sorvane")}),
    ("Financée par Arcadie Capital, Daltek a ouvert un bureau à Dubaï.", "fr", {(AC, "Daltek")}),
    ("Redwater Ventures, which backed Kovrin Labs in 2016, sold its stake.", "en", {(RW, "Kovrin Labs")}),
    ("Arcadie Capital a injecté huit millions d'euros dans Sorvane.", "fr", {(AC, "Sorvane")}),
    ("Kovrin Labs raised $12 million in a round led by Redwater Ventures.", "en", {(RW, "Kovrin Labs")}),
    ("Stonebridge Partners has funded Oberline Systems and Kovrin Labs.", "en",
     {(SP, "Oberline Systems"), (SP, "Kovrin Labs")}),
    ("Kovrin Labs, founded in 2015 by two engineers and backed by Redwater Ventures, sells drones.", "en",
     {(RW, "Kovrin Labs")}),
    # second round, written after the first fixes to probe other shapes
    ("Kovrin Labs was seeded by Redwater Ventures in 2014.", "en", {(RW, "Kovrin Labs")}),
    ("Redwater Ventures has a 30% stake in Kovrin Labs.", "en", {(RW, "Kovrin Labs")}),
    ("Daltek a bénéficié d'un financement d'Arcadie Capital.", "fr", {(AC, "Daltek")}),
    ("Grâce aux fonds d'Arcadie Capital, Daltek a recruté vingt ingénieurs.", "fr", {(AC, "Daltek")}),
    ("Stonebridge Partners financed the expansion of Oberline Systems.", "en", {(SP, "Oberline Systems")}),
    gap("a round named by its series: no reading yet",
        "Redwater Ventures led Kovrin Labs' $15 million Series A round.",
        "en", {("Redwater Ventures", "Kovrin Labs")}),
    gap("'count X among its investors': no reading yet",
        "Kovrin Labs counts Redwater Ventures among its investors.",
        "en", {("Redwater Ventures", "Kovrin Labs")}),
    gap("'figurer au capital de': no trigger",
        "Arcadie Capital figure au capital de Daltek depuis 2017.", "fr", {("Arcadie Capital", "Daltek")}),
    gap("'soutenir financièrement': 'soutenir' alone is no funding",
        "Arcadie Capital a soutenu financièrement Sorvane dès sa création.",
        "fr", {("Arcadie Capital", "Sorvane")}),
]


@pytest.mark.parametrize("text,lang,expected", FUNDED)
def test_funded(text, lang, expected):
    must(text, lang, "funded", expected)


FUNDED_NONE = [
    ("Redwater Ventures declined to invest in Kovrin Labs.", "en"),
    ("Kovrin Labs is seeking funding from Redwater Ventures.", "en"),
    ("Arcadie Capital n'a jamais investi dans Daltek.", "fr"),
    ("Daltek espère lever 10 millions d'euros auprès d'Arcadie Capital.", "fr"),
    ("Kovrin Labs backed the proposal made by Civic Watch.", "en"),
    ("Redwater Ventures denied that it had funded Kovrin Labs.", "en"),
    ("Arcadie Capital pourrait entrer au capital de Sorvane.", "fr"),
    ("Redwater Ventures backed out of its deal with Kovrin Labs.", "en"),
    ("The Commerce Department backed the sanctions against Kovrin Labs.", "en"),
    ("Arcadie Capital a financé une étude sur Daltek.", "fr"),
    ("Redwater Ventures poured scorn on Kovrin Labs.", "en"),
    ("Kovrin Labs funded a study by Civic Watch.", "en"),
    ("Daltek a financé le voyage de Marc Fayolle.", "fr"),
    ("Redwater Ventures sold its stake in Kovrin Labs in 2020.", "en"),
    ("Daltek a reçu des fonds publics pour son déménagement.", "fr"),
    ("Redwater Ventures funds pension schemes, and Kovrin Labs makes drones.", "en"),
    ("Arcadie Capital finance des logements sociaux ; Daltek fabrique des sondes.", "fr"),
    ("Kovrin Labs was backed into a corner by Redwater Ventures' lawsuit.", "en"),
    ("Redwater Ventures invested heavily in its own offices, not in Kovrin Labs.", "en"),
]


@pytest.mark.parametrize("text,lang", FUNDED_NONE)
def test_funded_near_misses(text, lang):
    got = triples(text, lang, "funded")
    assert not got, f"got {got}"
