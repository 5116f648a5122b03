"""The review queue: pairs of stored entities that may be one actor but were not linked
automatically (a similar name, or an exact one that a constraint held apart: a public body whose
state is unknown on one side, differing countries). Each comes with the evidence for both sides.
Accepting records a merge judgement; rejecting records a no-merge, so the pair never comes back."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from enquete.resolve.core import REVIEW_THRESHOLD, MentionRow, Unit, mention_key
from enquete.resolve.dossier import sentence_around
from enquete.resolve.link import candidate_pairs, score_keys
from enquete.store import Store
from enquete.store.schema import document, entity, judgement, mention


@dataclass
class Candidate:
    """A possible merge of entities `a` and `b`, with a stable `id` for --accept/--reject."""

    id: str
    a: str
    b: str
    score: float
    why: str
    sides: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "a": self.a, "b": self.b, "score": round(self.score, 3), "why": self.why,
                "sides": self.sides}


def candidate_id(a: str, b: str) -> str:
    """Short stable id of an unordered pair of entity ids."""
    return hashlib.sha256("|".join(sorted((a, b))).encode()).hexdigest()[:10]


def _judged_pairs(conn: Connection) -> set[frozenset[str]]:
    q = select(judgement.c.entity_a, judgement.c.entity_b).where(judgement.c.kind.in_(("no-merge", "split")))
    return {frozenset(r) for r in conn.execute(q) if r[0] and r[1]}


def _units(conn: Connection) -> tuple[list[Unit], list[Any]]:
    ents = list(conn.execute(select(entity).order_by(entity.c.id)).all())
    by_entity: dict[str, list[MentionRow]] = defaultdict(list)
    for r in conn.execute(select(mention).where(mention.c.entity_id.is_not(None))):
        by_entity[r.entity_id].append(MentionRow.of(r))
    units = []
    for i, e in enumerate(ents):
        ms = by_entity.get(e.id, [])
        units.append(Unit(i, e.id, e.type, ms, {mention_key(m) for m in ms}, e.country,
                          edition=next((m.edition for m in ms if m.edition), None)))
    return units, ents


def _side(conn: Connection, e: Any, ms: list[MentionRow]) -> dict[str, Any]:
    first = min(ms, key=lambda m: m.id) if ms else None
    sentence = None
    if first is not None:
        row = conn.execute(select(document.c.text, mention.c.start, mention.c.end)
                           .select_from(mention.join(document, document.c.id == mention.c.doc_id))
                           .where(mention.c.id == first.id)).first()
        sentence = sentence_around(row.text, row.start, row.end) if row else None
    return {"id": e.id, "name": e.name, "type": e.type, "country": e.country,
            "aliases": sorted({m.text for m in ms}), "documents": sorted({m.doc_id for m in ms}),
            "sentence": sentence}


def candidates(store: Store, min_score: float = REVIEW_THRESHOLD) -> list[Candidate]:
    """Pairs of stored entities worth a human look, best first (never a judged pair)."""
    with store.connect() as conn:
        units, ents = _units(conn)
        judged = _judged_pairs(conn)
        out = []
        for i, j in candidate_pairs(units):
            a, b = units[i], units[j]
            if frozenset((a.doc_id, b.doc_id)) in judged or a.edition != b.edition:
                continue
            s, why = score_keys(a.type, a.strong_keys(), b.type, b.strong_keys())
            if s < min_score:
                continue
            if a.country and b.country and a.country != b.country:
                why += f" (countries differ: {a.country} / {b.country})"
            out.append(Candidate(candidate_id(a.doc_id, b.doc_id), a.doc_id, b.doc_id, s, why,
                                 [_side(conn, ents[i], a.mentions), _side(conn, ents[j], b.mentions)]))
    return sorted(out, key=lambda c: (-c.score, c.id))


def find_candidate(store: Store, cid: str) -> Candidate:
    """The current candidate with id `cid` (NotFound otherwise)."""
    from enquete.exc import NotFound

    for c in candidates(store):
        if c.id == cid:
            return c
    raise NotFound(f"no review candidate {cid!r} (run `enquete review` to list them)")
