"""Topic words that put a denial and an allegation on one question (lexicon/speech.yaml)."""

from __future__ import annotations

from enquete.analyse.contradictions import compatible
from enquete.extract.claims import topic


def test_use_and_wrongdoing_answer_the_transfer_question():
    assert topic("Both governments denied using the spyware against reporters.") == "found_in"
    assert topic("Dans un communiqué, la société a contesté toute faute.") == "complicity"
    assert topic("Le projet associait des sondes de deux sociétés.") == "supplied"
    for t in ("found_in", "complicity"):
        assert compatible(t, "supplied")
    assert topic("The weather was fine that week.") == "statement"
