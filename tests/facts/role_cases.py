"""The harness of the role batteries (tests/facts/test_roles_checklist.py, test_officials11.py,
test_roles14.py, test_authors.py, tests/extract/test_roles_implied.py): a case, the check of what was found
against what it expects and forbids, its pytest parameters with the known failures marked strict, and the
two tests every battery runs (`battery`: the rules on hand-placed mentions, the whole pipeline)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from enquete import model
from enquete.evaluate import normalise


@dataclass
class Case:
    family: str
    lang: str
    text: str
    #: (person, predicate, organisation or alternatives "A|B": a ministry or its state, as the text names it)
    expect: list[tuple[str, str, str]] = field(default_factory=list)
    #: (person, organisation[, predicate]) that must not be found (any job predicate where none is given)
    forbid: list[tuple[str, ...]] = field(default_factory=list)
    e2e: bool = False


def C(family: str, lang: str, text: str, expect=(), forbid=(), e2e: bool = False) -> Case:  # noqa: N802
    return Case(family, lang, text, list(expect), list(forbid), e2e)


def present(text: str, names: dict[str, str]) -> dict[str, str]:
    """The names written in the text, less those only found inside a longer one ("Veltrix" in "Veltrix
    Systems")."""
    found = [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)]
    return {n: names[n] for n in found if not any(n != m and n in m for m in found)}


def check(case: Case, found: set[tuple[str, str, str]]) -> None:
    def same(a: str, b: str) -> bool:
        return normalise(a) == normalise(b)
    missing = [e for e in case.expect if not any(
        same(s, e[0]) and p == e[1] and any(same(o, alt) for alt in e[2].split("|")) for s, p, o in found)]
    wrong = [(s, p, o) for s, p, o in found for who, org, *pred in case.forbid
             if same(s, who) and same(o, org) and (not pred or p == pred[0])]
    assert not missing and not wrong, f"missing {missing}, wrong {wrong}, found {sorted(found)}"


def params(part: str, cases: list[Case], every: list[Case], known: dict[tuple[str, str], str]) -> list:
    """One pytest parameter per case, its id numbered in `every`; a case `known` to fail in `part` (by the
    start of its text) is a strict xfail: a fix elsewhere makes it fail until its line is removed."""
    out = []
    for case in cases:
        why = next((w for (p, start), w in known.items() if p == part and case.text.startswith(start)), None)
        out.append(pytest.param(case, id=f"{case.family}-{case.lang}-{every.index(case)}",
                                marks=[pytest.mark.xfail(strict=True, reason=why)] if why else []))
    return out


def extracted(case: Case, pipes, predicates: tuple[str, ...]) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The (person, predicate, organisation) names of `predicates` that the whole pipeline (`pipes`: entity
    detection in the loop) finds in the case's text."""
    from enquete.extract import extract
    doc = model.Document(model.sha256(case.text), "t.txt", case.text, language=case.lang)
    x = extract(doc, pipes)
    by = {m.id: m.text for m in x.mentions}
    return {(by[r.subject], r.predicate, by[r.object]) for r in x.relations
            if r.predicate in predicates and r.subject in by and r.object in by}


def battery(cases: list[Case], known: dict[tuple[str, str], str], names: dict[str, str], codes: dict[str, str],
            jobs: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """The two tests of a battery: `test_rules` runs the facts stage on the names of `names` the text holds
    (placed by hand, with their states `codes`) and checks the `jobs` relations it finds; `test_pipeline`
    runs the whole pipeline on the cases marked e2e. A module takes them as
    `test_rules, test_pipeline = battery(...)`."""
    from tests.facts.conftest import Facts, check_integrity

    @pytest.mark.parametrize("case", params("rules", cases, cases, known))
    def test_rules(case: Case) -> None:
        f = Facts(case.text, case.lang, present(case.text, names), {}, countries=codes)
        check_integrity(f)
        check(case, {t for t in f.triples() if t[1] in jobs})

    @pytest.mark.parametrize("case", params("pipeline", [c for c in cases if c.e2e], cases, known))
    def test_pipeline(case: Case, pipes) -> None:  # type: ignore[no-untyped-def]
        check(case, extracted(case, pipes, jobs))

    return test_rules, test_pipeline
