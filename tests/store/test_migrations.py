"""The migrated schema is exactly schema.metadata, and migrating is idempotent."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from enquete.store import Store, fts, open_store
from enquete.store.schema import metadata
from enquete.store.store import VERSION_TABLE, current_revision, head_revision, reset_database
from tests.store_sample import database_at


def test_migrated_database_matches_schema(store: Store) -> None:
    with store.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": fts.include_object, "compare_type": True})
        assert compare_metadata(ctx, metadata) == []
        assert current_revision(conn) == head_revision()


def test_every_table_and_fts_exist(store: Store) -> None:
    names = set(inspect(store.engine).get_table_names())
    assert set(metadata.tables) <= names
    assert VERSION_TABLE in names
    if store.dialect == "sqlite":
        assert fts.SQLITE_TABLE in names
    else:
        cols = {c["name"] for c in inspect(store.engine).get_columns("document")}
        assert fts.PG_COLUMN in cols


def test_open_twice_is_a_no_op(store: Store, db_url: str) -> None:
    again = open_store(db_url)
    with again.connect() as conn:
        assert current_revision(conn) == head_revision()
    again.engine.dispose()


def test_sqlite_pragmas(store: Store) -> None:
    if store.dialect != "sqlite":
        return
    with store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_reset_database_drops_everything(store: Store, db_url: str) -> None:
    store.engine.dispose()
    reset_database(db_url)
    s = Store(store.engine)
    names = set(inspect(s.engine).get_table_names())
    assert not names & (set(metadata.tables) | {VERSION_TABLE, fts.SQLITE_TABLE})
    reopened = open_store(db_url)  # and the schema comes back
    assert set(metadata.tables) <= set(inspect(reopened.engine).get_table_names())
    reopened.engine.dispose()


def test_an_old_database_is_migrated_to_head(store: Store, db_url: str) -> None:
    with database_at(store, db_url, "0001") as conn:
        assert current_revision(conn) == "0001"
    migrated = open_store(db_url)
    with migrated.connect() as conn:
        assert current_revision(conn) == head_revision()
        ctx = MigrationContext.configure(conn, opts={"include_object": fts.include_object, "compare_type": True})
        assert compare_metadata(ctx, metadata) == []
    migrated.engine.dispose()
