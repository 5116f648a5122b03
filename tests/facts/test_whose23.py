"""A relative clause that names the head of an organisation: "O, dont le PDG est P", "O, whose chief executive is
P": P holds that role at O; and a one-word name the NER missed is a company where such a clause names a title
only a firm has ("Vexor, dont le PDG ...").
The parse may take P for the subject of the verb after the aside ("O, dont le PDG est P, a vendu"): the
subject is O.
Near misses: the clause names no role ("whose biggest client is P", "dont le principal actionnaire est P"), no
person ("dont le PDG a démissionné"), or a title any body has ("dont le porte-parole": no company typed).

Sentences written for this test, with invented companies and people."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations, extract_text

pytestmark = pytest.mark.integration

EMP, SUP = "employed_by", "supplied"
CASES = [
    ("fr", "Nexa Technologies, dont le PDG est Olivier Barrot, fabrique des sondes.",
     {("Olivier Barrot", EMP, "Nexa Technologies")}, set()),
    ("fr", "Nexa Technologies, dont le directeur général était alors Olivier Barrot, fabrique des sondes.",
     {("Olivier Barrot", EMP, "Nexa Technologies")}, set()),
    ("fr", "Nexa Technologies, dont l'ancien PDG est Olivier Barrot, fabrique des sondes.",
     {("Olivier Barrot", EMP, "Nexa Technologies")}, set()),
    ("fr", "Nexa Technologies, dont la directrice financière est Claire Vannel, a vendu des sondes à l'Égypte.",
     {("Claire Vannel", EMP, "Nexa Technologies")}, set()),
    ("fr", "Selon Amnesty International, Nexa Technologies, dont le fondateur est Olivier Barrot, a livré ses "
           "sondes.", {("Olivier Barrot", EMP, "Nexa Technologies")},
     {("Olivier Barrot", EMP, "Amnesty International")}),
    ("en", "Nexa Technologies, whose chief executive is Olivier Barrot, makes probes.",
     {("Olivier Barrot", EMP, "Nexa Technologies")}, set()),
    ("en", "Nexa Technologies, whose founder was Olivier Barrot, sold probes to Egypt.",
     {("Olivier Barrot", EMP, "Nexa Technologies")}, set()),
    ("en", "Nexa Technologies, whose former chief executive is Olivier Barrot, makes probes.",
     {("Olivier Barrot", EMP, "Nexa Technologies")}, set()),
    ("en", "The Citizen Lab, whose director is Ron Deibert, published the report.",
     {("Ron Deibert", EMP, "Citizen Lab")}, set()),
    # a one-word name the NER missed: a company by a title only a firm has
    ("fr", "Vexor, dont le PDG est Marc Delorme, fabrique des sondes.", {("Marc Delorme", EMP, "Vexor")}, set()),
    ("fr", "Korbat, dont le fondateur est Marc Delorme, a vendu des sondes au Maroc.",
     {("Marc Delorme", EMP, "Korbat"), ("Korbat", SUP, "Maroc")}, set()),
    ("fr", "Vexor, dont le directeur commercial était Marc Delorme, a livré des sondes à la Libye.",
     {("Marc Delorme", EMP, "Vexor"), ("Vexor", SUP, "Libye")}, set()),
    ("en", "Korbat, whose chief executive Mark Dalton resigned in 2019, sold probes to Kenya.",
     {("Mark Dalton", EMP, "Korbat"), ("Korbat", SUP, "Kenya")}, set()),
    ("en", "Korbat, whose founder is Mark Dalton, sold probes to Kenya.",
     {("Mark Dalton", EMP, "Korbat"), ("Korbat", SUP, "Kenya")}, set()),
    # the seller before such an aside, where the parse takes the aside's person for the subject
    ("fr", "Nexa Technologies, dont le fondateur est Olivier Barrot, a vendu des sondes au Maroc.",
     {("Nexa Technologies", SUP, "Maroc")}, {("Olivier Barrot", SUP, "Maroc")}),
    ("en", "Nexa Technologies, whose founder is Olivier Barrot, sold probes to Morocco.",
     {("Nexa Technologies", SUP, "Morocco")}, set()),
    ("fr", "Selon Nexa Technologies, dont le fondateur est Olivier Barrot, Korvane Systems a vendu des sondes au "
           "Maroc.", {("Korvane Systems", SUP, "Maroc")}, {("Nexa Technologies", SUP, "Maroc")}),
    # near misses: no role, no person
    ("en", "Nexa Technologies, whose biggest client is Olivier Barrot, makes probes.", set(),
     {("Olivier Barrot", EMP, "Nexa Technologies")}),
    ("fr", "Nexa Technologies, dont le principal actionnaire est Olivier Barrot, fabrique des sondes.", set(),
     {("Olivier Barrot", EMP, "Nexa Technologies")}),
    ("fr", "Nexa Technologies, dont le PDG a démissionné, a reçu Olivier Barrot.", set(),
     {("Olivier Barrot", EMP, "Nexa Technologies")}),
    ("en", "Nexa Technologies, whose chief executive resigned, hired Olivier Barrot.", set(),
     {("Olivier Barrot", EMP, "Nexa Technologies")}),
    ("fr", "Nexa Technologies, dont le client est Olivier Barrot, fabrique des sondes.", set(),
     {("Olivier Barrot", EMP, "Nexa Technologies")}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][:50] for c in CASES])
def test_whose_head(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)


@pytest.mark.parametrize("lang,text,name,typed", [
    ("fr", "Vexor, dont le PDG est Marc Delorme, fabrique des sondes.", "Vexor", "Company"),
    ("fr", "Korbat, dont la directrice générale a démissionné, fabrique des sondes.", "Korbat", "Company"),
    ("en", "Korbat, whose chief executive resigned, makes probes.", "Korbat", "Company"),
    ("fr", "Vexor, dont le porte-parole est Marc Delorme, a démenti.", "Vexor", None),
    ("en", "Korbat, whose spokesman is Mark Dalton, declined to comment.", "Korbat", None),
])
def test_whose_title_types(lang: str, text: str, name: str, typed: str | None,  # type: ignore[no-untyped-def]
                           pipes) -> None:
    """A title only a firm has types the name before the clause; a spokesman's does not."""
    x = extract_text(lang, text, pipes)
    types = {m.type for m in x.mentions if m.text == name}
    assert types == ({typed} if typed else set()), types
