"""The article's own voice: bylines give the authors' employer; "nous"/"we" is the outlet; scare quotes,
titles and unnamed sources are not claims."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration


def test_french_byline_names_outlet_and_nous_is_the_outlet():
    text = ("Un reportage de Léa Martin et Paul Girard pour Radar Média\n\n"
            "Nous avons constaté que Nordsec vendait toujours Argus à la Syrie.\n"
            "La presse a affirmé que le contrat était terminé.\n")
    names = {"Léa Martin": "Person", "Paul Girard": "Person", "Radar Média": "Organization",
             "Nordsec": "Company", "Argus": "Product", "Syrie": "Country"}
    f = Facts(text, "fr", names, {})
    assert f.rel("Léa Martin", "employed_by", "Radar Média").role == "journalist"
    assert f.rel("Paul Girard", "employed_by", "Radar Média")
    said = [c for c in f.claims if "constaté" in c.evidence.quote]
    assert said and f.name(said[0].speaker) == "Radar Média"
    assert not [c for c in f.claims if "presse" in c.evidence.quote]  # no one named speaks
    check_integrity(f)


def test_english_byline_takes_the_medium_named_next():
    text = ("By Anna Cole & Tom Reed - May 2, 2019\n"
            "When Tech Ledger contacted Helix, its chief executive declined to comment.\n")
    names = {"Anna Cole": "Person", "Tom Reed": "Person", "Tech Ledger": "Organization", "Helix": "Company"}
    f = Facts(text, "en", names, {})
    assert ("Anna Cole", "employed_by", "Tech Ledger") in f.triples()
    assert ("Tom Reed", "employed_by", "Tech Ledger") in f.triples()
    assert ("Anna Cole", "employed_by", "Helix") not in f.triples()


def test_signature_in_running_text_is_no_byline():
    text = "Le rapport publié par Léa Martin pour Radar Média accuse Nordsec.\n"
    names = {"Léa Martin": "Person", "Radar Média": "Organization", "Nordsec": "Company"}
    f = Facts(text, "fr", names, {})
    assert not [r for r in f.relations if r.extractor == "pattern:byline-v1"]


def test_scare_quotes_and_titles_are_not_claims():
    text = ("Le ministère a créé un « comité de pilotage » pour les Jeux avec Nordsec.\n"
            "Voir notre article : « Nordsec, la surveillance en vitrine à Paris ».\n")
    names = {"Nordsec": "Company"}
    f = Facts(text, "fr", names, {})
    assert f.claims == []


def test_quoted_words_of_a_named_person_are_a_claim():
    text = "Claire Morel a visité le stand. « Nordsec ne vend plus rien à la Syrie depuis 2012 », dit-elle.\n"
    names = {"Claire Morel": "Person", "Nordsec": "Company", "Syrie": "Country"}
    f = Facts(text, "fr", names, {"2012": ("2012", "year")})
    c = [c for c in f.claims if "dit-elle" in c.evidence.quote]
    assert c and f.name(c[0].speaker) == "Claire Morel" and c[0].stance == "denies"


def test_the_programme_that_says_nous_is_the_author():
    text = ("Lors du tournage du documentaire de « Radar » sur la sécurité, nous avons visité le salon.\n"
            "Selon les marquages relevés sur les caisses, les grenades de Nordsec datent de 2012.\n")
    names = {"Radar": "Organization", "Nordsec": "Company"}
    f = Facts(text, "fr", names, {"2012": ("2012", "year")})
    (c,) = [c for c in f.claims if "marquages" in c.evidence.quote]
    assert f.name(c.speaker) == "Radar"
    unsigned = Facts(text.replace("documentaire de « Radar »", "reportage"), "fr", names, {"2012": ("2012", "year")})
    (c,) = [c for c in unsigned.claims if "marquages" in c.evidence.quote]
    assert c.speaker is None  # the outlet speaks, but no mention names it


def test_headline_pronoun_and_body_sources():
    text = ("Nordsec accuse la Syrie de mentir\n"
            "Amnesty International a publié un rapport sur Nordsec. Selon l'ONG, Argus a servi en Syrie.\n"
            "Claire Morel connaît le dossier. Selon elle, Nordsec savait tout.\n"
            "Les sondes analysent le trafic et reconnaissent les applications.\n")
    names = {"Nordsec": "Company", "Syrie": "Country", "Amnesty International": "Organization",
             "Argus": "Product", "Claire Morel": "Person"}
    f = Facts(text, "fr", names, {})
    assert not [c for c in f.claims if "accuse la Syrie" in c.evidence.quote]
    (ngo,) = [c for c in f.claims if "Selon l'ONG" in c.evidence.quote]
    assert f.name(ngo.speaker) == "Amnesty International"
    (her,) = [c for c in f.claims if "Selon elle" in c.evidence.quote]
    assert f.name(her.speaker) == "Claire Morel"
    assert not [c for c in f.claims if "reconnaissent" in c.evidence.quote]  # no speaker: no claim


def test_participles_and_comment_titles_do_not_speak():
    text = ("Accusée de complicité de torture, Nordsec a revendu Argus.\n"
            "Une réponse sur « Au dernier salon, Nordsec expose encore ses sondes » a été publiée.\n")
    names = {"Nordsec": "Company", "Argus": "Product"}
    f = Facts(text, "fr", names, {})
    assert f.claims == []
    spoken = Facts("Nordsec, accusée par Amnesty International, a déclaré que Argus était légal.\n", "fr",
                   {**names, "Amnesty International": "Organization"}, {})
    assert [spoken.name(c.speaker) for c in spoken.claims] == ["Nordsec"]
