"""A source described by a noun the text tied to an organisation before ("Lawyers from X filed ... according
to the lawyers", "les avocats de X ... selon les avocats") speaks for that organisation, not for the body
named last (the court or prosecutor they filed with). Near miss: lawyers the text never tied to anyone.

Sentences written for this test, with invented organisations."""

from __future__ import annotations

import pytest

from tests.facts.conftest import extract_text

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Lawyers from Civic Watch filed a complaint with the public prosecutor against Nervala SA in 2019. "
           "The prosecutor has opened an inquiry, according to the lawyers.", "Civic Watch"),
    ("fr", "Les avocats de Civic Watch ont saisi le parquet national financier d'une plainte contre Nervala SA "
           "en 2019. Le parquet a ouvert une enquête, selon les avocats.", "Civic Watch"),
    ("en", "Civic Watch published a report in 2018. Nervala SA was then sued before the Supreme Court of Kenya. "
           "The court has opened hearings, according to the lawyers.", "Supreme Court of Kenya"),
])
def test_lawyers_speak_for_their_side(lang: str, text: str, speaker: str, pipes) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(lang, text, pipes)
    by = {m.id: m.text for m in x.mentions}
    said = [by.get(c.speaker) for c in x.claims if "lawyers" in c.evidence.quote or "avocats" in c.evidence.quote]
    assert said and said[-1] == speaker, [(by.get(c.speaker), c.evidence.quote) for c in x.claims]
