"""A description in one language of an actor whose name holds its kind in the other ("le laboratoire" after
"the Citizen Lab", "the foundation" after "la Fondation Nodo"), and a description after "du"/"au" ("chercheur
principal du laboratoire"). Near misses: two laboratories named before (either), a kind whose other-language
word no name holds.

Sentences written for this test, with invented organisations and people."""

from __future__ import annotations

import pytest

from enquete.extract.references import references
from tests.facts.conftest import check_relations
from tests.facts.test_references import _mentions

pytestmark = pytest.mark.integration

EMP = "employed_by"
CASES = [
    ("fr", "Selon un rapport du Citizen Lab, le Nigeria est client. « Les preuves sont solides », écrit Anna Weber, "
           "chercheuse principale du laboratoire.", {("Anna Weber", EMP, "Citizen Lab")}, set()),
    ("fr", "Le Citizen Lab a publié un rapport en 2020. Anna Weber, chercheuse au laboratoire, a confirmé.",
     {("Anna Weber", EMP, "Citizen Lab")}, set()),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][-45:] for c in CASES])
def test_kind_in_the_other_language(  # type: ignore[no-untyped-def]
        lang: str, text: str, want: set, never: set, pipes) -> None:
    check_relations(lang, text, want, never, pipes)


@pytest.mark.parametrize("text,names,stands", [
    ("Le Citizen Lab a publié un rapport. Anna Weber, chercheuse du laboratoire, a confirmé.",
     {"Citizen Lab": "Organization"}, [("laboratoire", "Citizen Lab")]),
    ("La Fondation Nodo a publié un rapport. Selon la fondation, les caméras sont chinoises.",
     {"Fondation Nodo": "Organization"}, [("fondation", "Fondation Nodo")]),
    # near misses: two laboratories named, either; a kind no name holds in either language
    ("Le Citizen Lab et le Security Lab ont publié un rapport. Selon le laboratoire, c'est prouvé.",
     {"Citizen Lab": "Organization", "Security Lab": "Organization"}, []),
    ("Le Citizen Lab a publié un rapport. Selon la fondation, c'est prouvé.", {"Citizen Lab": "Organization"},
     []),
])
def test_description_in_the_other_language(text: str, names: dict[str, str], stands: list) -> None:
    found = references(text, "d", "fr", _mentions(text, names))
    assert [(m.text, m.cluster) for m in found] == stands
