"""`supplied` (seller → buyer) in the many ways reporters write a sale, French and English, on sentences
written for these tests: active and passive, buying from, nominalisations, "equip X with Y", contracts,
resellers, lists of buyers; and the sentences where no sale holds (denials, refusals, hypotheticals,
negations, a company sold as a business, a demonstration). A wrong "X supplied Z" is a libel risk: the
set of pairs found must be exactly the one expected, plus at most the pairs a reseller allows."""

from __future__ import annotations

import pytest

from tests.facts.conftest import pairs

pytestmark = pytest.mark.integration

NAMES = {
    "Helix": "Company", "Nordsec": "Company", "Orma": "Company", "Telnova": "Company", "Vexor": "Company",
    "Egypt": "Country", "Égypte": "Country", "Libya": "Country", "Libye": "Country", "Syria": "Country",
    "Syrie": "Country", "Bahrain": "Country", "Bahreïn": "Country", "Sudan": "Country", "Soudan": "Country",
    "Maroc": "Country", "Morocco": "Country",
    "Interior Ministry": "PublicBody", "National Police Service": "PublicBody",
    "General Intelligence Directorate": "PublicBody", "National Security Agency": "PublicBody",
    "ministère de l'Intérieur": "PublicBody", "direction du renseignement militaire": "PublicBody",
    "Privacy Watch": "Organization", "Argus": "Product", "Vigil": "Product",
}
CODES = {"Egypt": "eg", "Égypte": "eg", "Libya": "ly", "Libye": "ly", "Syria": "sy", "Syrie": "sy",
         "Bahrain": "bh", "Bahreïn": "bh", "Sudan": "sd", "Soudan": "sd", "Maroc": "ma", "Morocco": "ma"}


def supplies(text: str, lang: str) -> set[tuple[str, str]]:
    return pairs(text, lang, "supplied", NAMES, CODES)


H, N = "Helix", "Nordsec"
POSITIVE_EN = [
    ("Helix sold Argus to the Interior Ministry in 2014.", {(H, "Interior Ministry")}),
    ("Egypt bought Vigil from Helix in 2016.", {(H, "Egypt")}),
    ("Egypt acquired Vigil from Helix after the uprising.", {(H, "Egypt")}),
    ("Vigil, supplied by Helix to Bahrain's National Security Agency, was used against protesters.",
     {(H, "National Security Agency")}),
    ("Helix, which provided Egypt with Vigil, declined to comment.", {(H, "Egypt")}),
    ("Helix equipped the National Police Service with Argus in 2019.", {(H, "National Police Service")}),
    ("The contract between Helix and Libya for Argus was signed in 2008.", {(H, "Libya")}),
    ("Vigil was installed by Helix for the operator Telnova.", {(H, "Telnova")}),
    ("Helix delivered Argus to the National Police Service last year.", {(H, "National Police Service")}),
    ("The sale of Argus to Libya by Helix was approved in 2009.", {(H, "Libya")}),
    ("The export of Vigil to Bahrain by Helix drew criticism.", {(H, "Bahrain")}),
    ("Helix has sold Vigil to Egypt, Bahrain and Sudan.", {(H, "Egypt"), (H, "Bahrain"), (H, "Sudan")}),
    ("The General Intelligence Directorate received Argus from Helix in 2013.",
     {(H, "General Intelligence Directorate")}),
    ("The deal, under which Helix shipped Argus to Libya, was worth ten million euros.", {(H, "Libya")}),
    ("Privacy Watch said Helix sold Argus to Egypt.", {(H, "Egypt")}),
    ("Helix did not sell Argus to Syria, but it supplied Vigil to Egypt.", {(H, "Egypt")}),
    ("Helix's surveillance equipment ended up in Sudan.", {(H, "Sudan")}),
    ("Helix supplied the Interior Ministry with Argus and trained its officers.", {(H, "Interior Ministry")}),
    ("Sudan purchased Vigil from Helix for four million dollars.", {(H, "Sudan")}),
    ("Argus was sold by Helix to Libya and Syria in 2010.", {(H, "Libya"), (H, "Syria")}),
    ("Helix sold Egypt a system called Vigil in 2012.", {(H, "Egypt")}),
    ("Helix, whose Vigil software was delivered to Bahrain in 2011, declined to comment.", {(H, "Bahrain")}),
    ("Helix's sale of Argus to the National Police Service was revealed in 2018.",
     {(H, "National Police Service")}),
    ("Helix bought Vigil from Nordsec.", {(N, H)}),
    ("Helix in May sold Argus to Libya.", {(H, "Libya")}),
    ("Helix has supplied Egypt since 2010.", {(H, "Egypt")}),
    ("Helix, a longtime supplier to the Interior Ministry, declined to comment.", {(H, "Interior Ministry")}),
    ("Helix is the main supplier of the National Police Service.", {(H, "National Police Service")}),
    ("The Interior Ministry is a client of Helix.", {(H, "Interior Ministry")}),
    ("Helix counts the Interior Ministry among its customers.", {(H, "Interior Ministry")}),
    ("Helix has been selling Vigil to Egypt since 2010.", {(H, "Egypt")}),
    ("Helix won a contract to supply the National Police Service with Vigil.",
     {(H, "National Police Service")}),
    ("Helix sold spyware to Egypt and trained officers in Sudan.", {(H, "Egypt")}),
    ("Egypt and Bahrain bought Vigil from Helix.", {(H, "Egypt"), (H, "Bahrain")}),
    ("Helix was selling Vigil to Egypt when the uprising began.", {(H, "Egypt")}),
    ("Egypt's purchase of Vigil from Helix was revealed in 2015.", {(H, "Egypt")}),
    ("The purchase of Argus by Libya from Helix cost millions.", {(H, "Libya")}),
    ("Helix sold Vigil to Orma, which resold it to Sudan.", {(H, "Orma"), ("Orma", "Sudan")}),
    ("Helix and Nordsec sold cameras to Egypt.", {(H, "Egypt"), (N, "Egypt")}),
    ("The sale, by Helix, of Vigil to Egypt was approved.", {(H, "Egypt")}),
    ("Egypt is in turmoil.\nHelix sold Vigil to the Egyptian telecom operator in 2012.", {(H, "Egypt")}),
    ("Bahrain cracks down.\nHelix supplied Vigil to the Bahraini interior ministry.", {(H, "Bahrain")}),
    ("The Interior Ministry was equipped by Helix with Vigil.", {(H, "Interior Ministry")}),
    ("Helix's deal with Egypt covered Vigil.", {(H, "Egypt")}),
    ("Helix's contract with the Interior Ministry was renewed in 2015.", {(H, "Interior Ministry")}),
    ("Helix signed a contract with Egypt to supply Vigil.", {(H, "Egypt")}),
    ("Egypt is in turmoil.\nHelix built a monitoring centre called Vigil for the Egyptian police.",
     {(H, "Egypt")}),
]
POSITIVE_FR = [
    ("Nordsec a équipé le ministère de l'Intérieur du logiciel Argus.", {(N, "ministère de l'Intérieur")}),
    ("L'Égypte s'est dotée d'Argus, fourni par Nordsec.", {(N, "Égypte")}),
    ("La vente d'Argus à la Libye par Nordsec a été autorisée en 2007.", {(N, "Libye")}),
    ("Nordsec a livré Vigil à la Syrie en 2010.", {(N, "Syrie")}),
    ("Argus, vendu par Nordsec au Bahreïn, a servi à traquer des opposants.", {(N, "Bahreïn")}),
    ("Le Maroc a acheté Vigil à Nordsec en 2012.", {(N, "Maroc")}),
    ("Le Maroc a acquis Vigil auprès de Nordsec.", {(N, "Maroc")}),
    ("Nordsec, qui a fourni Argus à la direction du renseignement militaire, dément toute illégalité.",
     {(N, "direction du renseignement militaire")}),
    ("Selon plusieurs sources, Nordsec aurait vendu Argus à la Libye.", {(N, "Libye")}),
    ("Nordsec a vendu Argus à l'Égypte, au Bahreïn et à la Libye.",
     {(N, "Égypte"), (N, "Bahreïn"), (N, "Libye")}),
    ("Le contrat entre Nordsec et la Libye portait sur Argus.", {(N, "Libye")}),
    ("Vigil a été installé par Nordsec pour l'opérateur Telnova.", {(N, "Telnova")}),
    ("La livraison de Vigil au Maroc par Nordsec date de 2013.", {(N, "Maroc")}),
    ("L'Égypte a reçu Argus de Nordsec en 2011.", {(N, "Égypte")}),
    ("Le matériel de Nordsec s'est retrouvé en Syrie.", {(N, "Syrie")}),
    ("Nordsec a vendu pour dix millions d'euros de matériel à l'Égypte.", {(N, "Égypte")}),
    ("Nordsec aurait livré Vigil à la Libye, selon nos informations.", {(N, "Libye")}),
    ("La Libye a acheté Argus à Nordsec, qui n'a pas répondu.", {(N, "Libye")}),
    ("Nordsec a doté la direction du renseignement militaire d'un système d'écoute.",
     {(N, "direction du renseignement militaire")}),
    ("Le Soudan s'est équipé de Vigil, vendu par Nordsec.", {(N, "Soudan")}),
    ("Argus a été vendu par Nordsec au ministère de l'Intérieur et à la direction du renseignement "
     "militaire.",
     {(N, "ministère de l'Intérieur"), (N, "direction du renseignement militaire")}),
    ("Nordsec a signé un contrat avec la Libye pour la fourniture d'Argus.", {(N, "Libye")}),
    ("Privacy Watch a acheté un exemplaire de Vigil à Nordsec pour l'analyser.", {(N, "Privacy Watch")}),
    ("Nordsec fournit le ministère de l'Intérieur depuis 2012.", {(N, "ministère de l'Intérieur")}),
    ("Nordsec a livré la Syrie jusqu'en 2011.", {(N, "Syrie")}),
    ("Le Maroc est un client attitré de Nordsec.", {(N, "Maroc")}),
    ("Nordsec, fournisseur attitré du ministère de l'Intérieur, n'a pas répondu.",
     {(N, "ministère de l'Intérieur")}),
    ("Nordsec est le fournisseur de la direction du renseignement militaire.",
     {(N, "direction du renseignement militaire")}),
    ("Nordsec a remporté un contrat pour équiper la direction du renseignement militaire.",
     {(N, "direction du renseignement militaire")}),
    ("L'achat de Vigil par le Maroc auprès de Nordsec a coûté cher.", {(N, "Maroc")}),
    ("L'acquisition d'Argus par la Libye auprès de Nordsec date de 2008.", {(N, "Libye")}),
    ("Nordsec a vendu Argus à Orma, qui l'a revendu au Soudan.", {(N, "Orma"), ("Orma", "Soudan")}),
    ("La Syrie réprime.\nNordsec a livré Argus à l'opérateur public syrien en 2010.", {(N, "Syrie")}),
    ("Le Maroc achète.\nNordsec a vendu Argus à la gendarmerie marocaine.", {(N, "Maroc")}),
    ("Le ministère de l'Intérieur a été équipé par Nordsec.", {(N, "ministère de l'Intérieur")}),
    ("Nordsec a décroché un contrat de dix millions d'euros avec le ministère de l'Intérieur.",
     {(N, "ministère de l'Intérieur")}),
    ("Le projet Vigil, livré par Nordsec à la Libye en 2010, a été abandonné.", {(N, "Libye")}),
    ("La Syrie réprime.\nOrma construisait pour l'opérateur public syrien un centre d'écoute baptisé Argus.",
     {("Orma", "Syrie")}),
    ("Nordsec a construit Vigil pour le ministère de l'Intérieur.", {(N, "ministère de l'Intérieur")}),
]
# a reseller between seller and buyer: the seller supplied the buyer; the hops through the reseller may
# be read too
RESELLER = [
    ("Helix sold Vigil to Egypt through its reseller Orma in Dubai.", "en", {(H, "Egypt")},
     {(H, "Orma"), ("Orma", "Egypt")}),
    ("Nordsec a exporté Vigil vers le Soudan via son revendeur Orma, basé à Dubaï.", "fr", {(N, "Soudan")},
     {(N, "Orma"), ("Orma", "Soudan")}),
]
NEGATIVE = [
    ("Helix denied selling Argus to Syria.", "en"),
    ("Helix refused to sell Vigil to Egypt.", "en"),
    ("Helix could have sold Argus to Syria if the licence had been granted.", "en"),
    ("Helix wants to sell Argus to Libya.", "en"),
    ("Helix has never supplied Syria.", "en"),
    ("Helix showed Argus to visitors from Egypt at the fair.", "en"),
    ("Egypt asked Helix for a demonstration of Vigil.", "en"),
    ("Helix sold its stake in Orma to Vexor in 2015.", "en"),
    ("Helix denies that it ever sold Vigil to Sudan.", "en"),
    ("Helix never delivered Vigil to Sudan, the company said.", "en"),
    ("Helix said it had no plans to sell Argus to Syria.", "en"),
    ("Helix was blocked from selling Argus to Syria.", "en"),
    ("Helix might sell Vigil to Egypt next year.", "en"),
    ("Helix sold Orma to Vexor in 2015.", "en"),
    ("Egypt never bought Vigil from Helix.", "en"),
    ("Egypt tried to buy Vigil from Helix.", "en"),
    ("Helix is not a supplier of the Interior Ministry.", "en"),
    ("Helix is a supplier of surveillance cameras.", "en"),
    ("Helix said it was ready to supply Egypt.", "en"),
    ("Helix declined to say whether it had supplied Egypt.", "en"),
    ("No purchase of Vigil from Helix by Egypt was ever recorded.", "en"),
    ("Egypt denied any purchase of Vigil from Helix.", "en"),
    ("Egypt's acquisition of Orma from Helix closed in 2015.", "en"),
    ("Egypt is in turmoil.\nHelix refused to sell Vigil to the Egyptian police.", "en"),
    ("Helix lost a contract with Egypt.", "en"),
    ("Helix bid for a contract with Egypt.", "en"),
    ("Egypt was a potential client of Helix.", "en"),
    ("Egypt requested the delivery of Vigil by Helix.", "en"),
    ("The sale of Vigil to Egypt by Helix was denied by the ministry.", "en"),
    ("Privacy Watch urged a ban on the export of Vigil to Egypt by Helix.", "en"),
    ("Nordsec dément avoir vendu Argus à la Syrie.", "fr"),
    ("Nordsec a refusé de vendre Vigil à l'Égypte.", "fr"),
    ("Si la licence avait été accordée, Nordsec aurait livré Argus à la Syrie.", "fr"),
    ("Nordsec envisage de vendre Argus à la Libye.", "fr"),
    ("Nordsec a présenté Argus à une délégation du Maroc lors du salon.", "fr"),
    ("Nordsec n'a jamais livré de matériel à la Syrie.", "fr"),
    ("Nordsec a démenti toute vente d'Argus à la Syrie.", "fr"),
    ("Nordsec a vendu sa filiale Orma à Vexor en 2016.", "fr"),
    ("Nordsec n'a pas vendu Argus à la Syrie.", "fr"),
    ("Nordsec nie toute livraison à la Syrie.", "fr"),
    ("Nordsec aurait pu livrer Argus au Soudan.", "fr"),
    ("Nordsec refuse de livrer la Syrie.", "fr"),
    ("L'exportation d'Argus vers la Syrie par Nordsec a été bloquée par les douanes.", "fr"),
    ("Nordsec cherche à vendre Argus à la Libye.", "fr"),
    ("Nordsec a cédé sa participation dans Orma à Vexor.", "fr"),
    ("Le Maroc envisage d'acheter Vigil à Nordsec.", "fr"),
    ("Nordsec n'est pas le fournisseur du ministère de l'Intérieur.", "fr"),
    ("Nordsec a-t-elle fourni la Syrie ?", "fr"),
    ("Le Maroc dément tout achat de Vigil auprès de Nordsec.", "fr"),
    ("Nordsec a perdu le contrat avec la Libye.", "fr"),
    ("Le Maroc a demandé la livraison de Vigil par Nordsec.", "fr"),
    ("Le Maroc serait un client potentiel de Nordsec.", "fr"),
    ("Nordsec a construit Argus au Maroc pour ses propres besoins.", "fr"),
    ("Helix built its new headquarters for its staff in Egypt.", "en"),
    ("La presse a affirmé que Vigil aurait été livré par Nordsec à la Syrie.", "fr"),
]


@pytest.mark.parametrize("text,expected", POSITIVE_EN)
def test_supply_phrasings_en(text, expected):
    assert supplies(text, "en") == expected


@pytest.mark.parametrize("text,expected", POSITIVE_FR)
def test_supply_phrasings_fr(text, expected):
    assert supplies(text, "fr") == expected


@pytest.mark.parametrize("text,lang,must,may", RESELLER)
def test_supply_through_a_reseller(text, lang, must, may):
    got = supplies(text, lang)
    assert must <= got <= must | may


@pytest.mark.parametrize("text,lang", NEGATIVE)
def test_no_supply(text, lang):
    assert supplies(text, lang) == set()
