"""One speaker contradicts itself only across two dates the text gives: a claim that takes the article's
date (the text says nothing of when it was said) may be the same words reported again."""

from __future__ import annotations

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
