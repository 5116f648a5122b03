"""Stance: a negation denies only on the main line of the sentence; denial verbs and dismissed words deny;
judgements, restrictions and side phrases do not (sentences written for these tests, FR and EN)."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

FR = {"Nordsec": "Company", "Syrie": "Country", "Paul Roux": "Person", "Argus": "Product"}
EN = {"Helix": "Company", "Egypt": "Country", "Ann Lee": "Person", "Vigil": "Product"}


def _stances(text: str, lang: str) -> list[str]:
    f = Facts(text, lang, FR if lang == "fr" else EN, {})
    return [c.stance for c in f.claims]


@pytest.mark.parametrize("text, lang, expected", [
    ("Paul Roux affirme que Nordsec n'a jamais livré Argus à la Syrie.", "fr", "denies"),
    ("Paul Roux déclare qu'il n'y avait aucun logiciel de Nordsec en Syrie.", "fr", "denies"),
    ("Paul Roux dément que Nordsec ait livré Argus à la Syrie.", "fr", "denies"),
    ("Paul Roux a traité les accusations contre Nordsec de mensongères.", "fr", "denies"),
    ("Paul Roux affirme que le contrat avec la Syrie a pris fin en 2011, sans aucune livraison d'Argus.",
     "fr", "affirms"),
    ("Paul Roux affirme que Nordsec vend Argus aux pays qui ne respectent pas les droits humains.", "fr",
     "affirms"),
    ("Paul Roux explique que Nordsec ne vend Argus qu'à des polices, dont celle de la Syrie.", "fr",
     "affirms"),
    ("Paul Roux dit qu'Argus de Nordsec lit n'importe quel message en Syrie.", "fr", "affirms"),
    ("Paul Roux reconnaît qu'il n'était pas juste que Nordsec serve la Syrie.", "fr", "affirms"),
    ("Ann Lee said that Helix never sold Vigil to Egypt.", "en", "denies"),
    ("Ann Lee said Helix had no contract with Egypt.", "en", "denies"),
    ("Ann Lee dismissed the allegations against Helix in Egypt.", "en", "denies"),
    ("Ann Lee said Helix sold Vigil to agencies that do not respect rights in Egypt.", "en", "affirms"),
    ("Ann Lee said it was not right for Helix to keep selling Vigil to Egypt.", "en", "affirms"),
    ("Ann Lee said Helix delivered Vigil to Egypt without any training.", "en", "affirms"),
    # a suggestion or a theory dismissed as unproven; "called" dismisses only with a word of baselessness
    ("Helix dismissed as unproven the suggestion that Vigil can kill in Egypt.", "en", "denies"),
    ("Paul Roux a balayé l'hypothèse d'une livraison d'Argus à la Syrie, jugée exagérée.", "fr", "denies"),
    # "not only" adds to what is said; it takes nothing away
    ("Paul Roux affirme qu'Argus de Nordsec n'est pas seulement un outil de police en Syrie.", "fr", "affirms"),
    ("Paul Roux estime que Nordsec n'a pas uniquement vendu Argus à la Syrie.", "fr", "affirms"),
    ("Ann Lee said Helix had not only sold Vigil to Egypt but trained its officers.", "en", "affirms"),
    ("Ann Lee said Vigil is not just a police tool in Egypt.", "en", "affirms"),
    ("Ann Lee said Helix did not sell Vigil to Egypt, only to its neighbours.", "en", "denies"),
    ("Paul Roux affirme que Nordsec n'a pas vendu Argus à la Syrie, seulement au Liban.", "fr", "denies"),
    # what must be done is a call, whatever clause the negation sits in; a pretence denied affirms
    ("Paul Roux estime que Nordsec doit s'assurer qu'Argus ne sert pas à surveiller la Syrie.", "fr", "affirms"),
    ("Ann Lee said Helix must ensure that Vigil is not used against protesters in Egypt.", "en", "affirms"),
    ("Ann Lee said Helix should make sure Vigil does not reach Egypt.", "en", "affirms"),
    ("Paul Roux affirme que Nordsec ne peut pas faire comme si elle ignorait tout de la Syrie.", "fr",
     "affirms"),
    ("Ann Lee said Helix cannot pretend it knew nothing about Vigil in Egypt.", "en", "affirms"),
    ("Paul Roux affirme qu'il faut rappeler que Nordsec n'a jamais vendu Argus à la Syrie.", "fr", "denies"),
    ("Ann Lee said Helix must have known that Vigil was not sold to Egypt.", "en", "denies"),
    ("Ann Lee said Helix pretended it knew nothing about Vigil in Egypt.", "en", "denies"),
    ("Paul Roux estime que Nordsec doit veiller à ce qu'Argus ne serve pas à exclure les opposants en Syrie.",
     "fr", "affirms"),
    ("Ann Lee said Helix must refuse to sell Vigil to Egypt.", "en", "affirms"),
    ("Paul Roux affirme que Nordsec exclut toute vente d'Argus à la Syrie.", "fr", "denies"),
])
def test_stance(text: str, lang: str, expected: str) -> None:
    assert _stances(text + "\n", lang) == [expected]


def test_a_quotation_in_the_other_language_is_read_with_its_own_words():
    text = ("Paul Roux a quitté Nordsec en 2012.\n"
            "« The company is still figuring out how to withdraw from Syria », dit-il.\n"
            "« The company withdrew from Syria in 2011 », dit-il.\n")
    f = Facts(text, "fr", FR, {})
    assert [c.stance for c in f.claims if "company" in c.evidence.quote] == ["denies", "affirms"]


def test_calling_words_dismisses_them_only_with_a_word_of_baselessness() -> None:
    from enquete.extract.stance import dismisses
    from tests.facts.conftest import nlp
    assert dismisses(nlp("en")("Ann Lee called the allegations about Helix false.")[:], "en")
    assert not dismisses(nlp("en")("Ann Lee called the suggestion about Helix interesting.")[:], "en")
