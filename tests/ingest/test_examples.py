"""The sample corpus: every file reads, the generated files are reproducible, the gold holds."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from enquete.ingest import read_source
from enquete.model import PREDICATES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
GOLD = json.loads((ROOT / "tests" / "gold" / "examples.json").read_text(encoding="utf-8"))
FILES = sorted(p for p in CORPUS.iterdir() if p.is_file())
SLUG = re.compile(r"^[a-z0-9-]+$")


def _make_examples():  # noqa: ANN202 - module object
    spec = importlib.util.spec_from_file_location("make_examples", ROOT / "scripts" / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def docs() -> dict[str, object]:
    return {p.stem: read_source(str(p)) for p in FILES}


def test_corpus_shape(docs: dict) -> None:
    assert len(docs) >= 14
    langs = [d.language for d in docs.values()]
    assert langs.count("fr") >= 6 and langs.count("en") >= 6
    kinds = [p.suffix for p in FILES]
    assert kinds.count(".html") >= 2 and kinds.count(".pdf") >= 2
    for stem, doc in docs.items():
        words = len(doc.text.split())
        assert 200 <= words <= 650, (stem, words)
        assert doc.published, stem


def test_generated_files_are_reproduced(tmp_path: Path) -> None:
    module = _make_examples()
    for path in module.build(tmp_path):
        committed = CORPUS / path.name
        regenerated = read_source(str(path))
        assert regenerated.text == read_source(str(committed)).text, path.name
        if path.suffix == ".html":  # a PDF's bytes change with fpdf2/fonttools' font subsetting: its text
            assert path.read_bytes() == committed.read_bytes(), path.name  # above is what must match


def test_html_examples_keep_no_script(docs: dict) -> None:
    for p in FILES:
        if p.suffix == ".html":
            assert "TRACKING-SCRIPT-TEXT" in p.read_text(encoding="utf-8")
            assert "TRACKING" not in docs[p.stem].text and "dataLayer" not in docs[p.stem].text


def test_gold_quotes_are_verbatim(docs: dict) -> None:
    texts = {stem: doc.text for stem, doc in docs.items()}
    for part, key in (("relations", "evidence"), ("events", "evidence"), ("flags", "evidence"),
                      ("non_flags", "evidence"), ("claims", "quote")):
        for item in GOLD.get(part, []):
            assert item[key] in texts[item["doc"]], (part, item[key])
            assert len(item[key]) <= 300


def test_gold_is_consistent(docs: dict) -> None:
    ids = {e["id"] for e in GOLD["entities"]}
    gold_docs = {d["id"] for d in GOLD["documents"]}
    assert gold_docs <= set(docs)
    langs = [docs[d].language for d in gold_docs]
    assert langs.count("fr") >= 3 and langs.count("en") >= 3
    for entity in GOLD["entities"]:
        assert SLUG.match(entity["id"])
        assert all(any(a in docs[d].text for a in entity["aliases"]) for d in entity["docs"])
    for rel in GOLD["relations"]:
        assert rel["subject"] in ids and rel["object"] in ids and rel["predicate"] in PREDICATES
        assert rel["product"] is None or rel["product"] in ids
    assert {r["predicate"] for r in GOLD["relations"]} == set(PREDICATES)
    claims = {c["id"]: c for c in GOLD["claims"]}
    for c in claims.values():
        assert c["speaker"] in ids and c["stance"] in ("affirms", "denies")
    for pair in GOLD["contradictions"]:
        a, b = (claims[i] for i in pair["claims"])
        assert a["proposition"] == b["proposition"] and a["stance"] != b["stance"] or a["speaker"] != b["speaker"]
    for doc in GOLD["documents"]:
        assert doc["published"] == docs[doc["id"]].published
        assert doc["near_duplicate_of"] in (None, *gold_docs)


def test_gold_flags_against_rules() -> None:
    rules_path = ROOT.parent / "shared" / "rules" / "rules.json"
    if not rules_path.exists():
        pytest.skip("shared rules not present")
    rules = {r["id"]: r for r in json.loads(rules_path.read_text(encoding="utf-8"))}
    for flag in GOLD["flags"]:
        assert flag["restriction"] in rules
        assert flag["transfer_date"].split("/")[-1] >= rules[flag["restriction"]]["start"][:4]
    for ok in GOLD["non_flags"]:
        assert ok["transfer_date"] < rules[ok["restriction"]]["start"], ok
