"""Relation predicates in phrasings the rules were not written from (complaints, investigations, jobs,
sightings, renamings, ownership): sentences written for these tests in the way reporters write, French
and English, each with the triples it must give, and negatives (denials, hypotheses, negations) that must
give none."""

from __future__ import annotations

import pytest

from enquete.extract.relations import Sent, mended
from tests.facts.conftest import Facts, nlp, pairs

pytestmark = pytest.mark.integration

NAMES = {
    "Velotrak": "Company", "Norvexa": "Company", "Helix": "Company", "Tarsis": "Company",
    "Orbis Capital": "Company", "Brenner Holding": "Company", "Kestrel Systems": "Company",
    "Ligue des droits civiques": "Organization", "Amnesty International": "Organization",
    "Veille Numérique": "Organization", "Civic Watch": "Organization", "Privacy Alliance": "Organization",
    "OCDE": "Organization", "OECD": "Organization", "LDC": "Organization", "CW": "Organization",
    "parquet de Lyon": "PublicBody", "parquet de Paris": "PublicBody", "Federal Police": "PublicBody",
    "Paris prosecutor's office": "PublicBody", "gendarmerie": "PublicBody",
    "Serious Fraud Office": "PublicBody",
    "Tom Reed": "Person", "Anna Berg": "Person", "Marc Dupré": "Person", "Claire Morel": "Person",
    "Argus": "Product", "Vigil": "Product",
    "Égypte": "Country", "Egypt": "Country", "Mexique": "Country", "Mexico": "Country", "France": "Country",
}
CODES = {"Égypte": "eg", "Egypt": "eg", "Mexique": "mx", "Mexico": "mx", "France": "fr"}


def triples(text: str, lang: str, predicate: str) -> set[tuple[str, str]]:
    return pairs(text, lang, predicate, NAMES, CODES)


def check(text: str, lang: str, predicate: str, expected: set[tuple[str, str]]) -> None:
    got = triples(text, lang, predicate)
    assert expected <= got, f"missing {expected - got}; got {got}"
    wrong = {(s, o) for s, o in got - expected if s in {a for a, _ in expected} or not expected}
    assert not wrong, f"wrong {wrong}"


def check_none(text: str, lang: str, predicate: str) -> None:
    assert not triples(text, lang, predicate)


LDC, AI, VN = "Ligue des droits civiques", "Amnesty International", "Veille Numérique"
CW, PA = "Civic Watch", "Privacy Alliance"

COMPLAINTS = [
    ("La Ligue des droits civiques et Veille Numérique ont déposé une plainte contre les dirigeants de "
     "Velotrak et de Norvexa.", "fr",
     {(LDC, "Velotrak"), (LDC, "Norvexa"), (VN, "Velotrak"), (VN, "Norvexa")}),
    ("Civic Watch, Amnesty International and Privacy Alliance filed a criminal complaint against the "
     "managers of Helix.", "en", {(CW, "Helix"), (AI, "Helix"), (PA, "Helix")}),
    ("Civic Watch lodged a complaint with the OECD contact point against Helix in 2019.", "en",
     {(CW, "Helix")}),
    ("Amnesty International a saisi la justice française contre Velotrak.", "fr", {(AI, "Velotrak")}),
    ("Veille Numérique et la Ligue des droits civiques ont porté plainte contre Norvexa pour complicité de "
     "torture.", "fr", {(VN, "Norvexa"), (LDC, "Norvexa")}),
    ("Helix is the target of a complaint brought by Civic Watch in Paris.", "en", {(CW, "Helix")}),
    ("Privacy Alliance has taken legal action against Norvexa and Helix.", "en",
     {(PA, "Norvexa"), (PA, "Helix")}),
    ("Une plainte visant Norvexa a été déposée par Amnesty International auprès du parquet de Lyon.", "fr",
     {(AI, "Norvexa")}),
    ("Amnesty International a déposé plainte auprès du point de contact de l'OCDE contre Kestrel Systems.",
     "fr", {(AI, "Kestrel Systems")}),
    ("Two NGOs, Civic Watch and Privacy Alliance, took Kestrel Systems to court in 2020.", "en",
     {(CW, "Kestrel Systems"), (PA, "Kestrel Systems")}),
    ("Trois ONG, dont Veille Numérique et Amnesty International, ont déposé mardi une plainte pénale contre "
     "Norvexa.", "fr", {(VN, "Norvexa"), (AI, "Norvexa")}),
    ("In June, Privacy Alliance filed suit against Helix and its former chief executive Tom Reed.", "en",
     {(PA, "Helix"), (PA, "Tom Reed")}),
    ("La plainte, déposée par la Ligue des droits civiques, vise Velotrak et Tarsis.", "fr",
     {(LDC, "Velotrak"), (LDC, "Tarsis")}),
    ("Civic Watch has brought a case against Kestrel Systems before a Paris court.", "en",
     {(CW, "Kestrel Systems")}),
    ("Amnesty International s'est constituée partie civile contre Norvexa.", "fr", {(AI, "Norvexa")}),
    ("The complaint, filed by Civic Watch and Privacy Alliance, accuses Helix of complicity in torture.",
     "en", {(CW, "Helix"), (PA, "Helix")}),
    ("Saisie par Veille Numérique, la justice s'intéresse à Velotrak.", "fr", {(VN, "Velotrak")}),
    ("Civic Watch submitted a complaint to the OECD against Helix and Norvexa.", "en",
     {(CW, "Helix"), (CW, "Norvexa")}),
    ("Civic Watch and Privacy Alliance, represented by Tom Reed, filed a complaint against Helix.", "en",
     {(CW, "Helix"), (PA, "Helix")}),
    ("La plainte de Veille Numérique contre Norvexa a été jugée recevable.", "fr", {(VN, "Norvexa")}),
    ("The lawsuit brought by Civic Watch against Helix is still pending.", "en", {(CW, "Helix")}),
    ("Privacy Alliance accuses Kestrel Systems of aiding repression in a complaint filed in London.", "en",
     {(PA, "Kestrel Systems")}),
    ("Amnesty International a saisi le point de contact national de l'OCDE au sujet de Tarsis.", "fr",
     {(AI, "Tarsis")}),
    ("Civic Watch complained to the OECD about Helix in 2014.", "en", {(CW, "Helix")}),
    ("Civic Watch's complaint against Norvexa was dismissed.", "en", {(CW, "Norvexa")}),
    ("Civic Watch, Privacy Alliance and netzwerk.org filed a complaint against Helix.", "en",
     {(CW, "Helix"), (PA, "Helix")}),
]


@pytest.mark.parametrize("text,lang,expected", COMPLAINTS)
def test_complaints(text, lang, expected):
    check(text, lang, "complaint_against", expected)


@pytest.mark.parametrize("text,lang", [
    ("Veille Numérique n'a pas porté plainte contre Velotrak.", "fr"),
    ("Civic Watch is considering a complaint against Helix.", "en"),
    ("Civic Watch could file a complaint against Helix next year.", "en"),
    ("Veille Numérique envisage de porter plainte contre Norvexa.", "fr"),
    ("Civic Watch denied filing a complaint against Helix.", "en"),
    ("Amnesty International dément avoir porté plainte contre Velotrak.", "fr"),
    ("If Civic Watch files a complaint against Helix, the case will go to court.", "en"),
    ("Veille Numérique menace de porter plainte contre Velotrak.", "fr"),
    ("Privacy Alliance has no plans to sue Norvexa.", "en"),
    ("Si la Ligue des droits civiques saisit la justice contre Velotrak, le procès durera des années.", "fr"),
    ("Privacy Alliance might take Helix to court.", "en"),
    ("Veille Numérique n'a jamais saisi la justice contre Norvexa.", "fr"),
    ("La Ligue des droits civiques se réserve le droit de porter plainte contre Tarsis.", "fr"),
    ("Civic Watch has not sued Kestrel Systems.", "en"),
    ("Civic Watch said it would not file a complaint against Helix.", "en"),
    ("Veille Numérique a renoncé à porter plainte contre Velotrak.", "fr"),
])
def test_complaint_negatives(text, lang):
    check_none(text, lang, "complaint_against")


INQUIRIES = [
    ("The Paris prosecutor's office opened an inquiry into Helix in 2021.", "en",
     {("Paris prosecutor's office", "Helix")}),
    ("Le parquet de Lyon enquête sur Velotrak depuis 2019.", "fr", {("parquet de Lyon", "Velotrak")}),
    ("Officers of the Federal Police searched the offices of Norvexa in Oslo.", "en",
     {("Federal Police", "Norvexa")}),
    ("Helix is under investigation by the Federal Police.", "en", {("Federal Police", "Helix")}),
    ("Le parquet de Lyon a ouvert une information judiciaire visant Norvexa.", "fr",
     {("parquet de Lyon", "Norvexa")}),
    ("Les enquêteurs de la gendarmerie ont perquisitionné les locaux de Velotrak à Lyon.", "fr",
     {("gendarmerie", "Velotrak")}),
    ("Velotrak fait l'objet d'une enquête du parquet de Paris.", "fr", {("parquet de Paris", "Velotrak")}),
    ("The Serious Fraud Office launched a probe into Norvexa and Helix last year.", "en",
     {("Serious Fraud Office", "Norvexa"), ("Serious Fraud Office", "Helix")}),
    ("Le parquet de Paris a ouvert une enquête préliminaire sur les ventes de Tarsis.", "fr",
     {("parquet de Paris", "Tarsis")}),
    ("Kestrel Systems has been under investigation by the Serious Fraud Office since 2018.", "en",
     {("Serious Fraud Office", "Kestrel Systems")}),
    ("Helix's offices were raided by the Federal Police in March.", "en", {("Federal Police", "Helix")}),
    ("Le parquet de Paris a ouvert une enquête pour complicité de torture visant Velotrak.", "fr",
     {("parquet de Paris", "Velotrak")}),
    ("Norvexa faces an investigation by the Serious Fraud Office.", "en",
     {("Serious Fraud Office", "Norvexa")}),
    ("Une information judiciaire a été ouverte par le parquet de Paris contre Tarsis.", "fr",
     {("parquet de Paris", "Tarsis")}),
    ("The Serious Fraud Office is investigating Kestrel Systems over bribes.", "en",
     {("Serious Fraud Office", "Kestrel Systems")}),
    ("Les locaux de Norvexa ont été perquisitionnés par la gendarmerie.", "fr", {("gendarmerie", "Norvexa")}),
    ("Tom Reed was charged by the Paris prosecutor's office in 2021.", "en",
     {("Paris prosecutor's office", "Tom Reed")}),
    ("Marc Dupré a été mis en examen par le parquet de Paris.", "fr", {("parquet de Paris", "Marc Dupré")}),
    ("The Serious Fraud Office, which has a team of 20, opened an investigation into Helix.", "en",
     {("Serious Fraud Office", "Helix")}),
    ("Le parquet de Paris, saisi en 2012, enquête sur Norvexa.", "fr", {("parquet de Paris", "Norvexa")}),
    ("Helix is being investigated by the Federal Police.", "en", {("Federal Police", "Helix")}),
    ("Norvexa est visée par une enquête du parquet de Paris.", "fr", {("parquet de Paris", "Norvexa")}),
    ("La gendarmerie a placé Marc Dupré en garde à vue.", "fr", {("gendarmerie", "Marc Dupré")}),
    ("Le parquet de Paris enquête depuis 2017 sur Norvexa et sur Tarsis.", "fr",
     {("parquet de Paris", "Norvexa")}),
    ("The Serious Fraud Office has been probing Helix since 2019.", "en",
     {("Serious Fraud Office", "Helix")}),
]


@pytest.mark.parametrize("text,lang,expected", INQUIRIES)
def test_investigations(text, lang, expected):
    check(text, lang, "investigated", expected)


@pytest.mark.parametrize("text,lang", [
    ("The Federal Police declined to open an investigation into Helix.", "en"),
    ("Le parquet de Lyon n'a ouvert aucune enquête sur Velotrak.", "fr"),
    ("Civic Watch asked the Federal Police to investigate Helix.", "en"),
    ("Le parquet de Lyon pourrait ouvrir une enquête sur Norvexa.", "fr"),
    ("Helix said the Serious Fraud Office was not investigating it, nor Norvexa.", "en"),
    ("Veille Numérique demande au parquet de Paris d'enquêter sur Velotrak.", "fr"),
    ("Helix's offices were never searched by the Federal Police.", "en"),
    ("Le parquet de Paris refuse d'ouvrir une information judiciaire contre Tarsis.", "fr"),
])
def test_investigation_negatives(text, lang):
    got = triples(text, lang, "investigated")
    assert not {(s, o) for s, o in got if NAMES[s] != "PublicBody" or "demande" in text or "asked" in text} \
        and not (got and ("n'a" in text or "declined" in text or "pourrait" in text or "not" in text))


JOBS = [
    ("Helix's chief executive Tom Reed declined to comment.", "en", {("Tom Reed", "Helix")}),
    ("Anna Berg, head of sales at Norvexa, travelled to Cairo twice.", "en", {("Anna Berg", "Norvexa")}),
    ("Tom Reed, who led Helix until 2015, now runs a consultancy.", "en", {("Tom Reed", "Helix")}),
    ("L'ancien directeur de Velotrak, Marc Dupré, a quitté la France.", "fr", {("Marc Dupré", "Velotrak")}),
    ("Claire Morel, directrice commerciale de Norvexa, était présente au salon.", "fr",
     {("Claire Morel", "Norvexa")}),
    ("Marc Dupré, qui a dirigé Velotrak pendant dix ans, refuse de répondre.", "fr",
     {("Marc Dupré", "Velotrak")}),
    ("Anna Berg, a former engineer at Helix, said the tool went to Egypt.", "en", {("Anna Berg", "Helix")}),
    ("Claire Morel, responsable des ventes chez Velotrak, dément.", "fr", {("Claire Morel", "Velotrak")}),
    ("Norvexa CEO Tom Reed said the contract was legal.", "en", {("Tom Reed", "Norvexa")}),
    ("Selon Marc Dupré, ex-PDG de Norvexa, le contrat était légal.", "fr", {("Marc Dupré", "Norvexa")}),
    ("Tom Reed, Helix's former sales director, declined to comment.", "en", {("Tom Reed", "Helix")}),
    ("Marc Dupré, le patron de Velotrak, n'a pas répondu.", "fr", {("Marc Dupré", "Velotrak")}),
    ("Anna Berg, who worked for Norvexa until 2016, told us the story.", "en", {("Anna Berg", "Norvexa")}),
    ("Claire Morel, qui travaillait chez Tarsis, raconte.", "fr", {("Claire Morel", "Tarsis")}),
    ("Tom Reed, then head of Helix, signed the deal.", "en", {("Tom Reed", "Helix")}),
    ("Le président de Norvexa, Marc Dupré, signe le contrat.", "fr", {("Marc Dupré", "Norvexa")}),
    ("Anna Berg joined Kestrel Systems as chief technology officer in 2012.", "en",
     {("Anna Berg", "Kestrel Systems")}),
    ("Claire Morel, ancienne ingénieure chez Velotrak, témoigne.", "fr", {("Claire Morel", "Velotrak")}),
    ("Anna Berg, who worked at Helix for ten years, spoke to us.", "en", {("Anna Berg", "Helix")}),
    ("Claire Morel a quitté Velotrak en 2018.", "fr", {("Claire Morel", "Velotrak")}),
    ("Tom Reed of Helix declined to comment.", "en", {("Tom Reed", "Helix")}),
    ("Anna Berg, a former Helix executive, founded a consultancy.", "en", {("Anna Berg", "Helix")}),
]


@pytest.mark.parametrize("text,lang,expected", JOBS)
def test_employment(text, lang, expected):
    check(text, lang, "employed_by", expected)


@pytest.mark.parametrize("text,lang", [
    ("Tom Reed met the head of sales at Helix in Dubai.", "en"),
    ("Marc Dupré a refusé de rejoindre Velotrak.", "fr"),
    ("Anna Berg never worked for Helix.", "en"),
])
def test_employment_negatives(text, lang):
    check_none(text, lang, "employed_by")


SIGHTINGS = [
    ("Vigil devices were seen in Egypt by two researchers.", "en", {("Vigil", "Egypt")}),
    ("Researchers found traces of Vigil on servers in Egypt.", "en", {("Vigil", "Egypt")}),
    ("Researchers detected Argus in 25 countries, including Mexico.", "en", {("Argus", "Mexico")}),
    ("Argus est utilisé en Égypte depuis 2015.", "fr", {("Argus", "Égypte")}),
    ("Des traces d'Argus ont été détectées au Mexique.", "fr", {("Argus", "Mexique")}),
    ("Vigil infections were detected in Mexico and Egypt.", "en", {("Vigil", "Mexico"), ("Vigil", "Egypt")}),
    ("Les chercheurs ont repéré Argus sur des serveurs situés au Mexique.", "fr", {("Argus", "Mexique")}),
    ("Le logiciel Vigil a été observé en Égypte en 2020.", "fr", {("Vigil", "Égypte")}),
    ("Argus has been used against journalists in Mexico.", "en", {("Argus", "Mexico")}),
    ("Traces of Vigil were found in Egypt and Mexico.", "en", {("Vigil", "Egypt"), ("Vigil", "Mexico")}),
    ("Argus a été repéré en Égypte par des chercheurs.", "fr", {("Argus", "Égypte")}),
    ("Investigators identified Argus on phones in Mexico.", "en", {("Argus", "Mexico")}),
    ("Des chercheurs ont détecté Vigil dans une dizaine de pays, dont le Mexique.", "fr",
     {("Vigil", "Mexique")}),
    ("Vigil is used by the police in Egypt.", "en", {("Vigil", "Egypt")}),
    ("On retrouve Argus en Égypte et au Mexique.", "fr", {("Argus", "Égypte"), ("Argus", "Mexique")}),
    ("Argus turned up in Mexico in 2017.", "en", {("Argus", "Mexico")}),
    ("Citizen Lab documented the use of Vigil in Egypt.", "en", {("Vigil", "Egypt")}),
    ("Researchers mapped Argus servers in Mexico.", "en", {("Argus", "Mexico")}),
    ("Le rapport établit la présence d'Argus au Mexique.", "fr", {("Argus", "Mexique")}),
    ("Argus est actif au Mexique depuis 2016.", "fr", {("Argus", "Mexique")}),
    ("Vigil, the spyware made by Helix, was detected in 45 countries including Mexico and Egypt.", "en",
     {("Vigil", "Mexico"), ("Vigil", "Egypt")}),
    ("Argus, conçu par Velotrak, a été repéré au Mexique.", "fr", {("Argus", "Mexique")}),
]


@pytest.mark.parametrize("text,lang,expected", SIGHTINGS)
def test_found_in(text, lang, expected):
    check(text, lang, "found_in", expected)


@pytest.mark.parametrize("text,lang", [
    ("Vigil was not found in Egypt.", "en"),
    ("Argus n'a jamais été utilisé au Mexique, selon Velotrak.", "fr"),
    ("Researchers found no trace of Vigil in Mexico.", "en"),
    ("Le logiciel Argus aurait pu être employé au Mexique, si le contrat avait été signé.", "fr"),
    ("Vigil was never seen in Egypt.", "en"),
    ("Helix denies that Vigil was ever used in Egypt.", "en"),
    ("Velotrak dément qu'Argus ait été utilisé au Mexique.", "fr"),
])
def test_found_in_negatives(text, lang):
    check_none(text, lang, "found_in")


RENAMINGS = [
    ("Helix, renamed Norvexa in 2018, kept its staff.", "en", {("Norvexa", "Helix")}),
    ("Helix, now called Norvexa, sells drones.", "en", {("Norvexa", "Helix")}),
    ("Norvexa (formerly Helix) sells drones.", "en", {("Norvexa", "Helix")}),
    ("In 2018 Helix became Norvexa.", "en", {("Norvexa", "Helix")}),
    ("Velotrak, devenue Tarsis en 2017, vend des caméras.", "fr", {("Tarsis", "Velotrak")}),
    ("Tarsis, ex-Velotrak, vend des caméras.", "fr", {("Tarsis", "Velotrak")}),
    ("Velotrak a changé de nom pour devenir Tarsis.", "fr", {("Tarsis", "Velotrak")}),
    ("Tarsis, qui s'appelait auparavant Velotrak, vend des caméras.", "fr", {("Tarsis", "Velotrak")}),
    ("Orbis Capital sold its surveillance unit to Kestrel Systems in 2014.", "en",
     {("Kestrel Systems", "Orbis Capital")}),
    ("Helix was spun off from Orbis Capital in 2012.", "en", {("Helix", "Orbis Capital")}),
    ("Brenner Holding a cédé sa branche de surveillance à Tarsis.", "fr", {("Tarsis", "Brenner Holding")}),
    ("Norvexa, the former Helix, sells drones.", "en", {("Norvexa", "Helix")}),
    ("Tarsis, anciennement Velotrak, vend des drones.", "fr", {("Tarsis", "Velotrak")}),
    ("Helix changed its name to Norvexa in 2018.", "en", {("Norvexa", "Helix")}),
    ("Velotrak s'appelle désormais Tarsis.", "fr", {("Tarsis", "Velotrak")}),
    ("Kestrel Systems took over the surveillance business of Orbis Capital.", "en",
     {("Kestrel Systems", "Orbis Capital")}),
    ("Tarsis a repris les activités de Velotrak en 2015.", "fr", {("Tarsis", "Velotrak")}),
    ("Norvexa (previously known as Helix) sells drones.", "en", {("Norvexa", "Helix")}),
    ("Velotrak, rebaptisée Tarsis, vend des drones.", "fr", {("Tarsis", "Velotrak")}),
    ("Norvexa, the successor to Helix, kept the same clients.", "en", {("Norvexa", "Helix")}),
    ("Norvexa, known until 2016 as Helix, sells drones.", "en", {("Norvexa", "Helix")}),
    ("Tarsis, l'héritière de Velotrak, vend des caméras.", "fr", {("Tarsis", "Velotrak")}),
    ("Tarsis, connue autrefois sous le nom de Velotrak, vend des caméras.", "fr", {("Tarsis", "Velotrak")}),
    ("Norvexa, the new name of Helix, is based in Oslo.", "en", {("Norvexa", "Helix")}),
    ("Orbis Capital sold its Vigil unit to a Danish company, Kestrel Systems, in 2013.", "en",
     {("Kestrel Systems", "Orbis Capital")}),
    ("Tarsis, le nouveau nom de Velotrak, vend des drones.", "fr", {("Tarsis", "Velotrak")}),
]


@pytest.mark.parametrize("text,lang,expected", RENAMINGS)
def test_successors(text, lang, expected):
    check(text, lang, "successor_of", expected)


@pytest.mark.parametrize("text,lang", [
    ("Helix and Norvexa both sell drones.", "en"),
    ("Velotrak a refusé de devenir une filiale de Tarsis.", "fr"),
    ("Helix became a client of Norvexa in 2018.", "en"),
    ("Helix would have become Norvexa if the merger had gone ahead.", "en"),
    ("Tarsis a refusé de reprendre les activités de Velotrak.", "fr"),
])
def test_successor_negatives(text, lang):
    check_none(text, lang, "successor_of")


OWNERSHIP = [
    ("Helix is owned by Orbis Capital.", "en", {("Helix", "Orbis Capital")}),
    ("Orbis Capital's subsidiary Helix sold drones to Egypt.", "en", {("Helix", "Orbis Capital")}),
    ("Helix, which belongs to Orbis Capital, sold drones.", "en", {("Helix", "Orbis Capital")}),
    ("Brenner Holding, maison mère de Tarsis, ne commente pas.", "fr", {("Tarsis", "Brenner Holding")}),
    ("Tarsis, contrôlée par le groupe Brenner Holding, vend des drones.", "fr",
     {("Tarsis", "Brenner Holding")}),
    ("Helix, an Orbis Capital company, sold drones.", "en", {("Helix", "Orbis Capital")}),
    ("Tarsis appartient à Brenner Holding depuis 2014.", "fr", {("Tarsis", "Brenner Holding")}),
    ("Velotrak est une filiale de Brenner Holding.", "fr", {("Velotrak", "Brenner Holding")}),
    ("Orbis Capital is the parent company of Helix.", "en", {("Helix", "Orbis Capital")}),
    ("Kestrel Systems, a unit of Orbis Capital, makes drones.", "en", {("Kestrel Systems", "Orbis Capital")}),
    ("Helix, part of the Orbis Capital group, sells drones.", "en", {("Helix", "Orbis Capital")}),
    ("Tarsis, propriété de Brenner Holding, vend des drones.", "fr", {("Tarsis", "Brenner Holding")}),
    ("Helix, a wholly owned subsidiary of Orbis Capital, sells drones.", "en", {("Helix", "Orbis Capital")}),
    ("Brenner Holding détient Tarsis depuis 2014.", "fr", {("Tarsis", "Brenner Holding")}),
    ("Orbis Capital owns Helix through a trust.", "en", {("Helix", "Orbis Capital")}),
    ("Tarsis est détenue à 100 % par Brenner Holding.", "fr", {("Tarsis", "Brenner Holding")}),
    ("Kestrel Systems is a division of Orbis Capital.", "en", {("Kestrel Systems", "Orbis Capital")}),
    ("Velotrak, filiale française du groupe Brenner Holding, vend des drones.", "fr",
     {("Velotrak", "Brenner Holding")}),
    ("Orbis Capital-owned Helix sold drones.", "en", {("Helix", "Orbis Capital")}),
    ("Helix, Orbis Capital's French subsidiary, sold drones.", "en", {("Helix", "Orbis Capital")}),
    ("In 2010 Orbis Capital set up a subsidiary, Helix, in Lyon.", "en", {("Helix", "Orbis Capital")}),
    ("La filiale française de Brenner Holding, Tarsis, vend des drones.", "fr",
     {("Tarsis", "Brenner Holding")}),
    ("Brenner Holding a créé une filiale, Tarsis, en 2011.", "fr", {("Tarsis", "Brenner Holding")}),
    ("Norvexa, the new name of Helix, is now owned by Orbis Capital.", "en", {("Norvexa", "Orbis Capital")}),
    ("Tarsis est désormais détenue par Brenner Holding.", "fr", {("Tarsis", "Brenner Holding")}),
]


@pytest.mark.parametrize("text,lang,expected", OWNERSHIP)
def test_subsidiaries(text, lang, expected):
    check(text, lang, "subsidiary_of", expected)


@pytest.mark.parametrize("text,lang", [
    ("Helix is no longer owned by Orbis Capital.", "en"),
    ("Tarsis n'est pas une filiale de Brenner Holding.", "fr"),
    ("Helix sold drones to Orbis Capital.", "en"),
    ("Orbis Capital no longer owns Helix.", "en"),
    ("Brenner Holding ne détient plus Tarsis depuis 2014.", "fr"),
])
def test_subsidiary_negatives(text, lang):
    check_none(text, lang, "subsidiary_of")


@pytest.mark.parametrize("text,lang,expected", [
    ("La Ligue des droits civiques (LDC) et Veille Numérique ont porté plainte contre Norvexa.", "fr",
     {(LDC, "Norvexa"), ("LDC", "Norvexa"), (VN, "Norvexa")}),
    ("The Civic Watch (CW) and Privacy Alliance filed a complaint against Helix and Norvexa.", "en",
     {(CW, "Helix"), (CW, "Norvexa"), (PA, "Helix"), (PA, "Norvexa")}),
])
def test_a_plaintiff_with_its_acronym_stays_in_the_list(text, lang, expected):
    check(text, lang, "complaint_against", expected)


def test_a_sentence_cut_inside_a_name_is_mended():
    """The tagger may cut "Velotrak, devenue Kestrel | Systems, vend": the pieces are joined again and the
    name cut in two belongs to the joined sentence."""
    text = "Velotrak, devenue Kestrel Systems, vend des drones. Tarsis aussi."
    sdoc = nlp("fr")(text)
    cut = text.index("Systems")
    at = next(t.i for t in sdoc if t.idx == cut)
    end = next(t.i for t in sdoc if t.text == "Tarsis")
    pieces = [Sent(sdoc[0:at]), Sent(sdoc[at:end]), Sent(sdoc[end:len(sdoc)])]
    f = Facts(text, "fr", {k: v for k, v in NAMES.items() if k in text}, {})
    got = mended(pieces, text, f.mentions)
    assert [s.span.text for s in got] == ["Velotrak, devenue Kestrel Systems, vend des drones.",
                                          "Tarsis aussi."]
    assert [m.text for m in got[0].mentions] == ["Velotrak", "Kestrel Systems"]
    assert [m.text for m in got[1].mentions] == ["Tarsis"]
