"""resolve(store, doc_ids): link stored mentions to entities, in one transaction.

- `doc_ids` given (incremental): the unlinked mentions of those documents are matched against the
  stored entities (whose names are the texts of their mentions) and against each other; stored
  entities are never merged together here. Each new mention joins one entity or a new one.
- `doc_ids=None`: everything is resolved again from scratch, except human judgements, which always
  win. Entity ids are kept where a new group holds mentions of a stored entity (the largest group
  keeps it), so judgements and links made earlier keep pointing at the same actor.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from enquete.resolve.core import MentionRow, Unit
from enquete.resolve.entities import entity_values, new_entity_id
from enquete.resolve.judgements import apply_protection, load_constraints
from enquete.resolve.link import link
from enquete.store import Store
from enquete.store.schema import entity, mention

log = logging.getLogger(__name__)


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def load_mentions(conn: Connection, doc_ids: set[str] | None = None) -> list[MentionRow]:
    """Mention rows (incremental: linked ones everywhere plus the unlinked ones of `doc_ids`)."""
    q = select(mention.c.id, mention.c.doc_id, mention.c.text, mention.c.type, mention.c.cluster,
               mention.c.country, mention.c.categories, mention.c.entity_id, mention.c.edition, mention.c.source)
    rows = [MentionRow.of(r) for r in conn.execute(q)]
    if doc_ids is None:
        return rows
    return [m for m in rows if m.entity_id or m.doc_id in doc_ids]


def resolve(store: Store, doc_ids: Iterable[str] | None = None) -> dict[str, int]:
    """Link mentions to entities (see the module docstring); returns counts: mentions, linked,
    entities, created, updated, deleted, candidates, rejected."""
    docs = None if doc_ids is None else set(doc_ids)
    with store.begin() as conn:
        mentions = load_mentions(conn, docs)
        cons = load_constraints(conn, mentions)
        groups, candidates = link(mentions, cons, incremental=docs is not None)
        assigned = _assign_ids(conn, groups)
        counts = _write(conn, mentions, assigned, cons.rejected, full=docs is None)
    counts["candidates"] = len(candidates)
    log.info("resolution: %s", counts)
    return counts


def _assign_ids(conn: Connection, groups: list[list[Unit]]) -> list[tuple[str, list[MentionRow], str | None]]:
    """(entity id, mentions, context country) per group: the anchor, else the stored id most of its
    mentions had (largest group first), else a new id."""
    stored = set(conn.execute(select(entity.c.id)).scalars())
    taken: set[str] = set()
    out = []
    for g in sorted(groups, key=lambda g: -sum(len(u.mentions) for u in g)):
        ms = [m for u in g for m in u.mentions]
        context = Counter(u.context for u in g if u.context).most_common(1)
        ctx = context[0][0] if context else None
        anchor = next((u.anchor for u in g if u.anchor), None)
        eid = anchor
        if eid is None:
            prev = Counter(m.entity_id for m in ms if m.entity_id in stored and m.entity_id not in taken)
            eid = prev.most_common(1)[0][0] if prev else None
        if eid is None:
            eid = new_entity_id(entity_values(ms)["type"], entity_values(ms)["name"], ms)
            while eid in taken:
                eid = eid[:60] + "-" + str(len(taken))
        taken.add(eid)
        out.append((eid, ms, ctx))
    return out


def _write(conn: Connection, mentions: list[MentionRow],
           assigned: list[tuple[str, list[MentionRow], str | None]],
           rejected: set[str], full: bool) -> dict[str, int]:
    target: dict[str, str | None] = {m.id: None for m in mentions if m.id in rejected}
    stored = {r.id: r for r in conn.execute(select(entity))}
    created = updated = 0
    for eid, ms, ctx in assigned:
        values = entity_values(ms, ctx)
        old = stored.get(eid)
        if old is None:
            conn.execute(insert(entity).values(id=eid, protected=False, created_at=now(), **values))
            created += 1
        elif any(getattr(old, k) != v for k, v in values.items()):
            conn.execute(update(entity).where(entity.c.id == eid).values(**values))
            updated += 1
        for m in ms:
            target[m.id] = eid
    changes = [{"mid": m.id, "eid": target.get(m.id)} for m in mentions
               if m.id in target and target[m.id] != m.entity_id]
    if changes:
        conn.execute(update(mention).where(mention.c.id == bindparam("mid"))
                     .values(entity_id=bindparam("eid")), changes)
    deleted = _drop_orphans(conn) if full or rejected else 0
    apply_protection(conn)
    return {"mentions": len(mentions), "linked": len(changes), "entities": len(assigned),
            "created": created, "updated": updated, "deleted": deleted, "rejected": len(rejected)}


def _drop_orphans(conn: Connection) -> int:
    """Delete entities no mention points at any more."""
    used = select(mention.c.entity_id).where(mention.c.entity_id.is_not(None)).distinct()
    res = conn.execute(delete(entity).where(entity.c.id.not_in(used)))
    return int(res.rowcount or 0)


def entity_row(conn: Connection, eid: str) -> Any:
    """The stored entity row `eid`, or None."""
    return conn.execute(select(entity).where(entity.c.id == eid)).first()
