"""Full-text search, the one place where SQLite and PostgreSQL differ.

SQLite: an FTS5 table `document_fts(doc_id UNINDEXED, title, text)` with the `unicode61 remove_diacritics 2`
tokenizer, written in the same transaction as the document row (`index_document`).
PostgreSQL: the `unaccent` extension, text search configurations `enquete_fr`, `enquete_en` and
`enquete_simple` (unaccented, then stemmed), and a generated `search_vector` column on `document` built
with the configuration of the document's language (over the first PG_MAX_CHARS characters: a
tsvector is limited to 1 MB), under a GIN index.

A parsed query (`Query`, from `enquete.store.search`) is a list of OR-groups, each a list of terms that
must all match (`negated` terms must not). Snippets mark the matches with MARK_START … MARK_END.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

MARK_START = "\x02"
MARK_END = "\x03"
SQLITE_TABLE = "document_fts"
PG_COLUMN = "search_vector"
PG_INDEX = "ix_document_search_vector"
PG_CONFIGS = {"fr": ("enquete_fr", "french"), "en": ("enquete_en", "english"), "other": ("enquete_simple", "simple")}
#: PostgreSQL indexes the first PG_MAX_CHARS characters of title + text (a tsvector is at most 1 MB).
PG_MAX_CHARS = 500_000
PG_STEMMERS = {"french": "french_stem", "english": "english_stem", "simple": "simple"}


@dataclass(frozen=True)
class Term:
    """Words to match in this order (a phrase when more than one); `prefix`: the last word is a prefix."""

    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False


Query = list[list[Term]]


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: the FTS objects are made by hand (not in schema.metadata), so compare skips them."""
    if type_ == "table" and name and name.startswith(SQLITE_TABLE):
        return False
    if type_ == "column" and name == PG_COLUMN:
        return False
    return not (type_ == "index" and name == PG_INDEX)


# --- schema -------------------------------------------------------------------------------------------

def create_fts(conn: Connection) -> None:
    """Create the full-text objects of this dialect (the document table must exist).

    Migration 0001 calls this: once databases exist, change these objects only in a new migration."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {SQLITE_TABLE} USING fts5("
            "doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')")
        return
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, base in PG_CONFIGS.values():
        conn.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name} CASCADE")
        conn.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})")
        conn.exec_driver_sql(f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
                             f"hword, hword_part, word, asciiword, asciihword, hword_asciipart "
                             f"WITH unaccent, {PG_STEMMERS[base]}")
    conn.exec_driver_sql(
        f"ALTER TABLE document ADD COLUMN {PG_COLUMN} tsvector GENERATED ALWAYS AS "
        f"(to_tsvector({_pg_config_of_row()}, left(coalesce(title, '') || ' ' || text, {PG_MAX_CHARS}))) STORED")
    conn.exec_driver_sql(f"CREATE INDEX {PG_INDEX} ON document USING gin ({PG_COLUMN})")


def drop_fts(conn: Connection) -> None:
    """Drop the full-text objects (the PostgreSQL column goes with its table or here)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SQLITE_TABLE}")
        return
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")
    has_doc = conn.exec_driver_sql("SELECT to_regclass('document')").scalar()
    if has_doc:
        conn.exec_driver_sql(f"ALTER TABLE document DROP COLUMN IF EXISTS {PG_COLUMN}")
    for name, _base in PG_CONFIGS.values():
        conn.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name} CASCADE")


def _pg_config_of_row(column: str = "language") -> str:
    """SQL choosing the text search configuration from the document's language."""
    fr, en, other = (PG_CONFIGS[k][0] for k in ("fr", "en", "other"))
    return (f"CASE {column} WHEN 'fr' THEN '{fr}'::regconfig WHEN 'en' THEN '{en}'::regconfig "
            f"ELSE '{other}'::regconfig END")


# --- writes -------------------------------------------------------------------------------------------

def index_document(conn: Connection, doc_id: str, title: str | None, body: str) -> None:
    """Add one document to the index, inside the caller's transaction (PostgreSQL: nothing to do)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"INSERT INTO {SQLITE_TABLE} (doc_id, title, text) VALUES (:i, :t, :b)"),
                     {"i": doc_id, "t": title or "", "b": body})


def unindex_document(conn: Connection, doc_id: str) -> None:
    """Remove one document from the index (PostgreSQL: the column goes with the row)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DELETE FROM {SQLITE_TABLE} WHERE doc_id = :i"), {"i": doc_id})


def indexed_ids(conn: Connection) -> set[str]:
    """Ids of the documents the index holds (for consistency checks)."""
    if conn.dialect.name == "sqlite":
        return {r[0] for r in conn.execute(text(f"SELECT doc_id FROM {SQLITE_TABLE}"))}
    return {r[0] for r in conn.execute(text(f"SELECT id FROM document WHERE {PG_COLUMN} IS NOT NULL"))}


# --- queries ------------------------------------------------------------------------------------------

def run_search(conn: Connection, query: Query, limit: int, collections: Sequence[int] | None) -> list[Any]:
    """Rows (doc_id, title, source, published, language, score, snippet), best first."""
    if conn.dialect.name == "sqlite":
        return _sqlite_search(conn, query, limit, collections)
    return _pg_search(conn, query, limit, collections)


def _collection_filter(collections: Sequence[int] | None, params: dict[str, Any]) -> str:
    if collections is None:
        return ""
    names = []
    for i, c in enumerate(collections):
        params[f"c{i}"] = int(c)
        names.append(f":c{i}")
    return f" AND d.collection_id IN ({', '.join(names) or 'NULL'})"


def fts5_expression(query: Query) -> str:
    """The FTS5 MATCH expression: every word quoted, so no user text is read as syntax."""
    def term(t: Term) -> str:
        body = '"' + " ".join(w.replace('"', '""') for w in t.words) + '"'
        return body + (" *" if t.prefix else "")

    groups = []
    for group in query:
        pos = " AND ".join(term(t) for t in group if not t.negated)
        neg = "".join(f" NOT {term(t)}" for t in group if t.negated)
        groups.append(f"({pos}{neg})")
    return " OR ".join(groups)


def _sqlite_search(conn: Connection, query: Query, limit: int, collections: Sequence[int] | None) -> list[Any]:
    params: dict[str, Any] = {"q": fts5_expression(query), "limit": limit, "s": MARK_START, "e": MARK_END}
    sql = (f"SELECT d.id AS doc_id, d.title, d.source, d.published, d.language, "
           f"-bm25({SQLITE_TABLE}, 0.0, 2.0, 1.0) AS score, "
           f"snippet({SQLITE_TABLE}, 2, :s, :e, '…', 24) AS snippet "
           f"FROM {SQLITE_TABLE} JOIN document d ON d.id = {SQLITE_TABLE}.doc_id "
           f"WHERE {SQLITE_TABLE} MATCH :q{_collection_filter(collections, params)} "
           f"ORDER BY score DESC, d.id LIMIT :limit")
    return list(conn.execute(text(sql), params))


def _pg_tsquery(query: Query, config: str, params: dict[str, Any]) -> str:
    """A tsquery SQL expression for one configuration, user words passed as bound parameters."""
    groups = []
    for group in query:
        parts = []
        for t in group:
            key = f"w{len(params)}"
            if t.prefix:
                params[key] = " <-> ".join(t.words) + ":*"
                expr = f"to_tsquery('{config}', :{key})"
            else:
                params[key] = " ".join(t.words)
                expr = f"phraseto_tsquery('{config}', :{key})"
            parts.append(f"!!{expr}" if t.negated else expr)
        groups.append("(" + " && ".join(parts) + ")")
    return "(" + " || ".join(groups) + ")"


def _pg_search(conn: Connection, query: Query, limit: int, collections: Sequence[int] | None) -> list[Any]:
    params: dict[str, Any] = {"limit": limit}
    per_lang = {lang: _pg_tsquery(query, cfg, params) for lang, (cfg, _b) in PG_CONFIGS.items()}
    row_query = (f"CASE d.language WHEN 'fr' THEN {per_lang['fr']} WHEN 'en' THEN {per_lang['en']} "
                 f"ELSE {per_lang['other']} END")
    match = (f"((d.language = 'fr' AND d.{PG_COLUMN} @@ {per_lang['fr']}) OR "
             f"(d.language = 'en' AND d.{PG_COLUMN} @@ {per_lang['en']}) OR "
             f"(d.language NOT IN ('fr', 'en') AND d.{PG_COLUMN} @@ {per_lang['other']}))")
    options = f'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, ShortWord=2'
    params["opts"] = options
    sql = (f"SELECT doc_id, title, source, published, language, score, "
           f"ts_headline(cfg, left(text, {PG_MAX_CHARS}), q, :opts) AS snippet FROM ("
           f"SELECT d.id AS doc_id, d.title, d.source, d.published, d.language, d.text, "
           f"{_pg_config_of_row('d.language')} AS cfg, {row_query} AS q, "
           f"ts_rank(d.{PG_COLUMN}, {row_query}) AS score "
           f"FROM document d WHERE {match}{_collection_filter(collections, params)} "
           f"ORDER BY score DESC, d.id LIMIT :limit) AS hits ORDER BY score DESC, doc_id")
    return list(conn.execute(text(sql), params))
