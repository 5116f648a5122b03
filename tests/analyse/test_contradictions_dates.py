"""One speaker contradicts itself only across two times the text gives: two dates (a claim that takes the
article's date may be the same words reported again), or words told as an earlier or a later position."""

from __future__ import annotations

import pytest

from enquete.analyse.contradictions import refresh_contradictions
from tests.analyse.test_contradictions import Builder

TEXT = ["En 2011, Nordsec reconnaît des ventes en Iran.", "Nordsec nie toute vente en Iran."]


def _turn(store, second_date: str) -> int:  # type: ignore[no-untyped-def]
    b = Builder(f"turn-{second_date}", TEXT, published="2013-06-18")
    for i, (stance, date) in enumerate((("affirms", "2011"), ("denies", second_date))):
        sp = b.mention("Nordsec", "Company", "nordsec", nth=i)
        b.claim(sp, stance, [b.mention("Iran", "Country", "iran", nth=i)], TEXT[i], "supplied", date)
    b.save(store)
    return refresh_contradictions(store)


def test_a_denial_dated_by_the_text_contradicts_the_earlier_admission(store):
    assert _turn(store, "2013-05") == 1


def test_a_denial_dated_only_by_its_article_does_not(store):
    assert _turn(store, "2013-06-18") == 0


@pytest.mark.parametrize("first,second", [
    ("Nordsec said at first that it had never sold probes to Iran.",
     "Nordsec acknowledged that its probes were running in Iran."),
    ("Nordsec initially denied any sale to Iran.", "Nordsec admitted selling probes to Iran."),
    ("Nordsec a nié toute vente en Iran.", "Nordsec a fini par reconnaître des ventes en Iran."),
    ("Dans un premier temps, Nordsec a démenti toute vente en Iran.", "Nordsec reconnaît des ventes en Iran."),
])
def test_one_speaker_told_at_two_times_contradicts_itself(store, first, second):
    assert _both(store, first, second) == 1


@pytest.mark.parametrize("first,second", [
    ("Nordsec denied any sale to Iran.", "Nordsec acknowledged that its probes were running in Iran."),
    ("Nordsec a d'abord nié toute vente en Iran.", "Nordsec avait d'abord reconnu des ventes en Iran."),
])
def test_one_speaker_not_placed_at_two_times_does_not(store, first, second):
    assert _both(store, first, second) == 0


def _both(store, first: str, second: str) -> int:  # type: ignore[no-untyped-def]
    """A denial then an admission by Nordsec about Iran, both dated only by the article."""
    b = Builder("two-times", [first, second], published="2013-06-18")
    for i, (stance, words) in enumerate((("denies", first), ("affirms", second))):
        b.claim(b.mention("Nordsec", "Company", "nordsec", nth=i), stance,
                [b.mention("Iran", "Country", "iran", nth=i)], words, "supplied", "2013-06-18")
    b.save(store)
    return refresh_contradictions(store)
