"""Claims in general shapes: one sentence that reports several things (coordinated complement clauses,
several quotations), papers, images and findings that speak for whoever produced or analysed them, verbs
of opposition that deny, and who speaks for "la société" or "par la voix de ses avocats". Sentences written
for these tests, French and English, each behaviour with a negative."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

FR = {"Nordsec": "Company", "Syrie": "Country", "Radar": "Organization", "Paul Roux": "Person",
      "Argus": "Product", "Léa Martin": "Person", "parquet de Lyon": "PublicBody"}
EN = {"Helix": "Company", "Egypt": "Country", "Watch Lab": "Organization", "Vigil": "Product",
      "Ann Lee": "Person", "Commerce Department": "PublicBody", "Tom Hale": "Person"}


def _said(f: Facts) -> list[tuple[str | None, str, str]]:
    return [(f.name(c.speaker), c.stance, c.evidence.quote) for c in f.claims]


# 1. one sentence, several claims

def test_coordinated_speech_verbs_each_report_their_own_clause():
    en = Facts("Ann Lee said the contract with Egypt had been suspended in May and insisted that Helix had "
               "never broken any export rule.\n", "en", EN, {})
    said = _said(en)
    assert [(s, st) for s, st, _ in said] == [("Ann Lee", "affirms"), ("Ann Lee", "denies")]
    assert "never" not in said[0][2] and "suspended" not in said[1][2]
    fr = Facts("Paul Roux a reconnu que le contrat avec la Syrie avait été signé en 2010 et a assuré que "
               "Nordsec n'avait jamais livré Argus.\n", "fr", FR, {})
    said = _said(fr)
    assert [(s, st) for s, st, _ in said] == [("Paul Roux", "affirms"), ("Paul Roux", "denies")]
    assert "jamais" not in said[0][2] and "signé" not in said[1][2]


def test_complement_clauses_of_one_verb_are_one_line_of_argument():
    fr = Facts("Paul Roux affirme que Nordsec n'a jamais vendu Argus à la Syrie et qu'elle respecte toutes "
               "les règles d'exportation.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("Paul Roux", "denies")]
    en = Facts("Ann Lee said that Helix had never sold Vigil to Egypt and that it follows every export "
               "rule.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Ann Lee", "denies")]


def test_infinitives_coordinated_under_one_verb_are_one_claim():
    fr = Facts("Rien n'empêche Paul Roux de qualifier de « mensongères » les accusations contre Nordsec "
               "et de "
               "m'accuser de « vouloir couler la société ».\n", "fr", FR, {})
    assert len(fr.claims) == 1


def test_several_quotations_in_one_sentence_are_one_claim_each():
    fr = Facts("Léa Martin dirige la communication de Nordsec.\n"
               "« Le système Argus n'a jamais fonctionné en Syrie » et « aucune donnée n'a été remise à "
               "la police syrienne », assure-t-elle.\n", "fr", FR, {})
    said = _said(fr)
    assert [(s, st) for s, st, _ in said] == [("Léa Martin", "denies"), ("Léa Martin", "denies")]
    assert "donnée" not in said[0][2] and "fonctionné" not in said[1][2]
    en = Facts("Tom Hale runs sales at Helix.\n"
               "\"Vigil was installed in Egypt in 2014\" and \"the police never used it against anyone\", "
               "he said.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Tom Hale", "affirms"), ("Tom Hale", "denies")]


def test_one_thing_said_stays_one_claim():
    en = Facts("Ann Lee said Helix sold and serviced Vigil in Egypt.\n"
               "Ann Lee said that Helix had sold Vigil to Egypt and to two of its neighbours.\n",
               "en", EN, {})
    assert len(en.claims) == 2
    fr = Facts("Paul Roux affirme que Nordsec a vendu et entretenu Argus en Syrie.\n"
               "« Nordsec a vendu Argus à la Syrie et l'a installé à Damas », dit Paul Roux.\n", "fr", FR, {})
    assert len(fr.claims) == 2


# 2. papers, images, findings: the organisation that produced or analysed them speaks

def test_papers_seized_or_analysed_by_an_organisation_speak_for_it():
    fr = Facts("Nordsec dit n'avoir rien vendu à la Syrie.\n"
               "Les documents saisis par le parquet de Lyon racontent une autre histoire.\n"
               "Les images analysées par Radar montrent des sondes Argus dans un centre de Damas.\n",
               "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)][1:] == [("parquet de Lyon", "affirms"), ("Radar", "affirms")]
    en = Facts("Helix says it never sold Vigil to Egypt.\n"
               "Images analysed by the Watch Lab show Vigil units in a Cairo police station.\n"
               "Watch Lab's report found that Vigil was used against reporters in Egypt.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)][1:] == [("Watch Lab", "affirms"), ("Watch Lab", "affirms")]


def test_memos_notes_and_letters_speak_for_who_examined_them_and_suggest_as_they_show():
    en = Facts("Helix says it never sold Vigil to Egypt.\n"
               "Internal memos found in Cairo, and later examined by the Watch Lab, suggest that Vigil ran there "
               "for five months.\n"
               "The weather in Cairo suggests a long summer.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)][1:] == [("Watch Lab", "affirms")]
    fr = Facts("Nordsec dit n'avoir rien vendu à la Syrie.\n"
               "Des notes internes examinées par Radar suggèrent qu'Argus a fonctionné à Damas.\n"
               "Ce choix suggère une certaine prudence.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)][1:] == [("Radar", "affirms")]


def test_papers_with_no_author_named_speak_for_the_body_that_spoke_just_before():
    fr = Facts("Selon le parquet de Lyon, Nordsec a livré Argus à la Syrie en 2012.\n"
               "Des courriels internes évoquent pourtant une mise à jour d'Argus à Damas en 2013.\n",
               "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("parquet de Lyon", "affirms")] * 2
    en = Facts("According to the Watch Lab, Helix sold Vigil to Egypt in 2015.\n"
               "Internal emails show an update of Vigil in Cairo in 2017.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Watch Lab", "affirms"), ("Watch Lab", "affirms")]


def test_a_complaint_and_a_public_body_in_view_speak():
    en = Facts("The Watch Lab filed a complaint with the Commerce Department in March.\n"
               "The complaint accuses Helix of selling Vigil to Egypt after the ban.\n"
               "The department said Helix had broken export rules.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Watch Lab", "affirms"),
                                                   ("Commerce Department", "affirms")]
    fr = Facts("Le parquet de Lyon a ouvert une information judiciaire en 2014.\n"
               "Les magistrats soupçonnent Nordsec d'avoir exporté Argus vers la Syrie.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("parquet de Lyon", "affirms")]


def test_papers_that_no_one_analysed_or_produced_say_nothing():
    fr = Facts("Les documents ont été transmis à la Syrie en 2012.\n"
               "Les images de Damas ont fait le tour du monde.\n", "fr", FR, {})
    assert fr.claims == []
    en = Facts("The documents were sent to Egypt by courier.\nThe emails were deleted in 2016.\n", "en", EN,
               {})
    assert en.claims == []


# 3. opposing a listing, rejecting findings, contesting: a denial

@pytest.mark.parametrize("text, lang, expected", [
    ("Helix said it strongly opposes its listing by the Commerce Department over Egypt.", "en", "denies"),
    ("Helix contested the findings of the Watch Lab on Egypt.", "en", "denies"),
    ("Helix rejected the findings of the Watch Lab on Egypt.", "en", "denies"),
    ("Helix argued that the documents on Egypt had been altered.", "en", "denies"),
    ("Nordsec a déclaré s'opposer fermement à son inscription sur la liste pour la Syrie.", "fr", "denies"),
    ("Paul Roux a qualifié d'infondées les accusations visant Nordsec en Syrie.", "fr", "denies"),
    ("Ann Lee called the charges against Helix in Egypt baseless.", "en", "denies"),
    ("« Les dirigeants de Nordsec ne peuvent pas dire qu'ils ne savaient pas », estime Léa Martin.", "fr",
     "affirms"),
    ("Léa Martin a qualifié de rapide la vente d'Argus à la Syrie.", "fr", "affirms"),
    ("Nordsec conteste les conclusions de Radar sur la Syrie.", "fr", "denies"),
    ("Nordsec soutient que les documents sur la Syrie ont été falsifiés.", "fr", "denies"),
    ("Ann Lee said selling Vigil to Egypt \"is not a neutral business decision\".", "en", "affirms"),
    ("Léa Martin estime que vendre Argus à la Syrie « n'est pas une décision commerciale neutre ».", "fr",
     "affirms"),
    ("Helix argued that the documents on Egypt were authentic.", "en", "affirms"),
])
def test_opposition_and_disputed_papers(text: str, lang: str, expected: str) -> None:
    f = Facts(text + "\n", lang, FR if lang == "fr" else EN, {})
    assert [c.stance for c in f.claims] == [expected]


# 4. who speaks

def test_the_company_in_view_speaks_after_it_reacts_not_a_person_named_before():
    fr = Facts("Paul Roux, de Radar, accuse Nordsec d'avoir vendu Argus à la Syrie.\n"
               "La société réagit vivement : « Argus n'a jamais servi contre des opposants », "
               "assure-t-elle.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)][-1] == ("Nordsec", "denies")
    same = Facts("Paul Roux a révélé la vente d'Argus à la Syrie.\n"
                 "Léa Martin a lu le rapport. « Argus a servi contre des opposants », assure-t-elle.\n",
                 "fr", FR, {})
    assert [s for s, _, _ in _said(same)][-1] == "Léa Martin"


def test_through_its_lawyers_the_party_speaks():
    fr = Facts("Par la voix de ses avocats, Paul Roux a qualifié de mensongères les accusations sur la "
               "Syrie.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("Paul Roux", "denies")]
    en = Facts("Through its lawyers, Helix called the allegations about Egypt false.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Helix", "denies")]


def test_who_is_suspected_or_accused_in_the_passive_does_not_speak():
    fr = Facts("Nordsec et Radar sont soupçonnées d'avoir livré Argus à la Syrie.\n", "fr", FR, {})
    assert fr.claims == []
    en = Facts("Helix was suspected of selling Vigil to Egypt.\n", "en", EN, {})
    assert en.claims == []


def test_a_section_heading_is_no_claim():
    fr = Facts("Radar a porté plainte contre Nordsec pour complicité de torture en Syrie.\n"
               "## Ce que dit la plainte\n", "fr", FR, {})
    assert [s for s, _, _ in _said(fr)] == ["Radar"]


def test_a_colon_between_two_things_said_gives_each_its_speaker():
    fr = Facts("Selon Nordsec, Argus n'a servi qu'à l'armée.\n"
               "Pour Radar, cette version ne tient pas : les photos analysées montrent Argus dans un "
               "commissariat "
               "de Damas.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)][-1] == ("Radar", "affirms")
    assert "commissariat" in fr.claims[-1].evidence.quote and "tient" not in fr.claims[-1].evidence.quote
    en = Facts("Helix says Vigil only served the army.\n"
               "The Watch Lab called this account doubtful: its director, Ann Lee, said Vigil was found in a "
               "Cairo "
               "police station.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)][-1] == ("Ann Lee", "affirms")
    whole = Facts("Paul Roux a déclaré à Radar : « Nordsec a vendu Argus à la Syrie », précise-t-il.\n"
                  "Ann Lee dit ceci : Nordsec a vendu Argus.\n", "fr", {**FR, "Ann Lee": "Person"}, {})
    assert len(whole.claims) == 2


def test_a_quotation_after_a_colon_is_said_by_who_the_words_before_name():
    en = Facts("Helix faced questions on Egypt.\nIts chief, Tom Hale, was blunt: \"We never shipped a single "
               "Vigil unit to Egypt.\"\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Tom Hale", "denies")]
    fr = Facts("Radar enquête sur la Syrie.\nPaul Roux a été clair sur ce point : « Nordsec a bien livré "
               "Argus à "
               "la Syrie en 2011. »\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("Paul Roux", "affirms")]
    title = Facts("Radar a publié un rapport intitulé : « Comment Argus a surveillé la Syrie »\n"
                  "Paul Roux a lu : « Argus »\n", "fr", FR, {})
    assert title.claims == []


def test_logs_speak_for_who_published_them():
    en = Facts("The Watch Lab published log files taken from servers in Egypt. The logs showed Vigil "
               "recording the pages that users visited.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Watch Lab", "affirms")]


def test_a_second_speech_verb_after_et_or_and_is_its_own_claim_whatever_the_parse():
    fr = Facts("Interrogée, Nordsec affirme « respecter toutes les licences de l'État » et souligne que ses "
               "logiciels ne sont pas des armes.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("Nordsec", "affirms"), ("Nordsec", "denies")]
    assert fr.claims[1].evidence.quote.startswith("souligne")
    one = Facts("Nordsec affirme que Radar ment et souligne son attachement au droit.\n", "fr", FR, {})
    assert len(one.claims) == 1  # the second verb has no words of its own


def test_a_source_described_by_its_kind_is_the_last_such_actor():
    en = Facts("The Watch Lab studied Vigil. Helix sells Vigil in Egypt.\n"
               "According to the digital rights group, Helix should stop selling Vigil to Egypt.\n"
               "According to the company, Vigil is sold to Egypt's army only.\n", "en", EN, {})
    assert [s for s, _, _ in _said(en)] == ["Watch Lab", "Helix"]


def test_refusing_is_no_denial_and_an_infinitive_answer_is_words():
    en = Facts("Ann Lee said Helix should refuse any sale of Vigil to Egypt.\n"
               "Ann Lee said Helix sells Vigil to the police and refuses buyers in Egypt.\n", "en", EN, {})
    assert [c.stance for c in en.claims] == ["affirms", "denies"]
    side = Facts("Ann Lee said Helix, which refuses buyers in Iran, sold Vigil to Egypt.\n", "en", EN, {})
    assert [c.stance for c in side.claims] == ["affirms"]
    fr = Facts("Nordsec a refusé de commenter, mais Paul Roux affirme que Nordsec vend Argus à la Syrie.\n",
               "fr", FR, {})
    assert [c.stance for c in fr.claims] == ["affirms"]
    fr = Facts("Interrogé, le parquet de Lyon a répondu n'avoir reçu aucune plainte contre Nordsec.\n"
               "Paul Roux a répondu au téléphone depuis la Syrie.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("parquet de Lyon", "denies")]


def test_it_stands_for_the_organisation_opening_its_sentence():
    en = Facts("Helix said it never sold Vigil to Egypt.\n"
               "The Watch Lab took another view: in a May report it accused Helix of selling Vigil to "
               "Egypt.\n",
               "en", EN, {})
    assert [s for s, _, _ in _said(en)] == ["Helix", "Watch Lab"]


def test_the_government_after_a_public_body_is_that_body_s_state():
    names = {"Allemagne": "Country", "Office fédéral des exportations": "PublicBody", "Nordsec": "Company",
             "Syrie": "Country"}
    where = {"Allemagne": "de", "Office fédéral des exportations": "de", "Syrie": "sy"}
    fr = Facts("Nordsec a vendu Argus à la Syrie, selon l'Allemagne.\n"
               "L'Office fédéral des exportations a été saisi du dossier.\n"
               "Le gouvernement a répondu n'avoir accordé aucune licence à Nordsec.\n", "fr", names, {}, None,
               where)
    assert [s for s, _, _ in _said(fr)][-1] == "Allemagne"


def test_a_call_on_someone_to_act_is_a_claim():
    en = Facts("The Watch Lab welcomed the ban and called on Egypt to stop buying Vigil.\n"
               "Ann Lee called Tom Hale in May.\nHelix calls its product Vigil.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Watch Lab", "affirms")]
    fr = Facts("Radar a appelé la Syrie à renoncer à Argus.\nPaul Roux a appelé Léa Martin hier.\n",
               "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("Radar", "affirms")]


def test_a_source_paper_speaks_for_who_made_it():
    fr = Facts("Radar a porté plainte contre Nordsec pour complicité de torture en Syrie.\n"
               "D'après une expertise réalisée pour les plaignants, Argus a été livré en 2013.\n"
               "D'après une expertise récente, Argus a été livré en 2013.\n", "fr", FR, {})
    assert [s for s, _, _ in _said(fr)][:2] == ["Radar", "Radar"] and len(fr.claims) == 2
    en = Facts("Helix sells Vigil.\nAccording to files later published by the news site Watch Lab, Helix "
               "sold "
               "Vigil to Egypt.\n", "en", EN, {})
    assert [s for s, _, _ in _said(en)] == ["Watch Lab"]


def test_the_complaint_speaks_for_the_first_complainant_named():
    fr = Facts("Radar, Léa Martin et le site veille.org ont porté plainte contre Nordsec pour complicité en "
               "Syrie.\nLa plainte accuse Nordsec d'avoir livré Argus à la Syrie en 2012.\n", "fr", FR, {})
    assert [s for s, _, _ in _said(fr)][-1] == "Radar"


def test_a_states_body_adds_nothing_to_a_proposition_that_names_the_state():
    """"les matériels livrés à l'Égypte étaient destinés à l'armée": the army of Egypt is Egypt at stake; a
    body of another state, or of no state known, stays an actor of its own."""
    from enquete import model
    from enquete.extract.claims import proposition

    def m(text: str, typ: str, start: int, country: str | None) -> model.Mention:
        return model.Mention(f"d:{start}", "d", start, start + len(text), text, typ, country=country)
    egypt, nordsec = m("Égypte", "Country", 0, "eg"), m("Nordsec", "Company", 20, None)
    assert proposition([egypt, nordsec, m("armée", "PublicBody", 40, "eg")], "supplied") == \
        proposition([egypt, nordsec], "supplied")
    assert "armee" in proposition([egypt, nordsec, m("armée", "PublicBody", 40, "ly")], "supplied")
    assert "armee" in proposition([egypt, nordsec, m("armée", "PublicBody", 40, None)], "supplied")
    two = proposition([nordsec, m("armée", "PublicBody", 40, "eg"), m("police", "PublicBody", 60, "eg")], "supplied")
    assert "armee" in two and "police" not in two
