"""A negation that leaves no doubt affirms ("left no room for doubt", "there is no doubt that", "ne fait
aucun doute que"); near misses: a plain denial, a denial followed later by a doubt word.

Sentences written for this test, with invented people and companies."""

from __future__ import annotations

import pytest

from tests.facts.conftest import extract_text

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("lang,text,stance", [
    ("en", "Maren Olsbo, the lawyer of Civic Watch, said the paperwork left no room for doubt.", "affirms"),
    ("en", "Maren Olsbo said there was no doubt that Nervala SA had sold the probes.", "affirms"),
    ("fr", "Maren Olsbo affirme qu'il ne fait aucun doute que Nervala SA a vendu les sondes.", "affirms"),
    ("en", "Maren Olsbo said Nervala SA had not sold the probes.", "denies"),
    ("fr", "Maren Olsbo affirme que Nervala SA n'a jamais vendu de sondes, et elle le répète sans aucun doute.",
     "denies"),
])
def test_doubt_left_out(lang: str, text: str, stance: str, pipes) -> None:  # type: ignore[no-untyped-def]
    claims = extract_text(lang, text, pipes).claims
    assert claims and claims[0].stance == stance, claims
