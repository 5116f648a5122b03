"""The plain data that flows between stages (DESIGN §2). Pure dataclasses: no database, no model.

Offsets are character offsets into `Document.text`, which never changes once a document is built:
`doc.text[ev.start:ev.end] == ev.quote`, always.

Within one document, extraction refers to actors by mention id; resolution (which needs the store)
later links every mention to a canonical entity, so relations, events and claims reach entities
through their mentions and are never rewritten by resolution.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

ENTITY_TYPES: tuple[str, ...] = (
    "Person", "Company", "Organization", "PublicBody", "Country", "Product", "Event", "Law",
)
PREDICATES: tuple[str, ...] = (
    "supplied", "developed", "successor_of", "subsidiary_of", "employed_by", "represents", "attended",
    "met", "complaint_against", "investigated", "funded", "restricts_exports_to", "found_in", "hosts",
)
Precision = Literal["day", "month", "year", "interval"]
Stance = Literal["affirms", "denies"]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """One ingested source. `id` is the sha256 of the normalised `text`."""

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY | YYYY-MM | YYYY-MM-DD
    language: str = "other"  # fr | en | other
    fetched_at: str | None = None  # ISO 8601 UTC
    keywords: list[str] = field(default_factory=list)
    mimetype: str = "text/plain"
    pages: list[tuple[int, int]] = field(default_factory=list)  # PDF: (start, end) offsets per page
    near_duplicate_of: str | None = None
    near_duplicate_score: float | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact stands: `quote == document.text[start:end]`."""

    doc: str
    start: int
    end: int
    quote: str

    @classmethod
    def of(cls, doc: Document, start: int, end: int) -> "Evidence":
        return cls(doc.id, start, end, doc.text[start:end])


@dataclass
class Mention:
    """A name in a document. `id` is stable: document id + offsets. `cluster` groups the mentions of one
    actor inside the document (an acronym and its expansion, a surname and the full name)."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    cluster: str | None = None
    country: str | None = None  # ISO-3166 alpha-2, lowercase, where the text or gazetteer says
    categories: list[str] = field(default_factory=list)  # product categories (telecom-monitoring…)
    source: str = "ner"  # ner | gazetteer | rule | store | description (goods.py)
    edition: str | None = None  # a recurring event's occurrence meant here: its year ("2013"), else the series

    @staticmethod
    def make_id(doc_id: str, start: int, end: int) -> str:
        return f"{doc_id[:16]}:{start}:{end}"


@dataclass(frozen=True)
class DateMention:
    """A date in the text, resolved: `value` is YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B."""

    start: int
    end: int
    text: str
    value: str
    precision: Precision


@dataclass
class Relation:
    """subject —predicate→ object, between mention ids; `product` is a Product mention id."""

    subject: str
    predicate: str
    object: str
    evidence: Evidence
    product: str | None = None
    role: str | None = None
    date: str | None = None
    precision: Precision | None = None
    confidence: float = 0.5
    extractor: str = "rules"


@dataclass
class Event:
    date: str
    precision: Precision
    description: str
    participants: list[str]  # mention ids
    evidence: Evidence


@dataclass
class Claim:
    """Reported speech: who said what, when, affirming or denying which proposition."""

    speaker: str | None  # mention id
    stance: Stance
    proposition: str  # key grouping claims that answer one question
    evidence: Evidence
    date: str | None = None
    about: list[str] = field(default_factory=list)  # mention ids of the entities at stake
    predicate: str | None = None


@dataclass
class Extraction:
    """Everything the extract stage finds in one document."""

    doc: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
