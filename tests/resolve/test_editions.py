"""Editions of recurring events through the store: stored with their mentions, migrated, exported and
imported, and resolved (the same edition links across documents; two editions, or an edition and its
series, never do). Sentences written for these tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import insert, inspect, select

from enquete.exc import InvalidData
from enquete.export.jsonl import import_jsonl, write_jsonl
from enquete.model import Document, Extraction, Mention, sha256
from enquete.resolve import resolve
from enquete.resolve.core import MentionRow, mention_key
from enquete.resolve.entities import edition_name
from enquete.store import Store, open_store
from enquete.store.documents import save_document
from enquete.store.schema import document, entity, mention
from tests.store_sample import database_at


def add(store: Store, text: str, names: list[tuple[str, str | None]]) -> str:
    """Store `text` with an Event mention per (surface, edition), placed in order."""
    doc = Document(sha256(text), f"{sha256(text)[:6]}.txt", text, language="fr")
    mentions, cursor = [], 0
    for surface, edition in names:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        mid = Mention.make_id(doc.id, start, cursor)
        mentions.append(Mention(mid, doc.id, start, cursor, surface, "Event", cluster=mid, edition=edition))
    with store.begin() as conn:
        save_document(conn, doc, Extraction(doc.id, mentions=mentions), None)
    return doc.id


def entity_names(store: Store) -> dict[tuple[str, str, str | None], str]:
    """(document prefix, surface, edition) -> entity name."""
    with store.connect() as conn:
        q = select(mention.c.doc_id, mention.c.text, mention.c.edition, entity.c.name) \
            .join(entity, entity.c.id == mention.c.entity_id)
        return {(r.doc_id[:6], r.text, r.edition): r.name for r in conn.execute(q)}


def test_the_same_edition_links_across_documents_and_others_stay_apart(store: Store) -> None:
    a = add(store, "En novembre 2013, au salon Milipol Paris, Bahreïn était invité d'honneur. "
                   "Le Milipol, organisé sous l'égide du ministère, se tient tous les deux ans.",
            [("salon Milipol Paris", "2013"), ("Milipol", None)])
    b = add(store, "A l'époque du salon Milipol de 2013, la répression avait fait cent morts. "
                   "Milipol 2015 accueillera de nouveau des délégations du Golfe.",
            [("salon Milipol de 2013", "2013"), ("Milipol 2015", "2015")])
    c = add(store, "The Milipol show is held in Paris in odd years.", [("Milipol", None)])
    resolve(store)
    names = entity_names(store)
    assert names[(a[:6], "salon Milipol Paris", "2013")] == names[(b[:6], "salon Milipol de 2013", "2013")] \
        == "Milipol Paris 2013"
    assert names[(b[:6], "Milipol 2015", "2015")] == "Milipol 2015"
    assert names[(a[:6], "Milipol", None)] == names[(c[:6], "Milipol", None)] == "Milipol"
    with store.connect() as conn:
        assert {r.type for r in conn.execute(select(entity.c.type))} == {"Event"}
        assert len(conn.execute(select(entity.c.id)).all()) == 3


def test_incremental_resolution_keeps_editions_apart(store: Store) -> None:
    add(store, "Au salon Milipol de 2019, des drones étaient exposés.", [("salon Milipol de 2019", "2019")])
    resolve(store)
    later = add(store, "Milipol 2021 a reçu moins de visiteurs que le salon Milipol de 2019.",
                [("Milipol 2021", "2021"), ("salon Milipol de 2019", "2019")])
    resolve(store, [later])
    names = entity_names(store)
    assert names[(later[:6], "Milipol 2021", "2021")] == "Milipol 2021"
    assert names[(later[:6], "salon Milipol de 2019", "2019")] == "Milipol 2019"
    with store.connect() as conn:
        assert len(conn.execute(select(entity.c.id)).all()) == 2


def test_keys_and_names_of_editions() -> None:
    rows = [MentionRow("1", "d", "salon Milipol de 2013", "Event", edition="2013"),
            MentionRow("2", "d", "Milipol Paris", "Event", edition="2013"),
            MentionRow("3", "d", "Milipol", "Event", edition="2013")]
    assert {mention_key(m) for m in rows} == {"milipol 2013"}
    assert mention_key(MentionRow("4", "d", "Milipol", "Event")) == "milipol"
    assert edition_name(rows) == "Milipol Paris 2013"
    assert edition_name([MentionRow("5", "d", "JO 2024", "Event", edition="2024")]) == "JO 2024"
    assert edition_name(rows + [MentionRow("4", "d", "Milipol", "Event")]) is None


def test_the_edition_is_stored_exported_and_imported(store: Store, tmp_path: Path) -> None:
    add(store, "Au salon Milipol de 2013, Bahreïn était invité. Le Milipol se tient tous les deux ans.",
        [("salon Milipol de 2013", "2013"), ("Milipol", None)])
    resolve(store)
    buf = io.StringIO()
    write_jsonl(store, buf)
    first = buf.getvalue()
    rows = [json.loads(line) for line in first.splitlines()]
    assert sorted((r["text"], r["edition"]) for r in rows if r["kind"] == "mention") == [
        ("Milipol", None), ("salon Milipol de 2013", "2013")]
    path = tmp_path / "export.jsonl"
    path.write_text(first, encoding="utf-8")
    target = open_store(f"sqlite:///{tmp_path / 'restored.db'}")
    import_jsonl(target, str(path))
    again = io.StringIO()
    write_jsonl(target, again)
    assert again.getvalue() == first
    with target.connect() as conn:
        assert sorted(conn.execute(select(mention.c.edition)).scalars(), key=str) == ["2013", None]
    target.engine.dispose()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(first.replace('"edition":"2013"', '"edition":2013'), encoding="utf-8")
    with pytest.raises(InvalidData, match="bad.jsonl:.*'edition' has the wrong type"):
        import_jsonl(open_store(f"sqlite:///{tmp_path / 'other.db'}"), str(bad))


def test_migration_0003_adds_the_column_to_an_old_database(store: Store, db_url: str) -> None:
    with database_at(store, db_url, "0002") as conn:
        assert "edition" not in {c["name"] for c in inspect(conn).get_columns("mention")}
        conn.execute(insert(document).values(id="d1", source="d1.txt", text="Milipol.", language="fr"))
        conn.execute(insert(mention).values(id="d1:0:7", doc_id="d1", start=0, end=7, text="Milipol",
                                            type="Event"))  # the columns of 0002 only
    migrated = open_store(db_url)
    with migrated.connect() as conn:
        assert conn.execute(select(mention.c.id, mention.c.edition)).all() == [("d1:0:7", None)]
    migrated.engine.dispose()
