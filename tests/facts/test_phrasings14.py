"""Phrasings a development article showed missing, generalised and tested here on sentences of our own:
a maker in a participle that opens the sentence ("Conçu par la société X, P permet…"), a named product
"sold by" its maker (not "now sold by": a successor), a business bought from a firm described before its
name ("which bought the cyber division of the Israeli firm X"), "against A and against B" in a complaint (and
not the organisation an apposition gives the person), a state that "will not let" its makers ship goods to
a destination, and a place and a kind of firm before a firm's name ("the Milan company X") read as no actor
of its own. Near misses: other verbs, a company as the one that does not let, an appositive employer.

Sentences written for this test, with invented companies."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations, extract_text as _extract

pytestmark = pytest.mark.integration

N, R, Q = "Nervala SA", "Ristek Systems", "Quadrix Labs"
D, S, C, X = "developed", "successor_of", "complaint_against", "restricts_exports_to"

#: (language, text, relations that must be found, relations that must not)
CASES = [
    # a maker in a participle that opens the sentence
    ("fr", "Conçu par la société israélienne NSO Group, Pegasus permet de lire les messages d'un téléphone.",
     {("NSO Group", D, "Pegasus")}, set()),
    ("fr", "Développé par l'entreprise italienne Hacking Team, Remote Control System a été vendu à plusieurs "
           "polices.", {("Hacking Team", D, "Remote Control System")}, set()),
    ("en", "Designed by the Israeli company NSO Group, Pegasus can read a phone's messages.",
     {("NSO Group", D, "Pegasus")}, set()),
    ("en", "Built in 2012 by Hacking Team, Galileo was sold to several police forces.",
     set(), set()),  # a date before the agent the phrasing does not read: nothing wrong either
    ("en", "Bought by the Moroccan police, Pegasus was used against journalists.", set(),
     {("Moroccan police", D, "Pegasus")}),
    # a named product sold by its maker; now sold by another
    ("en", "Researchers found the FinSpy spyware sold by the Gamma Group on a server in Ethiopia.",
     {("Gamma Group", D, "FinSpy")}, set()),
    ("en", "The Galileo platform marketed by Hacking Team was shown in Dubai.",
     {("Hacking Team", D, "Galileo")}, set()),
    ("en", "PacketLogic devices, now sold by Sandvine, were found in Egypt.", set(),
     {("Sandvine", D, "PacketLogic")}),
    ("en", "Pegasus was sold by NSO Group to the Mexican army.", set(), set()),
    # a business bought from a firm described before its name
    ("en", "Elbit Systems, which bought the cyber and intelligence division of the Israeli firm NICE Systems "
           "in 2015, is a large defence contractor.", {("Elbit Systems", S, "NICE Systems")}, set()),
    ("en", "Ristek Systems acquired the analytics business of the German group Nervala SA in 2019.",
     {(R, S, N)}, set()),
    ("fr", "Ristek Systems, qui a racheté la division renseignement du groupe allemand Nervala SA en 2015, "
           "est basée à Lyon.", {(R, S, N)}, {(R, "subsidiary_of", N)}),
    ("en", "Ristek Systems, which bought the analytics unit of Nervala SA in 2015, is based in Lyon.",
     {(R, S, N)}, {(R, "subsidiary_of", N)}),
    ("en", "Ristek Systems, the analytics unit of Nervala SA, is based in Lyon.", {(R, "subsidiary_of", N)},
     {(R, S, N)}),
    ("en", "Ristek Systems sold the analytics business of Nervala SA to a fund in 2019.", set(), {(R, S, N)}),
    # against A and against B; never the employer an apposition gives the person
    ("en", "Nervala SA filed a defamation suit in the Ontario Superior Court of Justice against the University "
           "of Toronto and against Ronald Deibert, the director of the Citizen Lab.",
     {(N, C, "University of Toronto"), (N, C, "Ronald Deibert")}, {(N, C, "Citizen Lab")}),
    ("fr", "Nervala SA a déposé plainte contre Ristek Systems et contre son ancien directeur, Paul Marchand.",
     {(N, C, R), (N, C, "Paul Marchand")}, set()),
    ("en", "Amnesty International filed a complaint against Paul Marchand, the founder of Ristek Systems.",
     {("Amnesty International", C, "Paul Marchand")}, {("Amnesty International", C, R)}),
    # a state that will not let its makers ship goods to a destination
    ("en", "South Korea will not let its manufacturers ship tear gas to Bahrain, officials said.",
     {("South Korea", X, "Bahrain")}, set()),
    ("fr", "La Corée du Sud ne laissera plus ses fabricants livrer des grenades lacrymogènes à Bahreïn.",
     {("Corée du Sud", X, "Bahreïn")}, set()),
    ("en", "South Korea will let its manufacturers ship tear gas to Bahrain again.", set(),
     {("South Korea", X, "Bahrain")}),
    ("en", "Nervala SA did not let its staff sell the drones to Egypt.", set(), {(N, X, "Egypt")}),
    ("en", "South Korea could not let its manufacturers ship tear gas to Bahrain, critics said.", set(), set()),
    # a buyer that obtains through an intermediary: the intermediary supplied it
    ("fr", "Le logiciel, que le Bureau central anticorruption a obtenu par l'intermédiaire d'une société "
           "polonaise, Ristek Systems, a coûté 25 millions.", {(R, "supplied", "Bureau central anticorruption")},
     set()),
    ("en", "The Interior Ministry obtained the spyware through a local firm, Ristek Systems.",
     {(R, "supplied", "Interior Ministry")}, set()),
    ("en", "The Interior Ministry bought drones via Facebook ads.", set(),
     {("Facebook", "supplied", "Interior Ministry")}),
    ("en", "The Interior Ministry planned to obtain the spyware through a local firm, Ristek Systems.", set(),
     {(R, "supplied", "Interior Ministry")}),
    # a lawyer of several clients, one named
    ("fr", "Le second était celui de Roman Giertych, avocat de plusieurs figures de l'opposition, dont Donald "
           "Tusk.", {("Roman Giertych", "represents", "Donald Tusk")}, set()),
    ("en", "Paul Marchand, a lawyer for several opposition figures, including Anna Kowalska, said the phones "
           "were hacked.", {("Paul Marchand", "represents", "Anna Kowalska")}, set()),
    ("en", "Paul Marchand, a friend of several opposition figures, including Anna Kowalska, spoke.", set(),
     {("Paul Marchand", "represents", "Anna Kowalska")}),
    # a participle that says who leads a noun gives no organisation outside that noun's phrase
    ("fr", "L'équipe, dirigée par Paul Marchand, a identifié le logiciel de Nervala SA.", set(),
     {("Paul Marchand", "employed_by", N)}),
    ("fr", "La société Nervala SA, dirigée par Paul Marchand, a vendu le logiciel.",
     {("Paul Marchand", "employed_by", N)}, set()),
    # a place and a kind of firm before the firm's name
    ("en", "Journalists were targeted with Remote Control System, the flagship product of the Milan company "
           "Hacking Team.", {("Hacking Team", D, "Remote Control System")},
     {("Milan company", D, "Remote Control System")}),
]



@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][:40] for c in CASES])
def test_phrasings(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)


def test_a_place_and_a_kind_of_firm_is_no_actor(pipes) -> None:  # type: ignore[no-untyped-def]
    x = _extract("en", "The Milan company Hacking Team sold it. The Israeli firm NICE Systems did too.", pipes)
    assert not {"Milan company", "Israeli firm"} & {m.text for m in x.mentions}, [m.text for m in x.mentions]


def test_a_noun_of_goods_inside_a_name_names_no_product(pipes) -> None:  # type: ignore[no-untyped-def]
    text = ("The Defense Acquisition Program Administration, known as DAPA, said it had decided. "
            "The spyware, known as Karma, was found in Iran.")
    types = {m.text: m.type for m in _extract("en", text, pipes).mentions}
    assert types.get("Defense Acquisition Program Administration") == "PublicBody", types
    assert types.get("DAPA") != "Product" and types.get("Karma") == "Product", types
