"""Pure resolution core: mention rows -> groups of mentions, one group per actor (no database).

Steps, each conservative (a wrong merge in print is a libel risk; a split is only a missed link):

1. *Units* inside one document: the mentions extraction put in one `cluster` (acronym and expansion, a
   surname and the full name), plus the mentions of the same type written with the same key; a person
   named by a surname alone joins the only full name of the document ending with that surname.
2. *Blocking*: units are indexed by the distinctive words of their cross-document keys (a surname alone
   is never one), per type family; only units sharing a word are compared, never all pairs.
3. *Scoring* (`score_keys`): 1.0 when two units share a key (after normalisation, legal forms, titles
   and transliteration variants); for persons, a rapidfuzz ratio over full names with the same number
   of words and the same surname. Auto-link at `AUTO_THRESHOLD`; pairs between `REVIEW_THRESHOLD` and
   it (and refused exact pairs) are review candidates only. Companies never link on a fuzzy score.
4. *Constraints*, checked on whole groups (so transitivity cannot sneak past them): types must agree
   (Company, Organization and PublicBody are one family, on an exact key only), explicit countries
   must agree, editions must agree (two editions of a trade show, or an edition and its series, are
   never one actor; an edition's key is its series' key and its year, "milipol 2013"), public bodies
   must agree on their state (explicit, else the document's dominant country; a ministry named by its
   portfolio alone, "ministère de l'Intérieur", joins one of a known state only when its own is known),
   a group may hold at most one stored entity (`anchor`, incremental mode), and human judgements:
   `forced` pairs are linked first, `cannot` sides are never linked.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


from enquete.extract.editions import without_year
from enquete.extract.goods import SOURCE as DESCRIBED
from enquete.resolve.names import ORG_TYPES, demonym_country, event_key, fold, is_full_person_name, name_key

log = logging.getLogger(__name__)

AUTO_THRESHOLD = 0.93
REVIEW_THRESHOLD = 0.80
#: A blocking word shared by more units than this is skipped (other words still block).
MAX_BLOCK = 50


@dataclass
class MentionRow:
    """What resolution needs of a stored mention."""

    id: str
    doc_id: str
    text: str
    type: str
    cluster: str | None = None
    country: str | None = None
    categories: list[str] = field(default_factory=list)
    entity_id: str | None = None
    edition: str | None = None  # the year of a recurring event's occurrence (None: the series, or no event)
    source: str | None = None  # how extraction found it (Mention.source)

    @classmethod
    def of(cls, row: Any) -> "MentionRow":
        """From a stored `mention` row."""
        return cls(row.id, row.doc_id, row.text, row.type, row.cluster, row.country,
                   list(row.categories or []), row.entity_id, row.edition, getattr(row, "source", None))


def mention_key(m: MentionRow) -> str:
    """The matching key of a mention: its name's key; an edition's is its series' key and its year."""
    if not m.edition:
        return name_key(m.text, m.type)
    base = name_key(without_year(m.text, m.edition), m.type)
    return f"{base} {m.edition}" if base else ""


@dataclass
class Unit:
    """Mentions of one actor inside one document."""

    idx: int
    doc_id: str
    type: str
    mentions: list[MentionRow] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    country: str | None = None  # explicit (mention.country), majority
    context: str | None = None  # the document's dominant country
    anchor: str | None = None  # stored entity this unit already belongs to (incremental)
    edition: str | None = None  # the year of the occurrence of a recurring event its mentions name

    def strong_keys(self) -> set[str]:
        """Keys usable across documents: never a person's surname alone, nor goods told by a description
        alone ("caméras thermiques" in two articles may be two makers' goods: goods.py)."""
        if all(m.source == DESCRIBED for m in self.mentions) and self.mentions:
            return set()
        if self.type == "Person":
            return {k for k in self.keys if is_full_person_name(k)}
        if self.type == "Country":
            return {k for k in self.keys if k.startswith("iso:")}
        return {k for k in self.keys if k}


@dataclass
class Constraints:
    """Human judgements as the core sees them: mention-id sets that must / must never be linked."""

    forced: list[tuple[set[str], set[str]]] = field(default_factory=list)
    cannot: list[tuple[set[str], set[str]]] = field(default_factory=list)
    carve: list[set[str]] = field(default_factory=list)  # mentions that form their own unit (split)
    rejected: set[str] = field(default_factory=set)  # mentions that are no entity


def family(type_: str) -> str:
    """Types that may name one actor: Company/Organization/PublicBody; any other type alone."""
    return "org" if type_ in ORG_TYPES else type_


def dominant_countries(mentions: Iterable[MentionRow]) -> dict[str, str]:
    """Per document, the state its Country mentions name most (at least 40 % of them, no tie)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.type == "Country":
            key = name_key(m.text, "Country")
            if key.startswith("iso:"):
                counts[m.doc_id][key[4:]] += 1
    out = {}
    for doc, c in counts.items():
        top = c.most_common(2)
        total = sum(c.values())
        if top[0][1] >= 0.4 * total and (len(top) == 1 or top[0][1] > top[1][1]):
            out[doc] = top[0][0]
    return out


def _majority(values: Iterable[str | None]) -> str | None:
    c = Counter(v for v in values if v)
    return c.most_common(1)[0][0] if c else None


#: Words that make a body supranational: its "state" is the union or organisation itself, the same in
#: every document (not the country the document is about).
SUPRANATIONAL = {"eu": ("union europeenne", "european union", "ue", "eu", "commission europeenne",
                        "european commission", "conseil europeen", "european council", "parlement europeen",
                        "european parliament"),
                 "un": ("nations unies", "united nations", "onu", "un", "conseil de securite",
                        "security council")}


def _qualifier(m: MentionRow) -> str | None:
    """The state (or union) a public body's own name says it belongs to: a demonym ("ministère
    français"), a capital ("parquet de Paris"), or a supranational name (EU, UN bodies)."""
    if m.type != "PublicBody":
        return None
    folded = f" {fold(m.text)} "
    for code, names in SUPRANATIONAL.items():
        if any(f" {n} " in folded for n in names):
            return code
    return demonym_country(m.text) or _capital_country(folded)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    from enquete.extract.names import capitals

    return {name: code.lower() for name, code in capitals().items() if len(name) >= 4}


def _capital_country(folded: str) -> str | None:
    codes = {code for name, code in _capitals().items() if f" {name} " in folded}
    return codes.pop() if len(codes) == 1 else None


def build_units(mentions: list[MentionRow], constraints: Constraints | None = None,
                incremental: bool = False) -> list[Unit]:
    """Group mentions into per-document units (step 1). Rejected mentions are left out; in incremental
    mode mentions already linked to a stored entity form one unit per (document, entity)."""
    cons = constraints or Constraints()
    carved = {mid: i for i, ids in enumerate(cons.carve) for mid in ids}
    groups: dict[tuple, list[MentionRow]] = defaultdict(list)
    for m in mentions:
        if m.id in cons.rejected or not m.text.strip():
            continue
        key = mention_key(m)
        if not key:
            continue
        if incremental and m.entity_id:
            by: tuple = ("entity", m.entity_id)
        elif m.id in carved:
            by = ("carve", carved[m.id])
        elif m.cluster:
            by = ("cluster", m.cluster)
        else:
            by = ("key", key)
        groups[(m.doc_id, *by, m.type, m.edition)].append(m)
    context = dominant_countries(mentions)
    units: list[Unit] = []
    for gkey, ms in groups.items():
        keys = {mention_key(m) for m in ms} | {k for m in ms if m.type == "Event" and (k := event_key(m.text))}
        u = Unit(len(units), gkey[0], gkey[3], ms, keys,
                 _majority(m.country or _qualifier(m) for m in ms), context.get(gkey[0]), edition=gkey[4])
        if gkey[1] == "entity":
            u.anchor = gkey[2]
        units.append(u)
    return units


def in_document_pairs(units: list[Unit]) -> Iterator[tuple[int, int]]:
    """Unit pairs of one document that name one actor: same type family and a shared key, or a
    surname alone and the only full name of the document ending with it."""
    by_doc: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        by_doc[u.doc_id].append(u)
    for doc_units in by_doc.values():
        seen: dict[tuple[str, str], int] = {}
        for u in doc_units:
            for k in sorted(u.keys):
                other = seen.setdefault((family(u.type), k), u.idx)
                if other != u.idx:
                    yield other, u.idx
        yield from _surname_pairs(doc_units)


def _surname_pairs(doc_units: list[Unit]) -> Iterator[tuple[int, int]]:
    """A surname alone and the only full name ending with it; failing any, a name alone and the only full
    name opening with it, where names put the given name first ("Mr. Jawar" after "Jawar Mohammed")."""
    people = [u for u in doc_units if u.type == "Person"]
    by_last: dict[str, set[int]] = defaultdict(set)
    by_first: dict[str, set[int]] = defaultdict(set)
    for u in people:
        for k in u.keys:
            if is_full_person_name(k):
                by_last[k.split()[-1]].add(u.idx)
                by_first[k.split()[0]].add(u.idx)
    for u in people:
        if any(is_full_person_name(k) for k in u.keys):
            continue
        for k in u.keys:
            owners = by_last.get(k) or by_first.get(k, set())
            if len(owners) == 1:
                yield next(iter(owners)), u.idx
