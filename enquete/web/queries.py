"""What the web shows, computed once per view for both formats (the JSON API and the HTML page).

Every function takes a `Scope` (who is asking: the visible documents and the redaction of protected
names) and returns plain dicts. Access control lives here: every query is filtered by the documents
the viewer may see, so an entity, relation, claim, flag or contradiction is only shown through
evidence in a visible document.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, false, func, or_, select

from enquete.exc import InvalidData, NotFound
from enquete.privacy import OffsetMap, Redactor, load_redactor
from enquete.store import Store
from enquete.store.schema import collection, document, entity, evidence, mention

log = logging.getLogger(__name__)


@dataclass
class Scope:
    """A viewer's window on the store: visible documents and redaction."""

    store: Store
    collections: frozenset[int] | None  # None: everything (admin)
    redactor: Redactor
    _docs: dict[str, tuple[str, OffsetMap]] = field(default_factory=dict)

    def visible_docs(self) -> Select:
        """SELECT of the ids of the documents the viewer may see."""
        q = select(document.c.id)
        if self.collections is None:
            return q
        if not self.collections:
            return q.where(false())
        return q.where(document.c.collection_id.in_(sorted(self.collections)))

    def doc_visible(self, conn: Any, doc_id: str) -> bool:
        return conn.execute(self.visible_docs().where(document.c.id == doc_id)).first() is not None

    def eid(self, entity_id: str | None) -> str | None:
        """The id the viewer sees for an entity (protected entities go by a public id)."""
        return self.redactor.eid(entity_id)

    def entity_ref(self, shown: str) -> str:
        """The real entity id behind an id from a request; NotFound for a protected entity's real id
        asked for by a viewer who sees it redacted."""
        real = self.redactor.real_id(shown)
        if real is None:
            raise NotFound(f"no entity {shown!r}")
        return real

    def name(self, entity_id: str | None, name: str | None) -> str | None:
        return self.redactor.name(entity_id, name)

    def text(self, text: str | None) -> str | None:
        return self.redactor.text(text)

    def doc_text(self, conn: Any, doc_id: str) -> tuple[str, OffsetMap]:
        """The (redacted) text of a document and the map of original offsets onto it."""
        if doc_id not in self._docs:
            raw = conn.execute(select(document.c.text).where(document.c.id == doc_id)).scalar() or ""
            if self.redactor.active:
                spans = conn.execute(select(mention.c.start, mention.c.end, mention.c.entity_id).where(
                    mention.c.doc_id == doc_id, mention.c.entity_id.in_(list(self.redactor.protected)))).all()
                self._docs[doc_id] = self.redactor.text_with_map(raw, [tuple(s) for s in spans])
            else:
                self._docs[doc_id] = (raw, OffsetMap())
        return self._docs[doc_id]


def make_scope(store: Store, collections: frozenset[int] | None, redacts: bool) -> Scope:
    """The Scope of a viewer: `collections` None means all; `redacts` hides protected names."""
    return Scope(store, collections, load_redactor(store) if redacts else Redactor({}))


def evidence_for(scope: Scope, conn: Any, kind: str, ids: list[str]) -> dict[str, list[dict]]:
    """Evidence of facts of one kind, by fact id, restricted to visible documents; offsets and quotes
    are those of the (redacted) text the viewer reads."""
    if not ids:
        return {}
    rows = conn.execute(
        select(evidence, document.c.title).join(document, document.c.id == evidence.c.doc_id)
        .where(evidence.c.owner_kind == kind, evidence.c.owner_id.in_(ids),
               evidence.c.doc_id.in_(scope.visible_docs()))
        .order_by(evidence.c.doc_id, evidence.c.start)).all()
    out: dict[str, list[dict]] = {}
    for r in rows:
        if scope.redactor.active:
            text, omap = scope.doc_text(conn, r.doc_id)
            s, e = omap.span(r.start, r.end)
            quote = text[s:e]
        else:  # nothing to redact: the stored quote is text[start:end] already
            s, e, quote = r.start, r.end, r.quote
        out.setdefault(r.owner_id, []).append({
            "doc": r.doc_id, "start": s, "end": e, "quote": quote, "title": scope.text(r.title),
            "anchor": f"/documents/{r.doc_id}#ev-{s}-{e}"})
    return out


def parties(scope: Scope, conn: Any, mention_ids: list[str]) -> dict[str, dict]:
    """For mention ids: the entity they refer to ({id, name, type}); id None when unresolved."""
    ids = [m for m in set(mention_ids) if m]
    if not ids:
        return {}
    rows = conn.execute(select(mention.c.id, mention.c.text, mention.c.type, mention.c.entity_id,
                               entity.c.name, entity.c.type.label("etype"))
                        .outerjoin(entity, entity.c.id == mention.c.entity_id)
                        .where(mention.c.id.in_(ids))).all()
    out = {}
    for r in rows:
        if r.entity_id:
            out[r.id] = {"id": scope.eid(r.entity_id), "name": scope.name(r.entity_id, r.name), "type": r.etype}
        else:
            out[r.id] = {"id": None, "name": scope.text(r.text), "type": r.type}
    return out


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
