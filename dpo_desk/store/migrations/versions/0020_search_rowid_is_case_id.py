"""the full-text index keys each case's row by the case's id (SQLite only)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 21:30:00

Issue 19: a search read ``case_id``, an UNINDEXED column, from FTS5's content table for
every hit, one random lookup each: at 1,000,000 cases a family name (41,000 hits) took
175 ms, 45 ms through the rowid alone. Worse, every save of a case deleted its old row
``WHERE case_id = ?``, a scan of the whole index (0.5 s at a million cases). From now on
the row's rowid *is* the case id (``services.search``); this moves the rows that were
indexed again since they were first written, whose rowid had moved on.
"""
from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL searches with its trigram indexes (0016)
    op.execute(
        "CREATE TEMP TABLE fts_moved AS SELECT rowid AS old, case_id, reference, name, "
        "email, notes FROM case_search WHERE rowid IS NOT case_id"
    )
    # The newest row of a case wins (index_case deleted the older one; belt and braces).
    op.execute(
        "DELETE FROM case_search WHERE rowid IN (SELECT old FROM fts_moved) "
        "OR rowid IN (SELECT case_id FROM fts_moved)"
    )
    op.execute(
        "INSERT INTO case_search (rowid, reference, name, email, notes, case_id) "
        "SELECT case_id, reference, name, email, notes, case_id FROM fts_moved "
        "WHERE case_id IS NOT NULL AND old IN (SELECT max(old) FROM fts_moved GROUP BY case_id)"
    )
    op.execute("DROP TABLE fts_moved")


def downgrade() -> None:
    """Nothing to undo: a rowid equal to the case id is still a valid row for 0019."""
