"""Quality floors of the whole pipeline (real spaCy models), scored like the referee: on our own
annotated sample articles (tests/gold/examples.json, French and English) and, where the founding dossier
sits beside the checkout, on ../shared/corpus. Floors sit a little under today's figures: a change that
loses quality fails here; one that gains should raise them."""

from __future__ import annotations

from typing import Any

import pytest

from enquete.cli.extraction import evaluate_folder
from tests.conftest import EXAMPLES, ROOT, SHARED

pytestmark = pytest.mark.integration


def check(result: dict[str, Any], floors: dict[str, float]) -> None:
    got = {
        "entities": result["entities"]["f1"],
        "typed_recall": result["entities"]["typed_recall"],
        "relations": result["relations"]["f1"],
        "relation_dates": result["relations"]["date_agreement"] or 0.0,
        "events": result["events"]["f1"],
        "claims": result["claims"]["f1"],
        "contradictions_recall": result["contradictions"]["recall"],
        "contradictions_precision": result["contradictions"]["precision"],
        "flags_recall": result["flags"]["recall"],
        "flags_precision": result["flags"]["precision"],
    }
    low = {k: (got[k], v) for k, v in floors.items() if got[k] < v}
    assert not low, f"below the floor (got, floor): {low}"
    assert result["evidence_integrity"]["broken"] == 0


def test_sample_articles_french_and_english() -> None:
    result = evaluate_folder(str(ROOT / "tests" / "gold" / "examples.json"), str(EXAMPLES))
    assert {d[:3] for d in result["documents"]} == {"fr_", "en_"}
    check(result, {"entities": 0.88, "typed_recall": 0.88, "relations": 0.82, "relation_dates": 0.9,
                   "events": 0.60, "claims": 0.68, "contradictions_recall": 0.9,
                   "contradictions_precision": 0.75})
    assert result["resolution"]["errors"] == 0, result["resolution"]


@pytest.mark.skipif(not (SHARED / "corpus" / "gold_dev.json").exists(), reason="no ../shared/corpus here")
def test_founding_dossier() -> None:
    result = evaluate_folder(str(SHARED / "corpus" / "gold_dev.json"), str(SHARED / "corpus" / "seeds"))
    check(result, {"entities": 0.87, "typed_recall": 0.85, "relations": 0.74, "relation_dates": 0.75,
                   "events": 0.80, "claims": 0.65, "contradictions_recall": 0.60, "contradictions_precision": 0.45,
                   "flags_recall": 1.0, "flags_precision": 1.0})
    assert result["resolution"]["errors"] == 0, result["resolution"]


def test_development_articles() -> None:
    """examples/heldout (h1-h6), examples/heldout2 (k1-k6) and examples/heldout4 (n1-n6) were each written and annotated by someone who
    had not read the rules and first scored blind; their sentences have since been read to find what the
    rules miss, so they are development sets now. Their floors catch a change that loses there what it
    gains elsewhere; the blind figure comes from the newest held-out set (README, eval)."""
    result = evaluate_folder(str(ROOT / "tests" / "gold" / "heldout.json"), str(ROOT / "examples" / "heldout"))
    assert {d[:1] for d in result["documents"]} == {"h"} and len(result["documents"]) == 6
    # h's gold files the buyer "Bahraini security services" under Bahrain and leaves a bare "l'armée" (of
    # Egypt) and described goods ("internet filtering devices") out; the pipeline names the agency (SCHEMA:
    # a buyer is a state, an agency or a company) and those goods, with their sentence
    check(result, {"entities": 0.92, "typed_recall": 0.91, "relations": 0.75, "events": 0.78, "claims": 0.82,
                   "contradictions_recall": 0.55})
    assert result["resolution"]["errors"] == 0, result["resolution"]
    second = evaluate_folder(str(ROOT / "tests" / "gold" / "heldout2.json"), str(ROOT / "examples" / "heldout2"))
    assert {d[:1] for d in second["documents"]} == {"k"} and len(second["documents"]) == 6
    check(second, {"entities": 0.95, "typed_recall": 0.92, "relations": 0.76, "events": 0.82, "claims": 0.82,
                   "contradictions_recall": 0.40})
    # the figure today (lower it as it drops); one of them is the gold's: it names the Egyptian police an
    # alias of the interior ministry, the pipeline keeps a police force apart from its ministry
    assert second["resolution"]["errors"] <= 5, second["resolution"]
    third = evaluate_folder(str(ROOT / "tests" / "gold" / "heldout4.json"), str(ROOT / "examples" / "heldout4"))
    assert {d[:1] for d in third["documents"]} == {"n"} and len(third["documents"]) == 6
    check(third, {"entities": 0.90, "typed_recall": 0.78, "relations": 0.74, "events": 0.60, "claims": 0.67,
                  "contradictions_recall": 0.38})
    assert third["resolution"]["errors"] <= 2, third["resolution"]


#: (gold and folder, the letter of its documents, floors, most resolution errors) of the former held-out sets
FORMER = [
    ("heldout3", "m", {"entities": 0.82, "typed_recall": 0.73, "relations": 0.47, "events": 0.75, "claims": 0.36},
     3),
    ("heldout6", "p", {"entities": 0.87, "typed_recall": 0.80, "relations": 0.58, "events": 0.62, "claims": 0.47,
                       "contradictions_recall": 0.35}, 4),
    # q's entities owe part of their figure to gazetteer entries added when its misses were read
    ("heldout7", "q", {"entities": 0.88, "typed_recall": 0.77, "relations": 0.62, "events": 0.68, "claims": 0.52,
                       "contradictions_recall": 0.40}, 5),
    # 9 errors: two bodies recognised since the twenty-first stop stay apart, the OECD contact point's two
    # names in o2 and the trade secretariat of two articles whose states differ (the resolver's caution)
    ("heldout5", "o", {"entities": 0.89, "typed_recall": 0.85, "relations": 0.40, "events": 0.73, "claims": 0.49,
                       "contradictions_recall": 0.70}, 9),
    # blind for four stops; its missed and false relations were read at the twenty-second (not its claims)
    ("heldout8", "r", {"entities": 0.77, "typed_recall": 0.64, "relations": 0.43, "events": 0.60, "claims": 0.39,
                       "contradictions_recall": 0.18}, 4),
]


@pytest.mark.parametrize("name,letter,floors,errors", FORMER, ids=[f[1] for f in FORMER])
def test_former_held_out_articles(name: str, letter: str, floors: dict[str, float], errors: int) -> None:
    """examples/heldout3 (m1-m6), heldout6 (p1-p6), heldout7 (q1-q6), heldout5 (o1-o6) and heldout8 (r1-r6) were
    written and annotated by someone who had read neither the rules nor the other articles, and held out; their
    misses were read later (m at the seventh stop, p at the nineteenth, q at the twentieth, o at the
    twenty-first, r at the twenty-second) to find what unseen text does, so they are development sets now, with
    floors a little under today's figures. The blind sets, examples/heldout9, heldout10 and heldout11, are kept
    out of the suite: no failing floor tells a rule writer anything about them, and they are scored only when a
    stop's figures are recorded (README, eval)."""
    result = evaluate_folder(str(ROOT / "tests" / "gold" / f"{name}.json"), str(ROOT / "examples" / name))
    assert {d[:1] for d in result["documents"]} == {letter} and len(result["documents"]) == 6
    check(result, floors)
    assert result["resolution"]["errors"] <= errors, result["resolution"]
