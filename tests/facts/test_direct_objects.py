"""Who heads, runs or joins an organisation named as the verb's direct object ("Ana Ortiz heads Helix's
sales team", "Paul Roux dirige la société Vektor"), not a name further inside the object ("runs a blog
about Helix", "dirige une enquête sur Vektor"). Sentences written for these tests, real parses."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration
NAMES = {"Ana Ortiz": "Person", "Paul Roux": "Person", "Helix": "Company", "Vektor": "Company"}


@pytest.mark.parametrize("text,lang,expected", [
    ("Ana Ortiz heads Helix's sales team.", "en", {("Ana Ortiz", "Helix")}),
    ("Ana Ortiz has run Helix since 2012.", "en", {("Ana Ortiz", "Helix")}),
    ("Paul Roux dirige la société Vektor depuis 2015.", "fr", {("Paul Roux", "Vektor")}),
    ("Ana Ortiz runs a blog about Helix.", "en", set()),
    ("Paul Roux dirige une enquête sur Vektor.", "fr", set()),
])
def test_heads_the_object_named(text, lang, expected):
    f = Facts(text, lang, {k: v for k, v in NAMES.items() if k in text}, {})
    assert {(s, o) for s, p, o in f.triples() if p == "employed_by"} == expected
