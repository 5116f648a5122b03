"""Events told by their kind and their date ("l'élection présidentielle du 9 août 2020", "the coup of 1
February 2021", "the 2011 uprising") are Event mentions, and one event told in French and in English has one
key (resolve.names.event_key); a date alone is no name. Near misses: a kind with no date, an election of
someone, a kind the list does not hold.

Sentences written for this test."""

from __future__ import annotations

import pytest

from enquete.resolve.names import event_key


@pytest.mark.parametrize("text,key", [
    ("élection présidentielle contestée du 9 août 2020", "event:election:2020-08-09"),
    ("presidential election of 9 August 2020", "event:election:2020-08-09"),
    ("coup d'État de juillet 2013", "event:coup:2013-07"),
    ("coup of July 2013", "event:coup:2013-07"),
    ("attentats du 13 novembre 2015", "event:attacks:2015-11-13"),
    ("2011 uprising", "event:uprising:2011"),
    ("Milipol Paris 2013", None),
    ("émeutes de janvier", None),
])
def test_event_key(text: str, key: str | None) -> None:
    assert event_key(text) == key


@pytest.mark.integration
@pytest.mark.parametrize("lang,text,events,not_names", [
    ("fr", "Après l'élection présidentielle du 9 août 2020, la police a arrêté des milliers de manifestants.",
     {"élection présidentielle du 9 août 2020"}, set()),
    ("fr", "Les attentats du 13 novembre 2015 ont servi de prétexte à la loi.", {"attentats du 13 novembre 2015"},
     set()),
    ("en", "After the presidential election of 9 August 2020, police arrested thousands.",
     {"presidential election of 9 August 2020"}, {"9 August 2020"}),
    ("en", "The 2011 uprising was crushed within weeks.", {"2011 uprising"}, set()),
    ("en", "The coup of 1 February 2021 ended the transition.", {"coup of 1 February 2021"}, set()),
    # near misses
    ("fr", "L'élection de Maren Olsbo à la tête du groupe a surpris.", set(), set()),
    ("en", "The protests grew after the election.", set(), set()),
    ("en", "On 9 August 2020, Nervala SA delivered grenades.", set(), {"9 August 2020"}),
])
def test_dated_events(lang: str, text: str, events: set, not_names: set, pipes) -> None:  # type: ignore[no-untyped-def]
    from tests.facts.conftest import extract_text
    mentions = extract_text(lang, text, pipes).mentions
    assert {m.text for m in mentions if m.type == "Event"} == events
    assert not {m.text for m in mentions} & not_names
