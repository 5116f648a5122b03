"""Timeline: events and dated relations in date order, each with its quote, optionally around one entity
and inside a date window. Dates of different precision are compared as ranges: "2011" overlaps
"2011-02-17"; an interval "2010/2011" spans both years."""

from __future__ import annotations

import logging

from sqlalchemy import true

from enquete import query
from enquete.query import Scope
from enquete.store import Store
from enquete.store import schema as t

log = logging.getLogger(__name__)


def _lo(value: str) -> str:
    """First day a date may denote; an interval open at its start ("/2020-10": up to then) has none."""
    first = value.split("/")[0]
    if not first:
        return "0001-01-01"
    return first + "-01-01"[len(first) - 4:] if len(first) < 10 else first


def _hi(value: str) -> str:
    """Last day a date may denote; an interval open at its end ("2012/") has none."""
    last = value.split("/")[-1]
    if not last:
        return "9999-12-31"
    return last + "-12-31"[len(last) - 4:] if len(last) < 10 else last


def in_window(value: str | None, start: str | None, end: str | None) -> bool:
    """Whether a date (any precision, or an interval) overlaps [start, end] (either may be None)."""
    if not value:
        return False
    if start and _hi(value) < _lo(start):
        return False
    return not (end and _lo(value) > _hi(end))


def _participants(conn, mention_ids: list[str]) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    """Mention id -> {entity, name}: the entity it refers to and its surface text."""
    return {m: {"entity": r.entity_id, "name": r.text}
            for m, r in query.mention_rows(conn, mention_ids).items()}


def _events(scope: Scope, conn, entity_id: str | None) -> list[dict]:  # type: ignore[no-untyped-def]
    rows = query.fact_rows(scope, conn, t.event, true(), limit=None)
    parts = query.members(conn, t.event_participant, "event_id", [r.id for r in rows])
    names = _participants(conn, [m for ms in parts.values() for m in ms])
    out = []
    for r in rows:
        who = [names[m] for m in parts.get(r.id, []) if m in names]
        if entity_id and not any(w["entity"] == entity_id for w in who):
            continue
        out.append({"kind": "event", "id": r.id, "date": r.date, "precision": r.precision,
                    "description": r.description, "doc": r.doc_id, "participants": who})
    return out


def _relations(scope: Scope, conn, entity_id: str | None) -> list[dict]:  # type: ignore[no-untyped-def]
    rows = query.fact_rows(scope, conn, t.relation, t.relation.c.date.is_not(None), limit=None)
    names = _participants(conn, [x for r in rows for x in (r.subject, r.object, r.product)])
    unknown = {"entity": None, "name": "?"}
    out = []
    for r in rows:
        ends = [names.get(x, unknown) for x in (r.subject, r.object, r.product) if x]
        if entity_id and not any(e["entity"] == entity_id for e in ends):
            continue
        s, o = names.get(r.subject, unknown)["name"], names.get(r.object, unknown)["name"]
        prod = f" ({names.get(r.product, unknown)['name']})" if r.product else ""
        out.append({"kind": "relation", "id": r.id, "date": r.date, "precision": r.precision,
                    "description": f"{s} {r.predicate.replace('_', ' ')} {o}{prod}", "doc": r.doc_id,
                    "participants": ends})
    return out


def timeline(store: Store, entity_id: str | None = None, start: str | None = None,
             end: str | None = None) -> list[dict]:
    """Events and dated relations in date order (ties: events first, then by description and id), each
    with `evidence` (its first quote in document order: {doc, start, end, quote}) and `ids` (the same
    fact told in several documents is one item), filtered to those involving `entity_id` and
    overlapping [start, end]."""
    scope = Scope.everything(store)
    with store.connect() as conn:
        items = [i for i in _events(scope, conn, entity_id) + _relations(scope, conn, entity_id)
                 if in_window(i["date"], start, end)]
        evs = {}
        for kind in ("event", "relation"):
            evs.update(query.evidence_for(scope, conn, kind, [i["id"] for i in items if i["kind"] == kind]))
    for i in items:
        i["evidence"] = query.first_span(evs, i["id"])
    items.sort(key=lambda i: (_lo(i["date"]), i["date"], i["kind"] != "event", i["description"], i["id"]))
    return query.merge_retold(items, "description")
