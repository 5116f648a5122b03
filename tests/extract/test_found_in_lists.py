"""`found_in` where the finding names several states: lists with the preposition repeated ("au Maroc, en
Tunisie et au Liban"), the Oxford comma, a colon after a count ("in ten countries: A, B and C"), and
the users of the goods ("operators of X appear to be based in", "les opérateurs de X seraient basés").
Sentences written for these tests (invented products, real states), French and English; near misses
(a denial, a plan, a sale offered, a company's offices) give nothing."""

from __future__ import annotations

import pytest

from tests.extract.test_found_in_places import found

pytestmark = pytest.mark.integration

POSITIVE = [
    ("Selon les chercheurs, le logiciel Vigil a été détecté au Maroc, en Syrie et au Liban.", "fr",
     {("Vigil", "Maroc"), ("Vigil", "Syrie"), ("Vigil", "Liban")}),
    ("Argus a notamment été utilisé contre des journalistes au Mexique et en Serbie.", "fr",
     {("Argus", "Mexique"), ("Argus", "Serbie")}),
    ("Investigators found servers running Sentry in Egypt, Turkey, and Serbia.", "en",
     {("Sentry", "Egypt"), ("Sentry", "Turkey"), ("Sentry", "Serbia")}),
    ("Researchers found Vigil installations on networks in four countries: Sudan, Egypt, Iran and Russia.",
     "en", {("Vigil", "Sudan"), ("Vigil", "Egypt"), ("Vigil", "Iran"), ("Vigil", "Russia")}),
    ("Operators of the Argus spyware appear to be based in Mexico, Serbia and Uzbekistan.", "en",
     {("Argus", "Mexico"), ("Argus", "Serbia"), ("Argus", "Uzbekistan")}),
    ("Les opérateurs de Vigil seraient basés en Syrie et en Iran, selon le rapport.", "fr",
     {("Vigil", "Syrie"), ("Vigil", "Iran")}),
    ("Victims of Sentry in Morocco and in Egypt were journalists.", "en",
     {("Sentry", "Morocco"), ("Sentry", "Egypt")}),
    ("Des infections par Rhino ont été identifiées en Éthiopie, en Turquie et en Russie.", "fr",
     {("Rhino", "Éthiopie"), ("Rhino", "Turquie"), ("Rhino", "Russie")}),
    # the marks of the goods' use stand for the product named just before
    ("Helix sold its Vigil tool to several governments. Researchers identified servers linked to operators "
     "in Egypt, Turkey and Serbia.", "en", {("Vigil", "Egypt"), ("Vigil", "Turkey"), ("Vigil", "Serbia")}),
    ("Le logiciel Argus a été vendu à plusieurs États. Des chercheurs ont identifié des victimes en Syrie "
     "et en Iran.", "fr", {("Argus", "Syrie"), ("Argus", "Iran")}),
]

NEAR_MISSES = [
    ("Helix denies that Vigil was ever used in Egypt, Turkey or Serbia.", "en"),
    ("Vigil could be deployed in Egypt and Turkey next year.", "en"),
    ("Helix a proposé Vigil au Maroc, en Syrie et au Liban.", "fr"),
    ("Helix has offices in Egypt, Turkey and Serbia.", "en"),
    ("Le logiciel Vigil n'a jamais été détecté au Maroc ni en Syrie.", "fr"),
    ("Helix sold its Vigil tool to several governments. Researchers found no victims in Egypt or Turkey.", "en"),
    ("Helix sells Vigil. Police in Egypt arrested two operators of a phone shop.", "en"),
]


@pytest.mark.parametrize("text,lang,expected", POSITIVE)
def test_each_state_of_the_list(text: str, lang: str, expected: set) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("text,lang", NEAR_MISSES)
def test_no_sighting(text: str, lang: str) -> None:
    assert found(text, lang) == set()
