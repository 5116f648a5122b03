"""Described goods (goods.py), second battery: the shapes of the language that put goods named by a
description where a sale, a making or a sighting acts on them, beyond a verb's object.

- goods a passive or a participle acts on ("des caméras thermiques ont été vendues", "canisters made by X");
- lists ("thermal cameras and navigation systems", "batons, stun guns and spiked batons"): each described
  member is goods, a bare member ("batons") is none;
- goods behind an amount or a number ("€2m worth of surveillance equipment", "pour 2 millions d'euros
  d'équipements", "hundreds of thermal cameras", "200 véhicules blindés"): the amount never enters the phrase;
- goods behind a range word ("sa gamme de caméras thermiques", "its range of thermal cameras");
- a company that specialises in goods makes them ("X specialises in riot-control grenades", "X est
  spécialisée dans les grenades assourdissantes");
- a purpose complement stays out of the phrase ("software development kit for face analysis": the kit);
- describing words in quotes ('a "lawful intercept" platform').

A company's possessive alone is no act on the goods ("Nervala SA's computer systems" may be its own).
Near misses: a bare goods noun, words of quantity or age only, a nationality, goods no trigger acts on, a
description apposed to a named product (the name is the product), goods of a body that makes none.

Sentences written for this test, with invented companies."""

from __future__ import annotations

import pytest

from enquete import model
from enquete.extract.goods import SOURCE

pytestmark = pytest.mark.integration

N, R = "Nervala SA", "Ristek Systems"
D, S, F = "developed", "supplied+", "found_in"  # supplied+: (seller, "supplied+", the sale's product)

#: (language, text, relations that must be found, relations that must not, descriptions that must not exist)
CASES = [
    # passives and participles
    ("fr", "Des caméras thermiques ont été vendues à l'Égypte par Nervala SA en 2014.",
     {(N, S, "caméras thermiques")}, set(), set()),
    ("fr", "Des caméras ont été vendues à l'Égypte par Nervala SA en 2014.", set(), set(), {"caméras"}),
    ("en", "Armoured patrol vehicles were delivered to Egypt by Ristek Systems in 2015.",
     {(R, S, "Armoured patrol vehicles")}, set(), set()),
    ("en", "Armoured vehicles made by Nervala SA were delivered to Egypt in 2015.",
     {(N, D, "Armoured vehicles"), (N, S, "Armoured vehicles")}, set(), set()),
    ("fr", "Des véhicules blindés fabriqués par Nervala SA ont été livrés à l'Égypte.",
     {(N, D, "véhicules blindés")}, set(), set()),
    ("en", "Tear-gas canisters were used against protesters in Bahrain.",
     {("Tear-gas canisters", F, "Bahrain")}, set(), set()),
    ("en", "Police fired tear-gas canisters made by Nervala SA at protesters in Bahrain.",
     {(N, D, "tear-gas canisters")}, set(), set()),
    ("fr", "Des grenades assourdissantes tirées par la police portaient le logo de Nervala SA.",
     {(N, D, "grenades assourdissantes")}, set(), set()),
    ("en", "Protesters in Bahrain feared tear-gas canisters.", set(), set(), {"tear-gas canisters"}),
    ("en", "Surveillance cameras in the streets of Cairo were old.", set(), set(), {"Surveillance cameras"}),
    # lists: each described member
    ("en", "Nervala SA manufactures thermal cameras and navigation systems.",
     {(N, D, "thermal cameras"), (N, D, "navigation systems")}, set(), set()),
    ("en", "Nervala SA makes batons, stun guns and spiked batons.",
     {(N, D, "stun guns"), (N, D, "spiked batons")}, set(), {"batons"}),
    ("en", "Nervala SA makes cameras and navigation systems.", {(N, D, "navigation systems")}, set(),
     {"cameras"}),
    ("en", "Thermal cameras and navigation systems made by Nervala SA were found in Syria.",
     {(N, D, "Thermal cameras"), (N, D, "navigation systems"), ("navigation systems", F, "Syria"),
      ("Thermal cameras", F, "Syria")}, set(), set()),
    ("fr", "Des caméras thermiques et des systèmes de navigation ont été retrouvés en Syrie.",
     {("caméras thermiques", F, "Syrie"), ("systèmes de navigation", F, "Syrie")}, set(), set()),
    ("en", "Nervala SA does not make thermal cameras and navigation systems.", set(),
     {(N, D, "thermal cameras"), (N, D, "navigation systems")}, set()),
    # a number or an amount before the goods
    ("fr", "Nervala SA a livré 200 véhicules blindés à l'Égypte.", {(N, S, "véhicules blindés")}, set(),
     {"200 véhicules blindés"}),
    ("en", "Nervala SA delivered 200 armoured vehicles to Egypt.", {(N, S, "armoured vehicles")}, set(),
     {"200 armoured vehicles"}),
    ("en", "Nervala SA sold €2m worth of surveillance equipment to Egypt.",
     {(N, S, "surveillance equipment")}, set(), set()),
    ("en", "Nervala SA sold €2m worth of equipment to Egypt.", set(), set(), {"equipment"}),
    ("fr", "Nervala SA a vendu pour 2 millions d'euros d'équipements de surveillance à l'Égypte.",
     {(N, S, "équipements de surveillance")}, set(), set()),
    ("en", "Nervala SA sold hundreds of thermal cameras to Egypt.", {(N, S, "thermal cameras")}, set(), set()),
    ("en", "Nervala SA sold millions of dollars of surveillance equipment to Egypt.",
     {(N, S, "surveillance equipment")}, set(), set()),
    ("en", "Nervala SA sold hundreds of cameras to Egypt.", set(), set(), {"cameras"}),
    # goods between a deal and its buyer would cut the phrasings of supplied: no description there
    ("en", "Nervala SA won an order for armoured patrol vehicles from Egypt.", {(N, "supplied", "Egypt")}, set(),
     {"armoured patrol vehicles"}),
    ("fr", "Nervala SA a vendu plusieurs centaines de caméras thermiques à l'Égypte.",
     {(N, S, "caméras thermiques")}, set(), set()),
    ("en", "Nervala SA sold several thermal cameras to Egypt.", {(N, S, "thermal cameras")}, set(),
     {"several thermal cameras"}),
    # the maker's goods: a possessive, a range
    ("en", "Nervala SA's software development kit for face analysis was found in China.",
     {(N, D, "software development kit")}, set(), {"software development kit for face analysis"}),
    ("fr", "Nervala SA présente sa gamme de caméras thermiques au salon Milipol.",
     {(N, D, "caméras thermiques")}, set(), set()),
    ("en", "Nervala SA exhibited its range of thermal cameras at Milipol.", {(N, D, "thermal cameras")},
     set(), set()),
    ("en", "Nervala SA's range of thermal cameras was shown at Milipol.", {(N, D, "thermal cameras")}, set(),
     set()),
    ("fr", "La gamme de caméras thermiques de Nervala SA a été présentée au salon Milipol.",
     {(N, D, "caméras thermiques")}, set(), set()),
    ("en", "Nervala SA exhibited its range of cameras at Milipol.", set(), set(), {"cameras"}),
    ("fr", "La police présente sa gamme de caméras thermiques au salon Milipol.", set(), set(),
     {"caméras thermiques"}),
    ("en", "Nervala SA's thermal cameras were old.", set(), set(), {"thermal cameras"}),
    # describing words in quotes: the quotes are part of the phrase
    ("en", 'Nervala SA sold a "lawful intercept" platform to Egypt.', {(N, S, '"lawful intercept" platform')},
     set(), set()),
    ("en", 'Nervala SA sold the "Harfang" platform to Egypt.', set(), set(), {'"Harfang" platform', "platform"}),
    # a company that specialises in goods
    ("en", "Nervala SA specialises in riot-control grenades.", {(N, D, "riot-control grenades")}, set(), set()),
    ("fr", "Nervala SA est spécialisée dans les grenades assourdissantes.",
     {(N, D, "grenades assourdissantes")}, set(), set()),
    ("en", "Nervala SA, which specializes in thermal imaging cameras, opened an office in Lyon.",
     {(N, D, "thermal imaging cameras")}, set(), set()),
    ("fr", "Nervala SA, spécialisée dans les caméras thermiques, a ouvert un bureau à Lyon.",
     {(N, D, "caméras thermiques")}, set(), set()),
    ("fr", "Nervala SA a recruté une ingénieure spécialisée dans les caméras thermiques.", set(), set(),
     {"caméras thermiques"}),
    ("en", "Nervala SA specialises in cameras.", set(), set(), {"cameras"}),
    ("en", "The researcher specialises in thermal cameras.", set(), set(), {"thermal cameras"}),
    ("en", "Nervala SA specialises in the sale of thermal cameras.", set(), {(N, D, "thermal cameras")}, set()),
    ("en", "Nervala SA does not specialise in riot-control grenades.", set(),
     {(N, D, "riot-control grenades")}, set()),
    # a description apposed to a named product: the name is the product
    ("en", "Nervala SA sold ThermoEye, a thermal imaging camera, to Egypt.", set(), set(),
     {"thermal imaging camera"}),
    ("fr", "Nervala SA a vendu le ThermoEye, une caméra thermique, à l'Égypte.", set(), set(),
     {"caméra thermique"}),
    # words that say which, how many, whose or whence, not what
    ("fr", "Nervala SA a vendu un puissant système de surveillance à l'Égypte.",
     {(N, S, "système de surveillance")}, set(), {"puissant système de surveillance"}),
    ("fr", "Nervala SA a vendu des systèmes d'écoute sophistiqués à l'Égypte.", {(N, S, "systèmes d'écoute")},
     set(), {"systèmes d'écoute sophistiqués"}),
    ("en", "Nervala SA sold the new system to Egypt.", set(), set(), {"new system", "system"}),
    ("fr", "Nervala SA a vendu ses propres systèmes à l'Égypte.", set(), set(), {"propres systèmes", "systèmes"}),
    ("en", "The thermal cameras of the police were found in Syria.", set(), {("police", D, "thermal cameras")},
     set()),
    ("fr", "Nervala SA a vendu des caméras thermiques de fabrication française à l'Égypte.",
     {(N, S, "caméras thermiques")}, set(), {"caméras thermiques de fabrication"}),
    ("fr", "Nervala SA a vendu des caméras thermiques de dernière génération à l'Égypte.",
     {(N, S, "caméras thermiques")}, set(), {"caméras thermiques de dernière génération"}),
    ("fr", "Des équipements de détection infrarouge ont été retrouvés au Soudan.",
     {("équipements de détection infrarouge", F, "Soudan")}, set(), set()),
    ("fr", "Nervala SA a vendu des drones turcs à l'Égypte.", set(), set(), {"drones turcs"}),
    ("en", "Nervala SA sold Turkish drones to Egypt.", set(), set(), {"Turkish drones"}),
]


def _extract(lang: str, text: str, pipes):  # type: ignore[no-untyped-def]
    from enquete.extract import extract
    return extract(model.Document(model.sha256(text), "t.txt", text, language=lang), pipes)


@pytest.mark.parametrize("lang,text,want,never,absent", CASES, ids=[c[1][:40] for c in CASES])
def test_described_goods2(lang: str, text: str, want: set, never: set, absent: set,  # type: ignore[no-untyped-def]
                          pipes) -> None:
    x = _extract(lang, text, pipes)
    by = {m.id: m.text for m in x.mentions}
    found = {(by.get(r.subject), r.predicate, by.get(r.object)) for r in x.relations}
    found |= {(by.get(r.subject), S, by.get(r.product)) for r in x.relations
              if r.predicate == "supplied" and r.product}
    assert want <= found, found
    assert not never & found, found
    assert not absent & {m.text for m in x.mentions if m.source == SOURCE}, [m.text for m in x.mentions]
