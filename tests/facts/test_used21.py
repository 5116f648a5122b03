"""Goods a state uses, whose maker the article named before: the maker supplied the state. Read also where
the sentence names no one ("the Ethiopian government used the spyware"), where the agent's state is told by
an adjective before its noun ("deployed by the Kazakh government"), and where a pronoun stands for the
product ("It was deployed by ..."), and where the maker is named only after the use. Near misses: goods used against someone (no user), a use denied, a
product whose maker is not named.

Sentences written for this test, with invented companies and products."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

SUP = "supplied"
MADE = "Nervala SA makes the Aurora spyware. Ethiopia jailed bloggers in 2014. "
MADE_KZ = "Nervala SA developed the Aurora spyware in 2019. Kazakhstan saw riots in January. "
MADE_FR = "Nervala SA a développé le logiciel espion Aurora en 2019. Le Kazakhstan a connu des émeutes en janvier. "

CASES = [
    ("en", MADE + "In 2015 the Ethiopian government used the spyware against opposition members.",
     {("Nervala SA", SUP, "Ethiopia")}, set()),
    ("en", MADE + "In 2015 the spyware was used against Ethiopian opposition members.", set(),
     {("Nervala SA", SUP, "Ethiopia")}),
    ("en", MADE + "The Ethiopian government denied that it had ever used the spyware.", set(),
     {("Nervala SA", SUP, "Ethiopia")}),
    ("en", MADE_KZ + "Researchers say the spyware was deployed by the Kazakh government in 2022.",
     {("Nervala SA", SUP, "Kazakhstan")}, set()),
    ("en", MADE_KZ + "It was deployed by the Kazakh government in 2022.", {("Nervala SA", SUP, "Kazakhstan")},
     set()),
    ("fr", MADE_FR + "Selon les chercheurs, il a été déployé par le gouvernement kazakh en 2022.",
     {("Nervala SA", SUP, "Kazakhstan")}, set()),
    ("en", "Kazakhstan saw riots in January. Researchers say the spyware Aurora was deployed by the Kazakh "
           "government in 2022.", set(), {("Nervala SA", SUP, "Kazakhstan")}),
    # the maker named only after the use
    ("fr", "Un logiciel espion circulait au Kazakhstan. Les chercheurs ont baptisé l'outil « Vigilis ». Ils "
           "estiment qu'il a été déployé par le gouvernement kazakh. Selon eux, Vigilis a été développé par "
           "Nervala SA.", {("Nervala SA", SUP, "Kazakhstan")}, set()),
    ("fr", "Un logiciel espion circulait au Kazakhstan. Les chercheurs ont baptisé l'outil « Vigilis ». Ils "
           "estiment qu'il a été déployé par le gouvernement kazakh. Nervala SA vend des drones.", set(),
     {("Nervala SA", SUP, "Kazakhstan")}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][-45:] for c in CASES])
def test_used_by_a_state(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)
