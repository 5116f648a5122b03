"""The store: one SQLAlchemy engine over SQLite (default) or PostgreSQL, the schema of `schema.py`.

Every other part of enquete reads and writes through `Store.engine` with the tables of
`enquete.store.schema`; `Store.begin()` is one transaction (all or nothing).
"""

from __future__ import annotations

from enquete.store.store import Store, open_store

__all__ = ["Store", "open_store"]
