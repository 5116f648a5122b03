"""Claims (speaker, stance, proposition) and dated events, French and English, on written sentences."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration

FR = {"Marc Dupré": "Person", "Nordsec": "Company", "Syrie": "Country", "Amnesty International": "Organization",
      "Claire Morel": "Person", "Argus": "Product"}
EN = {"Erik Sand": "Person", "Helix": "Company", "Egypt": "Country", "Privacy Watch": "Organization",
      "Vigil": "Product"}


def _claim(f: Facts, fragment: str):  # type: ignore[no-untyped-def]
    found = [c for c in f.claims if fragment in c.evidence.quote]
    assert found, f"no claim quoting {fragment!r}: {[c.evidence.quote for c in f.claims]}"
    return found[0]


def test_french_denial_affirmation_selon_and_pronoun():
    text = ("« Nous n'avons jamais vendu Argus à la Syrie », a déclaré Marc Dupré, le PDG de Nordsec.\n"
            "Selon Amnesty International, le logiciel Argus fonctionnait en Syrie en 2012.\n"
            "Claire Morel a rencontré des clients. « Tout est faux », dit-elle.")
    f = Facts(text, "fr", FR, {"2012": ("2012", "year")}, published="2016-04-02")
    deny = _claim(f, "jamais vendu")
    assert f.name(deny.speaker) == "Marc Dupré" and deny.stance == "denies"
    assert deny.predicate == "supplied" and {"Argus", "Syrie"} <= {f.name(a) for a in deny.about}
    assert "argus" in deny.proposition and "syrie" in deny.proposition
    assert deny.date == "2016-04-02"
    selon = _claim(f, "Selon Amnesty")
    assert f.name(selon.speaker) == "Amnesty International" and selon.stance == "affirms"
    assert selon.date == "2012"
    pron = _claim(f, "dit-elle")
    assert f.name(pron.speaker) == "Claire Morel"
    check_integrity(f)


def test_english_said_denied_according_to():
    text = ("Helix never supplied Vigil to Egypt, Erik Sand said.\n"
            "According to Privacy Watch, Vigil was used in Egypt.\n"
            "Erik Sand denied that Helix sold software to Egypt.")
    f = Facts(text, "en", EN, {})
    said = _claim(f, "never supplied")
    assert f.name(said.speaker) == "Erik Sand" and said.stance == "denies"
    pw = _claim(f, "According to")
    assert f.name(pw.speaker) == "Privacy Watch" and pw.stance == "affirms"
    denied = _claim(f, "denied that")
    assert f.name(denied.speaker) == "Erik Sand" and denied.stance == "denies"
    assert {f.name(a) for a in denied.about} == {"Helix", "Egypt"}


def test_claims_on_one_question_share_a_key_across_speakers():
    text = ("Amnesty International affirme que Nordsec a livré Argus à la Syrie.\n"
            "Marc Dupré dément que Nordsec ait livré Argus à la Syrie.")
    f = Facts(text, "fr", FR, {})
    a, b = _claim(f, "affirme"), _claim(f, "dément")
    assert (a.stance, b.stance) == ("affirms", "denies")
    assert a.proposition == b.proposition == "argus|nordsec|syrie|supplied"


def test_coordinated_speakers_each_claim():
    text = "La FIDH et la LDH accusent Nordsec de complicité de torture en Syrie."
    f = Facts(text, "fr", {**FR, "FIDH": "Organization", "LDH": "Organization"}, {})
    assert {f.name(c.speaker) for c in f.claims} == {"FIDH", "LDH"}


def test_events_one_per_dated_sentence_without_dateline():
    text = ("Publié le 2 avril 2016 à 10h00\n"
            "Nordsec a vendu Argus à la Syrie en 2010. Le 17 février 2011, Nordsec quitte le projet.\n"
            "Le marché a beaucoup grandi en 2014.")
    f = Facts(text, "fr", FR, {"2 avril 2016": ("2016-04-02", "day"), "2010": ("2010", "year"),
                               "17 février 2011": ("2011-02-17", "day"), "2014": ("2014", "year")},
              published="2016-04-02")
    assert [(e.date, e.precision) for e in f.events] == [("2010", "year"), ("2011-02-17", "day")]
    first = f.events[0]
    assert {f.name(p) for p in first.participants} == {"Nordsec", "Argus", "Syrie"}
    assert first.description == "Nordsec supplied Syrie"
    check_integrity(f)


def test_unnamed_source_is_the_outlet_s_claim_and_appositive_person_speaks():
    text = ("Helix sold Vigil to Egypt in 2014, according to documents seen by reporters.\n"
            "Helix's chief executive, Erik Sand, denied that the company supplied Egypt.")
    f = Facts(text, "en", EN, {"2014": ("2014", "year")})
    (unsigned,) = [c for c in f.claims if "according to" in c.evidence.quote]
    assert unsigned.speaker is None  # the outlet holds to it, but no mention names the outlet
    signed = Facts("By Ann Lee for Privacy Watch\n" + text, "en", {**EN, "Ann Lee": "Person"},
                   {"2014": ("2014", "year")})
    (unnamed,) = [c for c in signed.claims if "according to" in c.evidence.quote]
    assert signed.name(unnamed.speaker) == "Privacy Watch" and unnamed.predicate == "supplied"
    assert f.name(_claim(f, "denied").speaker) == "Erik Sand"


def test_undated_sentences_at_a_dated_trade_show_take_its_month():
    text = ("Du 14 au 17 novembre 2021 s'est tenu le salon Securexpo à Paris.\n"
            "Les Jeux de 2024 débuteront le 26 juillet.\n"
            "Dans les allées du salon, Claire Morel présentait Argus de Nordsec.\n"
            "Amnesty International a constaté dans le salon des matraques interdites.\n"
            "Nordsec vend aussi en Syrie.\n")
    names = {**FR, "Securexpo": "Event", "Jeux de 2024": "Event"}
    dates = {"Du 14 au 17 novembre 2021": ("2021-11-14/2021-11-17", "interval"), "26 juillet": ("2024-07-26", "day")}
    f = Facts(text, "fr", names, dates)
    stand = [e for e in f.events if "allées du salon" in e.evidence.quote]
    assert stand and stand[0].date == "2021-11" and "Nordsec" in {f.name(p) for p in stand[0].participants}
    assert [e for e in f.events if "dans le salon" in e.evidence.quote][0].date == "2021-11"
    assert not [e for e in f.events if "aussi en Syrie" in e.evidence.quote]  # not at the show
    check_integrity(f)


@pytest.mark.parametrize("text,lang,names,date", [
    ("Helix makes the Vigil probes. In 2014, the company sold them to Egypt.", "en", EN, "2014"),
    ("Nordsec fabrique les sondes Argus. En 2013, la société les a vendues à la Syrie.", "fr", FR, "2013"),
])
def test_an_event_takes_the_actors_of_the_facts_read_in_its_sentence(text, lang, names, date):
    f = Facts(text, lang, names, {date: (date, "year")})
    seller = "Helix" if lang == "en" else "Nordsec"
    (event,) = [e for e in f.events if e.date == date]
    assert seller in {f.name(p) for p in event.participants}  # the sale's seller, called "the company"
    check_integrity(f)


def test_a_product_named_without_its_maker_keeps_the_maker_in_view():
    """"Privacy Watch said the images show Vigil in use": the company that sold Vigil, named just before,
    is at stake; a claim that names the company takes no product from the context."""
    text = ("Helix supplied Vigil to Egypt in 2012.\n"
            "Privacy Watch said the images show Vigil in use in Cairo.\n"
            "Erik Sand denied that Helix sold software to Egypt.")
    f = Facts(text, "en", EN, {})
    assert "Helix" in {f.name(a) for a in _claim(f, "images show").about}
    assert "Vigil" not in {f.name(a) for a in _claim(f, "denied that").about}
