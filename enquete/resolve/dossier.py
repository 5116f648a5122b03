"""Finding an entity and gathering its dossier for the CLI: a plain, JSON-serialisable dict of lists,
read through enquete.query with every document in scope and nothing redacted (the web's dossier is
query.viewer_dossier, through the viewer's scope). Facts reach the entity through mention.entity_id."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, or_, select

from enquete import query
from enquete.exc import InvalidData, NotFound
from enquete.query import Scope
from enquete.resolve.names import fold
from enquete.store import Store
from enquete.store.schema import (
    claim, claim_about, entity, event, event_participant, flag, judgement, mention, relation,
)


def get_entity(conn: Connection, eid: str) -> Any:
    """The entity row with id `eid` (NotFound otherwise)."""
    row = conn.execute(select(entity).where(entity.c.id == eid)).first()
    if row is None:
        raise NotFound(f"no entity with id {eid!r}")
    return row


def find_entity(store: Store, name_or_id: str) -> Any:
    """The entity row whose id, canonical name or alias (folded) is `name_or_id`. Raises NotFound,
    or InvalidData listing the candidates when several entities carry that name."""
    with store.connect() as conn:
        row = conn.execute(select(entity).where(entity.c.id == name_or_id)).first()
        if row is not None:
            return row
        want = fold(name_or_id)
        if not want:
            raise NotFound("an empty name names no entity")
        ids = {r.id for r in conn.execute(select(entity.c.id, entity.c.name)) if fold(r.name) == want}
        if not ids:
            q = select(mention.c.entity_id, mention.c.text).where(mention.c.entity_id.is_not(None))
            ids = {r.entity_id for r in conn.execute(q) if fold(r.text) == want}
        if not ids:
            raise NotFound(f"no entity named {name_or_id!r}")
        rows = conn.execute(select(entity).where(entity.c.id.in_(ids)).order_by(entity.c.id)).all()
        if len(rows) > 1:
            listing = "; ".join(f"{r.id} ({r.type}, {r.name})" for r in rows)
            raise InvalidData(f"{name_or_id!r} names {len(rows)} entities: {listing}; give an id")
        return rows[0]


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence (or line) of `text` holding [start, end), at most about `limit` characters."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    right = min(rights) + 1 if rights else len(text)
    s, e = max(left + 1, start - limit // 2), min(right, end + limit // 2)
    return " ".join(text[s:e].split())


def _evidence(scope: Scope, conn: Connection, kind: str, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Fact id -> its evidence spans {doc, start, end, quote}."""
    return {k: [query.span(e) for e in evs] for k, evs in query.evidence_for(scope, conn, kind, ids).items()}


def _names(conn: Connection, mention_ids: list[str]) -> dict[str, dict[str, Any]]:
    """mention id -> {mention text, entity id, entity name, entity type}."""
    return {m: {"text": r.text, "entity": r.entity_id, "name": r.name or r.text, "type": r.etype}
            for m, r in query.mention_rows(conn, mention_ids).items()}


def _relations(scope: Scope, conn: Connection, mids: set[str]) -> dict[str, list[dict[str, Any]]]:
    ends = or_(relation.c.subject.in_(mids), relation.c.object.in_(mids), relation.c.product.in_(mids))
    rows = query.fact_rows(scope, conn, relation, ends, limit=None)
    names = _names(conn, [x for r in rows for x in (r.subject, r.object, r.product)])
    ev = _evidence(scope, conn, "relation", [r.id for r in rows])
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        role = "subject" if r.subject in mids else "object" if r.object in mids else "product"
        out[r.predicate].append({
            "id": r.id, "as": role, "subject": names.get(r.subject), "object": names.get(r.object),
            "product": names.get(r.product) if r.product else None, "role": r.role, "date": r.date,
            "confidence": r.confidence, "doc": r.doc_id, "evidence": ev.get(r.id, [])})
    return dict(sorted(out.items()))


def _claims(scope: Scope, conn: Connection, mids: set[str]) -> dict[str, list[dict[str, Any]]]:
    about = select(claim_about.c.claim_id).where(claim_about.c.mention_id.in_(mids))
    rows = query.fact_rows(scope, conn, claim, or_(claim.c.speaker.in_(mids), claim.c.id.in_(about)),
                           limit=None)
    names = _names(conn, [r.speaker for r in rows])
    ev = _evidence(scope, conn, "claim", [r.id for r in rows])
    out: dict[str, list[dict[str, Any]]] = {"by": [], "about": []}
    for r in rows:
        item = {"id": r.id, "speaker": names.get(r.speaker) if r.speaker else None, "stance": r.stance,
                "proposition": r.proposition, "date": r.date, "doc": r.doc_id, "evidence": ev.get(r.id, [])}
        out["by" if r.speaker in mids else "about"].append(item)
    return out


def _events(scope: Scope, conn: Connection, mids: set[str]) -> list[dict[str, Any]]:
    ids = select(event_participant.c.event_id).where(event_participant.c.mention_id.in_(mids))
    rows = query.fact_rows(scope, conn, event, event.c.id.in_(ids), limit=None)
    ev = _evidence(scope, conn, "event", [r.id for r in rows])
    return [{"id": r.id, "date": r.date, "precision": r.precision, "description": r.description,
             "doc": r.doc_id, "evidence": ev.get(r.id, [])} for r in rows]


def dossier(store: Store, entity_id: str) -> dict[str, Any]:
    """Everything known of one entity: identity, aliases with counts, documents, relations by
    predicate with their quotes, claims by and about it, events, flags and judgements."""
    scope = Scope.everything(store)
    with store.connect() as conn:
        e = get_entity(conn, entity_id)
        mids = set(conn.execute(query.entity_mentions(scope, e.id)).scalars())
        docs = query.entity_documents(conn, query.entity_mentions(scope, e.id))
        flags = conn.execute(select(flag).where(or_(flag.c.supplier == e.id, flag.c.destination == e.id))
                             .order_by(flag.c.id)).all()
        judged = conn.execute(select(judgement).where(or_(judgement.c.entity_a == e.id,
                                                          judgement.c.entity_b == e.id))
                              .order_by(judgement.c.id)).all()
        return {
            "id": e.id, "type": e.type, "name": e.name, "country": e.country,
            "categories": list(e.categories or []), "protected": bool(e.protected),
            "aliases": [{"name": n, "count": c} for n, c in
                        query.aliases(conn, mention.c.entity_id == e.id).get(e.id, [])],
            "documents": [{"id": d.id, "source": d.source, "title": d.title, "published": d.published,
                           "mentions": d.n} for d in docs],
            "relations": _relations(scope, conn, mids) if mids else {},
            "claims": _claims(scope, conn, mids) if mids else {"by": [], "about": []},
            "events": _events(scope, conn, mids) if mids else [],
            "flags": [{"id": f.id, "rule": f.rule, "status": f.status, "supplier": f.supplier,
                       "destination": f.destination, "item": f.item, "transfer_date": f.transfer_date,
                       "why": f.why} for f in flags],
            "judgements": [{"kind": j.kind, "entity_a": j.entity_a, "entity_b": j.entity_b, "name": j.name,
                            "author": j.author, "created_at": j.created_at} for j in judged],
        }
