"""Who speaks when the sentence does not name them beside the verb: "Pour X," opening the sentence, "it" /
"they" / "ils" standing for an organisation, a participle or a coordinated verb borrowing its governor's
subject; and what an admission affirms. Sentences written for these tests, French and English, each
behaviour with a negative."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

FR = {"Nordsec": "Company", "Syrie": "Country", "Radar": "Organization", "Paul Roux": "Person",
      "Argus": "Product", "Vexor": "Product", "Léa Martin": "Person"}
EN = {"Helix": "Company", "Egypt": "Country", "Watch Lab": "Organization",
      "Toronto University": "Organization", "Vigil": "Product", "Ann Lee": "Person"}


def _said(f: Facts) -> list[tuple[str | None, str, str]]:
    return [(f.name(c.speaker), c.stance, c.evidence.quote.split()[0]) for c in f.claims]


def test_pour_x_opening_a_sentence_gives_an_argued_view():
    text = ("Nordsec a vendu Argus à la Syrie.\n"
            "Pour Radar, cette explication ne tient pas.\n"
            "Pour Léa Martin, au contraire, les factures montrent que Nordsec savait.\n")
    f = Facts(text, "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(f)] == [("Radar", "denies"), ("Léa Martin", "affirms")]


def test_pour_x_that_only_frames_or_names_a_country_or_a_purpose_is_no_claim():
    text = ("Pour Radar, l'enjeu dépasse la Syrie.\n"
            "Pour la Syrie, ce marché ne compte pas.\n"
            "Pour vendre Argus, Nordsec a ouvert un bureau.\n"
            "Nordsec travaille pour Radar, qui ne paie pas.\n")
    assert Facts(text, "fr", FR, {}).claims == []


def test_it_stands_for_the_organisation_that_spoke_or_was_named_last():
    text = ("Helix at first said it did not sell to Egypt.\n"
            "It added that it had stopped all updates in Egypt.\n"
            "Ann Lee visited Cairo in May. In June the company changed its account.\n"
            "It acknowledged that Vigil devices were operating in Egypt.\n")
    f = Facts(text, "en", EN, {})
    assert [s for s, _, _ in _said(f)] == ["Helix", "Helix", "Helix"]


def test_he_does_not_stand_for_a_company_that_spoke_before():
    f = Facts("Helix said it never sold Vigil to Egypt.\nHe added that the deal was legal.\n", "en", EN, {})
    assert [s for s, _, _ in _said(f)] == ["Helix"]  # no person named: "he" stands for no one


def test_they_and_ils_stand_for_the_organisations_named_before():
    en = Facts("Researchers at the Watch Lab studied the deal. In a report, they confirmed Vigil devices in "
               "Egypt.\n", "en", EN, {})
    assert [s for s, _, _ in _said(en)] == ["Watch Lab"]
    fr = Facts("Radar a publié une enquête sur Nordsec. Ils accusent Nordsec d'avoir livré Argus à la "
               "Syrie.\n", "fr", FR, {})
    assert [s for s, _, _ in _said(fr)] == ["Radar"]
    none = Facts("Les manifestants sont rentrés chez eux. Ils accusent la police d'avoir tiré.\n", "fr", FR,
                 {})
    assert none.claims == []  # no organisation named before: "ils" speaks for no one


def test_a_participle_borrows_the_subject_of_the_verb_it_hangs_from():
    text = ("In March, the Watch Lab at Toronto University published a study, a report finding that Vigil "
            "devices were used in Egypt.\n")
    f = Facts(text, "en", EN, {})
    assert [s for s, _, _ in _said(f)] == ["Watch Lab"]


def test_a_clause_opened_by_comme_does_not_borrow_what_is_said_as_its_speaker():
    f = Facts("Comme le révèlent des photos publiées par Radar, Argus a été retrouvé en Syrie.\n", "fr", FR,
              {})
    assert [s for s, _, _ in _said(f)] == ["Radar"]  # not Argus, the subject of what is revealed


def test_a_product_subject_of_a_speech_verb_is_a_company_named_like_it():
    f = Facts("Vexor a toujours nié avoir vendu Argus à la Syrie.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(f)] == [("Vexor", "denies")]
    g = Facts("Selon Radar, Vexor a été vendu à la Syrie.\n", "fr", FR, {})
    assert [s for s, _, _ in _said(g)] == ["Radar"]  # a product spoken about does not speak


def test_an_admission_affirms_what_it_admits_first():
    text = ("En 2011, Paul Roux reconnaît « soutenir le régime syrien », mais que Nordsec ne savait pas "
            "tout.\n"
            "Paul Roux reconnaît que Nordsec n'a pas vérifié ses clients.\n"
            "Paul Roux ne reconnaît pas avoir vendu Argus.\n")
    f = Facts(text, "fr", FR, {})
    assert [st for _, st, _ in _said(f)] == ["affirms", "denies", "denies"]
    en = Facts("Helix acknowledged that Vigil devices were in Egypt, but said it did not know who used "
               "them.\n"
               "Helix admitted it had not checked the buyer.\n", "en", EN, {})
    assert [st for _, st, _ in _said(en)] == ["affirms", "denies"]


def test_a_complaint_is_a_claim_only_when_its_grounds_are_told():
    fr = Facts("Radar a déposé une plainte contre Nordsec pour complicité de torture en Syrie.\n"
               "L'enquête fait suite à une plainte déposée en 2012 par Radar.\n"
               "Radar a déposé plainte contre Nordsec auprès du parquet.\n", "fr", FR, {})
    assert [q for _, _, q in _said(fr)] == ["Radar"]
    en = Facts("Watch Lab filed a complaint against Helix over the sale of Vigil to Egypt.\n"
               "Watch Lab lodged a complaint against Helix with the contact point.\n", "en", EN, {})
    assert [f.name(c.speaker) for f, c in ((en, c) for c in en.claims)] == ["Watch Lab"]


def test_a_negated_obligation_is_a_call_not_a_denial():
    fr = Facts("Pour Radar, la faillite ne doit pas permettre à Nordsec d'échapper à ses responsabilités.\n"
               "Radar affirme que Nordsec n'a pas vendu Argus.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("Radar", "affirms"), ("Radar", "denies")]
    en = Facts("Watch Lab said vendors must not sell Vigil to Egypt.\n"
               "Watch Lab said Helix did not sell Vigil to Egypt.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Watch Lab", "affirms"), ("Watch Lab", "denies")]


def test_et_non_denies_but_non_as_a_prefix_does_not():
    f = Facts("Le ministère conteste. Il affirme qu'Argus servait à l'armée, et non à la police.\n"
              "L'organisation non gouvernementale Radar affirme que Nordsec vend Argus.\n",
              "fr", {**FR, "ministère": "PublicBody"}, {})
    assert [(s, st) for s, st, _ in _said(f)] == [("ministère", "denies"), ("ministère", "denies"),
                                                  ("Radar", "affirms")]


def test_the_government_right_after_a_ministry_spoke_is_that_ministry_s_state():
    names = {"ministère des Armées": "PublicBody", "France": "Country", "Syrie": "Country",
             "Argus": "Product"}
    where = {"ministère des Armées": "fr", "France": "fr", "Syrie": "sy"}
    text = ("La France a vendu Argus à la Syrie. Le ministère des Armées conteste cette lecture.\n"
            "Le gouvernement assure que la Syrie n'a reçu aucun Argus.\n")
    f = Facts(text, "fr", names, {}, None, where)
    assert [s for s, _, _ in _said(f)] == ["ministère des Armées", "France"]
    apart = Facts("La France a vendu Argus à la Syrie. Le gouvernement assure que la Syrie n'a reçu aucun "
                  "Argus.\n", "fr", names, {}, None, where)
    assert "France" not in [s for s, _, _ in _said(apart)]  # no body spoke before: no state to follow


def test_who_said_speaks_for_the_person_the_clause_qualifies():
    en = Facts("A lawsuit was filed against Helix on behalf of the journalist Ann Lee, who said she had been "
               "tracked through her phone.\nVigil, which Helix sells, works in Egypt.\n", "en", EN, {})
    assert [s for s, _, _ in _said(en)] == ["Ann Lee"]
    fr = Facts("Radar défend la journaliste Léa Martin, qui affirme avoir été suivie grâce à Argus.\n",
               "fr", FR, {})
    assert [s for s, _, _ in _said(fr)] == ["Léa Martin"]


def test_criticising_someone_for_an_act_is_a_claim_criticism_as_a_noun_is_not():
    en = Facts("In a resolution, the Watch Lab strongly criticised Helix for providing Vigil to Egypt.\n"
               "Helix faced criticism over Egypt.\n", "en", EN, {})
    assert [(s, st) for s, st, _ in _said(en)] == [("Watch Lab", "affirms")]
    fr = Facts("Radar a vivement critiqué Nordsec pour la vente d'Argus à la Syrie.\n"
               "Nordsec a essuyé des critiques sur la Syrie.\n", "fr", FR, {})
    assert [(s, st) for s, st, _ in _said(fr)] == [("Radar", "affirms")]


def test_the_authority_stands_for_the_body_named_with_that_word():
    """"The authority said": the last public body whose name holds "authority" (a licensing office), not
    the company or the ministry named since; "l'autorité" alike."""
    names = {"Helix": "Company", "Export Control Authority": "PublicBody", "Interior Ministry": "PublicBody",
             "Egypt": "Country"}
    text = ("Helix says the Export Control Authority licensed every sale to Egypt's Interior Ministry.\n"
            "The authority said it had granted no licence for Egypt since 2019.\n")
    f = Facts(text, "en", names, {})
    assert ("Export Control Authority", "denies") in [(s, st) for s, st, _ in _said(f)]
    fr = {"Nordsec": "Company", "Autorité de contrôle des exportations": "PublicBody", "Syrie": "Country"}
    text = ("Nordsec assure que l'Autorité de contrôle des exportations a autorisé ses ventes à la Syrie.\n"
            "L'autorité affirme n'avoir délivré aucune licence pour la Syrie.\n")
    f = Facts(text, "fr", fr, {})
    assert ("Autorité de contrôle des exportations", "denies") in [(s, st) for s, st, _ in _said(f)]


def test_an_oath_is_a_claim():
    """"Paul Roux jure que...", "Ann Lee swore that...": sworn words are reported speech."""
    f = Facts("Nordsec a vendu Argus à la Syrie.\nPaul Roux jure que la société ignorait tout.\n", "fr", FR, {})
    assert ("Paul Roux", "denies") in [(s, st) for s, st, _ in _said(f)]
    f = Facts("Helix sold Vigil to Egypt.\nAnn Lee swore that Helix never sold to Egypt.\n", "en", EN, {})
    assert ("Ann Lee", "denies") in [(s, st) for s, st, _ in _said(f)]


def test_a_denial_verb_negated_is_no_denial():
    """"Nordsec n'a pas démenti cette vente", "Helix did not dispute the findings": no denial is reported;
    printing one would put words in the company's mouth."""
    f = Facts("Nordsec a vendu Argus à la Syrie.\nNordsec n'a pas démenti cette vente.\n", "fr", FR, {})
    assert ("Nordsec", "denies") not in [(s, st) for s, st, _ in _said(f)]
    f = Facts("Helix sold Vigil to Egypt.\nHelix did not dispute the findings.\n", "en", EN, {})
    assert ("Helix", "denies") not in [(s, st) for s, st, _ in _said(f)]


MAIN = {"Nervala": "Company", "Fintex": "Company", "Kcell": "Company", "Maren Olsbo": "Person",
        "Kazakhstan": "Country", "Ristek": "Company", "Veltia": "Company"}


@pytest.mark.parametrize("text, lang, speaker", [
    # a paragraph that opens on "the company": the company the article names most, not the last one
    ("Nervala sold networks in Asia. In Kazakhstan, Nervala controlled Kcell through the holding company "
     "Fintex.\n\nAt the time, the company insisted it had done nothing wrong.", "en", "Nervala"),
    ("Nervala a vendu des réseaux en Asie. Nervala contrôlait Kcell par la holding Fintex.\n\n"
     "La société affirme n'avoir rien fait de mal.", "fr", "Nervala"),
    # near misses: the paragraph names a company first; the companies are named as often; no paragraph break
    ("Nervala sold networks in Asia. Nervala bought Kcell.\n\nFintex was sold in 2019. The company said it "
     "had done nothing wrong.", "en", "Fintex"),
    ("Nervala sold networks in Asia. Fintex bought Kcell.\n\nThe company said it had done nothing wrong.", "en",
     "Kcell"),
    ("Nervala sold networks in Asia. Nervala controlled Kcell through Fintex. The company said it had done "
     "nothing wrong.", "en", "Fintex"),
    ("Ristek a vendu des caméras. Ristek a racheté Veltia.\n\nVeltia a été fermée. L'entreprise affirme "
     "n'avoir rien fait de mal.", "fr", "Veltia"),
])
def test_the_company_opening_a_paragraph_is_the_one_the_article_is_about(text: str, lang: str, speaker: str):
    f = Facts(text + "\n", lang, MAIN, {})
    assert [f.name(c.speaker) for c in f.claims][-1:] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Chez Nervala, on assure ne vendre que des outils de sécurité publique.", "Nervala"),
    ("Dans les bureaux vitrés de Ristek, au nord du Kazakhstan, on affirme que Kcell n'a rien reçu.", "Ristek"),
    ("Au siège de Veltia, on dément toute vente au Kazakhstan.", "Veltia"),
    # near misses: "on" with no premises of an organisation before it; a company named in another role
    ("Nervala a vendu Kcell. On affirme au Kazakhstan que rien n'a été livré.", None),
    ("Face à Nervala, qui vend à Ristek, on assure que Kcell a tout reçu.", None),
    ("Chez les clients de Nervala, on affirme que les caméras fonctionnent.", None),
])
def test_on_speaks_for_the_organisation_whose_premises_open_the_sentence(text: str, speaker: str | None):
    f = Facts(text + "\n", "fr", MAIN, {})
    assert [f.name(c.speaker) for c in f.claims][:1] in ([speaker], [])
    if speaker:
        assert [f.name(c.speaker) for c in f.claims] == [speaker]
