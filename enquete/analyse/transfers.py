"""Documented transfers, read from the store, for screening (DESIGN §4).

Two shapes of evidence make a transfer (its `origin` is where the item was made: its maker's state):
- a `supplied` relation: seller -> buyer, with its product; the destination is the buyer when it is a
  country, else the buyer's country;
- a `found_in` relation (product -> country) together with the product's maker from `developed`
  relations: the maker is the supplier, and the transfer happened between the product's production (the
  `developed` date, when stated) and the day it was found ("2012/2015-01"), else at some time up to the
  day it was found ("/2015-01").

An item's categories come from its entity and mention (the gazetteer), the transfer's evidence sentences
and the words next to the item's name where the document names it ("des véhicules blindés Sherpa").
A maker's `developed` date read in the very sentence of a find is the scene's, not the making's.

An undated fact is bounded by its document's publication date ("/2010-06": some time before June 2010),
which rules out rules that came later. Each transfer also carries the sentences of its documents that
show it went ahead without a licence (licensing.py), which turn a licence rule's flag into a breach.

A product not resolved to an entity is tied to its maker only within one document (by the mention's
cluster or text), never across documents. A mention not yet resolved to an entity still counts, by its
own text and country, so screening works before resolution has run (the flag then has no supplier
entity id).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from followthemoney.types import registry
from sqlalchemy import Connection, select

from enquete.analyse.categories import around, categorise, fold, names_in, production_date, word_string
from enquete.analyse.licensing import showings
from enquete.analyse.rules import period
from enquete.store import Store
from enquete.store.schema import document, entity, evidence, mention, relation

log = logging.getLogger(__name__)

#: Buyers whose country is where the goods went.
STATE_OR_BODY = ("Country", "PublicBody", "Organization", "Company")


@dataclass(frozen=True)
class Party:
    """A supplier or buyer: its entity id (None before resolution), name, ISO2 country, type, aliases."""

    name: str
    id: str | None = None
    country: str | None = None
    type: str = "Company"
    aliases: tuple[str, ...] = ()


@dataclass
class Transfer:
    """supplier -> destination (ISO2 of the state), an item with its categories, a date string
    (YYYY, YYYY-MM, YYYY-MM-DD, A/B with either side possibly open, or None) and the evidence."""

    id: str
    supplier: Party
    destination: str | None
    item: str
    categories: frozenset[str]
    date: str | None = None
    buyer: Party | None = None
    destination_id: str | None = None  # the Country entity of `destination`, where one exists
    item_id: str | None = None
    relation_ids: tuple[str, ...] = ()
    evidence: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    basis: str = "supplied"  # how the text documents it: "supplied", or "made X, found Y" for finds
    origin: str | None = None  # ISO2 of the state where the item was made (its maker's), where known
    unlicensed: tuple[dict[str, Any], ...] = ()  # sentences showing no licence was granted (licensing.py)


def _iso(value: str | None) -> str | None:
    return value.upper() if value else None


def _country_code(names: list[str]) -> str | None:
    """ISO2 of a country from its name in any common language (FtM's country registry), for Country
    entities stored without a code."""
    for name in names:
        code = registry.country.clean(name)
        if code and len(code) == 2:
            return code
    return None


def _chunks(ids: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    items = sorted(set(ids))
    for i in range(0, len(items), size):
        yield items[i:i + size]


class _Graph:
    """The mentions, entities, evidence and documents the transfer relations touch, loaded once."""

    def __init__(self, conn: Connection, rels: list[Any]) -> None:
        mids = {m for r in rels for m in (r.subject, r.object, r.product) if m}
        self.mentions = {r.id: r for ids in _chunks(mids)
                         for r in conn.execute(select(mention).where(mention.c.id.in_(ids)))}
        eids = {m.entity_id for m in self.mentions.values() if m.entity_id}
        self.entities = {r.id: r for ids in _chunks(eids)
                         for r in conn.execute(select(entity).where(entity.c.id.in_(ids)))}
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self.mention_country: dict[str, str] = {}
        for ids in _chunks(eids):
            q = select(mention.c.entity_id, mention.c.text, mention.c.country).where(
                mention.c.entity_id.in_(ids))
            for eid, text, country in conn.execute(q.distinct()):
                self.aliases[eid].add(text)
                if country:
                    self.mention_country.setdefault(eid, country)
        self.countries: dict[str, str] = {}
        for eid, code in conn.execute(select(entity.c.id, entity.c.country).where(
                entity.c.type == "Country", entity.c.country.is_not(None)).order_by(entity.c.id)):
            self.countries.setdefault(code.upper(), eid)
        self.evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for ids in _chunks(r.id for r in rels):
            q = select(evidence).where(evidence.c.owner_kind == "relation", evidence.c.owner_id.in_(ids))
            for ev in conn.execute(q.order_by(evidence.c.id)):
                self.evidence[ev.owner_id].append(
                    {"doc": ev.doc_id, "start": ev.start, "end": ev.end, "quote": ev.quote})
        self.published = {d: p for ids in _chunks(r.doc_id for r in rels) for d, p in conn.execute(
            select(document.c.id, document.c.published).where(document.c.id.in_(ids)))}
        goods = [r.product if r.predicate == "supplied" else r.subject
                 for r in rels if r.predicate != "developed"]
        self.phrase = _phrases(conn, [self.mentions[m] for m in goods if m in self.mentions])

    def adopt(self, conn: Connection, m: Any) -> None:
        """Add a mention found later (and its entity, with its aliases) to what is loaded."""
        self.mentions[m.id] = m
        if m.entity_id and m.entity_id not in self.entities:
            self.entities[m.entity_id] = conn.execute(select(entity).where(entity.c.id == m.entity_id)).one()
            q = select(mention.c.text, mention.c.country).where(mention.c.entity_id == m.entity_id)
            for text, country in conn.execute(q.distinct()):
                self.aliases[m.entity_id].add(text)
                if country:
                    self.mention_country.setdefault(m.entity_id, country)

    def party(self, mention_id: str) -> Party:
        """The entity behind a mention, or the mention itself when unresolved."""
        m = self.mentions[mention_id]
        e = self.entities.get(m.entity_id) if m.entity_id else None
        if e is None:
            country = m.country or (_country_code([m.text]) if m.type == "Country" else None)
            return Party(name=m.text, country=_iso(country), type=m.type, aliases=(m.text,))
        aliases = tuple(sorted(self.aliases.get(e.id, set()) | {e.name}))
        country = e.country or self.mention_country.get(e.id) or m.country
        if not country and e.type == "Country":
            country = _country_code([e.name, *aliases])
        return Party(name=e.name, id=e.id, country=_iso(country), type=e.type, aliases=aliases)

    def product_keys(self, mention_id: str) -> set[str]:
        """What identifies a product across relations: its entity; when unresolved, its in-document
        cluster or folded text, never matched across documents (a generic name such as "grenades"
        must not tie one maker to another document's find)."""
        m = self.mentions[mention_id]
        if m.entity_id:
            return {m.entity_id}
        keys = {f"text:{m.doc_id}:{fold(m.text)}"}
        if m.cluster:
            keys.add(f"cluster:{m.doc_id}:{m.cluster}")
        return keys

    def categories(self, mention_id: str | None, quotes: list[str]) -> frozenset[str]:
        """entity.categories ∪ mention.categories ∪ categories of the quotes and the mention's text."""
        cats: set[str] = set()
        texts = list(quotes)
        if mention_id:
            m = self.mentions[mention_id]
            e = self.entities.get(m.entity_id) if m.entity_id else None
            given = list(m.categories or ()) + list((e.categories or ()) if e is not None else ())
            cats.update(given)
            texts += [m.text, self.phrase.get(mention_id, ""), *(c.replace("-", " ") for c in given)]
        for text in texts:
            cats |= categorise(text)
        return frozenset(cats)

    def published_bound(self, doc_id: str) -> str | None:
        """The publication date of a document when well formed (a date nothing in it can be after)."""
        bound = _before(self.published.get(doc_id))
        return bound[1:] if bound else None

    def destination(self, buyer: Party) -> tuple[str | None, str | None]:
        """(ISO2 of the destination state, id of its Country entity). A person's country is a nationality,
        not where goods went: a transfer to a person has no destination state."""
        if buyer.type == "Country" and buyer.country:
            return buyer.country, buyer.id or self.countries.get(buyer.country)
        if buyer.type not in STATE_OR_BODY or not buyer.country:
            return None, None
        return buyer.country, self.countries.get(buyer.country)


def _phrases(conn: Connection, goods: list[Any]) -> dict[str, str]:
    """mention id -> the words next to the product's name in its document (categories.around): "des
    véhicules blindés Sherpa" says what a Sherpa is where the transfer's own sentence does not ("ces
    véhicules ont été livrés")."""
    by_doc: dict[str, list[Any]] = defaultdict(list)
    for m in goods:
        by_doc[m.doc_id].append(m)
    out: dict[str, str] = {}
    for ids in _chunks(by_doc, size=200):
        for doc_id, text in conn.execute(select(document.c.id, document.c.text).where(document.c.id.in_(ids))):
            out.update({m.id: around(text, m.start, m.end) for m in by_doc[doc_id]})
    return out


def _supplied(g: _Graph, rel: Any) -> Transfer:
    ev = g.evidence.get(rel.id, [])
    seller, buyer = g.party(rel.subject), g.party(rel.object)
    dest, dest_id = g.destination(buyer)
    item = g.party(rel.product).name if rel.product else ""
    item_id = g.mentions[rel.product].entity_id if rel.product else None
    return Transfer(
        id=rel.id, supplier=seller, buyer=buyer, destination=dest, destination_id=dest_id, item=item,
        item_id=item_id, categories=g.categories(rel.product, [e["quote"] for e in ev]),
        date=_date(rel) or _before(g.published.get(rel.doc_id)),
        relation_ids=(rel.id,), evidence=tuple(ev))


def _date(rel: Any) -> str | None:
    """The relation's date when well formed; a malformed one is logged and treated as unknown."""
    try:
        period(rel.date)
    except ValueError:
        log.warning("relation %s: unreadable date %r, screened as undated", rel.id, rel.date)
        return None
    return rel.date or None


def _before(published: str | None) -> str | None:
    """An undated fact reported in a document happened before its publication: "/published"."""
    try:
        period(published)
    except ValueError:
        return None
    return f"/{published}" if published else None


def _interval(made: str | None, found: str | None) -> str | None:
    """From production to discovery; a production date after the discovery is ignored."""
    if not found:
        return f"{made}/" if made else None
    if made == found:
        return found
    if made and period(made)[0] <= period(found)[1]:
        return f"{made}/{found}"
    return f"/{found}"


def _brand_makers(conn: Connection, g: _Graph, product_mid: str) -> list[str]:
    """Company mentions of the document whose name is part of the product's name ("grenades de marque
    X", "X tear-gas grenades"): the brand is the maker."""
    p = g.mentions[product_mid]
    words = word_string(p.text)
    rows = conn.execute(select(mention).where(mention.c.doc_id == p.doc_id, mention.c.type == "Company"))
    out: dict[str, str] = {}
    for m in rows:
        if names_in(words, m.text):
            g.adopt(conn, m)
            out.setdefault(m.entity_id or word_string(m.text).strip(), m.id)
    return list(out.values())


def _made(g: _Graph, dev: Any, seen: list[dict[str, Any]]) -> str | None:
    """When the maker made the product: the `developed` relation's date, unless that relation was read in
    the very sentence of the find ("des blindés fabriqués par X ont été filmés au Caire le 14 août 2013"),
    where the date is the scene's, not the making's."""
    spans = {(e["doc"], e["start"], e["end"]) for e in seen}
    if any((e["doc"], e["start"], e["end"]) in spans or any(
            e["doc"] == d and e["start"] < b and a < e["end"] for d, a, b in spans)
           for e in g.evidence.get(dev.id, [])):
        return None
    return _date(dev)


def _found(conn: Connection, g: _Graph, rel: Any, makers: list[Any]) -> list[Transfer]:
    place, product = g.party(rel.object), g.party(rel.subject)
    dest, dest_id = g.destination(place)
    found = _date(rel) or g.published_bound(rel.doc_id)
    seen = g.evidence.get(rel.id, [])
    made_here = None
    if seen and not (makers and all(_made(g, dev, seen) for dev in makers)):
        text = conn.execute(select(document.c.text).where(document.c.id == rel.doc_id)).scalar_one()
        made_here = production_date(text, seen[0]["start"], seen[0]["end"], found)
    sources = [(dev.subject, _made(g, dev, seen), dev.id) for dev in makers] or [
        (mid, None, None) for mid in _brand_makers(conn, g, rel.subject)]
    out = []
    for maker, made, dev_id in sources:
        ev = seen + [e for e in g.evidence.get(dev_id or "", []) if e not in seen]
        if not made and made_here:
            made = made_here["date"]
            ev.append({"doc": rel.doc_id, **{k: made_here[k] for k in ("start", "end", "quote")}})
        out.append(Transfer(
            id=f"{rel.id}+{dev_id or maker}", supplier=g.party(maker), buyer=None, destination=dest,
            destination_id=dest_id, item=product.name, item_id=product.id,
            categories=g.categories(rel.subject, [e["quote"] for e in ev]), date=_interval(made, found),
            relation_ids=(rel.id, dev_id) if dev_id else (rel.id,), evidence=tuple(ev), origin=g.party(maker).country,
            basis=f"made {made or '(date unknown)'}{'' if dev_id else ' by the brand named'}, "
                  f"found there {_date(rel) or '(undated)'}"))
    return out


def _licensing(conn: Connection, out: list[Transfer]) -> None:
    """Give each transfer the sentences of its documents that show it went ahead unlicensed (documents
    read a chunk at a time, so memory does not grow with the corpus)."""
    by_doc: dict[str, list[Transfer]] = defaultdict(list)
    for t in out:
        for doc_id in sorted({e["doc"] for e in t.evidence}):
            by_doc[doc_id].append(t)
    shown: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ids in _chunks(by_doc, size=200):
        rows = conn.execute(select(document.c.id, document.c.text).where(document.c.id.in_(ids)))
        for doc_id, text in sorted(rows):
            for t in by_doc[doc_id]:
                spans = [e for e in t.evidence if e["doc"] == doc_id]
                names = [*t.supplier.aliases, t.supplier.name, t.item]
                shown[t.id] += [s.evidence() for s in showings(doc_id, text, spans, names)]
    for t in out:
        t.unlicensed = tuple(shown.get(t.id, ()))


def load_transfers(conn: Connection) -> list[Transfer]:
    """Every transfer documented in the store (see the module docstring)."""
    rels = list(conn.execute(select(relation).where(
        relation.c.predicate.in_(("supplied", "found_in", "developed"))).order_by(relation.c.id)))
    g = _Graph(conn, rels)
    makers: dict[str, list[Any]] = defaultdict(list)
    for rel in rels:
        if rel.predicate == "developed":
            for key in g.product_keys(rel.object):
                makers[key].append(rel)
    out: list[Transfer] = []
    for rel in rels:
        if rel.predicate == "supplied":
            t = _supplied(g, rel)
            if rel.product:
                made_by = [dev for key in g.product_keys(rel.product) for dev in makers.get(key, [])]
                t.origin = next((c for dev in made_by if (c := g.party(dev.subject).country)), None) or (
                    g.party(rel.product).country)
            out.append(t)
        elif rel.predicate == "found_in":
            found = {dev.id: dev for key in g.product_keys(rel.subject) for dev in makers.get(key, [])}
            out.extend(_found(conn, g, rel, list(found.values())))
    _licensing(conn, out)
    log.info("%d transfers from %d relations", len(out), len(rels))
    return out


def transfers(store: Store) -> list[Transfer]:
    """Every transfer documented in `store`."""
    with store.connect() as conn:
        return load_transfers(conn)
