"""The one query layer over the evidence graph: entities, facts around them, their evidence, aliases,
contradictions and flags, read through a `Scope` (who is asking); enquete.analyse.timeline builds the
timeline from its fact rows.

A Scope says which documents the reader may see and whose names are redacted: `Scope.everything`
for the CLI and admins (every document, no redaction), `make_scope` for a web reader (their
collections, protected people under their pseudonym). Every fact comes only through evidence in a
visible document, so access control and redaction happen here, once, for the web pages, their JSON
twins, the CLI and the exports.

It lives at the package's top level because it sits between layers: it needs the store and
enquete.privacy, and the CLI, the web, resolve's dossier and the exports all read through it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, Table, false, func, or_, select

from enquete.exc import NotFound
from enquete.privacy import OffsetMap, Redactor, load_redactor
from enquete.store import Store
from enquete.store.schema import (
    claim, claim_about, contradiction, document, entity, event, event_participant, evidence, flag, mention,
    relation,
)


@dataclass
class Scope:
    """A reader's window on the store: the documents they may see (their collections; all when None)
    and the redaction of protected people (an empty Redactor redacts nothing)."""

    store: Store
    collections: frozenset[int] | None  # None: everything (admin)
    redactor: Redactor
    _docs: dict[str, tuple[str, OffsetMap]] = field(default_factory=dict)

    @classmethod
    def everything(cls, store: Store) -> Scope:
        """The scope of the CLI (as of an admin): every document, nothing redacted."""
        return cls(store, None, Redactor({}))

    def visible_docs(self) -> Select:
        """SELECT of the ids of the documents the viewer may see."""
        q = select(document.c.id)
        if self.collections is None:
            return q
        if not self.collections:
            return q.where(false())
        return q.where(document.c.collection_id.in_(sorted(self.collections)))

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


def span(ev: dict) -> dict:
    """An evidence item of evidence_for as the CLI shows it: {doc, start, end, quote}."""
    return {k: ev[k] for k in ("doc", "start", "end", "quote")}


def first_span(evidence: dict[str, list[dict]], fact_id: str) -> dict | None:
    """The first evidence span of a fact (document order) as the CLI shows it, None without one."""
    return span(evidence[fact_id][0]) if evidence.get(fact_id) else None


def mention_rows(conn: Any, mention_ids: list[str]) -> dict[str, Any]:
    """Mention id -> its row with the entity it refers to (text, type, entity_id, name, etype)."""
    ids = sorted({m for m in mention_ids if m})
    if not ids:
        return {}
    rows = conn.execute(select(mention.c.id, mention.c.text, mention.c.type, mention.c.entity_id,
                               entity.c.name, entity.c.type.label("etype"))
                        .outerjoin(entity, entity.c.id == mention.c.entity_id)
                        .where(mention.c.id.in_(ids))).all()
    return {r.id: r for r in rows}


def parties(scope: Scope, conn: Any, mention_ids: list[str]) -> dict[str, dict]:
    """For mention ids: the entity they refer to ({id, name, type}); id None when unresolved."""
    out = {}
    for mid, r in mention_rows(conn, mention_ids).items():
        if r.entity_id:
            out[mid] = {"id": scope.eid(r.entity_id), "name": scope.name(r.entity_id, r.name),
                        "type": r.etype}
        else:
            out[mid] = {"id": None, "name": scope.text(r.text), "type": r.type}
    return out


def members(conn: Any, table: Table, key: str, owner_ids: list[str] | None = None) -> dict[str, list[str]]:
    """Owner id -> its mention ids, in mention id order, from claim_about (key "claim_id") or
    event_participant ("event_id"); every owner when `owner_ids` is None."""
    q = select(table.c[key], table.c.mention_id).order_by(table.c[key], table.c.mention_id)
    if owner_ids is not None:
        if not owner_ids:
            return {}
        q = q.where(table.c[key].in_(owner_ids))
    out: dict[str, list[str]] = defaultdict(list)
    for owner, m in conn.execute(q):
        out[owner].append(m)
    return out


def fact_rows(scope: Scope, conn: Any, table: Table, where: Any, limit: int | None = 1000) -> list[Any]:
    """Rows of a fact table (relation, claim or event) matching `where` in visible documents, by date
    (undated last), then id; `limit` None for all."""
    return conn.execute(select(table).where(where, table.c.doc_id.in_(scope.visible_docs()))
                        .order_by(table.c.date.nulls_last(), table.c.id).limit(limit)).all()


def entity_mentions(scope: Scope, entity_id: str) -> Select:
    """SELECT of the ids of the entity's mentions in visible documents."""
    return select(mention.c.id).where(mention.c.entity_id == entity_id,
                                      mention.c.doc_id.in_(scope.visible_docs()))


def facts_around(mentions: Any) -> dict[str, Any]:
    """Conditions on relation, claim and event rows for the facts around the given mentions (a SELECT
    of ids, such as entity_mentions): a relation with one at either end or as its product, a claim one
    makes or is at stake in, an event one takes part in; keyed by kind."""
    return {"relation": or_(relation.c.subject.in_(mentions), relation.c.object.in_(mentions),
                            relation.c.product.in_(mentions)),
            "claim": or_(claim.c.speaker.in_(mentions), claim.c.id.in_(
                select(claim_about.c.claim_id).where(claim_about.c.mention_id.in_(mentions)))),
            "event": event.c.id.in_(
                select(event_participant.c.event_id).where(event_participant.c.mention_id.in_(mentions)))}


def aliases(conn: Any, where: Any = None) -> dict[str, list[tuple[str, int]]]:
    """Entity id -> every surface form of its mentions (those matching `where`, else all) with its
    count, most frequent first, ties in text order: the aliases the dossier, the JSON Lines and the
    FtM exports give."""
    q = (select(mention.c.entity_id, mention.c.text, func.count().label("n"))
         .where(mention.c.entity_id.is_not(None)).group_by(mention.c.entity_id, mention.c.text))
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for r in conn.execute(q if where is None else q.where(where)):
        out[r.entity_id].append((r.text, r.n))
    return {k: sorted(v, key=lambda t: (-t[1], t[0])) for k, v in out.items()}


def entity_documents(conn: Any, mention_ids: Any) -> list[Any]:
    """The documents holding the given mentions (a SELECT of ids), each with `n` of them, by date."""
    return conn.execute(select(document.c.id, document.c.title, document.c.source, document.c.published,
                               func.count(mention.c.id).label("n"))
                        .join(mention, mention.c.doc_id == document.c.id).where(mention.c.id.in_(mention_ids))
                        .group_by(document.c.id, document.c.title, document.c.source, document.c.published)
                        .order_by(document.c.published, document.c.id)).all()


def contradiction_rows(conn: Any, fact_ids: set[str] | None = None, limit: int | None = None,
                       ordered: bool = True) -> list[Any]:
    """Stored contradictions (those touching `fact_ids` when given), by proposition then id when
    `ordered`, else as stored."""
    q = select(contradiction)
    if ordered:
        q = q.order_by(contradiction.c.proposition, contradiction.c.id)
    if fact_ids is not None:
        ids = sorted(fact_ids)
        q = q.where(or_(contradiction.c.a_id.in_(ids), contradiction.c.b_id.in_(ids)))
    return conn.execute(q.limit(limit)).all()


def sides(rows: list[Any], kind: str) -> list[str]:
    """The ids of the facts of `kind` on either side of the contradiction rows."""
    return [i for r in rows for k, i in ((r.a_kind, r.a_id), (r.b_kind, r.b_id)) if k == kind]


def relation_rows(scope: Scope, conn: Any, where: Any, limit: int | None = 1000) -> list[dict]:
    """Relations matching `where` in visible documents, with parties and evidence."""
    rows = fact_rows(scope, conn, relation, where, limit)
    ps = parties(scope, conn, [m for r in rows for m in (r.subject, r.object, r.product)])
    evs = evidence_for(scope, conn, "relation", [r.id for r in rows])
    return [{"id": r.id, "predicate": r.predicate, "subject": ps.get(r.subject), "object": ps.get(r.object),
             "product": ps.get(r.product) if r.product else None, "role": scope.text(r.role), "date": r.date,
             "precision": r.precision, "confidence": r.confidence, "extractor": r.extractor, "doc": r.doc_id,
             "evidence": evs.get(r.id, [])} for r in rows]


def claim_rows(scope: Scope, conn: Any, where: Any, limit: int | None = 1000) -> list[dict]:
    """Claims matching `where` in visible documents, with speaker, entities at stake and evidence."""
    rows = fact_rows(scope, conn, claim, where, limit)
    about = members(conn, claim_about, "claim_id", [r.id for r in rows])
    ps = parties(scope, conn, [r.speaker for r in rows] + [m for ms in about.values() for m in ms])
    evs = evidence_for(scope, conn, "claim", [r.id for r in rows])
    return [{"id": r.id, "speaker": ps.get(r.speaker) if r.speaker else None, "stance": r.stance,
             "proposition": scope.text(r.proposition), "predicate": r.predicate, "date": r.date,
             "doc": r.doc_id,
             "about": [ps[m] for m in about.get(r.id, []) if m in ps], "evidence": evs.get(r.id, [])}
            for r in rows]


def event_rows(scope: Scope, conn: Any, where: Any, limit: int | None = 1000) -> list[dict]:
    """Events matching `where` in visible documents, with participants and evidence."""
    rows = fact_rows(scope, conn, event, where, limit)
    parts = members(conn, event_participant, "event_id", [r.id for r in rows])
    ps = parties(scope, conn, [m for ms in parts.values() for m in ms])
    evs = evidence_for(scope, conn, "event", [r.id for r in rows])
    return [{"id": r.id, "date": r.date, "precision": r.precision, "description": scope.text(r.description),
             "participants": [ps[m] for m in parts.get(r.id, []) if m in ps], "doc": r.doc_id,
             "evidence": evs.get(r.id, [])} for r in rows]


def merge_retold(items: list[dict]) -> list[dict]:
    """One line per fact: timeline items of one kind with the same date and the same text (the same
    relation between the same entities, or an event a republished copy tells again) become the first of
    them, with `ids` listing every one and the evidence of all (every source kept)."""
    first: dict[tuple, dict] = {}
    out = []
    for item in items:
        key = (item["kind"], item["date"], item["text"])
        kept = first.get(key)
        if kept is None:
            first[key] = item = {**item, "ids": [item["id"]]}
            out.append(item)
            continue
        kept["ids"].append(item["id"])
        kept["evidence"] = _unique(kept["evidence"] + item["evidence"])
    return out


def contradictions(scope: Scope, fact_ids: set[str] | None = None, limit: int = 500) -> list[dict]:
    """Contradictions whose two sides both stand in visible documents (optionally touching `fact_ids`)."""
    with scope.store.connect() as conn:
        rows = contradiction_rows(conn, fact_ids, limit)
        facts = {("claim", c["id"]): c for c in claim_rows(scope, conn, claim.c.id.in_(sides(rows, "claim")))}
        facts.update({("relation", r["id"]): r
                      for r in relation_rows(scope, conn, relation.c.id.in_(sides(rows, "relation")))})
    out = []
    for r in rows:
        a, b = facts.get((r.a_kind, r.a_id)), facts.get((r.b_kind, r.b_id))
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
            entity.c.id.in_({i for r in rows for i in (r.supplier, r.destination) if i}))
            .order_by(entity.c.id)).all())
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
                    "supplier": {"id": scope.eid(r.supplier), "name": scope.name(
                        r.supplier, names.get(r.supplier) or extra.get("supplier_name"))},
                    "destination": {"id": scope.eid(r.destination),
                                    "name": scope.name(r.destination, names.get(r.destination))},
                    "transfer_date": r.transfer_date, "relation": r.relation_id, "why": scope.text(r.why),
                    "evidence": ev})
    return out


def viewer_dossier(scope: Scope, entity_id: str) -> dict:
    """Everything the viewer may see about one entity (`entity_id` as the viewer knows it); its timeline
    is the one enquete.analyse.timeline builds for the CLI and the timeline page."""
    from enquete.analyse.timeline import timeline_items  # analyse reads through this module

    entity_id = scope.entity_ref(entity_id)
    with scope.store.connect() as conn:
        ent = conn.execute(select(entity).where(entity.c.id == entity_id)).first()
        mids = entity_mentions(scope, entity_id)
        alias_rows = aliases(conn, mention.c.id.in_(mids)).get(entity_id, [])
        if ent is None or (not alias_rows and scope.collections is not None):
            raise NotFound(f"no entity {entity_id!r}")
        protected = scope.redactor.is_protected(entity_id)
        names = ([{"name": scope.name(entity_id, ent.name), "count": sum(n for _, n in alias_rows)}]
                 if protected else [{"name": text, "count": n} for text, n in alias_rows])
        around = facts_around(mids)
        rels = relation_rows(scope, conn, around["relation"])
        cls = claim_rows(scope, conn, around["claim"])
        evs = event_rows(scope, conn, around["event"])
        docs = entity_documents(conn, mids)
    by_pred: dict[str, list[dict]] = defaultdict(list)
    for r in rels:
        by_pred[r["predicate"]].append(r)
    return {"id": scope.eid(ent.id), "type": ent.type, "name": scope.name(ent.id, ent.name),
            "country": ent.country,
            "categories": ent.categories or [], "protected": bool(ent.protected), "aliases": names,
            "relations": dict(sorted(by_pred.items())), "claims": cls, "events": evs,
            "timeline": timeline_items(rels, evs, cls),
            "contradictions": contradictions(scope, {r["id"] for r in rels} | {c["id"] for c in cls}),
            "flags": flags(scope, entity_id),
            "documents": [{"id": d.id, "title": scope.text(d.title) or d.source, "published": d.published,
                           "mentions": d.n} for d in docs]}
