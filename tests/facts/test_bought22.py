"""A purchase of goods named by a noun of goods ("eight launchers", "des fusils d'assaut et des munitions") from
a named company, or from the company in view called by its kind ("from the American firm", "à l'entreprise",
"de la firme"): the company supplied the buyer. Near misses: what is bought is no goods (a stake, a building, the
company itself), the seller is another firm ("from a rival firm"), the buyer is a clause's own subject that
names no one ("records from the ministry show that the police bought": not the ministry).

Sentences written for this test, with invented companies."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

SUP = "supplied"
MAKES = "Vexor Systems makes launchers. "
MAKES_FR = "Vexor Systems fabrique des lanceurs. "
CASES = [
    ("en", "Colombia bought launchers from Vexor Systems in 2019.", {("Vexor Systems", SUP, "Colombia")}, set()),
    ("en", "The Colombian police bought eight launchers from Vexor Systems in 2019.",
     {("Vexor Systems", SUP, "Colombian police")}, set()),
    ("fr", "La Colombie a acheté des fusils d'assaut et des munitions à Vexor Systems en 2019.",
     {("Vexor Systems", SUP, "Colombie")}, set()),
    ("en", "In 2017 Kenya purchased 40,000 rounds of ammunition from Vexor Systems.",
     {("Vexor Systems", SUP, "Kenya")}, set()),
    ("en", MAKES + "The Colombian police bought eight launchers from the American firm in 2019.",
     {("Vexor Systems", SUP, "Colombian police")}, set()),
    ("fr", MAKES_FR + "La police colombienne a acheté huit lanceurs à l'entreprise en 2019.",
     {("Vexor Systems", SUP, "police colombienne")}, set()),
    ("fr", MAKES_FR + "La Colombie avait acquis des équipements de la firme en 2014.",
     {("Vexor Systems", SUP, "Colombie")}, set()),
    # near misses
    ("en", "Colombia bought a stake from Vexor Systems in 2019.", set(), {("Vexor Systems", SUP, "Colombia")}),
    ("en", "Colombia bought the building from Vexor Systems in 2019.", set(),
     {("Vexor Systems", SUP, "Colombia")}),
    ("en", MAKES + "Colombia bought launchers from a rival firm in 2019.", set(),
     {("Vexor Systems", SUP, "Colombia")}),
    ("en", MAKES + "Colombia bought the company in 2019.", set(), {("Vexor Systems", SUP, "Colombia")}),
    # a reported clause's own subject names no one: not the subject of the verb that reports it
    ("en", "Records from the Colombian Ministry of Defence show that the police bought eight launchers from Vexor "
           "Systems in 2019.", set(), {("Vexor Systems", SUP, "Colombian Ministry of Defence")}),
    ("en", "Vexor Systems said it sold launchers to Colombia in 2019.", {("Vexor Systems", SUP, "Colombia")}, set()),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][-45:] for c in CASES])
def test_bought_goods(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)
