"""A minister whose portfolio takes two words after the title ("the minister for human rights", "le ministre des
droits de l'homme", "le ministre de la Sécurité publique") holds office in the state in view. Near misses: a time
after the portfolio is no part of it ("le ministre de l'Intérieur de l'époque" is still the Interior ministry's
minister), a length of time after "minister" names no portfolio.

Sentences written for this test, with invented people."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

EMP = "employed_by"
TOGO = "Togo bought the spyware in 2019. "
TOGO_FR = "Le Togo a acheté le logiciel en 2019. "
CASES = [
    ("en", TOGO + "Kodjo Adedze, the minister for human rights, denied any abuse.",
     {("Kodjo Adedze", EMP, "Togo")}, set()),
    ("en", TOGO + "The minister for human rights, Kodjo Adedze, denied any abuse.",
     {("Kodjo Adedze", EMP, "Togo")}, set()),
    ("fr", TOGO_FR + "Kodjo Adedze, le ministre des droits de l'homme, a démenti.",
     {("Kodjo Adedze", EMP, "Togo")}, set()),
    ("fr", TOGO_FR + "Le ministre de la Sécurité publique, Koffi Agbeko, a démenti.",
     {("Koffi Agbeko", EMP, "Togo")}, set()),
    ("fr", "La Serbie a acheté les caméras en 2019. Le ministre de l'Intérieur de l'époque, Milan Petrović, a "
           "signé le contrat avec le ministère de l'Intérieur.",
     {("Milan Petrović", EMP, "ministère de l'Intérieur")}, set()),
    ("en", TOGO + "Kodjo Adedze, who was minister for two years, denied any abuse.", set(),
     {("Kodjo Adedze", EMP, "Togo")}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][-45:] for c in CASES])
def test_minister_of_two_words(  # type: ignore[no-untyped-def]
        lang: str, text: str, want: set, never: set, pipes) -> None:
    check_relations(lang, text, want, never, pipes)
