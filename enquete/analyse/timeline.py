"""Timeline: events and dated relations in date order, each with its quote, optionally around one entity
and inside a date window. Dates of different precision are compared as ranges: "2011" overlaps
"2011-02-17"; an interval "2010/2011" spans both years."""

from __future__ import annotations

import logging
from collections import defaultdict

from sqlalchemy import select

from enquete.store import Store
from enquete.store import schema as t

log = logging.getLogger(__name__)


def _lo(value: str) -> str:
    first = value.split("/")[0]
    return first + "-01-01"[len(first) - 4:] if len(first) < 10 else first


def _hi(value: str) -> str:
    last = value.split("/")[-1]
    return last + "-12-31"[len(last) - 4:] if len(last) < 10 else last


def in_window(value: str | None, start: str | None, end: str | None) -> bool:
    """Whether a date (any precision, or an interval) overlaps [start, end] (either may be None)."""
    if not value:
        return False
    if start and _hi(value) < _lo(start):
        return False
    return not (end and _lo(value) > _hi(end))


def _evidence(conn, kind: str, ids: list[str]) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    ev = t.evidence
    out: dict[str, dict] = {}
    if not ids:
        return out
    for r in conn.execute(select(ev).where(ev.c.owner_kind == kind, ev.c.owner_id.in_(ids)).order_by(ev.c.id)):
        out.setdefault(r.owner_id, {"doc": r.doc_id, "start": r.start, "end": r.end, "quote": r.quote})
    return out


def _events(conn, entity_id: str | None) -> list[dict]:  # type: ignore[no-untyped-def]
    m, p = t.mention, t.event_participant
    parts: dict[str, list[dict]] = defaultdict(list)
    for r in conn.execute(select(p.c.event_id, m.c.entity_id, m.c.text).join(m, m.c.id == p.c.mention_id)):
        parts[r.event_id].append({"entity": r.entity_id, "name": r.text})
    out = []
    for r in conn.execute(select(t.event)):
        who = parts.get(r.id, [])
        if entity_id and not any(w["entity"] == entity_id for w in who):
            continue
        out.append({"kind": "event", "id": r.id, "date": r.date, "precision": r.precision,
                    "description": r.description, "doc": r.doc_id, "participants": who})
    return out


def _relations(conn, entity_id: str | None) -> list[dict]:  # type: ignore[no-untyped-def]
    m, rel = t.mention, t.relation
    names = {r.id: (r.entity_id, r.text) for r in conn.execute(
        select(m.c.id, m.c.entity_id, m.c.text).where(m.c.id.in_(select(rel.c.subject))
                                                      | m.c.id.in_(select(rel.c.object))
                                                      | m.c.id.in_(select(rel.c.product))))}
    out = []
    for r in conn.execute(select(rel).where(rel.c.date.is_not(None))):
        ends = [names.get(x, (None, "?")) for x in (r.subject, r.object, r.product) if x]
        if entity_id and not any(e == entity_id for e, _ in ends):
            continue
        s, o = names.get(r.subject, (None, "?"))[1], names.get(r.object, (None, "?"))[1]
        prod = f" ({names.get(r.product, (None, '?'))[1]})" if r.product else ""
        out.append({"kind": "relation", "id": r.id, "date": r.date, "precision": r.precision,
                    "description": f"{s} {r.predicate.replace('_', ' ')} {o}{prod}", "doc": r.doc_id,
                    "participants": [{"entity": e, "name": n} for e, n in ends]})
    return out


def timeline(store: Store, entity_id: str | None = None, start: str | None = None,
             end: str | None = None) -> list[dict]:
    """Events and dated relations in date order (ties: events first), each with `evidence`
    ({doc, start, end, quote}), filtered to those involving `entity_id` and overlapping [start, end]."""
    with store.connect() as conn:
        items = [i for i in _events(conn, entity_id) + _relations(conn, entity_id)
                 if in_window(i["date"], start, end)]
        evs = _evidence(conn, "event", [i["id"] for i in items if i["kind"] == "event"])
        evs.update(_evidence(conn, "relation", [i["id"] for i in items if i["kind"] == "relation"]))
    for i in items:
        i["evidence"] = evs.get(i["id"])
    items.sort(key=lambda i: (_lo(i["date"]), i["date"], i["kind"] != "event", i["description"]))
    return items
