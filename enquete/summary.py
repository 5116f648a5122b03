"""What the store holds, in a few lines: the summary `enquete ingest` ends with and `enquete summary` prints."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from enquete.store import Store
from enquete.store.schema import claim, contradiction, document, entity, flag, mention, relation


def summary(store: Store) -> dict[str, Any]:
    """Counts of documents, entities by type, relations by predicate, claims, contradictions, and the
    screening flags (breaches and possible breaches) with their rule and parties."""
    with store.connect() as conn:
        def count(table: Any) -> int:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

        linked = select(mention.c.entity_id).where(mention.c.entity_id.is_not(None)).distinct().subquery()
        by_type = dict(conn.execute(
            select(entity.c.type, func.count()).where(entity.c.id.in_(select(linked.c.entity_id)))
            .group_by(entity.c.type).order_by(entity.c.type)).all())
        by_predicate = dict(conn.execute(
            select(relation.c.predicate, func.count()).group_by(relation.c.predicate)
            .order_by(relation.c.predicate)).all())
        supplier, destination = entity.alias("supplier"), entity.alias("destination")
        flags = [dict(r._mapping) for r in conn.execute(
            select(flag.c.status, flag.c.rule, flag.c.item, flag.c.transfer_date,
                   supplier.c.name.label("supplier"), destination.c.name.label("destination"))
            .join(supplier, supplier.c.id == flag.c.supplier, isouter=True)
            .join(destination, destination.c.id == flag.c.destination, isouter=True)
            .order_by(flag.c.status, flag.c.rule, flag.c.id))]
        return {
            "documents": count(document),
            "entities": {str(k): int(v) for k, v in by_type.items()},
            "relations": {str(k): int(v) for k, v in by_predicate.items()},
            "claims": count(claim),
            "contradictions": count(contradiction),
            "flags": flags,
        }


def summary_lines(data: dict[str, Any]) -> list[str]:
    """The summary as plain lines of text."""
    ents = data["entities"]
    rels = data["relations"]
    lines = [
        f"documents: {data['documents']}",
        f"entities: {sum(ents.values())} (" + ", ".join(f"{k} {v}" for k, v in ents.items()) + ")",
        f"relations: {sum(rels.values())} (" + ", ".join(f"{k} {v}" for k, v in rels.items()) + ")",
        f"claims: {data['claims']}, contradictions: {data['contradictions']}",
    ]
    breaches = [f for f in data["flags"] if f["status"] == "breach"]
    possible = [f for f in data["flags"] if f["status"] != "breach"]
    lines.append(f"screening: {len(breaches)} breach(es), {len(possible)} possible")
    for f in breaches + possible:
        lines.append(f"  {f['status']}: {f['supplier']} -> {f['destination']} ({f['item'] or 'item?'}, "
                     f"{shown_date(f['transfer_date'])}) against {f['rule']}")
    return lines


def shown_date(value: str | None) -> str:
    """A date or interval as a reader says it: "2012 to 2015-01", "by 2015-07-11", "from 2010"."""
    if not value:
        return "undated"
    start, sep, end = value.partition("/")
    if not sep:
        return value
    if start and end:
        return f"{start} to {end}"
    return f"by {end}" if end else f"from {start}"
