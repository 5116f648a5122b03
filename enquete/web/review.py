"""The review queue: candidate pairs of entities that may be one actor (or one actor wrongly merged),
and the editors' accept / reject judgements on them.

Candidates come from enquete.resolve's own review list when it offers one (`review_candidates(store)`),
else from entities of one type sharing a distinctive name token. Pairs already judged are left out."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from datetime import datetime, timezone
from itertools import combinations
from typing import Any

from sqlalchemy import func, insert, select

from enquete.exc import InvalidData, NotFound
from enquete.store.schema import entity, judgement, mention
from enquete.web.queries import Scope

log = logging.getLogger(__name__)

STOP = {"group", "groupe", "société", "company", "systems", "system", "technologies", "international",
        "ministry", "ministère", "service", "services", "national", "nationale", "general", "général"}


def _tokens(name: str) -> set[str]:
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return {t for t in re.findall(r"\w+", flat) if len(t) >= 4 and t not in STOP}


def _judged_pairs(conn: Any) -> set[frozenset[str]]:
    rows = conn.execute(select(judgement.c.entity_a, judgement.c.entity_b).where(
        judgement.c.kind.in_(["merge", "no-merge"]), judgement.c.entity_b.is_not(None)))
    return {frozenset((a, b)) for a, b in rows}


def candidates(scope: Scope, limit: int = 100) -> list[dict]:
    """Pairs of visible entities of one type that share a name token and were never judged."""
    with scope.store.connect() as conn:
        rows = conn.execute(select(entity.c.id, entity.c.name, entity.c.type, func.count(mention.c.id).label("n"))
                            .join(mention, mention.c.entity_id == entity.c.id)
                            .where(mention.c.doc_id.in_(scope.visible_docs()))
                            .group_by(entity.c.id, entity.c.name, entity.c.type)).all()
        judged = _judged_pairs(conn)
    by_token: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for r in rows:
        for t in _tokens(r.name):
            by_token[(r.type, t)].append(r)
    pairs: dict[frozenset[str], dict] = {}
    for (_, token), group in sorted(by_token.items()):
        if len(group) > 20:  # too common a token to mean anything
            continue
        for a, b in combinations(sorted(group, key=lambda r: r.id), 2):
            key = frozenset((a.id, b.id))
            if key in judged:
                continue
            pair = pairs.setdefault(key, {"a": _side(scope, a), "b": _side(scope, b), "shared": []})
            pair["shared"].append(token)
    out = sorted(pairs.values(), key=lambda p: (-len(p["shared"]), p["a"]["name"] or "", p["b"]["name"] or ""))
    return out[:limit]


def _side(scope: Scope, r: Any) -> dict:
    return {"id": scope.eid(r.id), "name": scope.name(r.id, r.name), "type": r.type, "mentions": r.n}


def judge(scope: Scope, a: str, b: str, decision: str, *, author: str) -> dict:
    """Record an editor's decision on a pair: "accept" (one actor: merge) or "reject" (two actors)."""
    a, b = scope.entity_ref(a), scope.entity_ref(b)
    if decision not in ("accept", "reject"):
        raise InvalidData(f"decision must be accept or reject, not {decision!r}")
    if a == b:
        raise InvalidData("a pair needs two different entities")
    with scope.store.connect() as conn:
        found = set(conn.execute(select(entity.c.id).where(entity.c.id.in_([a, b]))).scalars())
        seen = set(conn.execute(select(mention.c.entity_id).where(
            mention.c.entity_id.in_([a, b]), mention.c.doc_id.in_(scope.visible_docs()))).scalars())
    if found != {a, b} or (scope.collections is not None and seen != {a, b}):
        raise NotFound("no such pair of entities")
    kind = "merge" if decision == "accept" else "no-merge"
    if kind == "merge":
        try:
            from enquete.resolve import merge  # the RESOLUTION helper's merge keeps entities consistent
        except ImportError:
            merge = None
        if merge is not None:
            merge(scope.store, a, b, author=author)
            return {"a": a, "b": b, "kind": kind, "via": "resolve.merge"}
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with scope.store.begin() as conn:
        conn.execute(insert(judgement).values(kind=kind, entity_a=a, entity_b=b, author=author, created_at=now))
    return {"a": a, "b": b, "kind": kind, "via": "judgement"}
