"""Alembic environment, driven programmatically by `enquete.store.migrate` (no alembic.ini needed).

The caller passes an open connection in `config.attributes["connection"]`; migrations run inside the
caller's transaction."""

from __future__ import annotations

from alembic import context

from enquete.store.fts import include_object
from enquete.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    include_object=include_object,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
