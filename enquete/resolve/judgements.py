"""Human judgements (merge, split, reject, no-merge): recorded with author and time, applied at once,
and turned into constraints that every later resolution obeys (`load_constraints`).

A judgement names the mentions on each side (ids are deterministic: document id + offsets, so they
survive re-ingest) and their names, so that when re-extraction gives new mention ids the names still
carry it (full names only: a surname alone never stands for a side).
"""

from __future__ import annotations

import getpass
import logging
import os
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from enquete.exc import InvalidData
from enquete.resolve.core import Constraints, MentionRow, Unit, family, mention_key
from enquete.resolve.entities import entity_values, new_entity_id
from enquete.resolve.names import name_key
from enquete.store import Store
from enquete.store.schema import entity, flag, judgement, mention, relation

log = logging.getLogger(__name__)
KINDS = ("merge", "split", "reject", "no-merge")
APART_PREDICATES = ("successor_of", "subsidiary_of")


def default_author() -> str:
    """$USER, else the login name."""
    return os.environ.get("USER") or getpass.getuser()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _mentions_of(conn: Connection, eid: str) -> list[MentionRow]:
    q = select(mention).where(mention.c.entity_id == eid).order_by(mention.c.id)
    return [MentionRow.of(r) for r in conn.execute(q)]


def _side(ms: list[MentionRow]) -> dict[str, Any]:
    keys = sorted({f"{m.type}|{mention_key(m)}" for m in ms
                   if Unit(0, "", m.type, [], {mention_key(m)}).strong_keys()})
    return {"mentions": sorted(m.id for m in ms), "keys": keys}


def _entity(conn: Connection, eid: str) -> Any:
    from enquete.resolve.dossier import get_entity
    return get_entity(conn, eid)


def _record(conn: Connection, kind: str, a: str | None, b: str | None, name: str | None,
            value: dict[str, Any], author: str | None) -> None:
    conn.execute(insert(judgement).values(kind=kind, entity_a=a, entity_b=b, name=name, value=value,
                                          author=author or default_author(), created_at=_now()))


def _refresh(conn: Connection, eid: str) -> None:
    ms = _mentions_of(conn, eid)
    if ms:
        conn.execute(update(entity).where(entity.c.id == eid).values(**entity_values(ms)))


def merge(store: Store, a: str, b: str, *, author: str | None = None) -> str:
    """Entities `a` and `b` are one actor: `b`'s mentions (and flags) move to `a`; returns `a`."""
    with store.begin() as conn:
        ea, eb = _entity(conn, a), _entity(conn, b)
        if ea.id == eb.id:
            raise InvalidData(f"{a} and {b} are the same entity")
        if family(ea.type) != family(eb.type):
            raise InvalidData(f"cannot merge a {ea.type} ({ea.name}) with a {eb.type} ({eb.name})")
        value = {"a": _side(_mentions_of(conn, ea.id)), "b": _side(_mentions_of(conn, eb.id))}
        _record(conn, "merge", ea.id, eb.id, None, value, author)
        conn.execute(update(mention).where(mention.c.entity_id == eb.id).values(entity_id=ea.id))
        conn.execute(update(flag).where(flag.c.supplier == eb.id).values(supplier=ea.id))
        conn.execute(update(flag).where(flag.c.destination == eb.id).values(destination=ea.id))
        conn.execute(delete(entity).where(entity.c.id == eb.id))
        if eb.protected and not ea.protected:  # one protected side protects the merged actor
            conn.execute(update(entity).where(entity.c.id == ea.id).values(protected=True))
        _refresh(conn, ea.id)
        return str(ea.id)


def split(store: Store, eid: str, name: str, *, author: str | None = None) -> str:
    """The mentions of entity `eid` written `name` (same key) become their own entity; returns its id."""
    with store.begin() as conn:
        e = _entity(conn, eid)
        ms = _mentions_of(conn, e.id)
        key = name_key(name, e.type)
        out = [m for m in ms if name_key(m.text, m.type) == key]
        rest = [m for m in ms if name_key(m.text, m.type) != key]
        if not out:
            raise InvalidData(f"{e.id} ({e.name}) has no mention written {name!r}")
        if not rest:
            raise InvalidData(f"every mention of {e.id} is written {name!r}: nothing to split")
        value = {"a": _side(out), "b": _side(rest)}
        values = entity_values(out)
        new_id = new_entity_id(values["type"], values["name"], out)
        taken = set(conn.execute(select(entity.c.id).where(entity.c.id.startswith(new_id))).scalars())
        base, n = new_id, 1
        while new_id in taken:  # the id the kept side already uses (it came from this name)
            new_id, n = f"{base[:60]}-{n}", n + 1
        _record(conn, "split", e.id, new_id, name, value, author)
        # a protected source stays protected on both sides of a split
        conn.execute(insert(entity).values(id=new_id, protected=bool(e.protected), created_at=_now(), **values))
        conn.execute(update(mention).where(mention.c.id.in_([m.id for m in out])).values(entity_id=new_id))
        _refresh(conn, e.id)
        return new_id


def reject(store: Store, eid: str, *, author: str | None = None) -> int:
    """Entity `eid` is no actor: its mentions are unlinked (hidden from the graph) now and in every
    later resolution, as are mentions of the same type and full name; returns how many."""
    with store.begin() as conn:
        e = _entity(conn, eid)
        ms = _mentions_of(conn, e.id)
        _record(conn, "reject", e.id, None, e.name, {"a": _side(ms)}, author)
        conn.execute(update(mention).where(mention.c.entity_id == e.id).values(entity_id=None))
        conn.execute(delete(entity).where(entity.c.id == e.id))
        return len(ms)


def no_merge(store: Store, a: str, b: str, *, author: str | None = None) -> None:
    """Entities `a` and `b` are different actors: no later resolution links them."""
    with store.begin() as conn:
        ea, eb = _entity(conn, a), _entity(conn, b)
        value = {"a": _side(_mentions_of(conn, ea.id)), "b": _side(_mentions_of(conn, eb.id))}
        _record(conn, "no-merge", ea.id, eb.id, None, value, author)


def apply_protection(conn: Connection) -> int:
    """Protection follows the person, not the entity id: every entity holding a mention that the latest
    protect/unprotect judgement on it marked protected is protected again (after a re-resolution gave it
    a new id, a merge or a split). Returns how many entities were (re-)marked."""
    state: dict[str, bool] = {}
    q = (select(judgement.c.kind, judgement.c.value)
         .where(judgement.c.kind.in_(("protect", "unprotect"))).order_by(judgement.c.id))
    for kind, value in conn.execute(q):
        for mid in (value or {}).get("mentions", []):
            state[mid] = kind == "protect"
    marked = sorted(m for m, on in state.items() if on)
    if not marked:
        return 0
    holders = select(mention.c.entity_id).where(mention.c.id.in_(marked), mention.c.entity_id.is_not(None))
    res = conn.execute(update(entity).where(entity.c.id.in_(holders), entity.c.protected.is_(False))
                       .values(protected=True))
    return int(res.rowcount or 0)


def _ids(side: dict[str, Any], present: set[str], by_key: dict[str, set[str]]) -> set[str]:
    ids = set(side.get("mentions", [])) & present
    if ids:
        return ids
    return set().union(*(by_key.get(k, set()) for k in side.get("keys", [])))


def load_constraints(conn: Connection, mentions: list[MentionRow]) -> Constraints:
    """Every judgement, oldest first, as constraints over `mentions`."""
    present = {m.id for m in mentions}
    by_key: dict[str, set[str]] = {}
    for m in mentions:
        by_key.setdefault(f"{m.type}|{mention_key(m)}", set()).add(m.id)
    cons = Constraints()
    for j in conn.execute(select(judgement).where(judgement.c.kind.in_(KINDS)).order_by(judgement.c.id)):
        v = j.value or {}
        a, b = _ids(v.get("a", {}), present, by_key), _ids(v.get("b", {}), present, by_key)
        if j.kind == "merge":
            cons.forced.append((a, b))
        elif j.kind == "split":
            cons.forced = [(fa - a, fb - a) for fa, fb in cons.forced]  # the later judgement wins
            cons.carve.append(a)
            cons.cannot.append((a, b))
        elif j.kind == "no-merge":
            cons.forced = [(fa, fb) for fa, fb in cons.forced if not ((fa | fb) & a and (fa | fb) & b)]
            cons.cannot.append((a, b))
        elif j.kind == "reject":  # the recorded mentions and every mention of the same full names
            cons.rejected |= a | set().union(*(by_key.get(k, set()) for k in v.get("a", {}).get("keys", [])))
    _apart_by_relations(conn, {m.id: m.cluster for m in mentions}, cons)
    return cons


def _apart_by_relations(conn: Connection, cluster_of: dict[str, str | None], cons: Constraints) -> None:
    """A renaming, takeover or spin-off (successor_of) and a parent (subsidiary_of) are two entities:
    the two ends of such a relation are never linked. When extraction clustered them, the subject leaves
    the cluster; otherwise it stays with its own names ("l'Agence … (DECA), rattachée au ministère": DECA
    keeps its expansion)."""
    q = select(relation.c.subject, relation.c.object).where(relation.c.predicate.in_(APART_PREDICATES))
    for subj, obj in conn.execute(q):
        if subj in cluster_of and obj in cluster_of and subj != obj:
            if cluster_of[subj] is not None and cluster_of[subj] == cluster_of[obj]:
                cons.carve.append({subj})
            cons.cannot.append(({subj}, {obj}))
