"""What the web shows beyond enquete.query's facts (search and the document view), computed once per
view for both formats (the JSON API and the HTML page).

Every function takes an enquete.query `Scope` (who is asking: the visible documents and the redaction
of protected names) and returns plain dicts filtered by the documents the viewer may see.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from sqlalchemy import func, or_, select

from enquete.exc import InvalidData, NotFound
from enquete.query import Scope, claim_rows, event_rows, relation_rows
from enquete.store.schema import claim, collection, document, entity, event, evidence, mention, relation

log = logging.getLogger(__name__)


def _snippet(text: str, terms: list[str], width: int = 90) -> dict:
    """A window of `text` around the first term found: {before, match, after}."""
    low = text.lower()
    for t in terms:
        i = low.find(t.lower())
        if i >= 0:
            s, e = max(0, i - width), min(len(text), i + len(t) + width)
            return {"before": ("…" if s else "") + text[s:i], "match": text[i:i + len(t)],
                    "after": text[i + len(t):e] + ("…" if e < len(text) else "")}
    return {"before": text[:2 * width] + ("…" if len(text) > 2 * width else ""), "match": "", "after": ""}


def _search_ids(scope: Scope, query: str, limit: int) -> list[str] | None:
    """Document ids from the store's full-text search when it is there (None otherwise)."""
    try:
        from enquete.store.search import search as fts  # the STORE helper's full-text search
    except ImportError:
        return None
    cols = None if scope.collections is None else sorted(scope.collections)
    if cols == []:
        return []
    hits = fts(scope.store, query, limit=limit, collections=cols)  # InvalidData on a malformed query
    ids = []
    for h in hits:
        doc_id = h.get("doc_id") if isinstance(h, dict) else getattr(h, "doc_id", None)
        if doc_id and doc_id not in ids:
            ids.append(doc_id)
    return ids


def search(scope: Scope, query: str, limit: int = 20) -> dict:
    """Documents and entities matching `query`, with snippets from the text the viewer may read.
    A malformed query gives no hits and an `error` saying why."""
    query = (query or "").strip()[:200]
    terms = [t for t in re.findall(r"[^\W_]+", query) if t not in ("OR", "AND", "NOT")]
    if scope.redactor.active and scope.text(query) != query:
        # a search by a protected name must not confirm where it appears
        return {"query": query, "hits": [], "entities": [], "error": None}
    error = None
    with scope.store.connect() as conn:
        base = select(document.c.id, document.c.title, document.c.source, document.c.published,
                      document.c.language, collection.c.name.label("collection")).outerjoin(
            collection, collection.c.id == document.c.collection_id).where(
            document.c.id.in_(scope.visible_docs()))
        try:
            ids = _search_ids(scope, query, limit) if query else None
        except InvalidData as exc:
            ids, error = [], exc.detail
        if not query:
            rows = conn.execute(base.order_by(document.c.published.desc(), document.c.id).limit(limit)).all()
        elif ids is not None:
            found = {r.id: r for r in conn.execute(base.where(document.c.id.in_(ids))).all()}
            rows = [found[i] for i in ids if i in found]
        else:
            cond = [or_(document.c.text.ilike(f"%{t}%"), document.c.title.ilike(f"%{t}%")) for t in terms]
            rows = conn.execute(base.where(*cond).order_by(document.c.published.desc(), document.c.id)
                                .limit(limit)).all()
        hits = []
        for r in rows:
            text, _ = scope.doc_text(conn, r.id)
            hits.append({"doc_id": r.id, "title": scope.text(r.title) or r.source, "source": scope.text(r.source),
                         "published": r.published, "language": r.language, "collection": r.collection,
                         "snippet": _snippet(text, terms)})
        ents = _entity_matches(scope, conn, terms, limit) if terms and not error else []
    return {"query": query, "hits": hits, "entities": ents, "error": error}


def _entity_matches(scope: Scope, conn: Any, terms: list[str], limit: int) -> list[dict]:
    """Entities whose name matches every term and that appear in a visible document."""
    q = (select(entity.c.id, entity.c.name, entity.c.type, func.count(mention.c.id).label("n"))
         .join(mention, mention.c.entity_id == entity.c.id)
         .where(mention.c.doc_id.in_(scope.visible_docs()), *[entity.c.name.ilike(f"%{t}%") for t in terms])
         .group_by(entity.c.id, entity.c.name, entity.c.type)
         .order_by(func.count(mention.c.id).desc(), entity.c.name).limit(limit))
    out = []
    for r in conn.execute(q):
        if scope.redactor.is_protected(r.id):
            continue  # a search by a protected name must not confirm it
        out.append({"id": r.id, "name": scope.name(r.id, r.name), "type": r.type, "mentions": r.n})
    return out


def document_view(scope: Scope, doc_id: str) -> dict:
    """A document as the viewer may read it: metadata, text, mentions and the evidence it holds."""
    with scope.store.connect() as conn:
        row = conn.execute(select(document, collection.c.name.label("collection"))
                           .outerjoin(collection, collection.c.id == document.c.collection_id)
                           .where(document.c.id == doc_id, document.c.id.in_(scope.visible_docs()))).first()
        if row is None:
            raise NotFound(f"no document {doc_id!r}")
        text, omap = scope.doc_text(conn, doc_id)
        ments = []
        for m in conn.execute(select(mention.c.id, mention.c.start, mention.c.end, mention.c.type,
                                     mention.c.entity_id, entity.c.name)
                              .outerjoin(entity, entity.c.id == mention.c.entity_id)
                              .where(mention.c.doc_id == doc_id).order_by(mention.c.start)):
            s, e = omap.span(m.start, m.end)
            ments.append({"id": m.id, "start": s, "end": e, "text": text[s:e], "type": m.type,
                          "entity": scope.eid(m.entity_id), "entity_name": scope.name(m.entity_id, m.name)})
        evs = []
        for ev in conn.execute(select(evidence.c.owner_kind, evidence.c.owner_id, evidence.c.start,
                                      evidence.c.end).where(evidence.c.doc_id == doc_id)
                               .order_by(evidence.c.start, evidence.c.end)):
            s, e = omap.span(ev.start, ev.end)
            evs.append({"kind": ev.owner_kind, "id": ev.owner_id, "start": s, "end": e, "quote": text[s:e]})
    return {"id": row.id, "title": scope.text(row.title) or row.source, "source": scope.text(row.source),
            "url": row.url if scope.text(row.url) == row.url else None,  # a URL may spell the name
            "outlet": scope.text(row.outlet), "published": row.published, "language": row.language,
            "collection": row.collection, "near_duplicate_of": row.near_duplicate_of, "text": text,
            "mentions": ments, "evidence": evs}


def read_document(scope: Scope, doc_id: str) -> dict:
    """A document as the viewer may read it (document_view) with the facts it supports."""
    doc = document_view(scope, doc_id)
    with scope.store.connect() as conn:
        doc["relations"] = relation_rows(scope, conn, relation.c.doc_id == doc_id)
        doc["claims"] = claim_rows(scope, conn, claim.c.doc_id == doc_id)
        doc["events"] = event_rows(scope, conn, event.c.doc_id == doc_id)
    return doc
