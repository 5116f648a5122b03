"""A presence at a trade show written far from the show's name ("au stand de X", "dans les allées"): it is
at the show the text reports from, the event most named where the text speaks of a show's floor. Texts
written for these tests, French and English, with negatives (no show named, an event that is no show)."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

FILLER_FR = ("Les organisateurs attendent trente mille visiteurs. Le ministre a coupé le ruban. Les policiers "
             "sont nombreux. Il pleut sur le parking. ")
FILLER_EN = "Organisers expect thirty thousand visitors. The minister cut the ribbon. It rained. Police were everywhere. "
NAMES = {"Milipol Paris": "Event", "ISS World": "Event", "Jeux olympiques": "Event", "Vortex": "Company",
         "Helix": "Company", "Privacy Watch": "Organization", "Orma": "Company"}


def presences(text: str, lang: str) -> set[tuple[str, str]]:
    f = Facts(text, lang, {k: v for k, v in NAMES.items() if k in text}, {})
    return {(s, o) for s, p, o in f.triples() if p == "attended"}


def test_a_stand_far_from_the_show_name_is_at_the_show() -> None:
    text = ("Nous avons arpenté les allées du salon Milipol Paris en novembre. " + FILLER_FR
            + "D'abord au stand de Vortex, un vendeur a refusé de répondre. Une équipe de Privacy Watch s'est "
              "promenée dans les allées.")
    got = presences(text, "fr")
    assert {("Vortex", "Milipol Paris"), ("Privacy Watch", "Milipol Paris")} <= got


def test_english_booth_far_from_the_show_name() -> None:
    text = ("We walked the aisles of the ISS World trade show in Dubai. " + FILLER_EN
            + "At the Helix booth, a salesman showed a demo.")
    assert ("Helix", "ISS World") in presences(text, "en")


def test_the_show_most_named_on_its_floor_wins() -> None:
    text = ("Le salon Milipol Paris ouvre ses portes. Les exposants de Milipol Paris sont nombreux. Le salon "
            "ISS World, lui, se tient à Dubaï. " + FILLER_FR + "Au stand de Vortex, personne ne parle.")
    got = presences(text, "fr")
    assert ("Vortex", "Milipol Paris") in got and ("Vortex", "ISS World") not in got


@pytest.mark.parametrize("text", [
    # no show named: a stand is no presence at any event
    "Vortex a ouvert un stand à Dubaï. " + FILLER_FR + "Au stand de Vortex, personne ne parle.",
    # an event that is no trade show (named where no show's floor is spoken of)
    "Les Jeux olympiques auront lieu à Paris. " + FILLER_FR + "Au stand de Vortex, personne ne parle.",
])
def test_no_show_no_presence(text: str) -> None:
    assert not presences(text, "fr")
