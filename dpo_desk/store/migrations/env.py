"""Alembic environment: always given a live connection by dpo_desk.store.migrate."""

from __future__ import annotations

from alembic import context

from dpo_desk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app runs migrations
    raise RuntimeError("run migrations through dpo_desk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite has almost no ALTER TABLE
    compare_type=True,
    # The FTS5 index and its shadow tables are managed by hand (SQLite only).
    include_name=lambda name, kind, _parent: (
        not (kind == "table" and name is not None and name.startswith("case_search"))
    ),
)
with context.begin_transaction():
    context.run_migrations()
