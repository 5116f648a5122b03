"""Goods named by a description (goods.py): "des caméras thermiques", "spent canisters", "lanceurs
multi-canons" are the products of a making, a sale or a sighting when a trigger acts on them, and the maker's
marks on goods tell who made them ("canisters that bore the markings of X"). Near misses give no mention: a
goods noun with no describing word or only words of quantity, age or origin, goods no trigger acts on, a
named product in the sentence (the name is the product), marks of no company. A description names goods in
its article only: it is never at stake in a claim and never links across documents.

Sentences written for this test, with invented companies."""

from __future__ import annotations

import pytest

from enquete import model
from enquete.extract.goods import SOURCE
from enquete.resolve.core import MentionRow, build_units

pytestmark = pytest.mark.integration

N, R = "Nervala SA", "Ristek Systems"
D = "developed"

#: (language, text, relations that must be found, relations that must not, descriptions that must not exist)
CASES = [
    ("en", "Nervala SA manufactures multi-barrel launchers for police forces.",
     {(N, D, "multi-barrel launchers")}, set(), set()),
    ("fr", "Nervala SA fabrique des lanceurs multi-canons pour les polices.",
     {(N, D, "lanceurs multi-canons")}, set(), set()),
    ("fr", "Ristek Systems conçoit des sondes d'inspection approfondie des paquets.",
     {(R, D, "sondes d'inspection approfondie des paquets")}, set(), set()),
    ("en", "Ristek Systems designs deep packet inspection probes for telecom operators.",
     {(R, D, "deep packet inspection probes")}, set(), set()),
    ("fr", "Nervala SA a produit des grenades assourdissantes en 2019.",
     {(N, D, "grenades assourdissantes")}, set(), set()),
    ("en", "Nervala SA is a leading manufacturer of riot-control launchers.",
     {(N, D, "riot-control launchers")}, set(), set()),
    ("fr", "Nervala SA, fabricant de grenades assourdissantes, dément toute vente.",
     {(N, D, "grenades assourdissantes")}, set(), set()),
    ("en", "Nervala SA, a supplier of interception probes, denies any sale.", set(),
     {(N, D, "interception probes")}, set()),
    ("en", "Nervala SA's thermal cameras were found in Syria.",
     {(N, D, "thermal cameras"), ("thermal cameras", "found_in", "Syria")}, set(), set()),
    ("fr", "Les caméras thermiques de Nervala SA ont été retrouvées en Syrie.",
     {(N, D, "caméras thermiques"), ("caméras thermiques", "found_in", "Syrie")}, set(), set()),
    ("fr", "Des enquêteurs ont identifié des véhicules de patrouille blindés au Soudan.",
     {("véhicules de patrouille blindés", "found_in", "Soudan")}, set(), set()),
    ("en", "Investigators identified armoured patrol vehicles in Sudan.",
     {("armoured patrol vehicles", "found_in", "Sudan")}, set(), set()),
    # the maker's marks
    ("en", "Some of the spent canisters photographed by protesters bore the markings of Nervala SA.",
     {(N, D, "spent canisters")}, set(), set()),
    ("en", "Reporters found rubber-coated projectiles bearing Nervala SA's logo.",
     {(N, D, "rubber-coated projectiles")}, set(), set()),
    ("fr", "Des militants ont ramassé des culots de grenades qui portent le marquage de Nervala SA.",
     {(N, D, "culots de grenades")}, set(), set()),
    ("fr", "Des grenades assourdissantes ramassées par des manifestants portaient le logo de Nervala SA.",
     {(N, D, "grenades assourdissantes")}, set(), set()),
    # the goods of a sale
    ("fr", "Ristek Systems a fourni des caméras thermiques à la Russie en 2013.", set(), set(), set()),
    ("en", "Nervala SA shipped armoured patrol vehicles to Egypt in 2015.", set(), set(), set()),
    # near misses: no describing word, words of quantity or origin only, no trigger, a named product, no maker
    ("fr", "Ristek Systems a fourni des caméras à la Russie en 2013.", set(), set(), {"caméras"}),
    ("en", "Nervala SA sold several new systems to Egypt.", set(), set(), {"several new systems", "new systems"}),
    ("fr", "Nervala SA vend d'autres caméras à l'Égypte.", set(), set(), {"autres caméras"}),
    ("en", "Ristek Systems sold the ThermoEye thermal cameras to Egypt.", set(), {(R, D, "thermal cameras")},
     {"thermal cameras"}),
    ("en", "The thermal cameras of the ministry were old.", set(), set(), {"thermal cameras"}),
    ("en", "The canisters bore the markings of a Chinese firm.", set(), set(), {"canisters"}),
    ("en", "Engineers at Nervala SA discussed tear-gas launchers with the press.", set(),
     {(N, D, "tear-gas launchers")}, {"tear-gas launchers"}),
    ("fr", "Les caméras thermiques de la police étaient en panne.", set(), set(), {"caméras thermiques"}),
    # goods bought from a company: its sale, not its making (a seller may be a reseller)
    ("en", "Egypt ordered armoured vehicles from Ristek Systems in 2014.", {(R, "supplied", "Egypt")},
     {(R, D, "armoured vehicles")}, set()),
    # the place of a sighting is never one a relative clause set off by a comma tells (arguments._place)
    ("en", "Egypt denies it. Reporters found tear gas canisters in the streets of Cairo.",
     {("tear gas canisters", "found_in", "Egypt")}, set(), set()),
    ("en", "Egypt denies it. Reporters found tear gas canisters bearing the logo of Nervala SA, a firm based in "
     "Ohio, which angered officials in Cairo.", {(N, D, "tear gas canisters")},
     {("tear gas canisters", "found_in", "Egypt")}, set()),
    ("en", "Egypt denies it. Reporters found tear gas canisters, which police had fired in Cairo.",
     {("tear gas canisters", "found_in", "Egypt")}, set(), set()),
    ("fr", "L'Égypte dément. Des journalistes ont trouvé des grenades lacrymogènes dans les rues du Caire.",
     {("grenades lacrymogènes", "found_in", "Égypte")}, set(), set()),
    ("fr", "L'Égypte dément. Des journalistes ont trouvé des grenades lacrymogènes près du port, ce qui a fâché "
     "des responsables au Caire.", set(), {("grenades lacrymogènes", "found_in", "Égypte")}, set()),
]


def _extract(lang: str, text: str, pipes):  # type: ignore[no-untyped-def]
    from enquete.extract import extract
    return extract(model.Document(model.sha256(text), "t.txt", text, language=lang), pipes)


@pytest.mark.parametrize("lang,text,want,never,absent", CASES, ids=[c[1][:40] for c in CASES])
def test_described_goods(lang: str, text: str, want: set, never: set, absent: set, pipes) -> None:  # type: ignore[no-untyped-def]
    x = _extract(lang, text, pipes)
    by = {m.id: m.text for m in x.mentions}
    found = {(by.get(r.subject), r.predicate, by.get(r.object)) for r in x.relations}
    assert want <= found, found
    assert not never & found, found
    assert not absent & {m.text for m in x.mentions if m.source == SOURCE}, [m.text for m in x.mentions]


def test_sale_product_is_the_description(pipes) -> None:  # type: ignore[no-untyped-def]
    x = _extract("fr", "Ristek Systems a fourni des caméras thermiques à la Russie en 2013.", pipes)
    by = {m.id: m for m in x.mentions}
    sale = next(r for r in x.relations if r.predicate == "supplied")
    assert sale.product is not None and by[sale.product].text == "caméras thermiques"
    assert by[sale.product].source == SOURCE and by[sale.product].type == "Product"


def test_unused_descriptions_are_dropped(pipes) -> None:  # type: ignore[no-untyped-def]
    # a sighting with no place and no maker: no relation uses the goods, so no mention stays
    x = _extract("en", "Protesters photographed spent tear-gas canisters near the square.", pipes)
    assert not [m for m in x.mentions if m.source == SOURCE]


def test_description_is_not_at_stake_in_a_claim(pipes) -> None:  # type: ignore[no-untyped-def]
    x = _extract("en", "Ristek Systems supplied thermal cameras to Russia in 2013, according to the report. "
                       "\"We never sold thermal cameras to Russia,\" said Ristek Systems' spokesman, Ari Lehto.", pipes)
    described = {m.id for m in x.mentions if m.source == SOURCE}
    assert described, [m.text for m in x.mentions]
    assert x.claims and all(not described & set(c.about) for c in x.claims)


def test_descriptions_never_link_across_documents() -> None:
    rows = [MentionRow("a:1", "a", "thermal cameras", "Product", source=SOURCE),
            MentionRow("b:1", "b", "thermal cameras", "Product", source=SOURCE),
            MentionRow("c:1", "c", "Harfang", "Product"), MentionRow("d:1", "d", "Harfang", "Product")]
    units = build_units(rows)
    keys = {u.doc_id: u.strong_keys() for u in units}
    assert keys["a"] == keys["b"] == set()
    assert keys["c"] == keys["d"] != set()


def _m(text: str, start: int, source: str = SOURCE, cluster: str | None = None) -> model.Mention:
    return model.Mention(f"d:{start}", "d", start, start + len(text), text, "Product", cluster=cluster,
                         source=source)


@pytest.mark.parametrize("remains,names,joined", [
    ("culots de grenades", ["grenades lacrymogènes"], True),
    ("spent shells of tear-gas grenades", ["tear-gas grenades"], True),
    ("douilles de balles", ["balles en caoutchouc"], True),
    # near misses: not remains, two products of that word, no product of that word
    ("systèmes de grenades", ["grenades lacrymogènes"], False),
    ("culots de grenades", ["grenades lacrymogènes", "grenades assourdissantes"], False),
    ("culots de grenades", ["balles en caoutchouc"], False),
])
def test_remains_join_the_goods_named(remains: str, names: list[str], joined: bool) -> None:
    from enquete.extract.goods import join_remains
    named = [_m(n, 100 * (i + 1), "gazetteer", cluster=f"c{i}") for i, n in enumerate(names)]
    left = _m(remains, 0)
    join_remains([left, *named])
    assert (left.cluster == "c0") is joined


def test_remains_resolve_with_the_goods(pipes) -> None:  # type: ignore[no-untyped-def]
    x = _extract("fr", "Nervala SA fabrique des grenades lacrymogènes. En 2015, des militants ont ramassé des "
                       "culots de grenades qui portent le marquage de Nervala SA.", pipes)
    by = {m.text: m for m in x.mentions}
    assert by["culots de grenades"].cluster == by["grenades lacrymogènes"].cluster


def test_maker_of_a_named_product_makes_no_described_goods(pipes) -> None:  # type: ignore[no-untyped-def]
    named = _extract("en", "Nervala SA makes the PacketWarden platform. Nervala SA also manufactures "
                           "thermal imaging cameras.", pipes)
    alone = _extract("en", "Nervala SA makes tear gas grenades. Nervala SA also manufactures thermal imaging "
                           "cameras.", pipes)

    def made(x) -> set:  # type: ignore[no-untyped-def]
        by = {m.id: m.text for m in x.mentions}
        return {by.get(r.object) for r in x.relations if r.predicate == D}
    assert "PacketWarden" in made(named) and "thermal imaging cameras" not in made(named)
    assert made(alone) == {"tear gas grenades", "thermal imaging cameras"}  # goods of no name: no product


@pytest.mark.parametrize("text,described", [
    ("Drones and thermal cameras were sold to Kenya by Ristek Systems.", True),  # a common noun at the head
    ("Pegasus and thermal cameras were sold to Kenya by Ristek Systems.", False),  # a name: the product
])
def test_a_capitalised_common_noun_is_no_name(text: str, described: bool, pipes) -> None:  # type: ignore[no-untyped-def]
    x = _extract("en", text, pipes)
    assert ("thermal cameras" in {m.text for m in x.mentions if m.source == SOURCE}) is described
