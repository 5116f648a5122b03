"""Full-text search: accents and case folded, phrases, OR/NOT, collections, clear errors."""

from __future__ import annotations

import pytest

from enquete.exc import InvalidData
from enquete.model import Document, sha256
from enquete.store import Store
from enquete.store.documents import ensure_collection, save_document
from enquete.store.search import parse_query, search

DOCS = [
    ("Le Bahreïn a acheté des grenades lacrymogènes à une entreprise française.", "fr", "a"),
    ("The Libyan intelligence services bought a monitoring centre from Amesys.", "en", "a"),
    ("Une plainte vise Amesys pour complicité de torture en Libye.", "fr", "b"),
]


@pytest.fixture
def filled(store: Store) -> dict[str, int]:
    with store.begin() as conn:
        cols = {"a": ensure_collection(conn, "a"), "b": ensure_collection(conn, "b")}
        for text, lang, col in DOCS:
            save_document(conn, Document(id=sha256(text), source="x", text=text, title=f"doc {lang}",
                                         language=lang), None, cols[col])
    return cols


def ids(hits: list) -> set[str]:
    return {h.doc_id for h in hits}


@pytest.mark.parametrize("q", ["Bahrein", "bahreïn", "BAHREÏN", "bahrein", "bahr*"])
def test_accents_and_case_are_folded(store: Store, filled: dict, q: str) -> None:
    hits = search(store, q)
    assert ids(hits) == {sha256(DOCS[0][0])}
    assert "Bahreïn" in hits[0].snippet_text() and "[Bahreïn]" in hits[0].snippet_text()
    assert "<mark>Bahreïn</mark>" in hits[0].snippet_html()


def test_words_phrases_or_not(store: Store, filled: dict) -> None:
    amesys = {sha256(DOCS[1][0]), sha256(DOCS[2][0])}
    assert ids(search(store, "amesys")) == amesys
    assert ids(search(store, "amesys torture")) == {sha256(DOCS[2][0])}
    assert ids(search(store, "amesys NOT torture")) == {sha256(DOCS[1][0])}
    assert ids(search(store, "bahrein OR torture")) == {sha256(DOCS[0][0]), sha256(DOCS[2][0])}
    assert ids(search(store, '"grenades lacrymogènes"')) == {sha256(DOCS[0][0])}
    assert ids(search(store, '"lacrymogènes grenades"')) == set()
    assert search(store, "zanzibar") == []


def test_collections_limit_hits(store: Store, filled: dict) -> None:
    assert ids(search(store, "amesys", collections=[filled["b"]])) == {sha256(DOCS[2][0])}
    assert search(store, "amesys", collections=[]) == []
    assert len(search(store, "amesys", limit=1)) == 1


def test_ranking_prefers_more_matches(store: Store) -> None:
    texts = ["Amesys. " + "Autre chose. " * 30, "Amesys, Amesys et encore Amesys vendent Eagle."]
    with store.begin() as conn:
        for t in texts:
            save_document(conn, Document(id=sha256(t), source="x", text=t, language="fr"), None, None)
    hits = search(store, "amesys")
    assert [h.doc_id for h in hits] == [sha256(texts[1]), sha256(texts[0])]
    assert hits[0].score >= hits[1].score


@pytest.mark.parametrize("q, msg", [('"', "unbalanced quote"), ('"abc', "unbalanced quote"), ("*", "no word"),
                                    ("AND", "no word"), ("", "no word"), ("a AND", "ends with the operator"),
                                    ("NOT a", "operator NOT"), ("a OR OR b", "operator OR"),
                                    ("x" * 600, "too long")])
def test_malformed_queries_are_clear_errors(store: Store, filled: dict, q: str, msg: str) -> None:
    with pytest.raises(InvalidData, match=msg):
        search(store, q)


def test_syntax_characters_are_plain_text(store: Store, filled: dict) -> None:
    for q in ["amesys)", "(amesys", "amesys:", "amesys^", "amesys -", "amesys'"]:
        assert ids(search(store, q)) == {sha256(DOCS[1][0]), sha256(DOCS[2][0])}, q


def test_parse_query_groups() -> None:
    groups = parse_query('a "b c" OR d* NOT e')
    assert [[(t.words, t.prefix, t.negated) for t in g] for g in groups] == [
        [(("a",), False, False), (("b", "c"), False, False)],
        [(("d",), True, False), (("e",), False, True)]]
