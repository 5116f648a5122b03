"""Phrasings of complaints filed by several plaintiffs against several targets, inquiries and fines by
public bodies, takeovers, joint ventures and renamings: sentences written for these tests, French and
English, each with the triples it must give, and negatives that must give none (or not those)."""

from __future__ import annotations

import pytest

from tests.facts.conftest import pairs

pytestmark = pytest.mark.integration

NAMES = {
    "Velotrak": "Company", "Norvexa": "Company", "Helix": "Company", "Tarsis": "Company",
    "Orbis Capital": "Company", "Brenner Holding": "Company", "Kestrel Systems": "Company",
    "Quorra Networks": "Company", "QN": "Company", "Lumen Grid": "Company", "Sarto": "Company",
    "Civic Watch": "Organization", "Privacy Alliance": "Organization", "Open Rights Lab": "Organization",
    "Veille Numérique": "Organization", "Ligue des droits civiques": "Organization",
    "Office of Export Enforcement": "PublicBody", "parquet de Lyon": "PublicBody",
    "Serious Fraud Office": "PublicBody", "Hamburg prosecutors": "PublicBody",
    "Autorité de la concurrence": "PublicBody", "Trade Ministry": "PublicBody",
    "Tom Reed": "Person", "Anna Berg": "Person", "Marc Dupré": "Person",
}
CW, PA, ORL = "Civic Watch", "Privacy Alliance", "Open Rights Lab"
VN, LDC = "Veille Numérique", "Ligue des droits civiques"


def triples(text: str, lang: str, predicate: str, names: dict[str, str] = NAMES) -> set[tuple[str, str]]:
    return pairs(text, lang, predicate, names)


def must(text: str, lang: str, predicate: str, expected: set[tuple[str, str]],
         names: dict[str, str] = NAMES) -> None:
    """Every expected triple, and no other with one of their subjects or objects."""
    got = triples(text, lang, predicate, names)
    assert expected <= got, f"missing {expected - got}; got {got}"
    ends = {a for a, _ in expected} | {b for _, b in expected}
    wrong = {(s, o) for s, o in got - expected if s in ends or o in ends}
    assert not wrong, f"wrong {wrong}"


COMPLAINTS = [
    ("Civic Watch, Privacy Alliance and Open Rights Lab lodged one complaint against Helix with the "
     "British contact point and another against Norvexa with the Dutch one.", "en",
     {(a, b) for a in (CW, PA, ORL) for b in ("Helix", "Norvexa")}),
    ("Veille Numérique et la Ligue des droits civiques ont déposé une plainte contre Velotrak à Paris et une "
     "autre contre Tarsis à Lyon.", "fr", {(a, b) for a in (VN, LDC) for b in ("Velotrak", "Tarsis")}),
    ("In 2016 a lawsuit was filed against Helix in a Texas court on behalf of the blogger Tom Reed.", "en",
     {("Tom Reed", "Helix")}),
    ("Une plainte a été déposée contre Velotrak devant le tribunal de Lyon au nom du militant Marc Dupré.",
     "fr", {("Marc Dupré", "Velotrak")}),
    ("A lawsuit was filed against Kestrel Systems and Helix by Privacy Alliance in May.", "en",
     {(PA, "Kestrel Systems"), (PA, "Helix")}),
    ("A coalition of NGOs including Civic Watch and Open Rights Lab filed a criminal complaint with the "
     "Hamburg prosecutors against Quorra Networks.", "en", {(CW, "Quorra Networks"), (ORL, "Quorra Networks")}),
]


@pytest.mark.parametrize("text,lang,expected", COMPLAINTS)
def test_complaints_by_several_against_several(text, lang, expected):
    must(text, lang, "complaint_against", expected)


@pytest.mark.parametrize("text,lang", [
    ("Civic Watch filed one complaint against Helix and may file another against Norvexa.", "en"),
    ("A lawsuit could be filed against Helix on behalf of Tom Reed.", "en"),
    ("Veille Numérique n'a pas déposé une plainte contre Velotrak et une autre contre Tarsis.", "fr"),
])
def test_complaint_hypotheses_give_nothing(text, lang):
    got = triples(text, lang, "complaint_against")
    assert not {(s, o) for s, o in got if o != "Helix" or "one complaint" not in text}


INQUIRIES = [
    ("The Office of Export Enforcement fined Helix $2 million in 2014.", "en",
     {("Office of Export Enforcement", "Helix")}),
    ("Norvexa agreed to pay a civil penalty of $1 million to the Office of Export Enforcement.", "en",
     {("Office of Export Enforcement", "Norvexa")}),
    ("Kestrel Systems was fined by the Serious Fraud Office last year.", "en",
     {("Serious Fraud Office", "Kestrel Systems")}),
    ("The Serious Fraud Office's investigation into Helix and Norvexa is over.", "en",
     {("Serious Fraud Office", "Helix"), ("Serious Fraud Office", "Norvexa")}),
    ("Hamburg prosecutors searched the offices of Helix and of Norvexa.", "en",
     {("Hamburg prosecutors", "Helix"), ("Hamburg prosecutors", "Norvexa")}),
    ("Helix reached a settlement with the Office of Export Enforcement in 2015.", "en",
     {("Office of Export Enforcement", "Helix")}),
    ("L'enquête du parquet de Lyon sur Velotrak se poursuit.", "fr", {("parquet de Lyon", "Velotrak")}),
    ("La procédure ouverte contre Tarsis par le parquet de Lyon se poursuit.", "fr",
     {("parquet de Lyon", "Tarsis")}),
    ("En 2020, le parquet de Lyon a fait perquisitionner les locaux de Velotrak.", "fr",
     {("parquet de Lyon", "Velotrak")}),
    ("L'Autorité de la concurrence a infligé une amende de 3 millions d'euros à Tarsis.", "fr",
     {("Autorité de la concurrence", "Tarsis")}),
]


@pytest.mark.parametrize("text,lang,expected", INQUIRIES)
def test_inquiries_and_fines_by_public_bodies(text, lang, expected):
    must(text, lang, "investigated", expected)


@pytest.mark.parametrize("text,lang", [
    ("L'enquête de Veille Numérique sur Velotrak a duré deux ans.", "fr"),
    ("Privacy Alliance fined nobody, but Helix paid a penalty to Civic Watch.", "en"),
    ("The Office of Export Enforcement could fine Helix next year.", "en"),
    ("Le parquet de Lyon pourrait infliger une amende à Tarsis.", "fr"),
    ("Helix did not pay a penalty to the Office of Export Enforcement.", "en"),
])
def test_no_inquiry_without_a_public_body_or_an_act(text, lang):
    assert not triples(text, lang, "investigated")


OWNERSHIP = [
    ("Basée à Lyon et détenue par le groupe allemand Brenner Holding, Tarsis vend des drones.", "fr",
     {("Tarsis", "Brenner Holding")}),
    ("Owned by the investment firm Orbis Capital, Helix sells drones.", "en", {("Helix", "Orbis Capital")}),
    ("Helix, owned by private-equity firm Orbis Capital, sells drones.", "en", {("Helix", "Orbis Capital")}),
    ("Helix has been owned since 2017 by the American private equity firm Orbis Capital.", "en",
     {("Helix", "Orbis Capital")}),
    ("Orbis Capital acquired Helix in 2015.", "en", {("Helix", "Orbis Capital")}),
    ("Helix, based in Leeds, England, has been owned by Orbis Capital since 2017.", "en",
     {("Helix", "Orbis Capital")}),
    ("Helix has been owned since 2017 by the fund Orbis Capital, which merged it with Norvexa.", "en",
     {("Helix", "Orbis Capital")}),
    ("Kestrel Systems's acquisition of Norvexa, in 2011, doubled its sales.", "en",
     {("Norvexa", "Kestrel Systems")}),
    ("Le rachat de Velotrak par le groupe Brenner Holding a été conclu en 2013.", "fr",
     {("Velotrak", "Brenner Holding")}),
    ("Helix was bought in 2016 by the Danish group Kestrel Systems.", "en", {("Helix", "Kestrel Systems")}),
    ("Brenner Holding a racheté Tarsis en 2012.", "fr", {("Tarsis", "Brenner Holding")}),
    ("Tarsis, rachetée en 2012 par Brenner Holding, vend des drones.", "fr", {("Tarsis", "Brenner Holding")}),
    ("Quorra Networks (QN), the joint venture of the Swedish group Helix and the Danish group Norvexa, "
     "sells routers.", "en", {("Quorra Networks", "Helix"), ("Quorra Networks", "Norvexa"), ("QN", "Helix"),
                                ("QN", "Norvexa")}),
    ("Lumen Grid, une coentreprise de Velotrak et de Tarsis, vend des caméras.", "fr",
     {("Lumen Grid", "Velotrak"), ("Lumen Grid", "Tarsis")}),
    ("Velotrak, filiale du groupe suédois Brenner Holding, vend des drones.", "fr",
     {("Velotrak", "Brenner Holding")}),
    ("Helix, a subsidiary of the German group Orbis Capital, sells drones.", "en", {("Helix", "Orbis Capital")}),
    ("Norvexa sold the unit in 2009 to Orbis Capital, an investment fund, and it took the name Helix.", "en",
     {("Helix", "Orbis Capital")}),
]


@pytest.mark.parametrize("text,lang,expected", OWNERSHIP)
def test_owners(text, lang, expected):
    must(text, lang, "subsidiary_of", expected)


@pytest.mark.parametrize("text,lang", [
    ("Helix bought Norvexa's cameras in 2015.", "en"),
    ("Helix bought Norvexa equipment for the police.", "en"),
    ("Orbis Capital bought a stake in Helix in 2014.", "en"),
    ("Kestrel Systems's purchase of Norvexa cameras was illegal.", "en"),
    ("Le rachat de Velotrak par Brenner Holding a échoué en 2013.", "fr"),
    ("Le projet de rachat de Velotrak par Brenner Holding inquiète les syndicats.", "fr"),
    ("Kestrel Systems's proposed acquisition of Norvexa worried its staff.", "en"),
    ("Kestrel Systems's acquisition of Norvexa was blocked by regulators.", "en"),
    ("Orbis Capital did not acquire Helix.", "en"),
    ("Velotrak a racheté des caméras à Tarsis.", "fr"),
    ("Orbis Capital no longer owns Helix, which is owned by its staff.", "en"),
    ("Helix and Norvexa set up a joint committee with Kestrel Systems.", "en"),
    ("The Trade Ministry acquired Helix cameras in 2015.", "en"),
])
def test_no_owner_from_a_purchase_of_goods_or_a_stake(text, lang):
    assert not triples(text, lang, "subsidiary_of")


RENAMINGS = [
    ("Norvexa, filiale du groupe Brenner Holding, a pris en 2018 le nom de Tarsis.", "fr",
     {("Tarsis", "Norvexa")}),
    ("Helix, later renamed Norvexa, sold drones.", "en", {("Norvexa", "Helix")}),
    ("In 2019 Helix took the name Norvexa.", "en", {("Norvexa", "Helix")}),
    ("Velotrak est issue de Tarsis, dont elle était la branche drones.", "fr", {("Velotrak", "Tarsis")}),
    ("Helix used to be the drone unit of Kestrel Systems.", "en", {("Helix", "Kestrel Systems")}),
    ("Tarsis était autrefois la branche drones du groupe Brenner Holding.", "fr",
     {("Tarsis", "Brenner Holding")}),
    ("Helix was spun off from Kestrel Systems in 2012.", "en", {("Helix", "Kestrel Systems")}),
    ("Helix and Norvexa merged in 2016 to form Kestrel Systems.", "en",
     {("Kestrel Systems", "Helix"), ("Kestrel Systems", "Norvexa")}),
    ("Velotrak et Tarsis ont fusionné pour former Lumen Grid.", "fr",
     {("Lumen Grid", "Velotrak"), ("Lumen Grid", "Tarsis")}),
    ("La fusion de Velotrak et de Tarsis a donné naissance à Lumen Grid.", "fr",
     {("Lumen Grid", "Velotrak"), ("Lumen Grid", "Tarsis")}),
]


@pytest.mark.parametrize("text,lang,expected", RENAMINGS)
def test_successors(text, lang, expected):
    must(text, lang, "successor_of", expected)


@pytest.mark.parametrize("text,lang,expected", [
    ("Norvexa sold the unit in 2009 to Orbis Capital, an investment fund, and it took the name Helix.", "en",
     ("Helix", "Norvexa")),
    ("Brenner Holding a cédé la branche en 2009 à Orbis Capital, qui l'a rebaptisée Tarsis.", "fr",
     ("Tarsis", "Brenner Holding")),
    ("Norvexa sold its drone unit to Orbis Capital, which renamed it Helix.", "en", ("Helix", "Norvexa")),
])
def test_a_unit_sold_and_renamed_succeeds_its_seller(text, lang, expected):
    """(The renaming trigger of relations.yaml may also name the buyer as predecessor: not checked here.)"""
    assert expected in triples(text, lang, "successor_of")


@pytest.mark.parametrize("text,lang", [
    ("Orbis Capital bought Helix in 2015.", "en"),
    ("Helix is owned by Orbis Capital.", "en"),
    ("Marc Dupré est issu de Velotrak.", "fr"),
    ("Helix used to be a client of Kestrel Systems.", "en"),
    ("Helix and Norvexa could merge to form Kestrel Systems.", "en"),
    ("Velotrak et Tarsis n'ont pas fusionné pour former Lumen Grid.", "fr"),
])
def test_a_purchase_is_no_succession(text, lang):
    assert not triples(text, lang, "successor_of")



@pytest.mark.parametrize("text,lang,expected", [
    ("Tarsis a été condamnée par le parquet de Lyon à une amende.", "fr", {("parquet de Lyon", "Tarsis")}),
    ("Helix was convicted by the Serious Fraud Office in 2019.", "en", {("Serious Fraud Office", "Helix")}),
    ("The Serious Fraud Office opened criminal proceedings against Helix and Norvexa.", "en",
     {("Serious Fraud Office", "Helix"), ("Serious Fraud Office", "Norvexa")}),
    ("Le parquet de Lyon a engagé des poursuites contre Marc Dupré.", "fr", {("parquet de Lyon", "Marc Dupré")}),
])
def test_convictions_and_proceedings(text, lang, expected):
    must(text, lang, "investigated", expected)


@pytest.mark.parametrize("text,lang", [
    ("Civic Watch convicted Helix of lying, in a blistering report.", "en"),
    ("Le parquet de Lyon n'a pas engagé de poursuites contre Tarsis.", "fr"),
    ("The Serious Fraud Office could open proceedings against Helix.", "en"),
    ("Hamburg prosecutors searched the offices of Norvexa's lawyers.", "en"),
])
def test_no_proceedings_denied_or_by_a_private_body(text, lang):
    assert not triples(text, lang, "investigated")


@pytest.mark.parametrize("text,lang,expected", [
    ("Velotrak a levé 5 millions d'euros auprès d'Orbis Capital en 2016.", "fr", {("Orbis Capital", "Velotrak")}),
    ("Helix raised $20 million in funding from the investment firm Orbis Capital.", "en",
     {("Orbis Capital", "Helix")}),
    ("Tarsis a reçu un financement de la part de Brenner Holding.", "fr", {("Brenner Holding", "Tarsis")}),
])
def test_money_raised_from_an_investor(text, lang, expected):
    must(text, lang, "funded", expected)


@pytest.mark.parametrize("text,lang", [
    ("Helix received $2 million in orders from Norvexa.", "en"),
    ("Helix received $5 million from the sale of Tarsis.", "en"),
    ("Velotrak a reçu 5 millions d'euros de commandes de Tarsis.", "fr"),
    ("Helix hopes to raise $20 million from Orbis Capital.", "en"),
    ("Velotrak cherche à lever 5 millions d'euros auprès d'Orbis Capital.", "fr"),
])
def test_no_investor_from_sales_or_hopes(text, lang):
    assert not triples(text, lang, "funded")
