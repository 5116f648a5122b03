"""JSON Lines export: DESIGN §3 rows, deterministic, and a full backup (export -> import -> export)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enquete.exc import InvalidData
from enquete.export.jsonl import export_rows, import_jsonl, write_jsonl
from enquete.store import Store, open_store
from enquete.store.schema import document, evidence
from enquete.store.search import search
from enquete.store.store import reset_database
from store_sample import TEXT_A, populate


def dump(store: Store) -> str:
    buf = io.StringIO()
    write_jsonl(store, buf)
    return buf.getvalue()


def by_kind(store: Store) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in export_rows(store):
        out.setdefault(row["kind"], []).append(row)
    return out


def test_rows_follow_design(store: Store) -> None:
    ids = populate(store)
    rows = by_kind(store)
    assert [d["id"] for d in rows["document"]] == sorted([ids["doc_a"], ids["doc_b"]])
    assert all("text" in d for d in rows["document"])
    ents = {e["id"]: e for e in rows["entity"]}
    assert ents[ids["amesys"]]["aliases"] == ["Amesys"]
    assert ents[ids["libya"]]["aliases"] == ["Libya", "services libyens"] and ents[ids["libya"]]["country"] == "ly"
    rels = rows["relation"]
    assert {(r["subject"], r["predicate"], r["object"], r["product"]) for r in rels} == {
        (ids["amesys"], "supplied", ids["libya"], ids["eagle"])}
    assert len(rels) == 2 and {r["date"] for r in rels} == {"2008", "2011"}
    assert len(rows["unresolved_relation"]) == 1 and rows["unresolved_relation"][0]["subject"] is None
    docs = {d["id"]: d["text"] for d in rows["document"]}
    for kind in ("relation", "event", "claim", "flag"):
        for row in rows[kind]:
            assert row["evidence"], kind
            for ev in row["evidence"]:
                assert docs[ev["doc"]][ev["start"]:ev["end"]] == ev["quote"]
    (ev,) = rows["event"]
    assert ev["participants"] == sorted([ids["amesys"], ids["libya"]])
    speakers = {c["speaker"] for c in rows["claim"]}
    assert speakers == {ids["vannier"], ids["amesys"]}
    assert rows["contradiction"][0]["claims"] == ["x", "y"]
    assert rows["flag"][0]["evidence"][0]["quote"] == "Amesys a livré le système Eagle"
    assert rows["judgement"][0]["author"] == "tester"
    assert {m["kind"] for m in rows["mention"]} == {"mention"} and len(rows["mention"]) == 9


def test_export_import_export_is_byte_identical(store: Store, db_url: str, tmp_path: Path) -> None:
    populate(store)
    first = dump(store)
    with store.connect() as conn:
        n_evidence = conn.execute(select(func.count()).select_from(evidence)).scalar_one()
    path = tmp_path / "export.jsonl"
    path.write_text(first, encoding="utf-8")
    store.engine.dispose()
    if db_url.startswith("postgresql"):
        reset_database(db_url)
        target = open_store(db_url)
    else:
        target = open_store(f"sqlite:///{tmp_path / 'restored.db'}")
    counts = import_jsonl(target, str(path))
    assert counts["document"] == 2 and counts["relation"] == 2 and counts["mention"] == 9
    assert dump(target) == first
    assert search(target, "Bahrein")  # the full-text index is rebuilt too
    with target.connect() as conn:
        assert conn.execute(select(func.count()).select_from(evidence)).scalar_one() == n_evidence == 7
    target.engine.dispose()


def test_import_refuses_a_database_with_data(store: Store, tmp_path: Path) -> None:
    populate(store)
    path = tmp_path / "e.jsonl"
    path.write_text(dump(store), encoding="utf-8")
    with pytest.raises(InvalidData, match="empty database"):
        import_jsonl(store, str(path))


def _lines(store: Store) -> list[str]:
    populate(store)
    return dump(store).splitlines()


@pytest.mark.parametrize("breakage, msg", [
    (lambda row: "{not json", "not valid JSON"),
    (lambda row: json.dumps({**json.loads(row), "kind": "gossip"}), "unknown kind"),
    (lambda row: json.dumps({k: v for k, v in json.loads(row).items() if k != "text"}), "'text'"),
    (lambda row: json.dumps({**json.loads(row), "start": "12"}), "'start'"),
])
def test_bad_lines_are_named_and_nothing_is_written(store: Store, db_url: str, tmp_path: Path,
                                                    breakage, msg: str) -> None:
    lines = _lines(store)
    kinds = [json.loads(line)["kind"] for line in lines]
    target_kind = "mention" if "start" in msg else "document"
    n = kinds.index(target_kind)
    lines[n] = breakage(lines[n])
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reset_database(db_url) if db_url.startswith("postgresql") else None
    target = open_store(db_url if db_url.startswith("postgresql") else f"sqlite:///{tmp_path / 'r.db'}")
    with pytest.raises(InvalidData, match=rf"bad.jsonl:{n + 1}: .*{msg}"):
        import_jsonl(target, str(path))
    with target.connect() as conn:
        assert conn.execute(select(func.count()).select_from(document)).scalar_one() == 0
    target.engine.dispose()


def _tampered(store: Store, tmp_path: Path, kind: str, change: Callable[[dict], None]) -> tuple[Path, int]:
    """The export written to bad.jsonl with its first row of `kind` changed by `change`, and that row's
    line number (1-based)."""
    lines = _lines(store)
    n = next(i for i, line in enumerate(lines) if json.loads(line)["kind"] == kind)
    row = json.loads(lines[n])
    change(row)
    lines[n] = json.dumps(row)
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, n + 1


def test_a_wrong_quote_is_refused(store: Store, tmp_path: Path) -> None:
    path, line = _tampered(store, tmp_path, "relation", lambda row: row["evidence"][0].update(quote="invented"))
    target = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    with pytest.raises(InvalidData, match=rf"bad.jsonl:{line}: .*not the document text"):
        import_jsonl(target, str(path))


def test_a_database_error_rolls_everything_back(store: Store, tmp_path: Path) -> None:
    path, line = _tampered(store, tmp_path, "mention", lambda row: row.update(doc="0" * 64))  # no such document
    target = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    with pytest.raises(InvalidData, match=rf"bad.jsonl:{line}: cannot restore"):
        import_jsonl(target, str(path))
    with target.connect() as conn:
        assert conn.execute(select(func.count()).select_from(document)).scalar_one() == 0
    assert TEXT_A  # the sample is the one written above
