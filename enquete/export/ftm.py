"""FollowTheMoney export: one FtM entity per line (JSON), validated against the `followthemoney` model.

Entity types -> schemata:
  Person, Company, Organization, PublicBody, Event -> the schema of the same name;
  Country -> Territory (FtM 4's schema for a state or region; the `country` property holds the ISO code);
  Product -> Asset (the concrete Thing that is made, owned, sold and transferred; FtM has no "product");
  Law -> Article (FtM has no legislation schema; Article is the Document kind without a file, its
         `title` holds the law's name and `summary` says it is a law).
Relations -> interval schemata where one exists and both ends fit its ranges, else UnknownLink with
the predicate as `role`: successor_of -> Succession, subsidiary_of -> Ownership (parent owns),
employed_by -> Employment, represents -> Representation, met -> Associate. Every relation carries its
quotes in `description`, a readable `summary`, the document URL in `sourceUrl` where there is one, and
its date (`date`, or `startDate`/`endDate` for an interval). Dated events (facts) -> Event with `date`,
`involved` (legal-entity participants) and the quote. Unresolved facts (an end without an entity) are
left out, as are entities a human rejected (they have no entity row).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from typing import Any, TextIO

from followthemoney import model
from followthemoney.proxy import EntityProxy
from sqlalchemy import Connection, select

from enquete.exc import InvalidData
from enquete.privacy import Redactor
from enquete.query import aliases
from enquete.store import Store
from enquete.store.schema import document, entity, event, event_participant, evidence, mention, relation

log = logging.getLogger(__name__)

SCHEMA = {"Person": "Person", "Company": "Company", "Organization": "Organization",
          "PublicBody": "PublicBody",
          "Country": "Territory", "Product": "Asset", "Event": "Event", "Law": "Article"}
#: predicate -> (schema, property of the subject, property of the object)
EDGES = {"successor_of": ("Succession", "successor", "predecessor"),
         "subsidiary_of": ("Ownership", "asset", "owner"),
         "employed_by": ("Employment", "employee", "employer"),
         "represents": ("Representation", "agent", "client"),
         "met": ("Associate", "person", "associate")}


def _check(proxy: EntityProxy) -> EntityProxy:
    error = proxy.schema.validate(proxy.to_dict())  # type: ignore[arg-type]
    if error:
        raise InvalidData(f"FtM entity {proxy.id} ({proxy.schema.name}) is invalid: {error}")
    return proxy


def _add(proxy: EntityProxy, prop: str, value: Any) -> None:
    """Add a value that must survive FtM's cleaning (logged when it does not)."""
    if value in (None, "", []):
        return
    before = len(proxy.get(prop))
    proxy.add(prop, value)
    if len(proxy.get(prop)) == before and value not in proxy.get(prop):
        log.warning("FtM %s.%s refused %r", proxy.schema.name, prop, value)


def entity_proxy(row: Any, aliases: list[str]) -> EntityProxy:
    """The FtM entity of one stored entity row."""
    proxy = model.make_entity(SCHEMA.get(row.type, "LegalEntity"))
    proxy.id = row.id
    _add(proxy, "name", row.name)
    if row.type == "Law":
        _add(proxy, "title", row.name)
        _add(proxy, "summary", "law or regulation")
    _add(proxy, "alias", [a for a in aliases if a != row.name])
    if row.country:
        _add(proxy, "country", row.country)
    if row.categories and row.type == "Product":
        _add(proxy, "summary", ", ".join(row.categories))
    return _check(proxy)


def _dates(proxy: EntityProxy, date: str | None) -> None:
    if not date:
        return
    if "/" in date:
        start, _, end = date.partition("/")
        _add(proxy, "startDate", start)
        _add(proxy, "endDate", end)
    else:
        _add(proxy, "date", date)


def relation_proxy(r: Any, subj: EntityProxy, obj: EntityProxy, quotes: list[dict[str, Any]],
                   url: str | None) -> EntityProxy:
    """The FtM interval entity of one relation between two exported entities."""
    schema, sp, op = EDGES.get(r.predicate, ("UnknownLink", "subject", "object"))
    s = model.get(schema)
    assert s is not None, schema
    if not (subj.schema.is_a(s.properties[sp].range) and obj.schema.is_a(s.properties[op].range)):
        schema, sp, op = "UnknownLink", "subject", "object"
    proxy = model.make_entity(schema)
    proxy.id = f"rel-{r.id}"[:64]
    proxy.add(sp, subj.id)
    proxy.add(op, obj.id)
    if "role" in proxy.schema.properties:
        _add(proxy, "role", r.role or (r.predicate if schema == "UnknownLink" else None))
    elif schema == "Associate":
        _add(proxy, "relationship", "met")
    _add(proxy, "summary", f"{subj.caption} {r.predicate.replace('_', ' ')} {obj.caption}")
    _add(proxy, "description", "\n".join(q["quote"] for q in quotes))
    _add(proxy, "sourceUrl", url)
    _dates(proxy, r.date)
    return _check(proxy)


def _aliases(conn: Connection) -> dict[str, list[str]]:
    """Entity id -> its surface forms (query.aliases), spaces normalised, sorted."""
    return {k: sorted({" ".join(text.split()) for text, _ in v}) for k, v in aliases(conn).items()}


def _quotes(conn: Connection, kind: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in conn.execute(select(evidence).where(evidence.c.owner_kind == kind).order_by(evidence.c.start)):
        out[r.owner_id].append({"doc": r.doc_id, "quote": r.quote})
    return out


def ftm_entities(store: Store) -> list[EntityProxy]:
    """Every exported FtM entity: entities, then relations, then dated events."""
    with store.connect() as conn:
        aliases = _aliases(conn)
        ents = {r.id: entity_proxy(r, aliases.get(r.id, []))
                for r in conn.execute(select(entity).order_by(entity.c.id))}
        ent_of = dict(conn.execute(select(mention.c.id, mention.c.entity_id)).all())
        urls = dict(conn.execute(select(document.c.id, document.c.url)).all())
        out = list(ents.values())
        quotes = _quotes(conn, "relation")
        for r in conn.execute(select(relation).order_by(relation.c.id)):
            s, o = ents.get(ent_of.get(r.subject)), ents.get(ent_of.get(r.object))  # type: ignore[arg-type]
            if s is not None and o is not None:
                out.append(relation_proxy(r, s, o, quotes.get(r.id, []), urls.get(r.doc_id)))
        out.extend(_events(conn, ents, ent_of, urls))
    return out


def _events(conn: Connection, ents: dict[str, EntityProxy], ent_of: dict[str, str | None],
            urls: dict[str, str | None]) -> list[EntityProxy]:
    parts: dict[str, list[str]] = defaultdict(list)
    for eid, mid in conn.execute(select(event_participant.c.event_id, event_participant.c.mention_id)):
        parts[eid].append(mid)
    quotes = _quotes(conn, "event")
    out = []
    for r in conn.execute(select(event).order_by(event.c.id)):
        proxy = model.make_entity("Event")
        proxy.id = f"event-{r.id}"[:64]
        _add(proxy, "name", r.description)
        _dates(proxy, r.date)
        _add(proxy, "description", "\n".join(q["quote"] for q in quotes.get(r.id, [])))
        _add(proxy, "sourceUrl", urls.get(r.doc_id))
        for mid in parts.get(r.id, []):
            p = ents.get(ent_of.get(mid) or "")
            if p is not None and p.schema.is_a("LegalEntity"):
                proxy.add("involved", p.id)
        out.append(_check(proxy))
    return out


def redact(data: dict[str, Any], red: Redactor) -> dict[str, Any]:
    """An FtM entity dict with protected people replaced by their pseudonym: their own name and aliases,
    their ids wherever they are referenced, and their names inside every text value."""
    own = data.get("id")
    props: dict[str, list[Any]] = {}
    for prop, values in data.get("properties", {}).items():
        if own in red.protected and prop in ("name", "alias"):
            values = [red.name(own, None)] if prop == "name" else []
        else:
            values = [red.eid(v) if v in red.protected else red.text(v) if isinstance(v, str) else v
                      for v in values]
        if values:
            props[prop] = values
    out = {k: (red.text(v) if isinstance(v, str) and k not in ("id", "schema") else v)
           for k, v in data.items()}
    out.update(id=red.eid(own), properties=props)
    if own in red.protected and "caption" in out:
        out["caption"] = red.name(own, None)
    return out


def write_ftm(store: Store, out: TextIO, redactor: Redactor | None = None) -> int:
    """Write the store as FollowTheMoney entities, one JSON object per line, protected people under
    their pseudonym when `redactor` is given; returns how many."""
    n = 0
    for proxy in ftm_entities(store):
        data = proxy.to_dict()
        if redactor is not None and redactor.active:
            data = redact(data, redactor)
        out.write(json.dumps(data, sort_keys=True, ensure_ascii=False) + "\n")
        n += 1
    return n
