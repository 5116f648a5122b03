"""A company that showcased its goods at a show attended it; a show told by the last word of its name ("Gulf
Security Expo", "Homeland Security Week") is an event. Near misses: goods showcased with no show named or in
view, a name ending in such a word that is a company ("Summit Technologies").

Sentences written for this test, with invented companies and shows."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

AT = "attended"
CASES = [
    ("en", "Vexor Systems showcased its interception platform at the Gulf Security Expo in Doha in 2019.",
     {("Vexor Systems", AT, "Gulf Security Expo")}, set()),
    ("en", "Nordia Labs exhibited at Homeland Security Week in 2020, and Vexor Systems sent two engineers.",
     {("Nordia Labs", AT, "Homeland Security Week")}, set()),
    ("en", "In 2018 Vexor Systems showcased a new IMSI catcher at the Balkan Defence Fair in Belgrade.",
     {("Vexor Systems", AT, "Balkan Defence Fair")}, set()),
    ("en", "Vexor Systems showcased its new drones to Omani officials in Muscat in 2019.", set(),
     {("Vexor Systems", AT, "Muscat")}),
    ("en", "Summit Technologies sold cameras to Oman in 2019.", set(), {("Summit Technologies", AT, "Oman")}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][:45] for c in CASES])
def test_showcased_at_a_show(  # type: ignore[no-untyped-def]
        lang: str, text: str, want: set, never: set, pipes) -> None:
    check_relations(lang, text, want, never, pipes)
