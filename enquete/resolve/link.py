"""Linking units into groups (pure): blocking, scoring, and a union-find that checks every
constraint on whole groups. Thresholds are in enquete.resolve.core's docstring."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from enquete.resolve.core import (
    AUTO_THRESHOLD, MAX_BLOCK, REVIEW_THRESHOLD, Constraints, MentionRow, Unit, build_units, family,
    in_document_pairs,
)
from enquete.resolve.names import tokens

log = logging.getLogger(__name__)
#: Why two editions of a recurring event (or an edition and its series) are never linked: no review either.
EDITIONS = "different editions of a recurring event"
#: the key of a body named by its portfolio alone, once read in English ("ministry of interior")
PORTFOLIO_KEY = re.compile(r"^(?:ministry|department) of [a-z ]+$")


def score_keys(type_a: str, keys_a: set[str], type_b: str, keys_b: set[str]) -> tuple[float, str]:
    """How likely two sets of cross-document keys name one actor, and why (0.0 when types disagree)."""
    if family(type_a) != family(type_b):
        return 0.0, "types differ"
    shared = keys_a & keys_b
    if shared and (type_a == type_b or family(type_a) == "org"):
        return 1.0, f"same name: {sorted(shared)[0]}"
    best, why = 0.0, ""
    for a in keys_a:
        for b in keys_b:
            s = fuzz.ratio(a, b) / 100.0
            if type_a == type_b == "Person":
                wa, wb = a.split(), b.split()
                if len(wa) != len(wb) or wa[-1] != wb[-1]:
                    s = min(s, AUTO_THRESHOLD - 0.01)  # never auto-link on a fuzzy surname
            elif type_a == type_b == "Country":
                s = 0.0
            else:
                s = min(s, AUTO_THRESHOLD - 0.01)  # organisations: exact names only
            if s > best:
                best, why = s, f"similar names: {a} ~ {b}"
    return best, why


@dataclass
class _Root:
    type_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    country: str | None = None
    body_country: str | None = None  # public bodies: explicit else context
    portfolio: bool = False  # a body named by its portfolio only ("ministère de l'Intérieur"): every state has one
    anchor: str | None = None
    edition: str | None = None
    sides: dict[int, int] = field(default_factory=dict)  # cannot-link judgement -> side (0 or 1)


def _descriptive(u: Unit) -> bool:
    """A name written in lower case ("la police", "le parquet"): a description that needs its state."""
    return all(m.text.strip()[:1].islower() for m in u.mentions)


class Linker:
    """Union-find over units; `union` refuses what a constraint forbids unless forced."""

    def __init__(self, units: list[Unit], constraints: Constraints) -> None:
        self.units = units
        self.parent = list(range(len(units)))
        self.roots = {u.idx: self._root_of(u, constraints) for u in units}

    @staticmethod
    def _root_of(u: Unit, cons: Constraints) -> _Root:
        r = _Root(country=u.country, anchor=u.anchor, edition=u.edition)
        r.type_counts[u.type] = len(u.mentions)
        if u.type == "PublicBody" or (family(u.type) == "org" and _descriptive(u)):
            r.body_country = u.country or u.context
            r.portfolio = bool(u.keys) and all(PORTFOLIO_KEY.match(k) for k in u.keys)
        ids = {m.id for m in u.mentions}
        for j, (a, b) in enumerate(cons.cannot):
            if ids & a:
                r.sides[j] = 0
            elif ids & b:
                r.sides[j] = 1
        return r

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def conflict(self, i: int, j: int) -> str | None:
        """Why groups of units i and j may not be linked (None: they may)."""
        a, b = self.roots[self.find(i)], self.roots[self.find(j)]
        if a.anchor and b.anchor and a.anchor != b.anchor:
            return "two stored entities"
        if a.edition != b.edition:
            return EDITIONS
        if a.country and b.country and a.country != b.country:
            return f"countries differ ({a.country} / {b.country})"
        if a.body_country and b.body_country and a.body_country != b.body_country:
            return f"public bodies of different states ({a.body_country} / {b.body_country})"
        if (a.portfolio or b.portfolio) and a.body_country != b.body_country:
            return "a ministry named by its portfolio only, of a state not known on one side"
        if any(b.sides.get(k, s) != s for k, s in a.sides.items()):
            return "a human judgement keeps them apart"
        return None

    def union(self, i: int, j: int, forced: bool = False) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if not forced and self.conflict(ri, rj):
            return False
        a, b = self.roots[ri], self.roots.pop(rj)
        self.parent[rj] = ri
        for t, n in b.type_counts.items():
            a.type_counts[t] += n
        a.country = a.country or b.country
        a.body_country = a.body_country or b.body_country
        a.portfolio = a.portfolio or b.portfolio
        a.anchor = a.anchor or b.anchor
        for k, s in b.sides.items():
            a.sides.setdefault(k, s)
        return True

    def groups(self) -> list[list[Unit]]:
        out: dict[int, list[Unit]] = defaultdict(list)
        for u in self.units:
            out[self.find(u.idx)].append(u)
        return list(out.values())


def exact_groups(units: list[Unit]) -> Iterator[list[int]]:
    """Units of different documents sharing a cross-document key, per type family (linear: one
    index entry per key, whatever the number of units sharing it)."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for u in units:
        for k in u.strong_keys():
            index[(family(u.type), k)].append(u.idx)
    for members in index.values():
        if len(members) > 1:
            yield members


def candidate_pairs(units: list[Unit]) -> Iterator[tuple[int, int]]:
    """Unit pairs of different documents sharing a distinctive word of a cross-document key, within one
    type family (blocking: words shared by more than MAX_BLOCK units are skipped)."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for u in units:
        for w in {w for k in u.strong_keys() for w in tokens(k.removeprefix("iso:"))}:
            index[(family(u.type), w)].append(u.idx)
    seen: set[tuple[int, int]] = set()
    for (_, word), members in index.items():
        if len(members) > MAX_BLOCK:
            log.debug("blocking word %r skipped (%d units)", word, len(members))
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                pair = (i, j) if i < j else (j, i)
                if pair not in seen and units[i].doc_id != units[j].doc_id:
                    seen.add(pair)
                    yield pair


@dataclass
class Candidate:
    """A pair of units that might be one actor but was not linked automatically."""

    a: int
    b: int
    score: float
    why: str


def link(mentions: list[MentionRow], constraints: Constraints | None = None,
         incremental: bool = False) -> tuple[list[list[Unit]], list[Candidate]]:
    """Resolve mention rows into groups of units (one group = one actor) and review candidates."""
    cons = constraints or Constraints()
    units = build_units(mentions, cons, incremental)
    linker = Linker(units, cons)
    by_mention = {m.id: u.idx for u in units for m in u.mentions}
    anchored: dict[str, int] = {}
    for u in units:  # incremental: the units of one stored entity stay one group
        if u.anchor:
            linker.union(anchored.setdefault(u.anchor, u.idx), u.idx, forced=True)
    for a, b in cons.forced:
        ids = [by_mention[m] for m in (*a, *b) if m in by_mention]
        for other in ids[1:]:
            linker.union(ids[0], other, forced=True)
    for i, j in in_document_pairs(units):
        linker.union(i, j)
    candidates = _link_exact(linker, units)
    scored = []
    for i, j in candidate_pairs(units):
        if linker.find(i) == linker.find(j):
            continue
        s, why = score_keys(units[i].type, units[i].strong_keys(), units[j].type, units[j].strong_keys())
        if REVIEW_THRESHOLD <= s < 1.0:  # shared keys were handled by _link_exact
            scored.append((s, i, j, why))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    for s, i, j, why in scored:
        if linker.find(i) == linker.find(j):
            continue
        refusal = linker.conflict(i, j)
        if s >= AUTO_THRESHOLD and refusal is None:
            linker.union(i, j)
        elif refusal != EDITIONS:
            candidates.append(Candidate(i, j, s, refusal or why))
    return linker.groups(), candidates


def _link_exact(linker: Linker, units: list[Unit]) -> list[Candidate]:
    """Link units sharing a key, each to the first group of that key it may join; refusals
    (another state, a judgement) become candidates."""
    out = []
    for members in exact_groups(units):
        reps: list[int] = []
        for i in members:
            if any(linker.find(r) == linker.find(i) for r in reps):
                continue
            if not any(linker.union(r, i) for r in reps):
                if reps:
                    out.append(Candidate(reps[0], i, 1.0, linker.conflict(reps[0], i) or "same name"))
                reps.append(i)
    return out


def group_mentions(groups: Iterable[list[Unit]]) -> list[list[MentionRow]]:
    """The mentions of each group."""
    return [[m for u in g for m in u.mentions] for g in groups]
