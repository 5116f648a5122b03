"""A force named by its common noun beside a role ("The army's spokesman, Colonel P", "A spokesman for the army,
Colonel P", "An army spokesman, P", "Le porte-parole de l'armée, le colonel P", "un porte-parole de la police,
P"): the body named before whose name holds that noun ("the Kenyan Army", "l'armée kényane", "the Uganda Police
Force").
Near misses: no body named before holds the noun (a ministry of defence is no army; the police of another text
is not named): no employer.

Sentences written for this test, with invented companies and people."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations, extract_text

pytestmark = pytest.mark.integration

EMP = "employed_by"
ARMY = "The Kenyan Army bought launchers from Vexor Systems in 2019. "
ARMEE = "L'armée kényane a acheté des lanceurs à Vexor Systems en 2019. "
POLICE = "The Uganda Police Force bought cameras from Vexor Systems in 2019. "
POLICE_FR = "La police ougandaise a acheté des caméras à Vexor Systems en 2019. "
MOD = "The Kenyan Ministry of Defence bought launchers from Vexor Systems in 2019. "
CASES = [
    ("en", ARMY + "The army's spokesman, Colonel John Mwangi, declined to comment.",
     {("John Mwangi", EMP, "Kenyan Army")}, set()),
    ("en", ARMY + "A spokesman for the army, Colonel John Mwangi, declined to comment.",
     {("John Mwangi", EMP, "Kenyan Army")}, set()),
    ("en", ARMY + "An army spokesman, Colonel John Mwangi, declined to comment.",
     {("John Mwangi", EMP, "Kenyan Army")}, set()),
    ("en", ARMY + "The army's chief of staff, General Peter Otieno, signed the order.",
     {("Peter Otieno", EMP, "Kenyan Army")}, set()),
    ("en", ARMY + "Colonel John Mwangi, a spokesman for the army, declined to comment.",
     {("John Mwangi", EMP, "Kenyan Army")}, set()),
    ("fr", ARMEE + "Le porte-parole de l'armée, le colonel John Mwangi, n'a pas répondu.",
     {("John Mwangi", EMP, "armée kényane")}, set()),
    ("fr", ARMEE + "Un porte-parole de l'armée, le colonel John Mwangi, a démenti.",
     {("John Mwangi", EMP, "armée kényane")}, set()),
    ("en", POLICE + "A police spokesman, Fred Enanga, said the cameras were used only for traffic.",
     {("Fred Enanga", EMP, "Uganda Police Force")}, set()),
    ("en", POLICE + "The police's spokesman, Fred Enanga, said the cameras were used only for traffic.",
     {("Fred Enanga", EMP, "Uganda Police Force")}, set()),
    ("en", POLICE + "A spokesman for the police, Fred Enanga, declined to comment.",
     {("Fred Enanga", EMP, "Uganda Police Force")}, set()),
    # "la police" is a mention of its own in French (context.RULES; references.py leaves a state's police
    # unresolved): the spokesman is its, and a person
    ("fr", POLICE_FR + "Un porte-parole de la police, Fred Enanga, a démenti.",
     {("Fred Enanga", EMP, "police")}, {("Fred Enanga", EMP, "Vexor Systems")}),
    pytest.param("fr", POLICE_FR + "Le porte-parole de la police, Fred Enanga, a démenti toute surveillance.",
                 {("Fred Enanga", EMP, "police ougandaise")}, set(), marks=pytest.mark.xfail(
                     strict=True, reason="references.py leaves 'la police' its own mention, not the police named")),
    # near misses: no body named before holds the noun
    ("en", MOD + "The army's spokesman, Colonel John Mwangi, declined to comment.", set(),
     {("John Mwangi", EMP, "Kenyan Ministry of Defence")}),
    ("en", MOD + "A spokesman for the army, Colonel John Mwangi, declined to comment.", set(),
     {("John Mwangi", EMP, "Kenyan Ministry of Defence")}),
    ("en", "The Interior Ministry bought cameras from Vexor Systems. A police spokesman, Fred Enanga, declined to "
           "comment.", set(), {("Fred Enanga", EMP, "Interior Ministry")}),
    ("fr", "Le ministère de l'Intérieur a acheté des caméras à Vexor Systems. Le porte-parole de la police, Fred "
           "Enanga, a démenti.", set(), {("Fred Enanga", EMP, "ministère de l'Intérieur")}),
    ("en", "Vexor Systems sold launchers to Kenya. The army's spokesman, Colonel John Mwangi, declined to comment.",
     set(), {("John Mwangi", EMP, "Vexor Systems")}),
    # the company's spokesman is still the company's
    ("en", ARMY + "A company spokesman, Mark Dalton, declined to comment.", {("Mark Dalton", EMP, "Vexor Systems")},
     {("Mark Dalton", EMP, "Kenyan Army")}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES)
def test_force_nouns(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)


@pytest.mark.parametrize("lang,text", [
    ("fr", POLICE_FR + "Le porte-parole de la police, Fred Enanga, a démenti."),
    ("en", POLICE + "A spokesman for the police, Fred Enanga, declined to comment."),
    ("en", ARMY + "The chief of the army, Peter Otieno, signed the order."),
])
def test_role_complement_keeps_person(lang: str, text: str, pipes) -> None:  # type: ignore[no-untyped-def]
    """A kind noun complementing a role before a name ("a spokesman for the police, P") does not type P."""
    x = extract_text(lang, text, pipes)
    assert {m.type for m in x.mentions if m.text.endswith(("Enanga", "Otieno"))} == {"Person"}
