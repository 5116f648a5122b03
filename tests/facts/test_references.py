"""An organisation named once and then called by its kind ("the league", "l'autorité"): the facts told of
the description are the named organisation's (extract/references.py). Near misses: two organisations of
that kind named before (no guess), a name after the kind ("the Commission of Inquiry", "la commission
Pega"), a kind no name before holds, a description before the name.

Sentences written for this test, with invented organisations and people."""

from __future__ import annotations

import pytest

from enquete import model
from enquete.extract.references import SOURCE, references, settle
from tests.facts.conftest import check_relations, extract_text

LEAGUE = "Tunisian League for Human Rights"
AUTH = "Danish Business Authority"
REP, EMP, COMP = "represents", "employed_by", "complaint_against"


STATES = {"Bahreïn": "bh", "Bahrain": "bh", "Oman": "om", "France": "fr", "Saudi Arabia": "sa"}


def _mentions(text: str, names: dict[str, str]) -> list[model.Mention]:
    out = []
    for name, typ in names.items():
        at = text.find(name)
        while at >= 0:
            out.append(model.Mention(f"d:{at}:{at + len(name)}", "d", at, at + len(name), name, typ, cluster=name,
                                     country=STATES.get(name)))
            at = text.find(name, at + 1)
    return sorted(out, key=lambda m: m.start)


@pytest.mark.parametrize("lang,text,names,stands", [
    ("en", "The Tunisian League for Human Rights sued. The league said so.", {LEAGUE: "Organization"},
     [("league", LEAGUE)]),
    ("fr", "L'Autorité danoise des entreprises a signé. L'autorité le confirme.",
     {"Autorité danoise des entreprises": "PublicBody"}, [("autorité", "Autorité danoise des entreprises")]),
    ("fr", "La Commission nationale des droits de l'homme a enquêté ; la commission a conclu.",
     {"Commission nationale des droits de l'homme": "PublicBody"},
     [("commission", "Commission nationale des droits de l'homme")]),
    # near misses
    ("en", "The European Commission and the Kenya Human Rights Commission met. The commission said so.",
     {"European Commission": "PublicBody", "Kenya Human Rights Commission": "PublicBody"}, []),
    ("en", "The Tunisian League for Human Rights sued. The Commission of Inquiry said so.",
     {LEAGUE: "Organization"}, []),
    ("fr", "La Commission nationale a enquêté. La commission Pega a conclu.",
     {"Commission nationale": "PublicBody"}, []),
    ("en", "The Tunisian League for Human Rights sued. The authority said so.", {LEAGUE: "Organization"}, []),
    ("en", "The league said so. The Tunisian League for Human Rights sued.", {LEAGUE: "Organization"}, []),
    ("en", "The Nervala Fund sold its stake. The fund's manager said so.", {"Nervala Fund": "Company"},
     [("fund", "Nervala Fund")]),
    ("en", "The Nervala Fund sold its stake. The fund-raiser said so.", {"Nervala Fund": "Company"}, []),
    # a company called by what the apposition that introduced it said it is
    ("en", "Baltforensic UAB, a Vilnius-based reseller, sold the units. The reseller said so.",
     {"Baltforensic UAB": "Company"}, [("reseller", "Baltforensic UAB")]),
    ("fr", "Perusa Partners, un fonds d'investissement munichois, a racheté l'unité. Le fonds l'a confirmé.",
     {"Perusa Partners": "Company"}, [("fonds", "Perusa Partners")]),
    ("en", "Baltforensic UAB sold the units to a reseller. The reseller said so.", {"Baltforensic UAB": "Company"},
     []),
    ("en", "Baltforensic UAB, a client of a Latvian reseller, bought units. The reseller said so.",
     {"Baltforensic UAB": "Company"}, []),
    # a state called by its kind
    ("fr", "Au Bahreïn, la répression a commencé en 2011. Le royaume a démenti.", {"Bahreïn": "Country"},
     [("royaume", "Bahreïn")]),
    ("en", "Oman bought the probes in 2012. The sultanate denied it.", {"Oman": "Country"},
     [("sultanate", "Oman")]),
    ("fr", "La France a livré des blindés en 2012. Le royaume a démenti.", {"France": "Country"}, []),
    ("en", "Bahrain and Saudi Arabia bought the probes. The kingdom denied it.",
     {"Bahrain": "Country", "Saudi Arabia": "Country"}, []),
    # a kind that says the type: the one actor of that type named just before
    ("fr", "Civic Watch a publié un rapport en 2019. Selon l'ONG, les sondes venaient de Nervala SA.",
     {"Civic Watch": "Organization", "Nervala SA": "Company"}, [("ONG", "Civic Watch")]),
    ("fr", "Civic Watch et Data Rights ont publié un rapport. Selon l'ONG, les sondes venaient de Nervala SA.",
     {"Civic Watch": "Organization", "Data Rights": "Organization"}, []),
    ("fr", "Civic Watch a publié un rapport. Selon le quotidien israélien Haaretz, les sondes venaient d'ailleurs.",
     {"Civic Watch": "Organization", "Haaretz": "Organization"}, []),
])
def test_description_stands_for_one_name(lang: str, text: str, names: dict[str, str], stands: list) -> None:
    mentions = _mentions(text, names)
    got = [(m.text, m.cluster) for m in references(text, "d", lang, mentions)]
    assert got == stands


def test_settle_hands_facts_to_the_name_and_drops_the_description() -> None:
    text = "The Tunisian League for Human Rights sued. A lawyer for the league, Anouar Kousri, spoke."
    named = _mentions(text, {LEAGUE: "Organization", "Anouar Kousri": "Person"})
    refs = references(text, "d", "en", named)
    assert [r.source for r in refs] == [SOURCE]
    ev = model.Evidence("d", 43, 88, text[43:88])
    ext = model.Extraction("d", mentions=sorted(named + refs, key=lambda m: m.start), relations=[
        model.Relation(named[1].id, REP, refs[0].id, ev),  # Kousri represents "the league"
        model.Relation(refs[0].id, "subsidiary_of", named[0].id, ev),  # the league and its own name
    ])
    settle(ext)
    assert [(r.subject, r.predicate, r.object) for r in ext.relations] == [(named[1].id, REP, named[0].id)]
    assert all(m.source != SOURCE for m in ext.mentions)


CASES = [
    ("en", f"The {LEAGUE} filed a complaint against Nervala SA in 2012. A lawyer for the league, Anouar Kousri, "
           "said the probes had reached Tunis.", {("Anouar Kousri", REP, LEAGUE)}, set()),
    ("en", f"The {AUTH} approved the licences. The authority, which reports to the Ministry of Industry, said "
           "every file had been checked. Its director, Finn Lauritzen, said no export had been approved.",
     {("Finn Lauritzen", EMP, AUTH)}, set()),
    ("fr", "La Ligue des droits de l'homme a porté plainte contre Nervala SA en 2012. L'avocat de la ligue, "
           "Anouar Kousri, dénonce des ventes en Tunisie.", {("Anouar Kousri", REP, "Ligue des droits de l'homme")},
     set()),
    ("en", "Baltforensic UAB, a Vilnius-based reseller, delivered a batch of units to the committee. The "
           "reseller's director, Darius Kalnius, declined to comment.", {("Darius Kalnius", EMP, "Baltforensic UAB")},
     set()),
    ("en", "QuaDream was set up in 2016 by two former employees of NSO Group, Ilan Dabelstein and Guy Geva.",
     {("Ilan Dabelstein", EMP, "NSO Group"), ("Guy Geva", EMP, "NSO Group")}, set()),
    ("fr", "Ristek Systems (RS), la coentreprise créée en 2007 par Nervala SA et Veltia Holdings, a livré le "
           "système. En 2008, la coentreprise avait vendu un centre d'écoute à Hadrin Telecom. Son porte-parole, "
           "Maren Olsbo, avait reconnu la vente.",
     {("RS", "supplied", "Hadrin Telecom"), ("Maren Olsbo", REP, "RS")},  # the last name of the company
     {("Maren Olsbo", REP, "Hadrin Telecom"), ("Maren Olsbo", EMP, "Hadrin Telecom")}),
    # near miss: the sentence before names two companies and its subject is a name: no owner guessed
    ("fr", "En 2008, Ristek Systems avait vendu un centre d'écoute à Hadrin Telecom. Son porte-parole, Maren "
           "Olsbo, avait reconnu la vente.", set(), {("Maren Olsbo", REP, "Hadrin Telecom")}),
    # near miss: two leagues named, the lawyer's client is not guessed
    ("en", f"The {LEAGUE} and the Arab League met in 2012. A lawyer for the league, Anouar Kousri, spoke.", set(),
     {("Anouar Kousri", REP, LEAGUE), ("Anouar Kousri", REP, "Arab League")}),
]


@pytest.mark.integration
@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][:40] for c in CASES])
def test_facts_of_a_description(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)


@pytest.mark.integration
def test_descriptions_are_no_aliases(pipes) -> None:  # type: ignore[no-untyped-def]
    text = f"The {LEAGUE} filed a complaint. The league said the probes had reached Tunis."
    assert "league" not in {m.text for m in extract_text("en", text, pipes).mentions}


@pytest.mark.integration
def test_a_description_speaks_for_its_name(pipes) -> None:  # type: ignore[no-untyped-def]
    text = "L'ONG vénézuélienne Provea a photographié des grenades en 2017. Selon l'ONG, elles venaient d'Espagne."
    x = extract_text("fr", text, pipes)
    by = {m.id: m.text for m in x.mentions}
    assert [by.get(c.speaker) for c in x.claims] == ["Provea"], x.claims
