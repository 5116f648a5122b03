"""False relations one development set (o) showed, tested here on sentences of our own:
- "installé(s)"/"installed" on a noun that names no goods says where people or a firm are based, not a
  delivery ("deux ingénieurs installés en Espagne");
- selling one's unit or business line ("a cédé son unité ... à Z") is a change of owner, not a supply;
- "built by a subsidiary of X": the maker is X's unnamed subsidiary, not X;
- two names of one actor, one with its legal form ("ETI", "ETI A/S"), are never related to each other;
- two names of persons with one space between are one name ("Zine el-Abidine" "Ben Ali").
Near misses: goods installed somewhere, a named product sold, a maker named itself, a subsidiary named with
its own legal form beside its parent's, two persons in a list.

Sentences written for this test, with invented companies and people."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations, extract_text

pytestmark = pytest.mark.integration

N, R, V, H = "Nervala SA", "Ristek Systems", "Veltia Holdings", "Hadrin Labs"
SUP, DEV, SUB, SUC, EMP = "supplied", "developed", "subsidiary_of", "successor_of", "employed_by"
BEFORE = "Nervala SA vend des sondes d'interception aux gouvernements. "

#: (language, text, relations that must be found, relations that must not)
CASES = [
    # based somewhere, not supplied
    ("fr", BEFORE + "L'entreprise a été fondée par deux ingénieurs installés en Espagne.", set(),
     {(N, SUP, "Espagne")}),
    ("fr", BEFORE + "Ses fondateurs, des informaticiens installés au Portugal, refusent de parler.", set(),
     {(N, SUP, "Portugal")}),
    ("en", "Nervala SA sells interception probes. Its founders, two engineers installed in Spain since 2015, "
           "declined to comment.", set(), {(N, SUP, "Spain")}),
    ("fr", "Nervala SA a installé ses sondes au Maroc en 2012.", {(N, SUP, "Maroc")}, set()),
    ("fr", "Les sondes installées en Libye par Nervala SA fonctionnaient encore en 2011.",
     {(N, SUP, "Libye")}, set()),
    # a unit sold is a change of owner
    ("fr", "En 2009, Nervala SA a cédé son unité de solutions de renseignement à Veltia Holdings, un fonds "
           "munichois.", set(), {(N, SUP, V)}),
    ("fr", "En 2009, Nervala SA a cédé son pôle d'interception à Veltia Holdings.", set(), {(N, SUP, V)}),
    ("fr", "En 2009, Nervala SA a cédé ses sondes d'interception à Veltia Holdings.", {(N, SUP, V)}, set()),
    ("en", "In 2009 Nervala SA sold its intelligence unit to Veltia Holdings.", set(), {(N, SUP, V)}),
    # built by an unnamed subsidiary
    ("en", "The Aurora platform was built by a subsidiary of Nervala SA.", set(), {(N, DEV, "Aurora")}),
    ("fr", "La plateforme Aurora a été conçue par une filiale de Nervala SA.", set(), {(N, DEV, "Aurora")}),
    ("en", "The Aurora platform was built by Nervala SA.", {(N, DEV, "Aurora")}, set()),
    ("en", "The Aurora platform was built by Ristek Systems, a subsidiary of Nervala SA.", {(R, DEV, "Aurora")},
     {(N, DEV, "Aurora")}),
    # one actor's two names
    ("en", "Ristek was folded into Nervala SA and now operates as Ristek A/S.", set(),
     {("Ristek A/S", SUC, "Ristek"), ("Ristek", SUC, "Ristek A/S")}),
    ("en", "Ristek FZCO, a subsidiary of the German group Ristek AG, sold the probes.",
     {("Ristek FZCO", SUB, "Ristek AG")}, set()),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][:40] for c in CASES])
def test_readings(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)


@pytest.mark.parametrize("text,whole,parts", [
    ("The customer was Tunisia under President Zine el-Abidine Ben Ali, who took delivery in 2008.",
     "Zine el-Abidine Ben Ali", ["Zine el-Abidine"]),
    ("Le client était la Tunisie du président Zine el-Abidine Ben Ali, qui a reçu le système en 2008.",
     "Zine el-Abidine Ben Ali", ["Zine el-Abidine"]),
])
def test_one_person_name(text: str, whole: str, parts: list[str], pipes) -> None:  # type: ignore[no-untyped-def]
    lang = "fr" if "était" in text else "en"
    names = {m.text for m in extract_text(lang, text, pipes).mentions if m.type == "Person"}
    assert whole in names and not names & set(parts), names


def test_two_persons_of_a_list_stay_two(pipes) -> None:  # type: ignore[no-untyped-def]
    text = "The firm was set up by Maren Olsbo, Karim Bensaid and Lena Stroem in Oslo."
    names = {m.text for m in extract_text("en", text, pipes).mentions if m.type == "Person"}
    assert {"Maren Olsbo", "Lena Stroem"} <= names, names
