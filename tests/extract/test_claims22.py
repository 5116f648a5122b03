"""Who speaks, where no speech verb says it. The French conditional of a main clause tells what a source alleges
and the paper does not vouch for ("Plus de 200 véhicules auraient été livrés"): when the sentence before reported
a source, the sentence is that source's claim, affirmed. An outlet described by its kind ("according to the news
agency", "d'après le quotidien") speaks for the last organisation named, not for the company named last. Near
misses: no source in the sentence before (the paper's own hedge: no claim), a modal ("pourrait", "devrait"), a
hypothesis ("si ..."), the future of the past in a subordinate clause ("a dit que la vente serait légale": the
speaker's own words, already a claim), a question, English; "assurer la maintenance" (an act, not words).

Sentences written for this test, with invented companies and people."""

from __future__ import annotations

import pytest

from tests.facts.conftest import extract_text

pytestmark = pytest.mark.integration

SOURCE_FR = "Selon l'ONG Vigie Libertés, des blindés fabriqués par Vexor SA ont été vus à Alger en 2019. "
SOURCE_FR2 = "Le quotidien Nord Matin a révélé jeudi que Vexor SA avait vendu des drones au Tchad. "


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("fr", SOURCE_FR + "Plus de 80 de ces véhicules auraient été livrés au ministère algérien de l'Intérieur.",
     "auraient été livrés", "Vigie Libertés"),
    ("fr", SOURCE_FR + "Une partie du matériel proviendrait d'une usine de Vexor SA en Belgique.",
     "proviendrait", "Vigie Libertés"),
    ("fr", SOURCE_FR + "La commande aurait été signée en 2016 par le ministère de la Défense.",
     "aurait été signée", "Vigie Libertés"),
    ("fr", SOURCE_FR2 + "Le contrat serait d'un montant de douze millions d'euros.", "serait d'un montant",
     "Nord Matin"),
    ("fr", SOURCE_FR2 + "Trois techniciens de Vexor SA auraient formé les pilotes tchadiens en 2020.",
     "auraient formé", "Nord Matin"),
    ("fr", "Paul Lemaire, ancien ingénieur de Vexor SA, a affirmé que les logiciels étaient testés au Maroc. "
           "Les essais auraient duré plusieurs mois.", "auraient duré", "Paul Lemaire"),
    # an outlet described by its kind
    ("en", "Reuters published an investigation into Vexor Systems in 2019. Targets of the programme, according to "
           "the news agency, included activists and journalists.", "news agency", "Reuters"),
    ("en", "The Daily Courier reported on the deal with Vexor Systems in 2019. The contract covered three "
           "prisons, according to the newspaper.", "the newspaper", "Daily Courier"),
    ("fr", "Le quotidien Nord Matin a enquêté sur Vexor SA en 2019. Les caméras ont été installées à Alger, "
           "d'après le quotidien.", "d'après le quotidien", "Nord Matin"),
    # the company stays the company, even after an outlet was named
    ("en", "Reuters published an investigation into Vexor Systems in 2019. The contract was lawful, according "
           "to the company.", "according to the company", "Vexor Systems"),
])
def test_who_speaks(lang: str, text: str, words: str, speaker: str, pipes) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(lang, text, pipes)
    by = {m.id: m.text for m in x.mentions}
    said = [(by.get(c.speaker), c.stance) for c in x.claims if words in c.evidence.quote]
    assert said == [(speaker, "affirms")], [(by.get(c.speaker), c.evidence.quote) for c in x.claims]


@pytest.mark.parametrize("lang,text,words", [
    # the paper's own hedge: no source spoke in the sentence before
    ("fr", "Vexor SA a vendu des blindés à l'Algérie en 2019. Plus de 80 de ces véhicules auraient été livrés "
           "au ministère algérien de l'Intérieur.", "auraient été livrés"),
    # a modal: a possibility, not an allegation
    ("fr", SOURCE_FR + "Le ministère algérien de l'Intérieur pourrait avoir reçu 80 véhicules.", "pourrait"),
    ("fr", SOURCE_FR + "Vexor SA devrait livrer une seconde commande en 2021.", "devrait"),
    # a hypothesis
    ("fr", SOURCE_FR + "Si la licence avait été refusée, Vexor SA aurait perdu le marché.", "aurait perdu"),
    # the imperfect, whose ending looks like the conditional's ("assurait", "tirait")
    ("fr", SOURCE_FR + "À l'époque, Vexor SA assurait la maintenance des véhicules et tirait profit du contrat.",
     "assurait"),
    # a question
    ("fr", SOURCE_FR + "Le ministère aurait-il reçu d'autres véhicules ?", "aurait-il"),
    # English has no such mark
    ("en", "According to the NGO Vigil Rights, armoured vehicles made by Vexor SA were seen in Algiers in 2019. "
           "More than 80 of them would have been delivered to the Algerian interior ministry.", "would have been"),
])
def test_no_claim_without_a_source_or_with_another_mood(  # type: ignore[no-untyped-def]
        lang: str, text: str, words: str, pipes) -> None:
    x = extract_text(lang, text, pipes)
    assert not [c for c in x.claims if words in c.evidence.quote], [c.evidence.quote for c in x.claims]


def test_future_of_the_past_is_the_speakers_own_claim(pipes) -> None:  # type: ignore[no-untyped-def]
    text = ("Selon l'ONG Vigie Libertés, des blindés de Vexor SA ont été vus à Alger. Le PDG de Vexor SA, Paul "
            "Lemaire, a dit que la vente serait conforme à la loi.")
    x = extract_text("fr", text, pipes)
    by = {m.id: m.text for m in x.mentions}
    said = [by.get(c.speaker) for c in x.claims if "serait conforme" in c.evidence.quote]
    assert said == ["Paul Lemaire"], [(by.get(c.speaker), c.evidence.quote) for c in x.claims]


@pytest.mark.parametrize("text,speaks", [
    ("Vexor SA assure la maintenance des blindés algériens depuis 2015.", False),  # assurer un service: an act
    ("Depuis 2015, Vexor SA assure la formation des pilotes tchadiens.", False),
    ("Vexor SA assure que la vente était conforme à la loi.", True),
    ("Le ministère de la Défense assure n'avoir reçu aucun véhicule de Vexor SA.", True),
    ("Le logiciel, assure l'entreprise Vexor SA, n'est qu'une boîte à outils.", True),  # an incise: its speaker
])
def test_assurer_speaks_only_of_words(text: str, speaks: bool, pipes) -> None:  # type: ignore[no-untyped-def]
    x = extract_text("fr", text, pipes)
    assert bool(x.claims) == speaks, [c.evidence.quote for c in x.claims]

