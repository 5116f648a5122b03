"""Near-duplicates: a shortened republication is found; distinct stories on the same affair are not."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from enquete.ingest import NearDuplicateIndex, containment, read_source, signature
from enquete.ingest.dedup import NUM_PERM

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT.parent / "shared" / "corpus" / "seeds").glob("*.txt"))
EXAMPLES = sorted(p for p in (ROOT / "examples" / "corpus").iterdir() if p.is_file())
#: Pairs of examples written on purpose as republications.
REPUBLISHED = {("en_hacking_team_leak", "en_hacking_team_republished")}

TEXT = " ".join(f"Sentence {i} says the vendor delivered system number {i} to agency {i % 7}." for i in range(80))


def test_signature_is_json_and_typography_blind() -> None:
    sig = signature("L’entreprise a « vendu » le système à l’État.")
    assert json.loads(json.dumps(sig)) == sig and len(sig) == NUM_PERM + 1
    assert sig == signature("l'entreprise a \"vendu\" le systeme a l'etat.")


def test_shortened_text_is_contained() -> None:
    short = TEXT[: len(TEXT) // 3]
    index = NearDuplicateIndex(threshold=0.5)
    index.add("full", signature(TEXT))
    found = index.query(signature(short))
    assert found is not None and found[0] == "full" and found[1] > 0.8


def test_unrelated_text_is_not_found() -> None:
    index = NearDuplicateIndex(threshold=0.5)
    index.add("full", signature(TEXT))
    other = " ".join(f"Paragraph {i} of a story about trade fairs and visitors from city {i}." for i in range(60))
    assert index.query(signature(other)) is None
    assert index.query(signature("")) is None


def test_best_match_wins() -> None:
    index = NearDuplicateIndex(threshold=0.3)
    index.add("other", signature(TEXT[: len(TEXT) // 4]))
    index.add("same", signature(TEXT))
    assert index.query(signature(TEXT))[0] == "same"


def test_bad_signature_length() -> None:
    with pytest.raises(ValueError):
        NearDuplicateIndex().add("x", [1, 2, 3])


@pytest.mark.skipif(len(SEEDS) < 2, reason="shared seeds not present")
def test_seed_001_is_near_duplicate_of_000_only() -> None:
    sigs = {p.stem[:3]: signature(read_source(str(p)).text) for p in SEEDS}
    index = NearDuplicateIndex()
    found = {}
    for key, sig in sigs.items():
        found[key] = index.query(sig)
        index.add(key, sig)
    assert found["001"] is not None and found["001"][0] == "000"
    assert all(v is None for k, v in found.items() if k != "001")


def test_examples_have_only_the_intended_republication() -> None:
    sigs = {p.stem: signature(read_source(str(p)).text) for p in EXAMPLES}
    threshold = NearDuplicateIndex().threshold
    dups = {tuple(sorted((a, b))) for a, b in itertools.combinations(sigs, 2)
            if containment(sigs[a], sigs[b]) >= threshold}
    assert dups == REPUBLISHED
