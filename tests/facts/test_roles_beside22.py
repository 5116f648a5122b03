"""Roles beside a name. The organisation may be told by a kind before its name ("a researcher with the
non-profit O", "with the watchdog O"), and a military or police rank may stand between a role and a name where
a civility would ("Un porte-parole de la gendarmerie nationale, le colonel P", "A spokesman for the Kenyan
army, Colonel P"). Near misses: a rank before a name with nothing beside it gives the state in view only
(_ranked), not a company named nearby; "met officials with the non-profit O" holds no role.

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
    ("en", "Anna Weber, a German security researcher with the non-profit Amnesty International, found the database.",
     {("Anna Weber", EMP, "Amnesty International")}, set()),
    ("en", "Anna Weber, a researcher with the watchdog Amnesty International, found the database.",
     {("Anna Weber", EMP, "Amnesty International")}, set()),
    ("en", "Anna Weber, a researcher, met officials with the non-profit Amnesty International in 2019.", set(),
     {("Anna Weber", EMP, "Amnesty International")}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][-45:] for c in CASES])
def test_role_beside_the_name(  # type: ignore[no-untyped-def]
        lang: str, text: str, want: set, never: set, pipes) -> None:
    check_relations(lang, text, want, never, pipes)
