"""Export restrictions (`restricts_exports_to`) in phrasings the rules were not written from: embargoes,
bans, suspended or refused licences, authorisation regimes, passives and nouns, French and English, each
with the pairs it must give; and near misses (calls for a ban, plans, lifted embargoes, refusals to
suspend, a company's own decision) that must give none."""

from __future__ import annotations

import pytest

from tests.facts.conftest import pairs

pytestmark = pytest.mark.integration

NAMES = {
    "United States": "Country", "États-Unis": "Country", "United Kingdom": "Country", "Royaume-Uni": "Country",
    "Canada": "Country", "Germany": "Country", "Allemagne": "Country", "Belgium": "Country",
    "Belgique": "Country", "France": "Country", "Netherlands": "Country", "Israel": "Country",
    "Syria": "Country", "Syrie": "Country", "Libya": "Country", "Libye": "Country", "Myanmar": "Country",
    "Birmanie": "Country", "Sudan": "Country", "Soudan": "Country", "Belarus": "Country",
    "Biélorussie": "Country", "Turkey": "Country", "Turquie": "Country", "Egypt": "Country",
    "Égypte": "Country", "Bahrain": "Country", "Bahreïn": "Country", "Saudi Arabia": "Country",
    "Arabie saoudite": "Country", "Hong Kong": "Country", "Chine": "Country", "China": "Country",
    "European Union": "PublicBody", "Union européenne": "PublicBody", "Conseil de l'Union européenne": "PublicBody",
    "EU Council": "PublicBody", "Security Council": "PublicBody",
    "Conseil de sécurité": "PublicBody", "Commerce Department": "PublicBody",
    "département du Commerce": "PublicBody", "Kowloon Police Force": "PublicBody",
    "Amnesty International": "Organization", "Helix": "Company",
}
CODES = {"Syria": "sy", "Syrie": "sy", "Libya": "ly", "Libye": "ly", "Myanmar": "mm", "Birmanie": "mm",
         "Sudan": "sd", "Soudan": "sd", "Egypt": "eg", "Égypte": "eg", "Hong Kong": "hk"}


def restrictions(text: str, lang: str) -> set[tuple[str, str]]:
    return pairs(text, lang, "restricts_exports_to", NAMES, CODES)


US, UK, EU, UE = "United States", "United Kingdom", "European Union", "Union européenne"

POSITIVE = [
    ("The United States has barred almost all exports of American goods to Syria since 2004.", "en",
     {(US, "Syria")}),
    ("Canada halted new export licences for Turkey in October 2019.", "en", {("Canada", "Turkey")}),
    ("Germany stopped granting export licences for Saudi Arabia after the killing of the journalist.", "en",
     {("Germany", "Saudi Arabia")}),
    ("Since 2018 the European Union has required an export authorisation for any monitoring equipment "
     "bound for Myanmar.", "en", {(EU, "Myanmar")}),
    ("The United Kingdom said no further licences for crowd-control equipment would be granted for Hong Kong.",
     "en", {(UK, "Hong Kong")}),
    ("In 2011 the European Union imposed an arms embargo on Libya.", "en", {(EU, "Libya")}),
    ("Sudan has been under a European Union arms embargo since 1994.", "en", {(EU, "Sudan")}),
    ("The Commerce Department banned the sale of surveillance tools to Belarus.", "en",
     {("Commerce Department", "Belarus")}),
    ("The United States prohibited exports of crowd-control items to the Kowloon Police Force.", "en",
     {(US, "Kowloon Police Force")}),
    ("Belgium suspended licences for exports of weapons to Saudi Arabia in 2018.", "en",
     {("Belgium", "Saudi Arabia")}),
    ("The Netherlands refused export licences for shipments of tear gas bound for Egypt.", "en",
     {("Netherlands", "Egypt")}),
    ("An embargo imposed by the European Union on Syria bars the sale of monitoring equipment.", "en",
     {(EU, "Syria")}),
    ("Exports of tear gas to Hong Kong were suspended by the United Kingdom in June 2019.", "en",
     {(UK, "Hong Kong")}),
    ("The EU Council placed an arms embargo on Belarus.", "en",
     {("EU Council", "Belarus")}),
    ("Israel said it had halted new defence export licences for Myanmar.", "en", {("Israel", "Myanmar")}),
    ("Depuis 2011, un règlement de l'Union européenne interdit la vente à la Syrie d'équipements de "
     "surveillance.", "fr", {(UE, "Syrie")}),
    ("L'interdiction de vendre à la Syrie des équipements d'écoute, décidée par le Conseil de l'Union "
     "européenne en 2011, vise aussi les logiciels.", "fr", {("Conseil de l'Union européenne", "Syrie")}),
    ("Le Soudan est visé depuis 1994 par un embargo de l'Union européenne sur les armes.", "fr",
     {(UE, "Soudan")}),
    ("La France a suspendu ses exportations d'armes vers l'Égypte en 2013.", "fr", {("France", "Égypte")}),
    ("L'Allemagne a cessé d'accorder des licences d'exportation pour l'Arabie saoudite.", "fr",
     {("Allemagne", "Arabie saoudite")}),
    ("Les États-Unis ont imposé un embargo sur les ventes d'armes à la Chine après 1989.", "fr",
     {("États-Unis", "Chine")}),
    ("Le Royaume-Uni a refusé de délivrer des licences d'exportation pour Bahreïn.", "fr",
     {("Royaume-Uni", "Bahreïn")}),
    ("Le Conseil de sécurité a décrété un embargo sur les armes à destination de la Libye.", "fr",
     {("Conseil de sécurité", "Libye")}),
    ("L'Union européenne soumet à autorisation toute exportation de matériel de surveillance vers la "
     "Birmanie.", "fr", {(UE, "Birmanie")}),
    ("Les exportations de gaz lacrymogène vers Hong Kong ont été suspendues par le Royaume-Uni.", "fr",
     {("Royaume-Uni", "Hong Kong")}),
    ("La Belgique a gelé ses licences d'exportation vers l'Arabie saoudite.", "fr",
     {("Belgique", "Arabie saoudite")}),
    ("L'Union européenne a placé la Biélorussie sous embargo en 2011.", "fr", {(UE, "Biélorussie")}),
    ("La Syrie est également frappée depuis 2011 par un embargo de l'Union européenne.", "fr", {(UE, "Syrie")}),
    ("La Libye est toujours soumise à un embargo du Conseil de sécurité sur les armes.", "fr",
     {("Conseil de sécurité", "Libye")}),
    ("Depuis 2004, les États-Unis interdisent presque toute exportation vers la Syrie.", "fr",
     {("États-Unis", "Syrie")}),
]

NEGATIVE = [
    ("Rights groups urged the European Union to impose an arms embargo on Egypt.", "en"),
    ("The United Kingdom refused to suspend export licences for Saudi Arabia.", "en"),
    ("Le Royaume-Uni n'a jamais suspendu ses ventes à Bahreïn.", "fr"),
    ("L'Union européenne a levé l'embargo sur la Libye en 2004.", "fr"),
    ("The United States lifted its ban on exports to Myanmar in 2016.", "en"),
    ("France could suspend arms sales to Egypt, the minister said.", "en"),
    ("Amnesty International called for a ban on exports of tear gas to Bahrain.", "en"),
    ("Le Parlement a demandé à la France un embargo sur les armes à destination de l'Arabie saoudite.", "fr"),
    ("Le Canada envisage de suspendre ses exportations vers la Turquie.", "fr"),
    ("Helix suspended its sales to Syria in 2012.", "en"),
    ("The embargo on Libya was lifted in 2004.", "en"),
    ("Germany granted export licences for armoured vehicles bound for Egypt.", "en"),
    ("La Belgique a autorisé l'exportation de fusils vers l'Arabie saoudite.", "fr"),
    ("Canada said exports to Turkey would not be halted.", "en"),
    ("Le ministre a assuré que la France ne suspendrait pas ses ventes à l'Égypte.", "fr"),
    ("Helix halted its shipments to Syria after talks with the European Union.", "en"),
    ("The United Kingdom resumed export licences for Bahrain in 2012.", "en"),
    ("Le Royaume-Uni a repris la délivrance de licences pour Bahreïn.", "fr"),
    ("La Syrie est aussi visée par les critiques de l'Union européenne.", "fr"),
    ("La Libye n'est plus soumise à un embargo du Conseil de sécurité depuis 2004.", "fr"),
]


@pytest.mark.parametrize("text,lang,expected", POSITIVE, ids=[t[:40] for t, _, _ in POSITIVE])
def test_restriction_phrasings(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    got = restrictions(text, lang)
    assert expected <= got, f"missing {expected - got}; got {got}"
    assert not got - expected, f"wrong {got - expected}"


@pytest.mark.parametrize("text,lang", NEGATIVE, ids=[t[:40] for t, _ in NEGATIVE])
def test_no_restriction(text: str, lang: str) -> None:
    assert not restrictions(text, lang)


def test_a_speaker_told_is_not_the_state_that_restricts() -> None:
    """"the minister told Parliament that no further licences would be granted for Z": Parliament heard
    it; it restricts nothing."""
    text = ("The minister told the European Union that no further licences for crowd-control equipment would "
            "be granted for Hong Kong.")
    assert ("European Union", "Hong Kong") not in restrictions(text, "en")


def test_french_no_further_licences() -> None:
    assert restrictions("Le Royaume-Uni a annoncé qu'il n'accordera plus aucune licence pour Bahreïn.", "fr") \
        == {("Royaume-Uni", "Bahreïn")}


def test_an_ngo_near_an_embargo_restricts_nothing():
    """An NGO named near an embargo reports on it: no subject by proximity (it may be one by the parse)."""
    for text in ("« Un système d'armement fabriqué en France est utilisé au Soudan », résume Anna Berg, directrice à "
                 "Amnesty International, pour qui sa présence constitue une violation de l'embargo sur les armes "
                 "que le Conseil de sécurité impose depuis 2004.",
                 "Selon Amnesty International, l'embargo sur les armes que le Conseil de sécurité impose depuis "
                 "2004 est violé."):
        assert not {p for p in restrictions(text, "fr") if p[0] == "Amnesty International"}
