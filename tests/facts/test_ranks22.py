"""A military or police rank between a role and a name ("Un porte-parole de la gendarmerie nationale, le colonel
P", "A spokesman for the Kenyan army, Colonel P", "Army spokesman Colonel P") stands where a civility would:
the role is P's. Near miss: a rank before a name with no role or organisation beside it gives no employer but
the state in view (_ranked).

Sentences written for this test, with invented people."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

EMP, REP = "employed_by", "represents"
CASES = [
    ("fr", "Un porte-parole de la gendarmerie nationale, le colonel Jean Morel, a démenti.",
     {("Jean Morel", EMP, "gendarmerie nationale"), ("Jean Morel", REP, "gendarmerie nationale")}, set()),
    ("en", "A spokesman for the Kenyan army, Colonel Paul Njoroge, denied the report.",
     {("Paul Njoroge", EMP, "Kenyan army"), ("Paul Njoroge", REP, "Kenyan army")}, set()),
    ("en", "A spokesman for the Kenyan army, Commodore Paul Njoroge, denied the report.",
     {("Paul Njoroge", EMP, "Kenyan army")}, set()),
    ("en", "Kenya bought drones in 2019. General Paul Njoroge ordered the strikes.",
     {("Paul Njoroge", EMP, "Kenya")}, set()),
    ("en", "Kenya bought drones from Vexor Systems in 2019. Colonel Paul Njoroge toured the Vexor Systems plant.",
     set(), {("Paul Njoroge", EMP, "Vexor Systems")}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][-45:] for c in CASES])
def test_rank_before_the_name(  # type: ignore[no-untyped-def]
        lang: str, text: str, want: set, never: set, pipes) -> None:
    check_relations(lang, text, want, never, pipes)
