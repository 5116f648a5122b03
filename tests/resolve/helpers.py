"""Write documents and their mention rows straight into the store, the way extraction would."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from enquete.model import Mention, sha256
from enquete.store import Store
from enquete.store.schema import document, entity, mention


def add_doc(store: Store, name: str, text: str, mentions: list[tuple[Any, ...]],
            language: str = "fr") -> str:
    """Store document `name` with `mentions`: (surface, type[, cluster[, country]]) each, listed in the
    order they appear in `text` (each is looked for after the previous one). Returns the doc id."""
    doc_id = sha256(text)
    rows, cursor = [], 0
    for m in mentions:
        surface, type_ = m[0], m[1]
        cluster = m[2] if len(m) > 2 else None
        country = m[3] if len(m) > 3 else None
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        rows.append({"id": Mention.make_id(doc_id, start, start + len(surface)), "doc_id": doc_id,
                     "start": start, "end": start + len(surface), "text": surface, "type": type_,
                     "cluster": f"{doc_id[:8]}:{cluster}" if cluster else None, "country": country,
                     "categories": [], "source": "ner"})
    with store.begin() as conn:
        conn.execute(insert(document).values(id=doc_id, source=f"{name}.txt", text=text, language=language))
        if rows:
            conn.execute(insert(mention), rows)
    return doc_id


def entity_of(store: Store, doc_id: str, surface: str) -> str | None:
    """The entity id of the first mention written `surface` in document `doc_id`."""
    with store.connect() as conn:
        return conn.execute(select(mention.c.entity_id).where(mention.c.doc_id == doc_id,
                                                              mention.c.text == surface)
                            .order_by(mention.c.start)).scalars().first()


def entities(store: Store) -> dict[str, Any]:
    with store.connect() as conn:
        return {r.id: r for r in conn.execute(select(entity))}


def _mention_id(store: Store, doc_id: str, surface: str) -> str:
    with store.connect() as conn:
        return conn.execute(select(mention.c.id).where(mention.c.doc_id == doc_id, mention.c.text == surface)
                            .order_by(mention.c.start)).scalars().first()
