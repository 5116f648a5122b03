"""`enquete contradictions` and `enquete timeline`: who said otherwise, and what happened when
(enquete.analyse.contradictions, enquete.analyse.timeline)."""

from __future__ import annotations

import json

import click
from sqlalchemy import func, select

from enquete import query
from enquete.analyse.contradictions import refresh_contradictions
from enquete.analyse.timeline import timeline
from enquete.exc import NotFound
from enquete.query import Scope
from enquete.store import Store, open_store
from enquete.store import schema as t


def entity_id_for(store: Store, name_or_id: str) -> str:
    """The entity named or identified by `name_or_id`: resolution's find_entity (ids, names, aliases)
    where installed, else an exact id or a case-insensitive canonical name."""
    try:
        from enquete.resolve import find_entity
    except ImportError:  # resolution not installed
        with store.connect() as conn:
            row = conn.execute(select(t.entity.c.id).where(
                (t.entity.c.id == name_or_id) | (func.lower(t.entity.c.name) == name_or_id.lower()))).first()
        if row is None:
            raise NotFound(f"no entity named or identified by {name_or_id!r}") from None
        return str(row.id)
    return str(find_entity(store, name_or_id).id)


def contradiction_list(store: Store) -> list[dict]:
    """Every stored contradiction as stored, both sides with who, when, stance or predicate and their
    first quote (read through enquete.query, every document in scope)."""
    scope = Scope.everything(store)
    with store.connect() as conn:
        rows = query.contradiction_rows(conn, ordered=False)
        claims = {r.id: r for r in query.fact_rows(
            scope, conn, t.claim, t.claim.c.id.in_(query.sides(rows, "claim")), limit=None)}
        rels = {r.id: r for r in query.fact_rows(
            scope, conn, t.relation, t.relation.c.id.in_(query.sides(rows, "relation")), limit=None)}
        who = query.mention_rows(conn, [c.speaker for c in claims.values()])
        evs = {**query.evidence_for(scope, conn, "claim", list(claims)),
               **query.evidence_for(scope, conn, "relation", list(rels))}

    def side(kind: str, owner: str) -> dict:
        quote = query.first_span(evs, owner)
        if kind == "claim":
            c = claims.get(owner)
            speaker = who.get(c.speaker) if c else None
            return {"kind": kind, "id": owner, "who": speaker.text if speaker else "?",
                    "date": c.date if c else None, "what": c.stance if c else "?", "evidence": quote}
        r = rels.get(owner)
        return {"kind": kind, "id": owner, "who": "documented fact", "date": r.date if r else None,
                "what": r.predicate if r else "?", "evidence": quote}

    return [{"proposition": r.proposition, "why": r.why, "a": side(r.a_kind, r.a_id),
             "b": side(r.b_kind, r.b_id)} for r in rows]


def _json_or_none(rows: list[dict], as_json: bool, none: str) -> bool:
    """Echo `rows` as JSON when `as_json`, or `none` when there are no rows; True when that was all."""
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif not rows:
        click.echo(none)
    return as_json or not rows


@click.command("contradictions")
@click.option("--refresh/--no-refresh", default=True, help="Recompute them first (default).")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def contradictions_cmd(refresh: bool, as_json: bool) -> None:
    """Claims that contradict each other or a documented fact, both sides with quotes."""
    store = open_store()
    if refresh:
        refresh_contradictions(store)
    rows = contradiction_list(store)
    if _json_or_none(rows, as_json, "no contradictions"):
        return
    for r in rows:
        click.echo(f"* {r['why']}")
        for side in (r["a"], r["b"]):
            ev = side["evidence"] or {}
            click.echo(f"  - {side['who']} ({side['date'] or 'undated'}, {side['what']}): «{ev.get('quote', '')}»"
                       f" [{str(ev.get('doc', ''))[:12]} {ev.get('start')}-{ev.get('end')}]")


@click.command("timeline")
@click.argument("entity", required=False)
@click.option("--from", "start", metavar="DATE", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "end", metavar="DATE", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="JSON output (the items of /api/timeline).")
def timeline_cmd(entity: str | None, start: str | None, end: str | None, as_json: bool) -> None:
    """Events, dated relations and dated claims in date order, with their quotes, optionally around
    ENTITY (a name or an id): the items of the web timeline as an admin sees them."""
    store = open_store()
    eid = entity_id_for(store, entity) if entity else None
    items = timeline(Scope.everything(store), eid, start, end)
    if _json_or_none(items, as_json, "nothing dated"):
        return
    for i in items:
        told = f"  (told {len(i['ids'])} times)" if len(i["ids"]) > 1 else ""
        click.echo(f"{i['date']:<21} {i['kind']:<8} {i['text']}{told}")
        for ev in i["evidence"][:1]:
            click.echo(f"{'':30} «{ev['quote']}» [{ev['doc'][:12]} {ev['start']}-{ev['end']}]")


commands = [contradictions_cmd, timeline_cmd]
