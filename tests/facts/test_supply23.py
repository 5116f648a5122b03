"""Sales told with a maker's possessive or a participle of making: "Kenya purchased Vexor Systems' Kestrel
platform" (a possessive after a name in s), "Kestrel, made by Vexor Systems, was sold to Kenya" (a name set off by
a participle of making is goods, whatever the model read), "Kestrel, Vexor Systems' flagship spyware, was sold to
Kenya"; a client with a date or a possessive ("Le Kenya est devenu en 2019 le premier client de X", "Kenya became
X's first customer").
Near misses: a business bought ("Vexor Systems' Kestrel unit"), a sale denied, a company set off by a participle
of founding ("Orvane, founded by P," stays a company), a client that never was.

Sentences written for this test, with invented companies and products."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations, extract_text

pytestmark = pytest.mark.integration

SUP, DEV = "supplied", "developed"
CASES = [
    ("en", "Kenya purchased Vexor Systems' Kestrel platform in 2019.", {("Vexor Systems", SUP, "Kenya")}, set()),
    pytest.param("en", "In 2019 the Kenyan police bought Vexor Systems' Kestrel spyware.",
                 {("Vexor Systems", SUP, "Kenyan police")}, set(), marks=pytest.mark.xfail(
                     strict=True, reason="the model reads \"Vexor Systems' Kestrel\" as one organisation: the "
                                         "maker is split off a span typed as goods only (mentions._maker_and_goods)")),
    ("en", "Kenya purchased Corvex's Stingray tool in 2019.", {("Corvex", SUP, "Kenya")}, set()),
    ("en", "Kestrel, made by Vexor Systems, was sold to Kenya in 2019.",
     {("Vexor Systems", SUP, "Kenya"), ("Vexor Systems", DEV, "Kestrel")}, set()),
    ("en", "Kestrel, developed by Vexor Systems, was delivered to the Kenyan police in 2019.",
     {("Vexor Systems", SUP, "Kenyan police")}, set()),
    ("fr", "Kestrel, développé par Vexor Systems, a été vendu au Kenya en 2019.",
     {("Vexor Systems", SUP, "Kenya"), ("Vexor Systems", DEV, "Kestrel")}, set()),
    ("fr", "Kestrel, conçu par Vexor Systems, a été livré à la police kényane en 2019.",
     {("Vexor Systems", SUP, "police kényane")}, set()),
    ("en", "Kestrel, Vexor Systems' flagship spyware, was sold to Kenya in 2019.", {("Vexor Systems", SUP, "Kenya")},
     set()),
    ("en", "Kenya became Vexor Systems' first customer in 2019.", {("Vexor Systems", SUP, "Kenya")}, set()),
    ("en", "Kenya became Corvex's first customer in 2019.", {("Corvex", SUP, "Kenya")}, set()),
    ("fr", "Le Kenya est devenu en 2019 le premier client de Vexor Systems.", {("Vexor Systems", SUP, "Kenya")}, set()),
    ("fr", "Le Kenya est devenu dès 2015 un client de Vexor Systems.", {("Vexor Systems", SUP, "Kenya")}, set()),
    # near misses
    ("en", "Kenya purchased Vexor Systems' Kestrel unit in 2019.", set(), {("Vexor Systems", SUP, "Kenya")}),
    ("en", "Vexor Systems denied that Kestrel, made by the firm, was sold to Kenya.", set(),
     {("Vexor Systems", SUP, "Kenya")}),
    ("en", "Kenya never became Vexor Systems' customer.", set(), {("Vexor Systems", SUP, "Kenya")}),
    ("fr", "Le Kenya n'est jamais devenu client de Vexor Systems.", set(), {("Vexor Systems", SUP, "Kenya")}),
    ("en", "Orvane, founded by Mark Dalton, sold Kestrel to Kenya.", {("Orvane", SUP, "Kenya")}, set()),
]


@pytest.mark.parametrize("lang,text,want,never", CASES)
def test_supply_possessives(lang: str, text: str, want: set, never: set,  # type: ignore[no-untyped-def]
                            pipes) -> None:
    check_relations(lang, text, want, never, pipes)


@pytest.mark.parametrize("lang,text,name,typed", [
    ("en", "Kestrel, made by Vexor Systems, was sold to Kenya in 2019.", "Kestrel", "Product"),
    ("fr", "Kestrel, développé par Vexor Systems, a été vendu au Kenya.", "Kestrel", "Product"),
    ("en", "Kestrel, Vexor Systems' flagship spyware, was sold to Kenya.", "Kestrel", "Product"),
    ("en", "Orvane, founded by Mark Dalton, sold probes to Kenya.", "Orvane", "Company"),
    ("en", "Kenya purchased Vexor Systems' Kestrel platform in 2019.", "Vexor Systems", "Company"),
])
def test_goods_typed(lang: str, text: str, name: str, typed: str, pipes) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(lang, text, pipes)
    assert {m.type for m in x.mentions if m.text == name} == {typed}
