"""save_document: one transaction, deterministic ids, idempotent; find_document by prefix."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from enquete.exc import InvalidData, NotFound
from enquete.model import Document, Extraction, Mention, Relation, Evidence, sha256
from enquete.store import Store, fts
from enquete.store.documents import (
    count_documents, ensure_collection, find_document, relation_id, save_document,
)
from enquete.store.schema import (
    claim, claim_about, collection, date_mention, document, event, event_participant, evidence, mention, relation,
)
from store_sample import doc_a, doc_b

TABLES = (document, mention, date_mention, relation, event, event_participant, claim, claim_about, evidence)


def counts(store: Store) -> dict[str, int]:
    with store.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in TABLES}


def test_save_writes_document_and_every_fact(store: Store) -> None:
    doc, ex = doc_a()
    with store.begin() as conn:
        assert save_document(conn, doc, ex, ensure_collection(conn), minhash=[4, 5])
    c = counts(store)
    assert c == {"document": 1, "mention": 5, "date_mention": 1, "relation": 1, "event": 1,
                 "event_participant": 2, "claim": 1, "claim_about": 2, "evidence": 3}
    with store.connect() as conn:
        row = conn.execute(select(document)).one()
        assert row.minhash == [4, 5] and row.keywords == ["libye"] and row.language == "fr"
        assert fts.indexed_ids(conn) == {doc.id}
        rid = conn.execute(select(relation.c.id)).scalar_one()
        assert rid == relation_id(doc.id, ex.relations[0])
        for ev in conn.execute(select(evidence)):
            assert doc.text[ev.start:ev.end] == ev.quote


def test_same_document_twice_changes_nothing(store: Store) -> None:
    doc, ex = doc_a()
    with store.begin() as conn:
        assert save_document(conn, doc, ex, None)
    before = counts(store)
    again, ex2 = doc_a()
    with store.begin() as conn:
        assert save_document(conn, again, ex2, None) is False
    assert counts(store) == before


def test_facts_ids_are_deterministic(store: Store) -> None:
    doc, ex = doc_b()
    assert relation_id(doc.id, ex.relations[0]) == relation_id(doc_b()[0].id, doc_b()[1].relations[0])
    assert relation_id(doc.id, ex.relations[0]) != relation_id(doc.id, ex.relations[1])


def test_a_failing_fact_writes_nothing(store: Store) -> None:
    doc, ex = doc_a()
    bad = Relation("no-such-mention", "supplied", ex.mentions[0].id, Evidence.of(doc, 0, 5))
    ex.relations.append(bad)
    with pytest.raises(Exception):
        with store.begin() as conn:
            save_document(conn, doc, ex, None)
    assert counts(store) == dict.fromkeys(counts(store), 0)
    with store.connect() as conn:
        assert fts.indexed_ids(conn) == set()


def test_ensure_collection_creates_once(store: Store) -> None:
    with store.begin() as conn:
        a = ensure_collection(conn)
        assert ensure_collection(conn, "default") == a
        b = ensure_collection(conn, "other")
        assert a != b
        assert conn.execute(select(collection.c.private).where(collection.c.id == a)).scalar_one() is True


def test_find_document_by_prefix(store: Store) -> None:
    docs = [Document(id=sha256(f"t{i}"), source=f"{i}.txt", text=f"texte {i}") for i in range(40)]
    with store.begin() as conn:
        for d in docs:
            save_document(conn, d, None, None)
        assert count_documents(conn) == 40
        assert find_document(conn, docs[0].id[:20]).id == docs[0].id
        assert find_document(conn, docs[0].id.upper()).id == docs[0].id
        first = docs[0].id[0]
        if sum(d.id.startswith(first) for d in docs) > 1:
            with pytest.raises(InvalidData, match="ambiguous"):
                find_document(conn, first)
        with pytest.raises(NotFound):
            find_document(conn, "f" * 64 if not any(d.id == "f" * 64 for d in docs) else "0" * 64)
        with pytest.raises(InvalidData, match="hexadecimal"):
            find_document(conn, "zz")


def test_mentions_keep_their_offsets(store: Store) -> None:
    doc, ex = doc_a()
    with store.begin() as conn:
        save_document(conn, doc, ex, None)
        for m in conn.execute(select(mention)):
            assert doc.text[m.start:m.end] == m.text
            assert m.id == Mention.make_id(doc.id, m.start, m.end)
    assert isinstance(ex, Extraction)
