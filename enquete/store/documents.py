"""Writing and finding documents: one document and everything extracted from it in one transaction.

Ids are deterministic (document id + kind + offsets + predicate…), so writing the same document twice is
a no-op: a document whose id is stored already is skipped entirely.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select

from enquete.exc import InvalidData, NotFound
from enquete.model import Claim, Document, Event, Evidence, Extraction, Relation, sha256
from enquete.store import fts
from enquete.store.schema import (
    claim, claim_about, collection, date_mention, document, event, event_participant, evidence, mention,
    relation,
)

log = logging.getLogger(__name__)
DEFAULT_COLLECTION = "default"


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fact_id(doc_id: str, kind: str, *parts: Any) -> str:
    """A deterministic id for a fact of `kind` in document `doc_id`."""
    return sha256("|".join([doc_id, kind, *("" if p is None else str(p) for p in parts)]))


def relation_id(doc_id: str, r: Relation) -> str:
    return fact_id(doc_id, "relation", r.subject, r.predicate, r.object, r.product, r.evidence.start,
                   r.evidence.end)


def event_id(doc_id: str, e: Event) -> str:
    return fact_id(doc_id, "event", e.date, e.description, e.evidence.start, e.evidence.end)


def claim_id(doc_id: str, c: Claim) -> str:
    return fact_id(doc_id, "claim", c.speaker, c.stance, c.proposition, c.evidence.start, c.evidence.end)


def ensure_collection(conn: Connection, name: str | None = None, *, private: bool = True) -> int:
    """The id of collection `name` (default "default"), created (private) when missing."""
    name = (name or DEFAULT_COLLECTION).strip()
    if not name:
        raise InvalidData("a collection needs a name")
    found = conn.execute(select(collection.c.id).where(collection.c.name == name)).scalar()
    if found is not None:
        return int(found)
    return int(conn.execute(insert(collection).values(name=name, private=private, created_at=now())
                            .returning(collection.c.id)).scalar_one())


def document_exists(conn: Connection, doc_id: str) -> bool:
    return conn.execute(select(document.c.id).where(document.c.id == doc_id)).first() is not None


def document_values(doc: Document, collection_id: int | None, minhash: list[int] | None,
                    extracted_with: str | None) -> dict[str, Any]:
    """The document row of `doc`."""
    return {
        "id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title, "outlet": doc.outlet,
        "published": doc.published, "language": doc.language or "other", "mimetype": doc.mimetype,
        "keywords": list(doc.keywords or []), "pages": [list(p) for p in doc.pages or []], "text": doc.text,
        "fetched_at": doc.fetched_at, "near_duplicate_of": doc.near_duplicate_of,
        "near_duplicate_score": doc.near_duplicate_score, "minhash": minhash,
        "collection_id": collection_id, "extracted_with": extracted_with,
    }


def save_document(conn: Connection, doc: Document, extraction: Extraction | None,
                  collection_id: int | None, *, minhash: list[int] | None = None,
                  extracted_with: str | None = None) -> bool:
    """Write `doc` (+ its full-text row) and every fact of `extraction`, in the caller's transaction.

    Returns False (and writes nothing) when a document with this id is stored already."""
    if document_exists(conn, doc.id):
        return False
    conn.execute(insert(document).values(**document_values(doc, collection_id, minhash, extracted_with)))
    fts.index_document(conn, doc.id, doc.title, doc.text)
    if extraction is not None:
        save_extraction(conn, doc.id, extraction)
    return True


def save_extraction(conn: Connection, doc_id: str, ex: Extraction) -> None:
    """Write the mentions, dates, relations, events, claims and evidence of one document."""
    seen: set[str] = set()
    rows = []
    for m in ex.mentions:
        if m.id not in seen:
            seen.add(m.id)
            rows.append({"id": m.id, "doc_id": doc_id, "start": m.start, "end": m.end, "text": m.text,
                         "type": m.type, "cluster": m.cluster, "country": m.country,
                         "categories": list(m.categories or []), "source": m.source, "edition": m.edition})
    _insert(conn, mention, rows)
    _insert(conn, date_mention, [{"doc_id": doc_id, "start": d.start, "end": d.end, "text": d.text,
                                  "value": d.value, "precision": d.precision} for d in ex.dates])
    evidence_rows: list[dict[str, Any]] = []
    _save_relations(conn, doc_id, ex.relations, evidence_rows)
    _save_events(conn, doc_id, ex.events, evidence_rows)
    _save_claims(conn, doc_id, ex.claims, evidence_rows)
    _insert(conn, evidence, evidence_rows)


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _evidence_row(kind: str, owner: str, ev: Evidence) -> dict[str, Any]:
    return {"owner_kind": kind, "owner_id": owner, "doc_id": ev.doc, "start": ev.start, "end": ev.end,
            "quote": ev.quote}


def _save_relations(conn: Connection, doc_id: str, rels: list[Relation], ev_rows: list[dict[str, Any]]) -> None:
    rows, seen = [], set()
    for r in rels:
        rid = relation_id(doc_id, r)
        if rid in seen:
            continue
        seen.add(rid)
        rows.append({"id": rid, "doc_id": doc_id, "subject": r.subject, "predicate": r.predicate,
                     "object": r.object, "product": r.product, "role": r.role, "date": r.date,
                     "precision": r.precision, "confidence": r.confidence, "extractor": r.extractor})
        ev_rows.append(_evidence_row("relation", rid, r.evidence))
    _insert(conn, relation, rows)


def _save_events(conn: Connection, doc_id: str, events: list[Event], ev_rows: list[dict[str, Any]]) -> None:
    rows, parts, seen = [], [], set()
    for e in events:
        eid = event_id(doc_id, e)
        if eid in seen:
            continue
        seen.add(eid)
        rows.append({"id": eid, "doc_id": doc_id, "date": e.date, "precision": e.precision,
                     "description": e.description})
        parts += [{"event_id": eid, "mention_id": m} for m in dict.fromkeys(e.participants)]
        ev_rows.append(_evidence_row("event", eid, e.evidence))
    _insert(conn, event, rows)
    _insert(conn, event_participant, parts)


def _save_claims(conn: Connection, doc_id: str, claims: list[Claim], ev_rows: list[dict[str, Any]]) -> None:
    rows, about, seen = [], [], set()
    for c in claims:
        cid = claim_id(doc_id, c)
        if cid in seen:
            continue
        seen.add(cid)
        rows.append({"id": cid, "doc_id": doc_id, "speaker": c.speaker, "stance": c.stance,
                     "proposition": c.proposition, "predicate": c.predicate, "date": c.date})
        about += [{"claim_id": cid, "mention_id": m} for m in dict.fromkeys(c.about)]
        ev_rows.append(_evidence_row("claim", cid, c.evidence))
    _insert(conn, claim, rows)
    _insert(conn, claim_about, about)


def find_document(conn: Connection, prefix: str) -> Row[Any]:
    """The document whose id starts with `prefix`; NotFound or InvalidData (ambiguous) otherwise."""
    prefix = prefix.strip().lower()
    if not prefix or any(ch not in "0123456789abcdef" for ch in prefix):
        raise InvalidData(f"{prefix!r} is not a document id (hexadecimal digits)")
    rows = conn.execute(select(document).where(document.c.id.like(prefix + "%")).order_by(document.c.id)
                        .limit(6)).all()
    if not rows:
        raise NotFound(f"no document with an id starting with {prefix!r}")
    if len(rows) > 1:
        ids = ", ".join(r.id[:12] for r in rows[:5])
        raise InvalidData(f"{prefix!r} is ambiguous: it starts {len(rows)}{'+' if len(rows) > 5 else ''} "
                          f"document ids ({ids}…); give more characters")
    return rows[0]


def count_documents(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(document)).scalar_one())


def list_documents(conn: Connection) -> list[Row[Any]]:
    """Every document (without its text), by publication date then id."""
    cols = [c for c in document.c if c.name not in ("text", "minhash", "pages")]
    return list(conn.execute(select(*cols).order_by(document.c.published, document.c.id)))


def document_mentions(conn: Connection, doc_id: str) -> list[Row[Any]]:
    """The mentions of one document, in text order."""
    return list(conn.execute(select(mention).where(mention.c.doc_id == doc_id)
                             .order_by(mention.c.start, mention.c.end)))
