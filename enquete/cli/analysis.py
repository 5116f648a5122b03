"""`enquete contradictions` and `enquete timeline`: who said otherwise, and what happened when
(enquete.analyse.contradictions, enquete.analyse.timeline)."""

from __future__ import annotations

import json

import click
from sqlalchemy import func, select

from enquete.analyse.contradictions import refresh_contradictions
from enquete.analyse.timeline import timeline
from enquete.exc import NotFound
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


def _side(conn, kind: str, owner: str) -> dict:  # type: ignore[no-untyped-def]
    """A contradiction side: who, when, stance or predicate, and its first quote."""
    ev = conn.execute(select(t.evidence).where(t.evidence.c.owner_kind == kind, t.evidence.c.owner_id == owner)
                      .order_by(t.evidence.c.id)).first()
    quote = {"doc": ev.doc_id, "start": ev.start, "end": ev.end, "quote": ev.quote} if ev else None
    if kind == "claim":
        c = conn.execute(select(t.claim).where(t.claim.c.id == owner)).first()
        who = conn.execute(select(t.mention.c.text).where(t.mention.c.id == c.speaker)).scalar() if c else None
        return {"kind": kind, "id": owner, "who": who or "?", "date": c.date if c else None,
                "what": c.stance if c else "?", "evidence": quote}
    r = conn.execute(select(t.relation).where(t.relation.c.id == owner)).first()
    return {"kind": kind, "id": owner, "who": "documented fact", "date": r.date if r else None,
            "what": r.predicate if r else "?", "evidence": quote}


@click.command("contradictions")
@click.option("--refresh/--no-refresh", default=True, help="Recompute them first (default).")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def contradictions_cmd(refresh: bool, as_json: bool) -> None:
    """Claims that contradict each other or a documented fact, both sides with quotes."""
    store = open_store()
    if refresh:
        refresh_contradictions(store)
    with store.connect() as conn:
        rows = [{"proposition": r.proposition, "why": r.why, "a": _side(conn, r.a_kind, r.a_id),
                 "b": _side(conn, r.b_kind, r.b_id)} for r in conn.execute(select(t.contradiction))]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("no contradictions")
    for r in rows:
        click.echo(f"* {r['why']}")
        for side in (r["a"], r["b"]):
            ev = side["evidence"] or {}
            click.echo(f"  - {side['who']} ({side['date'] or 'undated'}, {side['what']}): «{ev.get('quote', '')}»"
                       f" [{str(ev.get('doc', ''))[:12]} {ev.get('start')}-{ev.get('end')}]")


@click.command("timeline")
@click.argument("entity", required=False)
@click.option("--from", "start", metavar="DATE", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "end", metavar="DATE", help="Up to this date.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def timeline_cmd(entity: str | None, start: str | None, end: str | None, as_json: bool) -> None:
    """Events and dated relations in date order, with their quotes, optionally around ENTITY."""
    store = open_store()
    eid = entity_id_for(store, entity) if entity else None
    items = timeline(store, eid, start, end)
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=1))
        return
    if not items:
        click.echo("nothing dated")
    for i in items:
        ev = i.get("evidence") or {}
        click.echo(f"{i['date']:<21} {i['kind']:<8} {i['description']}")
        if ev:
            click.echo(f"{'':30} «{ev['quote']}» [{ev['doc'][:12]} {ev['start']}-{ev['end']}]")


commands = [contradictions_cmd, timeline_cmd]
