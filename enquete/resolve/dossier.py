"""Finding an entity and gathering its dossier: a plain, JSON-serialisable dict of lists (the CLI
prints it, the web app renders it). Facts reach the entity through mention.entity_id."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, or_, select

from enquete.exc import InvalidData, NotFound
from enquete.resolve.names import fold
from enquete.store import Store
from enquete.store.schema import (
    claim, claim_about, document, entity, event, event_participant, evidence, flag, judgement, mention,
    relation,
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


def _evidence(conn: Connection, kind: str, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if ids:
        q = select(evidence).where(evidence.c.owner_kind == kind, evidence.c.owner_id.in_(ids))
        for r in conn.execute(q.order_by(evidence.c.doc_id, evidence.c.start)):
            out[r.owner_id].append({"doc": r.doc_id, "start": r.start, "end": r.end, "quote": r.quote})
    return out


def _names(conn: Connection, mention_ids: set[str]) -> dict[str, dict[str, Any]]:
    """mention id -> {mention text, entity id, entity name, entity type}."""
    if not mention_ids:
        return {}
    q = (select(mention.c.id, mention.c.text, mention.c.entity_id, entity.c.name, entity.c.type)
         .select_from(mention.outerjoin(entity, entity.c.id == mention.c.entity_id))
         .where(mention.c.id.in_(mention_ids)))
    return {r.id: {"text": r.text, "entity": r.entity_id, "name": r.name or r.text, "type": r.type}
            for r in conn.execute(q)}


def _relations(conn: Connection, mids: set[str]) -> dict[str, list[dict[str, Any]]]:
    q = select(relation).where(or_(relation.c.subject.in_(mids), relation.c.object.in_(mids),
                                   relation.c.product.in_(mids))).order_by(relation.c.date, relation.c.id)
    rows = conn.execute(q).all()
    names = _names(conn, {x for r in rows for x in (r.subject, r.object, r.product) if x})
    ev = _evidence(conn, "relation", [r.id for r in rows])
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        role = "subject" if r.subject in mids else "object" if r.object in mids else "product"
        out[r.predicate].append({
            "id": r.id, "as": role, "subject": names.get(r.subject), "object": names.get(r.object),
            "product": names.get(r.product) if r.product else None, "role": r.role, "date": r.date,
            "confidence": r.confidence, "doc": r.doc_id, "evidence": ev.get(r.id, [])})
    return dict(sorted(out.items()))


def _claims(conn: Connection, mids: set[str]) -> dict[str, list[dict[str, Any]]]:
    about_ids = set(conn.execute(select(claim_about.c.claim_id).where(claim_about.c.mention_id.in_(mids)))
                    .scalars())
    rows = conn.execute(select(claim).where(or_(claim.c.speaker.in_(mids), claim.c.id.in_(about_ids)))
                        .order_by(claim.c.date, claim.c.id)).all()
    names = _names(conn, {r.speaker for r in rows if r.speaker})
    ev = _evidence(conn, "claim", [r.id for r in rows])
    out: dict[str, list[dict[str, Any]]] = {"by": [], "about": []}
    for r in rows:
        item = {"id": r.id, "speaker": names.get(r.speaker) if r.speaker else None, "stance": r.stance,
                "proposition": r.proposition, "date": r.date, "doc": r.doc_id, "evidence": ev.get(r.id, [])}
        out["by" if r.speaker in mids else "about"].append(item)
    return out


def _events(conn: Connection, mids: set[str]) -> list[dict[str, Any]]:
    ids = set(conn.execute(select(event_participant.c.event_id)
                           .where(event_participant.c.mention_id.in_(mids))).scalars())
    rows = conn.execute(select(event).where(event.c.id.in_(ids)).order_by(event.c.date, event.c.id)).all()
    ev = _evidence(conn, "event", [r.id for r in rows])
    return [{"id": r.id, "date": r.date, "precision": r.precision, "description": r.description,
             "doc": r.doc_id, "evidence": ev.get(r.id, [])} for r in rows]


def dossier(store: Store, entity_id: str) -> dict[str, Any]:
    """Everything known of one entity: identity, aliases with counts, documents, relations by
    predicate with their quotes, claims by and about it, events, flags and judgements."""
    with store.connect() as conn:
        e = get_entity(conn, entity_id)
        ms = conn.execute(select(mention.c.id, mention.c.doc_id, mention.c.text)
                          .where(mention.c.entity_id == e.id)).all()
        mids = {m.id for m in ms}
        per_doc = Counter(m.doc_id for m in ms)
        docs = conn.execute(select(document.c.id, document.c.source, document.c.title, document.c.published)
                            .where(document.c.id.in_(per_doc)).order_by(document.c.published, document.c.id))
        flags = conn.execute(select(flag).where(or_(flag.c.supplier == e.id, flag.c.destination == e.id))
                             .order_by(flag.c.id)).all()
        judged = conn.execute(select(judgement).where(or_(judgement.c.entity_a == e.id,
                                                          judgement.c.entity_b == e.id))
                              .order_by(judgement.c.id)).all()
        return {
            "id": e.id, "type": e.type, "name": e.name, "country": e.country,
            "categories": list(e.categories or []), "protected": bool(e.protected),
            "aliases": [{"name": n, "count": c} for n, c in
                        sorted(Counter(m.text for m in ms).items(), key=lambda t: (-t[1], t[0]))],
            "documents": [{"id": d.id, "source": d.source, "title": d.title, "published": d.published,
                           "mentions": per_doc[d.id]} for d in docs],
            "relations": _relations(conn, mids) if mids else {},
            "claims": _claims(conn, mids) if mids else {"by": [], "about": []},
            "events": _events(conn, mids) if mids else [],
            "flags": [{"id": f.id, "rule": f.rule, "status": f.status, "supplier": f.supplier,
                       "destination": f.destination, "item": f.item, "transfer_date": f.transfer_date,
                       "why": f.why} for f in flags],
            "judgements": [{"kind": j.kind, "entity_a": j.entity_a, "entity_b": j.entity_b, "name": j.name,
                            "author": j.author, "created_at": j.created_at} for j in judged],
        }
