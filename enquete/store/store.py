"""Store: the engine, its connection settings per dialect, and schema set-up through alembic migrations."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic.command import upgrade
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect

from enquete import settings
from enquete.store import fts
from enquete.store.schema import metadata

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


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
        """Create or migrate the schema to the newest revision."""
        migrate(self.engine)


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def alembic_config(conn: Connection | None = None) -> Config:
    """An alembic Config pointing at the packaged migrations (no alembic.ini)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest migration revision."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    """The revision the database is at (None: no schema yet)."""
    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the database to the head revision, in one transaction (a no-op when it is there)."""
    with engine.begin() as conn:
        if current_revision(conn) == head_revision():
            return
        log.info("migrating %s to %s", engine.url.render_as_string(hide_password=True), head_revision())
        upgrade(alembic_config(conn), "head")


def engine_for(url: str) -> Engine:
    """An engine for `url` (postgresql:// uses psycopg 3), with SQLite's WAL and foreign keys."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_store(url: str | None = None) -> Store:
    """Open (and create or migrate) the database at `url`, default `settings.DB_URL`."""
    url = url or settings.DB_URL
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url[len("sqlite:///"):]).expanduser().parent.mkdir(parents=True, exist_ok=True)
    store = Store(engine_for(url))
    store.create()
    return store


def reset_database(url: str) -> None:
    """Drop every enquete table, the full-text objects and the migration history (tests only)."""
    engine = engine_for(url)
    try:
        with engine.begin() as conn:
            fts.drop_fts(conn)
            metadata.drop_all(conn)
            names = set(inspect(conn).get_table_names())
            if VERSION_TABLE in names:
                conn.exec_driver_sql(f"DROP TABLE {VERSION_TABLE}")
    finally:
        engine.dispose()
