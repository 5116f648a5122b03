"""Store: the engine, its connection settings per dialect, and schema set-up."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine, event

from enquete import settings
from enquete.store.schema import metadata


class Store:
    """One database. `begin()` yields a connection inside one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def create(self) -> None:
        metadata.create_all(self.engine)


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def open_store(url: str | None = None) -> Store:
    """Open (and create or migrate) the database at `url`, default `settings.DB_URL`."""
    url = url or settings.DB_URL
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine)
    store.create()
    return store


def reset_database(url: str) -> None:
    """Drop every enquete table (tests only): the next open_store() creates them afresh."""
    store = Store(create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1)))
    metadata.drop_all(store.engine)
    store.engine.dispose()
