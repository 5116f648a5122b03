"""A minister's or a secretary's portfolio names the office the document names ("Interior Minister P"
with "the Interior Ministry", "le secrétaire américain au Commerce, P" with "le département du
Commerce", "Foreign Secretary P" with "the Foreign Office"); a secretary whose office the document does
not name, or a secretary general, is no state's employee, unless the title names the state by itself
("Foreign Secretary P" in a document naming the United Kingdom). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

NAMES = {"Ann Lee": "Person", "Interior Ministry": "PublicBody", "Paul Roux": "Person",
         "département du Commerce": "PublicBody", "États-Unis": "Country", "Tom Reed": "Person",
         "Foreign Office": "PublicBody", "United Kingdom": "Country", "Amnesty International": "Organization",
         "Kate Mills": "Person"}


def jobs(text: str, lang: str) -> set[tuple[str, str]]:
    f = Facts(text, lang, {k: v for k, v in NAMES.items() if k in text}, {},
              countries={"États-Unis": "us", "United Kingdom": "gb", "département du Commerce": "us"})
    return {(s, o) for s, p, o in f.triples() if p == "employed_by"}


@pytest.mark.parametrize("text,lang,expected", [
    ("The Interior Ministry denied it. Interior Minister Ann Lee said the report was false.", "en",
     {("Ann Lee", "Interior Ministry")}),
    ("Les États-Unis ont sanctionné ZTE par le département du Commerce. Le secrétaire américain au Commerce, "
     "Paul Roux, a salué l'accord.", "fr", {("Paul Roux", "département du Commerce")}),
    ("The Foreign Office published a list. Then-Foreign Secretary Tom Reed told MPs that no licences would "
     "be granted.", "en", {("Tom Reed", "Foreign Office")}),
    # a British secretary of state's title names the state by itself where no office is named
    ("The United Kingdom is worried. Foreign Secretary Tom Reed said so.", "en", {("Tom Reed", "United Kingdom")}),
])
def test_a_portfolio_names_the_office(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert jobs(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("The United Kingdom is worried. The secretary, Tom Reed, said so.", "en"),
    ("The United Kingdom is worried. Secretary Tom Reed said so.", "en"),
    ("Amnesty International published a report. Its secretary general, Kate Mills, said so.", "en"),
])
def test_no_office_named_no_job_in_a_state(text: str, lang: str) -> None:
    assert not {(s, o) for s, o in jobs(text, lang) if o in ("United Kingdom", "États-Unis")}


@pytest.mark.parametrize("text,lang,expected", [
    ("L'Égypte a acheté des drones. Le programme a été lancé en 2014 sous la présidence de Paul Roux.", "fr",
     {("Paul Roux", "Égypte")}),
    ("Egypt bought drones. The programme began in 2014 under the presidency of Tom Reed.", "en",
     {("Tom Reed", "Egypt")}),
])
def test_a_presidency_is_a_head_of_state_of_the_state_in_view(text, lang, expected) -> None:
    f = Facts(text, lang, {"Paul Roux": "Person", "Tom Reed": "Person", "Égypte": "Country", "Egypt": "Country"},
              {}, countries={"Égypte": "eg", "Egypt": "eg"})
    assert {(s, o) for s, p, o in f.triples() if p == "employed_by"} == expected
