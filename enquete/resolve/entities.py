"""What an entity row says, computed from its mentions (pure): canonical name, type, country,
categories, and a stable id for a new entity. An edition of a recurring event is named by its series'
fullest name and its year ("Milipol Paris 2013"), whatever words its mentions wrap around the name."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from enquete.extract.editions import without_year
from enquete.model import ENTITY_TYPES
from enquete.resolve.core import MentionRow
from enquete.resolve.names import TITLES, fold, is_acronym, is_full_person_name, name_key

#: On a tie of mention counts, the entity type is the first of these.
TYPE_PRIORITY = ("Person", "Country", "Company", "PublicBody", "Organization", "Product", "Event", "Law")


def _informative(text: str, type_: str) -> int:
    """2: a full name or an expansion; 1: a single word; 0: an acronym or a bare surname."""
    key = name_key(text, type_)
    if type_ == "Person":
        return 2 if is_full_person_name(key) else 0
    if is_acronym(text.strip()):
        return 0
    return 2 if len(key.split()) > 1 else 1


def canonical_name(mentions: Iterable[MentionRow], type_: str) -> str:
    """The most informative frequent alias: full name over surname, expansion over acronym, then the
    most frequent, then the one heading its in-document group (a product group's phrase before the goods
    it lists), then one without a title (Me, Dr…), then the longest."""
    mentions = [m for m in mentions if m.text.strip()]
    counts = Counter(" ".join(m.text.split()) for m in mentions)
    ids = {m.id for m in mentions}
    heads = Counter(" ".join(m.text.split()) for m in mentions
                    if m.cluster in (None, m.id) or m.cluster not in ids)

    def rank(text: str) -> tuple[int, int, int, int, int, str]:
        titled = int(fold(text).split()[:1] != [] and fold(text).split()[0] in TITLES)
        return (_informative(text, type_), counts[text], heads[text], -titled, len(text), text)

    return max(counts, key=rank)


#: A generic word written in lower case before a show's own name ("salon Milipol", "salon du MILIPOL").
_GENERIC = re.compile(r"^(?:salon|show|exhibition|fair|foire|expo|exposition|conférence|conference)\s+"
                      r"(?:du\s+|de\s+|of\s+)?(?=[A-Z0-9ÉÈ])")


def edition_name(mentions: Iterable[MentionRow]) -> str | None:
    """An edition's name: the fullest form of its series' own name among the mentions, then the most
    frequent, and its year ("Milipol Paris 2013"); None unless the mentions name one edition."""
    mentions = list(mentions)
    editions = {m.edition for m in mentions}
    if len(editions) != 1 or None in editions:
        return None
    year = str(editions.pop())
    forms = Counter(_GENERIC.sub("", without_year(" ".join(m.text.split()), year)) for m in mentions)
    return f"{max(forms, key=lambda t: (len(t.split()), forms[t], t))} {year}"


def entity_type(mentions: Iterable[MentionRow]) -> str:
    """The type most mentions give (ties: TYPE_PRIORITY order)."""
    counts = Counter(m.type for m in mentions)
    order = {t: i for i, t in enumerate(TYPE_PRIORITY)}
    return min(counts, key=lambda t: (-counts[t], order.get(t, len(order))))


def entity_country(mentions: list[MentionRow], type_: str, context: str | None = None) -> str | None:
    """ISO code: a Country's own code, else the majority of mention countries, else `context`."""
    if type_ == "Country":
        for m in mentions:
            key = name_key(m.text, "Country")
            if key.startswith("iso:"):
                return key[4:]
    c = Counter(m.country.lower() for m in mentions if m.country)
    return c.most_common(1)[0][0] if c else context


def _named_state(mentions: list[MentionRow]) -> str | None:
    from enquete.resolve.core import _qualifier

    states = Counter(q for m in mentions if (q := _qualifier(m)) and q not in ("eu", "un"))
    return states.most_common(1)[0][0] if states else None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:36] or "x"


def new_entity_id(type_: str, name: str, mentions: Iterable[MentionRow]) -> str:
    """`<type>-<slug of name>-<hash>`: deterministic for the same mentions, lowercase, <= 64 chars."""
    first = min(m.id for m in mentions)
    digest = hashlib.sha256(f"{type_}|{name_key(name, type_)}|{first}".encode()).hexdigest()[:8]
    return f"{type_.lower()}-{slug(name)}-{digest}"


def entity_values(mentions: list[MentionRow], context: str | None = None) -> dict[str, Any]:
    """The entity row (without id) for a group of mentions."""
    type_ = entity_type(mentions)
    assert type_ in ENTITY_TYPES, type_
    typed = [m for m in mentions if m.type == type_]
    name = edition_name(typed) or canonical_name(typed, type_)
    cats = sorted({c for m in mentions for c in (m.categories or [])})
    # a public body's state is what its mentions or its own name say (a demonym, a capital); the country
    # a document is about (`context`) keeps bodies apart when linking but is no fact to show or screen on
    ctx = _named_state(mentions) if type_ == "PublicBody" else None
    return {"type": type_, "name": name, "country": entity_country(mentions, type_, ctx),
            "categories": cats or None}
