"""What is reported speech and what is not, who speaks, and which way: sentences written for these tests,
French and English, each behaviour with a positive and a negative."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

FR = {"Nordsec": "Company", "Syrie": "Country", "Iran": "Country", "Paul Roux": "Person",
      "Léa Martin": "Person", "France": "Country", "Vexor": "Company", "Argus": "Product",
      "Radar": "Organization"}
EN = {"Helix": "Company", "Egypt": "Country", "Ann Lee": "Person", "Tom Reed": "Person", "Vigil": "Product"}


def _quoting(f: Facts, fragment: str) -> list:
    return [c for c in f.claims if fragment in c.evidence.quote]


def test_an_infinitive_under_a_modal_or_a_refusal_reports_nothing():
    text = ("Paul Roux, directeur de Nordsec, a refusé de répondre aux questions sur la Syrie.\n"
            "Le service de Nordsec doit assurer le dialogue avec la Syrie.\n"
            "Léa Martin a pu déclarer à la presse : « Nordsec a livré Argus à la Syrie en personne. »\n")
    f = Facts(text, "fr", FR, {})
    assert not _quoting(f, "refusé de répondre") and not _quoting(f, "doit assurer")
    assert [f.name(c.speaker) for c in f.claims] == []  # an announcement is no claim by itself
    spoken = Facts("Léa Martin tient à déclarer que Nordsec a livré Argus à la Syrie.\n", "fr", FR, {})
    assert [spoken.name(c.speaker) for c in spoken.claims] == ["Léa Martin"]


def test_the_words_announced_by_a_colon_are_the_claim_of_the_announcer():
    text = ("Nordsec et la Syrie\n\nEn 2012, Paul Roux déclare à Radar :\n"
            "« Nordsec n'a jamais vendu Argus à la Syrie, nous avons tout arrêté. »\n")
    f = Facts(text, "fr", FR, {"2012": ("2012", "year")})
    assert not _quoting(f, "déclare à Radar")
    (c,) = _quoting(f, "jamais vendu")
    assert f.name(c.speaker) == "Paul Roux" and c.stance == "denies"


def test_officially_speaks_only_when_it_opens_the_sentence():
    f = Facts("En 2011, la France a officiellement pris des mesures contre la Syrie.\n", "fr", FR, {})
    assert f.claims == []
    g = Facts("Officiellement, la France n'a jamais vendu d'armes à la Syrie.\n", "fr", FR, {})
    assert [(g.name(c.speaker), c.stance) for c in g.claims] == [("France", "denies")]
    e = Facts("Officially, Helix never sold Vigil to Egypt.\n", "en", EN, {})
    assert [(e.name(c.speaker), c.stance) for c in e.claims] == [("Helix", "denies")]


def test_a_quoted_name_or_phrase_inside_narration_is_no_claim():
    text = ("L'accord sur la « sécurité intérieure et la défense civile du pays » lie la France et la "
            "Syrie.\nNordsec, présenté par Paul Roux, est chargé d'« assurer le dialogue avec tous les clients "
            "en Iran ».\n")
    f = Facts(text, "fr", FR, {})
    assert f.claims == []
    said = Facts("Paul Roux a visité l'Iran. « Nordsec vend toujours Argus en Iran », dit-il.\n", "fr", FR,
                 {})
    assert [said.name(c.speaker) for c in said.claims] == ["Paul Roux"]


def test_an_unnamed_source_is_the_outlet_only_for_papers_it_examined():
    text = ("Un reportage de Léa Martin pour Radar\n\n"
            "Selon les coutumes du salon, Nordsec invite ses clients de Syrie.\n"
            "Selon le décompte tenu par des militants, Argus a servi en Syrie.\n"
            "Selon les documents consultés, Nordsec a livré Argus à la Syrie.\n")
    f = Facts(text, "fr", FR, {})
    assert not _quoting(f, "coutumes") and not _quoting(f, "décompte")
    (c,) = _quoting(f, "documents consultés")
    assert f.name(c.speaker) == "Radar"
    en = Facts("By Ann Lee for Radar\n\nAccording to custom, Helix hosts clients from Egypt.\n"
               "According to records seen by reporters, Helix sold Vigil to Egypt.\n",
               "en", {**EN, "Radar": "Organization"}, {})
    assert [en.name(c.speaker) for c in en.claims] == ["Radar"]


def test_a_pronoun_speaks_for_the_person_named_before_it_in_its_sentence():
    text = ("Léa Martin a enquêté sur Nordsec.\n"
            "Quand Radar a joint le directeur de Nordsec, Paul Roux, il a dit que la Syrie était un "
            "client.\n")
    f = Facts(text, "fr", FR, {})
    (c,) = _quoting(f, "il a dit")
    assert f.name(c.speaker) == "Paul Roux"
    other = Facts("Paul Roux a quitté Nordsec.\nLéa Martin dit que la Syrie était un client.\n", "fr", FR, {})
    assert [other.name(c.speaker) for c in other.claims] == ["Léa Martin"]


def test_a_position_speaks_through_the_person_who_holds_it():
    text = ("Le directeur de Nordsec, Paul Roux, a visité l'Iran en mai.\n"
            "Léa Martin a écrit un livre.\n"
            "En juin, le directeur de Nordsec a déclaré que Argus fonctionnait en Iran.\n")
    f = Facts(text, "fr", FR, {})
    (c,) = _quoting(f, "a déclaré")
    assert f.name(c.speaker) == "Paul Roux"
    en = Facts("Tom Reed, chief executive of Helix, flew to Egypt.\nAnn Lee left.\n"
               "The spokesman of Helix said that Vigil worked in Egypt.\n", "en", EN, {})
    (d,) = [c for c in en.claims if "spokesman" in c.evidence.quote]
    assert en.name(d.speaker) == "Helix"  # no one was named as its spokesman: the company speaks


def test_an_infinitive_speech_verb_needs_words_to_report():
    f = Facts("Paul Roux, directeur de Nordsec, a eu du mal à répondre aux questions sur la Syrie.\n", "fr", FR, {})
    assert f.claims == []
    en = Facts("Tom Reed of Helix struggled to answer questions about Egypt.\n", "en", EN, {})
    assert en.claims == []


def test_a_source_named_by_position_and_organisation_is_the_person_in_apposition():
    text = "« Argus lit tous les messages de la Syrie », selon le directeur de Nordsec, Paul Roux.\n"
    f = Facts(text, "fr", FR, {})
    assert [f.name(c.speaker) for c in f.claims] == ["Paul Roux"]
    plain = Facts("« Argus lit tous les messages de la Syrie », selon Nordsec.\n", "fr", FR, {})
    assert [plain.name(c.speaker) for c in plain.claims] == ["Nordsec"]


def test_a_quotation_goes_on_only_within_the_paragraph_of_its_speaker():
    text = ("Paul Roux a déclaré que Nordsec vendait Argus à la Syrie.\n\n"
            "Lire aussi : Vexor, \"Nordsec et la Syrie : la fin d'un contrat\n"
            "Les clients de Vexor en Iran\"\n")
    f = Facts(text, "fr", FR, {})
    assert [c.evidence.quote[:9] for c in f.claims] == ["Paul Roux"]
    said = Facts("Nordsec\n\nPaul Roux a déclaré : « Nordsec vendait Argus à la Syrie. Le contrat a duré dix ans "
                 "en Syrie. »\n", "fr", FR, {})
    assert [said.name(c.speaker) for c in said.claims] == ["Paul Roux", "Paul Roux"]


def test_a_quotation_inside_narration_with_no_one_named_is_no_claim():
    text = ("Léa Martin a visité le salon.\n"
            "Un appel à manifester contre Nordsec a circulé, pour « arrêter les ventes d'armes à la Syrie et à "
            "l'Iran tout de suite ».\n")
    f = Facts(text, "fr", FR, {})
    assert not [c for c in f.claims if "appel" in c.evidence.quote]
    alone = Facts("Léa Martin a visité le salon.\n« Nordsec arrête ses ventes à la Syrie dès demain », et tout le "
                  "salon l'a entendu.\n", "fr", FR, {})
    assert [alone.name(c.speaker) for c in alone.claims] == ["Léa Martin"]


def test_a_verb_of_saying_used_for_an_act_on_a_thing_is_no_speech():
    en = Facts("In 2021 the ministry of Egypt added Helix to its list of banned suppliers.\n", "en",
               {**EN, "ministry of Egypt": "PublicBody"}, {})
    assert en.claims == []
    said = Facts("Tom Reed added that Helix had sold Vigil to Egypt.\n", "en", EN, {})
    assert [said.name(c.speaker) for c in said.claims] == ["Tom Reed"]
    fr = Facts("En 2020, Nordsec a ajouté un volet syrien au contrat.\n", "fr", FR, {})
    assert fr.claims == []
    dit = Facts("Paul Roux a ajouté que Nordsec avait livré la Syrie.\n", "fr", FR, {})
    assert [dit.name(c.speaker) for c in dit.claims] == ["Paul Roux"]
