"""Positions reported indirectly: who speaks (an organisation named earlier, "the company", "le ministère",
"its spokesperson") and which way (a denial, an admission, a dismissal of a report), in French and English
sentences written for these tests. Each case is a context line and the sentence under test (the last line)."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

EN = {"Helix": "Company", "Egypt": "Country", "Ann Lee": "Person", "Tom Reed": "Person", "Vigil": "Product",
      "Amnesty": "Organization", "Reuters": "Organization", "Open Lab": "Organization", "Bahrain": "Country",
      "Ministry of Defence": "PublicBody", "Korvan": "Company"}
FR = {"Nordsec": "Company", "Syrie": "Country", "Paul Roux": "Person", "Léa Martin": "Person",
      "Argus": "Product", "Amnesty": "Organization", "ministère des Armées": "PublicBody", "Libye": "Country",
      "Radar": "Organization", "Vexor": "Company", "tribunal de commerce de Paris": "PublicBody"}

CTX_EN = "Helix makes the Vigil probe and has clients in Egypt.\n"
CTX_FR = "Nordsec fabrique la sonde Argus et compte des clients en Syrie.\n"

CASES_EN = [
    ("Helix said it had complied with export law in every sale to Egypt.", "Helix", "affirms"),
    ("Helix called the report false and misleading.", "Helix", "denies"),
    ("The company said it had never sold Vigil to Egypt.", "Helix", "denies"),
    ("The firm maintained that it had not supplied Vigil to Egypt.", "Helix", "denies"),
    ("Helix has always denied any sale of Vigil to Egypt.", "Helix", "denies"),
    ("Helix rejected the accusations about Egypt.", "Helix", "denies"),
    ("A company spokesperson told Reuters that Helix had no contract in Egypt.", "Helix", "denies"),
    ("Its spokesperson told Reuters that Vigil was never delivered to Egypt.", "Helix", "denies"),
    ("In a statement, Helix said that no Vigil probe was ever shipped to Egypt.", "Helix", "denies"),
    ("Helix argues that Vigil was never installed in Egypt.", "Helix", "denies"),
    ("Helix insists it did nothing wrong in Egypt.", "Helix", "denies"),
    ("Helix contends that it never knew Vigil was used in Egypt.", "Helix", "denies"),
    ("Helix stressed that Vigil had not been sold to Egypt.", "Helix", "denies"),
    ("Helix acknowledged that Vigil had been sold to Egypt in 2015.", "Helix", "affirms"),
    ("Helix admitted that it had supplied Vigil to Egypt.", "Helix", "affirms"),
    ("Helix conceded that engineers had installed Vigil in Egypt.", "Helix", "affirms"),
    ("Helix disputed that Vigil was ever used in Egypt.", "Helix", "denies"),
    ("The company dismissed the findings as baseless.", "Helix", "denies"),
    ("According to Amnesty, Helix sold Vigil to Egypt in 2016.", "Amnesty", "affirms"),
    ("Open Lab found that Vigil probes were operating in Egypt.", "Open Lab", "affirms"),
    ("Open Lab documented that Vigil probes were operating in Egypt.", "Open Lab", "affirms"),
    ("The firm told Reuters it had stopped all sales to Egypt in 2019.", "Helix", "affirms"),
    ("Helix denied knowing that Vigil was used in Egypt.", "Helix", "denies"),
    ("The group has repeatedly rejected claims that Vigil reached Egypt.", "Helix", "denies"),
    ("Its spokesperson, reached by Reuters, said Vigil never reached Egypt.", "Helix", "denies"),
    ("According to the company, Vigil never reached Egypt.", "Helix", "denies"),
    ("Helix answered that it had no contract in Egypt.", "Helix", "denies"),
    ("The Ministry of Defence said that Vigil had been sold to Egypt.", "Ministry of Defence", "affirms"),
    ("Ministry of Defence staff met Helix.\nThe ministry said that Vigil had been sold to Egypt.",
     "Ministry of Defence", "affirms"),
    ("Helix said it was unaware that Vigil had reached Egypt.", "Helix", "denies"),
    ("Amnesty said Helix could not have been unaware that Vigil was used in Egypt.", "Amnesty", "affirms"),
]

CASES_FR = [
    ("Le ministère des Armées suit le dossier.\n"
     "Le ministère a assuré que aucune licence n'avait été accordée pour la Syrie.", "ministère des Armées",
     "denies"),
    ("Selon Amnesty, Nordsec a livré Argus à la Syrie en 2012.", "Amnesty", "affirms"),
    ("Nordsec a toujours nié avoir vendu Argus à la Syrie.", "Nordsec", "denies"),
    ("Nordsec a reconnu avoir livré Argus à la Syrie.", "Nordsec", "affirms"),
    ("Nordsec a contesté toute livraison d'Argus à la Syrie.", "Nordsec", "denies"),
    ("Nordsec conteste avoir vendu Argus à la Syrie.", "Nordsec", "denies"),
    ("Nordsec s'est défendu d'avoir vendu Argus à la Syrie.", "Nordsec", "denies"),
    ("Nordsec a réfuté les accusations concernant la Syrie.", "Nordsec", "denies"),
    ("Nordsec récuse toute vente d'Argus à la Syrie.", "Nordsec", "denies"),
    ("Nordsec affirme n'avoir jamais vendu Argus à la Syrie.", "Nordsec", "denies"),
    ("L'entreprise affirme n'avoir jamais livré Argus à la Syrie.", "Nordsec", "denies"),
    ("La société assure avoir respecté la loi dans ses ventes à la Syrie.", "Nordsec", "affirms"),
    ("Son porte-parole a déclaré que Argus n'avait jamais fonctionné en Syrie.", "Nordsec", "denies"),
    ("Dans un communiqué, Nordsec dément toute vente à la Syrie.", "Nordsec", "denies"),
    ("Le groupe maintient qu'il n'a jamais livré la Syrie.", "Nordsec", "denies"),
    ("Nordsec a admis que des ingénieurs avaient installé Argus en Syrie.", "Nordsec", "affirms"),
    ("D'après Radar, Argus a été retrouvé en Syrie.", "Radar", "affirms"),
    ("Amnesty a montré que Argus fonctionnait en Syrie.", "Amnesty", "affirms"),
    ("Amnesty relève que Nordsec n'a jamais publié ses ventes à la Syrie.", "Amnesty", "denies"),
    ("Nordsec qualifie le rapport de mensonger.", "Nordsec", "denies"),
    ("Nordsec a balayé les accusations sur la Syrie.", "Nordsec", "denies"),
    ("Nordsec insiste sur le fait que Argus n'a jamais été utilisé en Syrie.", "Nordsec", "denies"),
    ("L'entreprise a rejeté les conclusions du rapport sur la Syrie.", "Nordsec", "denies"),
    ("Vexor a affirmé ignorer que ses produits partaient en Syrie.", "Vexor", "denies"),
    ("Amnesty estime que Nordsec ne pouvait ignorer que Argus servait en Syrie.", "Amnesty", "affirms"),
    ("Nordsec a rétorqué que Argus n'avait jamais quitté la France.", "Nordsec", "denies"),
    ("Selon l'entreprise, Argus n'a jamais été livré à la Syrie.", "Nordsec", "denies"),
    ("Le porte-parole du groupe, joint par Radar, a nié toute vente à la Syrie.", "Nordsec", "denies"),
]


def _last(f: Facts, text: str) -> list:
    last = text.rstrip("\n").split("\n")[-1]
    return [c for c in f.claims if c.evidence.quote and c.evidence.quote in last]


@pytest.mark.parametrize("sentence,speaker,stance", CASES_EN)
def test_english_reported_positions(sentence: str, speaker: str, stance: str) -> None:
    text = CTX_EN + sentence + "\n"
    f = Facts(text, "en", EN, {})
    got = [(f.name(c.speaker), c.stance) for c in _last(f, text)]
    assert got and got[0] == (speaker, stance), got


@pytest.mark.parametrize("sentence,speaker,stance", CASES_FR)
def test_french_reported_positions(sentence: str, speaker: str, stance: str) -> None:
    text = CTX_FR + sentence + "\n"
    f = Facts(text, "fr", FR, {})
    got = [(f.name(c.speaker), c.stance) for c in _last(f, text)]
    assert got and got[0] == (speaker, stance), got


NOT_CLAIMS = [
    ("en", CTX_EN + "Police found Vigil boxes in a warehouse in Egypt.\n"),
    ("en", CTX_EN + "The company called its new probe Vigil.\n"),
    ("en", CTX_EN + "Helix maintains servers in Egypt.\n"),
    ("en", CTX_EN + "Amnesty documented abuses in Egypt.\n"),
    ("fr", CTX_FR + "Nordsec a montré Argus au salon de Paris.\n"),
    ("fr", CTX_FR + "La société maintient ses bureaux en Syrie.\n"),
    ("fr", CTX_FR + "Nordsec a trouvé un nouveau client en Syrie.\n"),
    ("fr", CTX_FR + "Nordsec n'a pas répondu à nos questions sur la Syrie.\n"),
    ("en", CTX_EN + "The company has not responded to the findings on Egypt.\n"),
]


@pytest.mark.parametrize("lang,text", NOT_CLAIMS)
def test_verbs_that_act_or_reply_nothing_make_no_claim(lang: str, text: str) -> None:
    f = Facts(text, lang, EN if lang == "en" else FR, {})
    assert _last(f, text) == [], [(f.name(c.speaker), c.evidence.quote) for c in f.claims]


def test_the_company_speaks_for_the_last_company_named_not_for_an_ngo() -> None:
    text = ("Helix sold Vigil to Egypt, Amnesty wrote in 2020.\n"
            "The company said it had never sold anything to Egypt.\n")
    f = Facts(text, "en", EN, {})
    assert [(f.name(c.speaker), c.stance) for c in _last(f, text)] == [("Helix", "denies")]
    fr = Facts("Amnesty accuse Nordsec de vendre Argus à la Syrie.\n"
               "L'ONG affirme que Argus fonctionne en Syrie.\n", "fr", FR, {})
    assert [fr.name(c.speaker) for c in _last(fr, fr.doc.text)] == ["Amnesty"]


@pytest.mark.parametrize("text,lang,speaker", [
    ("Amnesty published a long study on Helix in 2020.\n"
     "The report found that Helix had sold Vigil to Egypt.\n", "en", "Amnesty"),
    ("Le tribunal de commerce de Paris a examiné l'affaire Nordsec.\n"
     "Le tribunal a estimé que Nordsec avait livré Argus à la Syrie.\n", "fr",
     "tribunal de commerce de Paris"),
    ("Amnesty a enquêté deux ans sur Nordsec.\nSelon le rapport, Nordsec a livré Argus à la Syrie.\n", "fr",
     "Amnesty"),
    ("Helix sold Vigil to Egypt, Amnesty wrote.\nThe report, however, was contested by Helix.\n", "en", None),
    ("The Ministry of Defence met Helix.\n"
     "The court ruled that Helix had breached the embargo on Egypt.\n", "en", None),
])
def test_a_report_or_a_court_speaks_for_the_body_named_before(text: str, lang: str,
                                                              speaker: str | None) -> None:
    f = Facts(text, lang, EN if lang == "en" else FR, {})
    got = [f.name(c.speaker) for c in _last(f, text)]
    wrong = {"Amnesty", "Ministry of Defence", "Egypt"}  # a report acted on, a ministry, a country
    assert (got[:1] == [speaker]) if speaker else not wrong & set(got), got


def test_the_rights_group_is_the_ngo_named_last() -> None:
    text = "Helix sold Vigil to Egypt, Amnesty wrote.\nThe rights group said that Vigil was used in Egypt.\n"
    f = Facts(text, "en", EN, {})
    assert [f.name(c.speaker) for c in _last(f, text)] == ["Amnesty"]


def test_a_plural_noun_speaks_for_the_group_named_before() -> None:
    names = {**FR, "FIDH": "Organization", "LDH": "Organization"}
    text = ("La FIDH et la LDH ont déposé une plainte.\n"
            "Les deux organisations reprochent à Nordsec d'avoir livré Argus à la Syrie.\n")
    f = Facts(text, "fr", names, {})
    assert sorted(f.name(c.speaker) for c in _last(f, text)) == ["FIDH", "LDH"]
    one = Facts("La FIDH et la LDH ont déposé une plainte.\nL'organisation affirme que Nordsec a livré la "
                "Syrie.\n", "fr", names, {})
    assert [one.name(c.speaker) for c in _last(one, one.doc.text)] == ["LDH"]
