"""The timeline: events, dated relations and dated claims in date order, each with its date, its
precision, a line of text, who takes part and its evidence (document and quote), optionally around one
entity and inside a date window. One function builds it, `timeline`, read through a Scope: the CLI
(Scope.everything), the JSON API and the web page (the viewer's scope: their collections, protected
people under their pseudonym) show the same items for the same scope. Dates of different precision are
compared as ranges: "2011" overlaps "2011-02-17"; an interval "2010/2011" spans both years."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, select, true

from enquete import query
from enquete.analyse.rules import precision_of
from enquete.exc import InvalidData, NotFound
from enquete.query import Scope
from enquete.store import schema as t

#: On one date, events come first, then relations, then claims.
KINDS = ("event", "relation", "claim")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


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


def _window_date(name: str, value: str | None) -> str | None:
    """A --from/--to bound as given (None when empty); InvalidData unless YYYY, YYYY-MM or YYYY-MM-DD."""
    if not value:
        return None
    if not _DATE.fullmatch(value):
        raise InvalidData(f"{name} {value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _name(party: dict | None) -> str:
    return str(party["name"]) if party and party.get("name") else "?"


def _relation_text(r: dict) -> str:
    """Subject, predicate, object and the product in brackets: "Amesys supplied Libya (Eagle)"."""
    product = f" ({_name(r['product'])})" if r["product"] else ""
    return f"{_name(r['subject'])} {r['predicate'].replace('_', ' ')} {_name(r['object'])}{product}"


def _item(kind: str, fact: dict, text: str, who: list[dict | None]) -> dict:
    return {"kind": kind, "id": fact["id"], "date": fact["date"],
            "precision": fact.get("precision") or precision_of(fact["date"]), "text": text,
            "participants": [p for p in who if p], "evidence": fact["evidence"]}


def timeline_items(relations: list[dict], events: list[dict], claims: list[dict], start: str | None = None,
                   end: str | None = None) -> list[dict]:
    """Timeline items from fact rows as enquete.query gives them (relation_rows, event_rows, claim_rows,
    read through one scope): the dated ones overlapping [start, end], in date order (ties: events, then
    relations, then claims, each by text then id), a fact told in several documents as one item whose
    `ids` and `evidence` keep every source."""
    items = [_item("relation", r, _relation_text(r), [r["subject"], r["object"], r["product"]])
             for r in relations]
    items += [_item("event", e, e["description"], e["participants"]) for e in events]
    items += [_item("claim", c, f"{_name(c['speaker'])} {c['stance']}: {c['proposition']}",
                    [c["speaker"], *c["about"]]) for c in claims]
    items = [i for i in items if in_window(i["date"], start, end)]
    items.sort(key=lambda i: (_lo(i["date"]), i["date"], KINDS.index(i["kind"]), i["text"], i["id"]))
    return query.merge_retold(items)


def _around(scope: Scope, conn: Any, entity_id: str) -> dict[str, Any]:
    """Conditions for the facts around an entity (its id as the viewer knows it); NotFound when the
    viewer may not see it (a protected person's real id below admin, or no mention in their documents)."""
    real = scope.entity_ref(entity_id)
    mentions = query.entity_mentions(scope, real)
    known = conn.execute(select(t.entity.c.id).where(t.entity.c.id == real)).first() is not None
    if not known or (scope.collections is not None and not conn.execute(select(mentions.exists())).scalar()):
        raise NotFound(f"no entity {entity_id!r}")
    return query.facts_around(mentions)


def timeline(scope: Scope, entity_id: str | None = None, start: str | None = None, end: str | None = None,
             limit: int | None = None) -> list[dict]:
    """The timeline the scope may see (timeline_items), around `entity_id` (as the viewer knows it) when
    given, overlapping [start, end] (YYYY, YYYY-MM or YYYY-MM-DD; InvalidData otherwise), the first
    `limit` items (all when None). Each item: kind, id, ids, date, precision, text, participants
    ({id, name, type}) and evidence ([{doc, start, end, quote, title, anchor}], document order)."""
    start, end = _window_date("from", start), _window_date("to", end)
    with scope.store.connect() as conn:
        where = _around(scope, conn, entity_id) if entity_id else dict.fromkeys(KINDS, true())
        rels = query.relation_rows(scope, conn, and_(where["relation"], t.relation.c.date.is_not(None)), None)
        evs = query.event_rows(scope, conn, where["event"], None)
        cls = query.claim_rows(scope, conn, and_(where["claim"], t.claim.c.date.is_not(None)), None)
    return timeline_items(rels, evs, cls, start, end)[:limit]
