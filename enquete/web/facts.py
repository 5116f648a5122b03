"""The facts around entities for the web: dossier, claims, contradictions, flags and timeline, each
filtered by the viewer's visible documents (see queries.Scope) and redacted for them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, or_, select

from enquete.exc import NotFound
from enquete.store.schema import (
    claim, claim_about, contradiction, document, entity, event, event_participant, flag, mention, relation,
)
from enquete.web.queries import Scope, document_view, evidence_for, parties


def _entity_mentions(scope: Scope, entity_id: str) -> Any:
    """SELECT of the ids of the entity's mentions in visible documents."""
    return select(mention.c.id).where(mention.c.entity_id == entity_id,
                                      mention.c.doc_id.in_(scope.visible_docs()))


def relation_rows(scope: Scope, conn: Any, where: Any, limit: int = 1000) -> list[dict]:
    """Relations matching `where` in visible documents, with parties and evidence."""
    rows = conn.execute(select(relation).where(where, relation.c.doc_id.in_(scope.visible_docs()))
                        .order_by(relation.c.date.nulls_last(), relation.c.id).limit(limit)).all()
    ps = parties(scope, conn, [m for r in rows for m in (r.subject, r.object, r.product)])
    evs = evidence_for(scope, conn, "relation", [r.id for r in rows])
    return [{"id": r.id, "predicate": r.predicate, "subject": ps.get(r.subject), "object": ps.get(r.object),
             "product": ps.get(r.product) if r.product else None, "role": scope.text(r.role), "date": r.date,
             "precision": r.precision, "confidence": r.confidence, "extractor": r.extractor, "doc": r.doc_id,
             "evidence": evs.get(r.id, [])} for r in rows]


def claim_rows(scope: Scope, conn: Any, where: Any, limit: int = 1000) -> list[dict]:
    """Claims matching `where` in visible documents, with speaker, entities at stake and evidence."""
    rows = conn.execute(select(claim).where(where, claim.c.doc_id.in_(scope.visible_docs()))
                        .order_by(claim.c.date.nulls_last(), claim.c.id).limit(limit)).all()
    about: dict[str, list[str]] = defaultdict(list)
    if rows:
        for a in conn.execute(select(claim_about).where(claim_about.c.claim_id.in_([r.id for r in rows]))):
            about[a.claim_id].append(a.mention_id)
    ps = parties(scope, conn, [r.speaker for r in rows] + [m for ms in about.values() for m in ms])
    evs = evidence_for(scope, conn, "claim", [r.id for r in rows])
    return [{"id": r.id, "speaker": ps.get(r.speaker) if r.speaker else None, "stance": r.stance,
             "proposition": scope.text(r.proposition), "predicate": r.predicate, "date": r.date, "doc": r.doc_id,
             "about": [ps[m] for m in about.get(r.id, []) if m in ps], "evidence": evs.get(r.id, [])}
            for r in rows]


def event_rows(scope: Scope, conn: Any, where: Any, limit: int = 1000) -> list[dict]:
    """Events matching `where` in visible documents, with participants and evidence."""
    rows = conn.execute(select(event).where(where, event.c.doc_id.in_(scope.visible_docs()))
                        .order_by(event.c.date, event.c.id).limit(limit)).all()
    parts: dict[str, list[str]] = defaultdict(list)
    if rows:
        for p in conn.execute(select(event_participant).where(event_participant.c.event_id.in_([r.id for r in rows]))):
            parts[p.event_id].append(p.mention_id)
    ps = parties(scope, conn, [m for ms in parts.values() for m in ms])
    evs = evidence_for(scope, conn, "event", [r.id for r in rows])
    return [{"id": r.id, "date": r.date, "precision": r.precision, "description": scope.text(r.description),
             "participants": [ps[m] for m in parts.get(r.id, []) if m in ps], "doc": r.doc_id,
             "evidence": evs.get(r.id, [])} for r in rows]


def _relation_summary(r: dict) -> str:
    s = f"{r['subject']['name'] if r['subject'] else '?'} — {r['predicate']} → {r['object']['name'] if r['object'] else '?'}"
    return s + (f" ({r['product']['name']})" if r.get("product") else "")


def timeline_items(relations: list[dict], events: list[dict], claims: list[dict]) -> list[dict]:
    """Dated relations, events and claims as one list sorted by date."""
    items = [{"date": r["date"], "kind": "relation", "id": r["id"], "text": _relation_summary(r),
              "evidence": r["evidence"]} for r in relations if r["date"]]
    items += [{"date": e["date"], "kind": "event", "id": e["id"], "text": e["description"],
               "evidence": e["evidence"]} for e in events]
    items += [{"date": c["date"], "kind": "claim", "id": c["id"],
               "text": f"{c['speaker']['name'] if c['speaker'] else '?'} {c['stance']}: {c['proposition']}",
               "evidence": c["evidence"]} for c in claims if c["date"]]
    return sorted(items, key=lambda i: (i["date"] or "", i["kind"], i["id"]))


def timeline(scope: Scope, limit: int = 500) -> list[dict]:
    """The global timeline the viewer may see."""
    with scope.store.connect() as conn:
        rels = relation_rows(scope, conn, relation.c.date.is_not(None), limit)
        evs = event_rows(scope, conn, event.c.id.is_not(None), limit)
        cls = claim_rows(scope, conn, claim.c.date.is_not(None), limit)
    return timeline_items(rels, evs, cls)[:limit]


def contradictions(scope: Scope, fact_ids: set[str] | None = None, limit: int = 500) -> list[dict]:
    """Contradictions whose two sides both stand in visible documents (optionally touching `fact_ids`)."""
    with scope.store.connect() as conn:
        q = select(contradiction).order_by(contradiction.c.proposition, contradiction.c.id)
        if fact_ids is not None:
            ids = sorted(fact_ids)
            q = q.where(or_(contradiction.c.a_id.in_(ids), contradiction.c.b_id.in_(ids)))
        rows = conn.execute(q.limit(limit)).all()
        cids = [i for r in rows for k, i in ((r.a_kind, r.a_id), (r.b_kind, r.b_id)) if k == "claim"]
        rids = [i for r in rows for k, i in ((r.a_kind, r.a_id), (r.b_kind, r.b_id)) if k == "relation"]
        sides = {("claim", c["id"]): c for c in claim_rows(scope, conn, claim.c.id.in_(cids))}
        sides.update({("relation", r["id"]): r for r in relation_rows(scope, conn, relation.c.id.in_(rids))})
    out = []
    for r in rows:
        a, b = sides.get((r.a_kind, r.a_id)), sides.get((r.b_kind, r.b_id))
        if a is None or b is None:
            continue
        out.append({"id": r.id, "proposition": scope.text(r.proposition), "why": scope.text(r.why),
                    "a": {"kind": r.a_kind, **a}, "b": {"kind": r.b_kind, **b}})
    return out


def _unique(evidence: list[dict]) -> list[dict]:
    """Evidence without repeats of one span."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for ev in evidence:
        key = (ev["doc"], ev["start"], ev["end"])
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def flags(scope: Scope, entity_id: str | None = None, limit: int = 500) -> list[dict]:
    """Screening flags backed by a visible relation or visible flag evidence."""
    with scope.store.connect() as conn:
        q = select(flag).order_by(flag.c.status, flag.c.transfer_date, flag.c.id)
        if entity_id:
            q = q.where(or_(flag.c.supplier == entity_id, flag.c.destination == entity_id))
        rows = conn.execute(q.limit(limit)).all()
        rels = {r["id"]: r for r in relation_rows(scope, conn, relation.c.id.in_(
            [r.relation_id for r in rows if r.relation_id]))}
        fev = evidence_for(scope, conn, "flag", [r.id for r in rows])
        names = dict(conn.execute(select(entity.c.id, entity.c.name).where(
            entity.c.id.in_({i for r in rows for i in (r.supplier, r.destination) if i})).order_by(entity.c.id)).all())
    out = []
    for r in rows:
        ev = _unique(fev.get(r.id, []) + (rels[r.relation_id]["evidence"] if r.relation_id in rels else []))
        if not ev and scope.collections is not None:
            continue
        extra = r._mapping
        url = extra.get("source_url") or None
        out.append({"id": r.id, "rule": r.rule, "status": r.status, "item": scope.text(r.item),
                    "legal_ref": extra.get("legal_ref"), "precision": extra.get("precision"),
                    "source_url": url if url and url.startswith(("https://", "http://")) else None,
                    "destination_country": extra.get("destination_country"),
                    "supplier": {"id": scope.eid(r.supplier), "name": scope.name(r.supplier, names.get(r.supplier)
                                                                      or extra.get("supplier_name"))},
                    "destination": {"id": scope.eid(r.destination), "name": scope.name(r.destination, names.get(r.destination))},
                    "transfer_date": r.transfer_date, "relation": r.relation_id, "why": scope.text(r.why),
                    "evidence": ev})
    return out


def read_document(scope: Scope, doc_id: str) -> dict:
    """A document as the viewer may read it (queries.document_view) with the facts it supports."""
    doc = document_view(scope, doc_id)
    with scope.store.connect() as conn:
        doc["relations"] = relation_rows(scope, conn, relation.c.doc_id == doc_id)
        doc["claims"] = claim_rows(scope, conn, claim.c.doc_id == doc_id)
        doc["events"] = event_rows(scope, conn, event.c.doc_id == doc_id)
    return doc


def dossier(scope: Scope, entity_id: str) -> dict:
    """Everything the viewer may see about one entity (`entity_id` as the viewer knows it)."""
    entity_id = scope.entity_ref(entity_id)
    with scope.store.connect() as conn:
        ent = conn.execute(select(entity).where(entity.c.id == entity_id)).first()
        mids = _entity_mentions(scope, entity_id)
        alias_rows = conn.execute(select(mention.c.text, func.count().label("n")).where(mention.c.id.in_(mids))
                                  .group_by(mention.c.text).order_by(func.count().desc(), mention.c.text)).all()
        if ent is None or (not alias_rows and scope.collections is not None):
            raise NotFound(f"no entity {entity_id!r}")
        protected = scope.redactor.is_protected(entity_id)
        aliases = ([{"name": scope.name(entity_id, ent.name), "count": sum(a.n for a in alias_rows)}] if protected
                   else [{"name": a.text, "count": a.n} for a in alias_rows])
        rels = relation_rows(scope, conn, or_(relation.c.subject.in_(mids), relation.c.object.in_(mids),
                                              relation.c.product.in_(mids)))
        cls = claim_rows(scope, conn, or_(claim.c.speaker.in_(mids), claim.c.id.in_(
            select(claim_about.c.claim_id).where(claim_about.c.mention_id.in_(mids)))))
        evs = event_rows(scope, conn, event.c.id.in_(
            select(event_participant.c.event_id).where(event_participant.c.mention_id.in_(mids))))
        docs = conn.execute(select(document.c.id, document.c.title, document.c.source, document.c.published,
                                   func.count(mention.c.id).label("n"))
                            .join(mention, mention.c.doc_id == document.c.id).where(mention.c.id.in_(mids))
                            .group_by(document.c.id, document.c.title, document.c.source, document.c.published)
                            .order_by(document.c.published, document.c.id)).all()
    by_pred: dict[str, list[dict]] = defaultdict(list)
    for r in rels:
        by_pred[r["predicate"]].append(r)
    return {"id": scope.eid(ent.id), "type": ent.type, "name": scope.name(ent.id, ent.name), "country": ent.country,
            "categories": ent.categories or [], "protected": bool(ent.protected), "aliases": aliases,
            "relations": dict(sorted(by_pred.items())), "claims": cls, "events": evs,
            "timeline": timeline_items(rels, evs, cls),
            "contradictions": contradictions(scope, {r["id"] for r in rels} | {c["id"] for c in cls}),
            "flags": flags(scope, entity_id),
            "documents": [{"id": d.id, "title": scope.text(d.title) or d.source, "published": d.published,
                           "mentions": d.n} for d in docs]}
