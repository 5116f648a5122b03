"""Documented transfers, read from the store, for screening (DESIGN §4).

Two shapes of evidence make a transfer:
- a `supplied` relation: seller -> buyer, with its product; the destination is the buyer when it is a
  country, else the buyer's country;
- a `found_in` relation (product -> country) together with the product's maker from `developed`
  relations: the maker is the supplier, and the transfer happened between the product's production (the
  `developed` date, when stated) and the day it was found ("2012/2015-01"), else at some time up to the
  day it was found ("/2015-01").

A mention not yet resolved to an entity still counts, by its own text and country, so screening works
before resolution has run (the flag then has no supplier entity id).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from enquete.analyse.categories import categorise, fold
from enquete.analyse.rules import period
from enquete.store import Store
from enquete.store.schema import entity, evidence, mention, relation

log = logging.getLogger(__name__)


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


def _iso(value: str | None) -> str | None:
    return value.upper() if value else None


class _Graph:
    """The store's mentions, entities and evidence, loaded once."""

    def __init__(self, conn: Connection) -> None:
        self.entities = {r.id: r for r in conn.execute(select(entity))}
        self.mentions = {r.id: r for r in conn.execute(select(mention))}
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self.mention_country: dict[str, str] = {}
        for m in self.mentions.values():
            if m.entity_id:
                self.aliases[m.entity_id].add(m.text)
                if m.country and m.entity_id not in self.mention_country:
                    self.mention_country[m.entity_id] = m.country
        self.countries: dict[str, str] = {}
        for e in self.entities.values():
            if e.type == "Country" and e.country:
                self.countries.setdefault(e.country.upper(), e.id)
        self.evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
        rows = conn.execute(select(evidence).where(evidence.c.owner_kind == "relation").order_by(evidence.c.id))
        for ev in rows:
            self.evidence[ev.owner_id].append(
                {"doc": ev.doc_id, "start": ev.start, "end": ev.end, "quote": ev.quote})

    def party(self, mention_id: str) -> Party:
        """The entity behind a mention, or the mention itself when unresolved."""
        m = self.mentions[mention_id]
        e = self.entities.get(m.entity_id) if m.entity_id else None
        if e is None:
            return Party(name=m.text, country=_iso(m.country), type=m.type, aliases=(m.text,))
        country = e.country or self.mention_country.get(e.id) or m.country
        aliases = tuple(sorted(self.aliases.get(e.id, set()) | {e.name}))
        return Party(name=e.name, id=e.id, country=_iso(country), type=e.type, aliases=aliases)

    def product_key(self, mention_id: str) -> str:
        """What identifies a product across relations: its entity, else its folded surface text."""
        m = self.mentions[mention_id]
        return m.entity_id or "text:" + fold(m.text)

    def categories(self, mention_id: str | None, quotes: list[str]) -> frozenset[str]:
        """entity.categories ∪ mention.categories ∪ categories of the quotes and the mention's text."""
        cats: set[str] = set()
        texts = list(quotes)
        if mention_id:
            m = self.mentions[mention_id]
            cats.update(m.categories or ())
            e = self.entities.get(m.entity_id) if m.entity_id else None
            if e is not None:
                cats.update(e.categories or ())
            texts.append(m.text)
        for text in texts:
            cats |= categorise(text)
        return frozenset(cats)

    def destination(self, buyer: Party) -> tuple[str | None, str | None]:
        """(ISO2 of the destination state, id of its Country entity)."""
        if buyer.type == "Country" and buyer.country:
            return buyer.country, buyer.id or self.countries.get(buyer.country)
        return buyer.country, self.countries.get(buyer.country) if buyer.country else None


def _supplied(g: _Graph, rel: Any) -> Transfer:
    ev = g.evidence.get(rel.id, [])
    seller, buyer = g.party(rel.subject), g.party(rel.object)
    dest, dest_id = g.destination(buyer)
    item = g.party(rel.product).name if rel.product else ""
    item_id = g.mentions[rel.product].entity_id if rel.product else None
    return Transfer(
        id=rel.id, supplier=seller, buyer=buyer, destination=dest, destination_id=dest_id, item=item,
        item_id=item_id, categories=g.categories(rel.product, [e["quote"] for e in ev]), date=_date(rel),
        relation_ids=(rel.id,), evidence=tuple(ev))


def _date(rel: Any) -> str | None:
    """The relation's date when well formed; a malformed one is logged and treated as unknown."""
    try:
        period(rel.date)
    except ValueError:
        log.warning("relation %s: unreadable date %r, screened as undated", rel.id, rel.date)
        return None
    return rel.date or None


def _interval(made: str | None, found: str | None) -> str | None:
    """From production to discovery; a production date after the discovery is ignored."""
    if not found:
        return f"{made}/" if made else None
    if made and period(made)[0] <= period(found)[1]:
        return f"{made}/{found}"
    return f"/{found}"


def _found(g: _Graph, rel: Any, makers: list[Any]) -> list[Transfer]:
    place = g.party(rel.object)
    dest, dest_id = g.destination(place)
    product = g.party(rel.subject)
    out = []
    for dev in makers:
        ev = g.evidence.get(rel.id, []) + g.evidence.get(dev.id, [])
        out.append(Transfer(
            id=f"{rel.id}+{dev.id}", supplier=g.party(dev.subject), buyer=None, destination=dest,
            destination_id=dest_id, item=product.name, item_id=product.id,
            categories=g.categories(rel.subject, [e["quote"] for e in ev]),
            date=_interval(_date(dev), _date(rel)), relation_ids=(rel.id, dev.id), evidence=tuple(ev)))
    return out


def load_transfers(conn: Connection) -> list[Transfer]:
    """Every transfer documented in the store (see the module docstring)."""
    g = _Graph(conn)
    rels = list(conn.execute(select(relation).where(
        relation.c.predicate.in_(("supplied", "found_in", "developed"))).order_by(relation.c.id)))
    makers: dict[str, list[Any]] = defaultdict(list)
    for rel in rels:
        if rel.predicate == "developed":
            makers[g.product_key(rel.object)].append(rel)
    out: list[Transfer] = []
    for rel in rels:
        if rel.predicate == "supplied":
            out.append(_supplied(g, rel))
        elif rel.predicate == "found_in":
            out.extend(_found(g, rel, makers.get(g.product_key(rel.subject), [])))
    log.info("%d transfers from %d relations", len(out), len(rels))
    return out


def transfers(store: Store) -> list[Transfer]:
    """Every transfer documented in `store`."""
    with store.connect() as conn:
        return load_transfers(conn)
