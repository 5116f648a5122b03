"""The review queue: candidate pairs of entities that may be one actor (or one actor wrongly merged),
and the editors' accept / reject judgements on them.

Candidates come from enquete.resolve's scored list (`candidates(store)`) when it is installed, else
from entities of one type sharing a distinctive name token. Pairs already judged are left out.
Judgements go through enquete.resolve's merge / no_merge when present (so mentions move and later
resolutions honour them), else straight into the judgement table."""

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
from enquete.query import Scope

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


def _resolver() -> Any:
    """enquete.resolve when it is installed (it owns merges and the scored candidate list), else None."""
    try:
        import enquete.resolve as resolve
    except ImportError:
        return None
    return resolve if hasattr(resolve, "candidates") and hasattr(resolve, "merge") else None


def _visible_entities(scope: Scope, conn: Any) -> dict[str, Any]:
    rows = conn.execute(select(entity.c.id, entity.c.name, entity.c.type, func.count(mention.c.id).label("n"))
                        .join(mention, mention.c.entity_id == entity.c.id)
                        .where(mention.c.doc_id.in_(scope.visible_docs()))
                        .group_by(entity.c.id, entity.c.name, entity.c.type)).all()
    return {r.id: r for r in rows}


def candidates(scope: Scope, limit: int = 100, *, use_resolver: bool = True) -> list[dict]:
    """Candidate pairs the viewer may judge (both entities seen in visible documents): the resolver's
    scored list when enquete.resolve offers one, else entities of one type sharing a name token."""
    resolve = _resolver() if use_resolver else None
    with scope.store.connect() as conn:
        visible = _visible_entities(scope, conn)
        if resolve is not None:
            out = [{"a": _side(scope, visible[c.a]), "b": _side(scope, visible[c.b]), "score": round(c.score, 3),
                    "why": scope.text(c.why), "shared": []}
                   for c in resolve.candidates(scope.store) if c.a in visible and c.b in visible]
            return out[:limit]
        judged = _judged_pairs(conn)
    by_token: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for r in visible.values():
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
            pair = pairs.setdefault(key, {"a": _side(scope, a), "b": _side(scope, b), "score": None,
                                          "why": "shared name token", "shared": []})
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
    resolve = _resolver()
    if resolve is not None:  # the resolver moves mentions on a merge and honours no-merge later
        if kind == "merge":
            resolve.merge(scope.store, a, b, author=author)
        else:
            resolve.no_merge(scope.store, a, b, author=author)
        return {"a": scope.eid(a), "b": scope.eid(b), "kind": kind, "via": "enquete.resolve"}
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with scope.store.begin() as conn:
        conn.execute(insert(judgement).values(kind=kind, entity_a=a, entity_b=b, author=author, created_at=now))
    return {"a": scope.eid(a), "b": scope.eid(b), "kind": kind, "via": "judgement"}
