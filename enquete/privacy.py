"""Protected sources: a person an editor marks `protected` is shown under a stable pseudonym to every
user below admin and in every export: names, aliases, and occurrences inside document text, snippets
and quotes. Offsets are recomputed so that `quote == text[start:end]` still holds after redaction.

The pseudonym is an HMAC of the entity id with the instance secret, so it is stable across pages,
exports and restarts, and reveals nothing about the name.
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import insert, select, update

from enquete import settings
from enquete.store import Store
from enquete.store.schema import entity, judgement, mention
from enquete.store.schema import instance_secret as instance_secret_table

log = logging.getLogger(__name__)

_SECRETS: dict[str, bytes] = {}


def instance_secret(store: Store) -> bytes:
    """The secret of this instance: ENQUETE_SECRET_KEY when set, else one generated once and kept in
    the database (so sessions and pseudonyms survive restarts and travel with the data)."""
    if settings.SECRET_KEY:
        return settings.SECRET_KEY.encode("utf-8")
    key = str(store.engine.url)
    if key in _SECRETS:
        return _SECRETS[key]
    with store.begin() as conn:
        value = conn.execute(select(instance_secret_table.c.value)
                             .where(instance_secret_table.c.name == "main")).scalar()
        if value is None:
            value = secrets.token_hex(32)
            conn.execute(insert(instance_secret_table).values(name="main", value=value))
    _SECRETS[key] = value.encode("ascii")
    return _SECRETS[key]


def pseudonym(entity_id: str, secret: bytes | None = None, *, store: Store | None = None) -> str:
    """A stable pseudonym such as "Source protégée A3F9" for `entity_id`, keyed by `secret`, else the
    instance secret of `store`, else ENQUETE_SECRET_KEY (ConfigError when there is none: a pseudonym
    under a known key could be checked against guessed ids)."""
    if secret is None:
        if store is not None:
            secret = instance_secret(store)
        elif settings.SECRET_KEY:
            secret = settings.SECRET_KEY.encode("utf-8")
        else:
            from enquete.exc import ConfigError

            raise ConfigError("a pseudonym needs the instance secret: pass store= or set ENQUETE_SECRET_KEY")
    digest = hmac.new(secret, entity_id.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"Source protégée {digest[:4].upper()}"


def public_id(entity_id: str, secret: bytes) -> str:
    """The id a protected entity goes by below admin and in exports: entity ids may spell the name."""
    return "protected-" + hmac.new(secret, b"id:" + entity_id.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    uniq = sorted({n.strip() for n in names if n and len(n.strip()) >= 3}, key=len, reverse=True)
    if not uniq:
        return None
    alts = "|".join(re.escape(n) for n in uniq)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


@dataclass
class OffsetMap:
    """Maps offsets of an original text onto its redacted version."""

    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # old_s, old_e, new_s, new_e

    def offset(self, pos: int, *, end: bool = False) -> int:
        """New offset of `pos`; a position inside a replaced span snaps to the span's edge."""
        i = bisect.bisect_right([s[0] for s in self.spans], pos) - 1
        if i < 0:
            return pos
        os_, oe, ns, ne = self.spans[i]
        if pos >= oe:
            return ne + (pos - oe)
        if pos == os_:
            return ns
        return ne if end else ns

    def span(self, start: int, end: int) -> tuple[int, int]:
        ns = self.offset(start)
        ne = self.offset(end, end=True)
        return ns, max(ns, ne)


class Redactor:
    """Replaces the names of protected entities. `active` is False when nothing needs redacting."""

    def __init__(self, protected: dict[str, tuple[str, list[str]]], *, public_ids: dict[str, str] | None = None
                 ) -> None:
        self.protected = protected  # entity id -> (pseudonym, names)
        self.public_ids = public_ids or {}  # entity id -> public id (see public_id)
        self._real_ids = {v: k for k, v in self.public_ids.items()}
        self._by_name = {n.lower(): pid for pid, (_, names) in protected.items() for n in names}
        self._pattern = _name_pattern(self._by_name)

    @property
    def active(self) -> bool:
        return bool(self.protected)

    def is_protected(self, entity_id: str | None) -> bool:
        return entity_id in self.protected

    def eid(self, entity_id: str | None) -> str | None:
        """The id to show for an entity: its public id when protected."""
        return self.public_ids.get(entity_id, entity_id) if entity_id else entity_id

    def internal(self, shown: str) -> str:
        """The real id behind a shown id (public ids of protected entities mapped back)."""
        return self._real_ids.get(shown, shown)

    def real_id(self, shown: str) -> str | None:
        """The entity behind an id from a request; None for the real id of a protected entity (which
        only admins, who see no redaction, may use)."""
        if shown in self._real_ids:
            return self._real_ids[shown]
        return None if shown in self.protected else shown

    def name(self, entity_id: str | None, name: str | None) -> str | None:
        """The name to show for an entity."""
        if entity_id in self.protected:
            return self.protected[entity_id][0]
        return self.text(name) if name else name

    def _pseudo_for(self, matched: str) -> str:
        return self.protected[self._by_name[matched.lower()]][0]

    def text(self, text: str | None) -> str | None:
        """`text` with every protected name replaced."""
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._pseudo_for(m.group(0)), text)

    def text_with_map(self, text: str, spans: Iterable[tuple[int, int, str]] = ()) -> tuple[str, OffsetMap]:
        """Redact `text`, also replacing the given (start, end, entity id) spans (mentions of protected
        entities); returns the new text and the map of old offsets onto new ones."""
        found: list[tuple[int, int, str]] = [(s, e, self.protected[eid][0]) for s, e, eid in spans
                                             if eid in self.protected and 0 <= s < e <= len(text)]
        if self._pattern is not None:
            found += [(m.start(), m.end(), self._pseudo_for(m.group(0))) for m in self._pattern.finditer(text)]
        found.sort(key=lambda t: (t[0], -t[1]))
        merged: list[list[Any]] = []
        for s, e, rep in found:
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
                continue
            merged.append([s, e, rep])
        out: list[str] = []
        omap = OffsetMap()
        pos = 0
        new_len = 0
        for s, e, rep in merged:
            out.append(text[pos:s])
            new_len += s - pos
            omap.spans.append((s, e, new_len, new_len + len(rep)))
            out.append(rep)
            new_len += len(rep)
            pos = e
        out.append(text[pos:])
        return "".join(out), omap


def load_redactor(store: Store, *, doc_ids: Iterable[str] | None = None) -> Redactor:
    """A Redactor for every protected entity of the store: its name and every surface form of its
    mentions (and, for a person, the surname alone)."""
    secret = instance_secret(store)
    with store.connect() as conn:
        rows = conn.execute(select(entity.c.id, entity.c.name, entity.c.type)
                            .where(entity.c.protected.is_(True))).all()
        if not rows:
            return Redactor({})
        ids = [r.id for r in rows]
        ments = conn.execute(select(mention.c.id, mention.c.text, mention.c.entity_id)
                             .where(mention.c.entity_id.in_(ids))).all()
    protected: dict[str, tuple[str, list[str]]] = {}
    for r in rows:
        names = [r.name] + [m.text for m in ments if m.entity_id == r.id]
        if r.type == "Person":
            names += [n.split()[-1] for n in list(names) if len(n.split()) > 1 and len(n.split()[-1]) >= 4]
        # an entity that came in already redacted (an import of an export) keeps its pseudonym and id,
        # so export -> import -> export gives the same bytes whatever the receiving instance's secret
        pseudo = r.name if _already_public(r.id) else pseudonym(r.id, secret)
        protected[r.id] = (pseudo, sorted(set(names)))
    return Redactor(protected, public_ids={i: i if _already_public(i) else public_id(i, secret)
                                           for i in protected})


def _already_public(entity_id: str) -> bool:
    return entity_id.startswith("protected-")


def shown_id(store: Store, entity_id: str, redacted: bool) -> str:
    """The id under which an entity appears: its public id when protected and `redacted`."""
    return public_id(entity_id, instance_secret(store)) if redacted else entity_id


def set_protected(store: Store, entity_id: str, protected: bool, *, author: str) -> None:
    """Mark (or unmark) an entity protected and record the judgement (with the entity's mention ids in
    `value`), in one transaction."""
    from enquete.exc import NotFound

    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with store.begin() as conn:
        res = conn.execute(update(entity).where(entity.c.id == entity_id).values(protected=protected))
        if res.rowcount == 0:
            raise NotFound(f"no entity {entity_id!r}")
        # the mention ids let a later resolution re-apply the decision if the entity gets a new id
        mentions = sorted(conn.execute(select(mention.c.id).where(mention.c.entity_id == entity_id)).scalars())
        conn.execute(insert(judgement).values(kind="protect" if protected else "unprotect",
                                              entity_a=entity_id, value={"mentions": mentions},
                                              author=author, created_at=now))


def _redact_evidence(ev: dict, docs: dict[str, tuple[str, OffsetMap]], red: Redactor) -> dict:
    doc = ev.get("doc") or ev.get("doc_id")
    ev = dict(ev)
    if doc in docs:
        new_text, omap = docs[doc]
        s, e = omap.span(ev["start"], ev["end"])
        ev.update(start=s, end=e, quote=new_text[s:e])
    else:
        ev["quote"] = red.text(ev.get("quote"))
    return ev


def redact_rows(rows: Iterable[dict], store: Store) -> Iterator[dict]:
    """Redact export rows (DESIGN §3 kinds plus "mention"): protected entities get their pseudonym as
    name and aliases; their names are replaced in document text, quotes and descriptions; evidence
    and mention offsets are recomputed against the redacted text. Documents must come before the rows
    that cite them (as export_rows writes them); otherwise quotes are redacted as plain text."""
    red = load_redactor(store)
    if not red.active:
        yield from rows
        return
    with store.connect() as conn:
        spans_by_doc: dict[str, list[tuple[int, int, str]]] = {}
        for m in conn.execute(select(mention.c.doc_id, mention.c.start, mention.c.end, mention.c.entity_id)
                              .where(mention.c.entity_id.in_(list(red.protected)))):
            spans_by_doc.setdefault(m.doc_id, []).append((m.start, m.end, m.entity_id))
    docs: dict[str, tuple[str, OffsetMap]] = {}
    entities: list[dict] = []  # a run of entity rows, sorted again by the ids they are shown under
    for row in rows:
        out = _swap_ids(_redact_row(dict(row), red, docs, spans_by_doc), red)
        if out.get("kind") == "entity":
            entities.append(out)
            continue
        if entities:
            yield from sorted(entities, key=lambda r: str(r.get("id")))
            entities = []
        yield out
    yield from sorted(entities, key=lambda r: str(r.get("id")))


def _swap_ids(row: dict, red: Redactor) -> dict:
    """Every reference to a protected entity id (in any field or list) becomes its public id."""
    for key, value in row.items():
        if isinstance(value, str) and value in red.public_ids:
            row[key] = red.public_ids[value]
        elif isinstance(value, list) and any(isinstance(v, str) and v in red.public_ids for v in value):
            row[key] = [red.public_ids.get(v, v) if isinstance(v, str) else v for v in value]
    return row


#: Free-text fields of export rows that may carry a name (ids and offsets are left alone).
TEXT_KEYS = ("title", "source", "description", "proposition", "why", "item", "supplier_name", "destination_name",
             "role", "name", "outlet")


def _remap(row: dict, docs: dict[str, tuple[str, OffsetMap]], red: Redactor) -> None:
    """Offsets and surface text of a mention or date row against the redacted document."""
    doc = row.get("doc") or row.get("doc_id")
    if doc in docs and isinstance(row.get("start"), int) and isinstance(row.get("end"), int):
        new_text, omap = docs[doc]
        s, e = omap.span(row["start"], row["end"])
        row.update(start=s, end=e, text=new_text[s:e])
    elif isinstance(row.get("text"), str):
        row["text"] = red.text(row["text"])


def _redact_row(row: dict, red: Redactor, docs: dict[str, tuple[str, OffsetMap]],
                spans_by_doc: dict[str, list[tuple[int, int, str]]]) -> dict:
    kind = row.get("kind")
    if kind == "document":
        new_text, omap = red.text_with_map(row.get("text") or "", spans_by_doc.get(row["id"], []))
        docs[row["id"]] = (new_text, omap)
        row["text"] = new_text
        if isinstance(row.get("pages"), list):
            row["pages"] = [list(omap.span(p[0], p[1])) for p in row["pages"]]
    elif kind == "entity" and red.is_protected(row.get("id")):
        row["name"] = red.name(row["id"], row.get("name"))
        row["aliases"] = [row["name"]]
    elif kind in ("mention", "date"):
        _remap(row, docs, red)
    for key in TEXT_KEYS:
        if isinstance(row.get(key), str):
            row[key] = red.text(row[key])
    if isinstance(row.get("url"), str) and red.text(row["url"]) != row["url"]:
        row["url"] = None  # a URL that spells a protected name is dropped, not mangled
    if isinstance(row.get("aliases"), list):
        row["aliases"] = [red.text(a) if isinstance(a, str) else a for a in row["aliases"]]
    if isinstance(row.get("evidence"), list):
        row["evidence"] = [_redact_evidence(ev, docs, red) for ev in row["evidence"]]
    return row
