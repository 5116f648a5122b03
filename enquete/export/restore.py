"""Restore a JSON Lines export (enquete/export/jsonl.py) into an empty database, all or nothing.

Every line is validated first (JSON, known kind, required fields and their types, evidence quotes equal
to the document text at their offsets); any problem raises InvalidData naming FILE:LINE. Then every row
is written in one transaction.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import DBAPIError

from enquete.exc import InvalidData
from enquete.export.jsonl import KINDS
from enquete.store import Store, fts
from enquete.store.schema import (
    claim, claim_about, collection, contradiction, date_mention, document, entity, event, event_participant,
    evidence, flag, judgement, mention, relation,
)

log = logging.getLogger(__name__)
S, I, F, B, L, D = str, int, (int, float), bool, list, dict
OPT = type(None)
REQUIRED: dict[str, dict[str, Any]] = {
    "collection": {"id": I, "name": S, "private": B},
    "document": {"id": S, "source": S, "text": S, "language": S, "near_duplicate_of": (S, OPT),
                 "collection": (I, OPT)},
    "entity": {"id": S, "type": S, "name": S, "protected": B},
    "mention": {"id": S, "doc": S, "start": I, "end": I, "text": S, "type": S, "entity": (S, OPT)},
    "date": {"id": I, "doc": S, "start": I, "end": I, "text": S, "value": S, "precision": S},
    "relation": {"id": S, "doc": S, "subject_mention": S, "predicate": S, "object_mention": S,
                 "product_mention": (S, OPT), "confidence": F, "extractor": S, "evidence": L},
    "event": {"id": S, "doc": S, "date": S, "precision": S, "description": S, "participant_mentions": L,
              "evidence": L},
    "claim": {"id": S, "doc": S, "speaker_mention": (S, OPT), "stance": S, "proposition": S,
              "about_mentions": L, "evidence": L},
    "contradiction": {"id": S, "a_kind": S, "a_id": S, "b_kind": S, "b_id": S, "why": S},
    "flag": {"id": S, "rule": S, "status": S, "why": S, "evidence": L},
    "judgement": {"id": I, "judgement": S, "author": S, "created_at": S},
}
#: Fields older exports lack, checked where present.
OPTIONAL: dict[str, dict[str, Any]] = {"mention": {"edition": (S, OPT)}}
REQUIRED["unresolved_relation"] = REQUIRED["relation"]
REQUIRED["unresolved_claim"] = REQUIRED["claim"]
EMPTY_CHECK = (collection, document, entity, mention, judgement, contradiction, flag)


def _check_row(row: Any, texts: dict[str, str]) -> str:
    """The problem with one parsed row, or '' when it is valid."""
    if not isinstance(row, dict):
        return "a line must be a JSON object"
    kind = row.get("kind")
    if kind not in REQUIRED:
        return f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})"
    for name, typ in REQUIRED[kind].items():
        value = row.get(name)
        if name not in row or not isinstance(value, typ) or (typ is I and isinstance(value, bool)):
            return f"{kind} row: field {name!r} is missing or has the wrong type"
    for name, typ in OPTIONAL.get(kind, {}).items():
        if name in row and not isinstance(row[name], typ):
            return f"{kind} row: field {name!r} has the wrong type"
    if kind == "document":
        texts[row["id"]] = row["text"]
    for ev in row.get("evidence", []):
        if not (isinstance(ev, dict) and isinstance(ev.get("doc"), str) and isinstance(ev.get("start"), int)
                and isinstance(ev.get("end"), int) and isinstance(ev.get("quote"), str)):
            return f"{kind} {row['id']}: evidence needs doc, start, end and quote"
        if ev["doc"] in texts and texts[ev["doc"]][ev["start"]:ev["end"]] != ev["quote"]:
            return f"{kind} {row['id']}: evidence quote is not the document text at {ev['start']}:{ev['end']}"
    return ""


def read_rows(path: str) -> list[tuple[int, dict[str, Any]]]:
    """Every (line number, row) of `path`, validated; InvalidData naming FILE:LINE otherwise."""
    rows, texts = [], {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidData(f"{path}: cannot read: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidData(f"{path}:{n}: not valid JSON: {exc.msg}") from exc
        problem = _check_row(row, texts)
        if problem:
            raise InvalidData(f"{path}:{n}: {problem}")
        rows.append((n, row))
    rows.sort(key=lambda item: KINDS.index(item[1]["kind"]))  # stable: file order within a kind
    return rows


def _ensure_empty(conn: Connection) -> None:
    for table in EMPTY_CHECK:
        if conn.execute(select(func.count()).select_from(table)).scalar_one():
            raise InvalidData(f"import needs an empty database, and its {table.name} table has rows: "
                              "use a new --db, or reset this one first")


def restore(store: Store, path: str) -> dict[str, int]:
    """Validate every line of `path`, then write them all in one transaction."""
    rows = read_rows(path)
    counts: Counter[str] = Counter()
    with store.begin() as conn:
        _ensure_empty(conn)
        duplicates: list[tuple[str, str]] = []
        for n, row in rows:
            try:
                _write(conn, row, duplicates)
            except DBAPIError as exc:
                raise InvalidData(f"{path}:{n}: cannot restore this {row['kind']} row: "
                                  f"{str(exc.orig).splitlines()[0]}") from exc
            counts[row["kind"]] += 1
        for doc_id, of in duplicates:
            conn.execute(update(document).where(document.c.id == doc_id).values(near_duplicate_of=of))
        _fix_sequences(conn)
    log.info("restored %s", dict(counts))
    return dict(counts)


def _cols(table: Any, row: dict[str, Any], **renames: str) -> dict[str, Any]:
    src = {renames.get(k, k): v for k, v in row.items()}
    return {c.name: src.get(c.name) for c in table.columns if c.name in src}


def _evidence(conn: Connection, kind: str, owner: str, items: list[dict[str, Any]]) -> None:
    if items:
        conn.execute(insert(evidence), [{"owner_kind": kind, "owner_id": owner, "doc_id": e["doc"],
                                         "start": e["start"], "end": e["end"], "quote": e["quote"]}
                                        for e in items])


def _write(conn: Connection, row: dict[str, Any], duplicates: list[tuple[str, str]]) -> None:
    kind = row["kind"]
    if kind == "collection":
        conn.execute(insert(collection).values(**_cols(collection, row)))
    elif kind == "document":
        values = _cols(document, row, collection="collection_id")
        if values.get("near_duplicate_of"):
            duplicates.append((row["id"], values["near_duplicate_of"]))
        conn.execute(insert(document).values(**{**values, "near_duplicate_of": None}))
        fts.index_document(conn, row["id"], row.get("title"), row["text"])
    elif kind == "entity":
        conn.execute(insert(entity).values(**_cols(entity, row)))
    elif kind == "mention":
        conn.execute(insert(mention).values(**_cols(mention, row, doc="doc_id", entity="entity_id")))
    elif kind == "date":
        conn.execute(insert(date_mention).values(**_cols(date_mention, row, doc="doc_id")))
    elif kind in ("relation", "unresolved_relation"):
        conn.execute(insert(relation).values(**_cols(
            relation, {k: v for k, v in row.items() if k not in ("subject", "object", "product")}, doc="doc_id",
            subject_mention="subject", object_mention="object", product_mention="product")))
        _evidence(conn, "relation", row["id"], row["evidence"])
    elif kind == "event":
        conn.execute(insert(event).values(**_cols(event, row, doc="doc_id")))
        for m in row["participant_mentions"]:
            conn.execute(insert(event_participant).values(event_id=row["id"], mention_id=m))
        _evidence(conn, "event", row["id"], row["evidence"])
    elif kind in ("claim", "unresolved_claim"):
        conn.execute(insert(claim).values(**_cols(
            claim, {k: v for k, v in row.items() if k != "speaker"}, doc="doc_id", speaker_mention="speaker")))
        for m in row["about_mentions"]:
            conn.execute(insert(claim_about).values(claim_id=row["id"], mention_id=m))
        _evidence(conn, "claim", row["id"], row["evidence"])
    elif kind == "contradiction":
        conn.execute(insert(contradiction).values(**_cols(contradiction, row)))
    elif kind == "flag":
        conn.execute(insert(flag).values(**_cols(flag, row)))
        _evidence(conn, "flag", row["id"], row["evidence"])
    elif kind == "judgement":
        values = _cols(judgement, {k: v for k, v in row.items() if k != "kind"}, judgement="kind")
        conn.execute(insert(judgement).values(**values))


def _fix_sequences(conn: Connection) -> None:
    """PostgreSQL: move the id sequences past the ids restored explicitly."""
    if conn.dialect.name != "postgresql":
        return
    for table in (collection, date_mention, judgement):
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)")
