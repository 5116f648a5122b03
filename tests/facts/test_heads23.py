"""A head of state or government whose state the title names with "of" / "du": "President P of Uganda", "the
Prime Minister of Hungary, P", "le président du Togo, P", "la présidente de la Géorgie, P": P serves that state;
so does a diplomat ("l'ambassadeur de France en Égypte, P": France's). A body after a state's possessive, a role
before it ("a spokesman for Egypt's Interior Ministry, P"): P's employer.
Near misses: the state after "of" belongs to another noun ("President P of the Uganda Football Federation" names
no state), a company's president ("the president of Vexor Systems, P"), a name after the title that is no person,
a state after the name that is a place of a visit ("President P arrived in Uganda").

Sentences written for this test, with invented people where the role is made up."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

EMP = "employed_by"
CASES = [
    ("en", "President Yoweri Museveni of Uganda denied it.", {("Yoweri Museveni", EMP, "Uganda")}, set()),
    ("en", "The Prime Minister of Hungary, Viktor Orbán, denied it.", {("Viktor Orbán", EMP, "Hungary")}, set()),
    ("en", "The President of Kenya, William Ruto, signed the contract.", {("William Ruto", EMP, "Kenya")}, set()),
    ("en", "In 2019, President Yoweri Museveni of Uganda opened the control room.",
     {("Yoweri Museveni", EMP, "Uganda")}, set()),
    ("fr", "Le président du Togo, Faure Gnassingbé, a démenti.", {("Faure Gnassingbé", EMP, "Togo")}, set()),
    ("fr", "La présidente de la Géorgie, Salomé Zourabichvili, a démenti.",
     {("Salomé Zourabichvili", EMP, "Géorgie")}, set()),
    ("fr", "Le Premier ministre de la Hongrie, Viktor Orbán, a inauguré le centre.", {("Viktor Orbán", EMP, "Hongrie")},
     set()),
    ("fr", "Le chancelier de l'Autriche, Karl Nehammer, a refusé.", {("Karl Nehammer", EMP, "Autriche")}, set()),
    # a diplomat of the state after "de" / "of", with or without the post
    ("fr", "La France a vendu des blindés à l'Égypte. L'ambassadeur de France en Égypte, Jean Martin, était présent.",
     {("Jean Martin", EMP, "France")}, {("Jean Martin", EMP, "Égypte")}),
    ("fr", "La France a vendu des blindés à l'Égypte. L'ambassadeur de France, Jean Martin, était présent.",
     {("Jean Martin", EMP, "France")}, set()),
    ("fr", "La France a vendu des blindés à l'Égypte. L'ambassadrice de l'Égypte à Paris, Amira Saleh, était "
           "présente.", {("Amira Saleh", EMP, "Égypte")}, {("Amira Saleh", EMP, "France")}),
    ("en", "France sold armoured vehicles to Egypt. The ambassador of France to Egypt, John Miller, attended the "
           "ceremony.", {("John Miller", EMP, "France")}, {("John Miller", EMP, "Egypt")}),
    ("fr", "La France a vendu des blindés à l'Égypte. L'ambassade de France en Égypte a reçu Jean Martin.", set(),
     {("Jean Martin", EMP, "France")}),
    # a body after a state's possessive, a role before it
    ("en", "Egypt bought spyware. A spokesman for Egypt's Interior Ministry, Ahmed Fathy, denied it.",
     {("Ahmed Fathy", EMP, "Interior Ministry")}, set()),
    ("en", "Uganda bought cameras. The head of Uganda's police, Martin Okoth, defended the deal.",
     {("Martin Okoth", EMP, "Uganda's police")}, set()),
    # near misses
    ("en", "President Yoweri Museveni arrived in Uganda on Monday.", set(), {("Yoweri Museveni", EMP, "Uganda")}),
    ("en", "The president of Vexor Systems, Mark Dalton, met officials from Uganda.",
     {("Mark Dalton", EMP, "Vexor Systems")}, {("Mark Dalton", EMP, "Uganda")}),
    ("en", "President Mark Dalton of the Uganda Football Federation denied it.", set(),
     {("Mark Dalton", EMP, "Uganda")}),
    ("fr", "Le président de la société Vexor Systems, Marc Delorme, s'est rendu au Togo.",
     {("Marc Delorme", EMP, "Vexor Systems")}, {("Marc Delorme", EMP, "Togo")}),
    ("fr", "Le président Faure Gnassingbé s'est rendu en France.", set(), {("Faure Gnassingbé", EMP, "France")}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][:50] for c in CASES])
def test_heads_of(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)
