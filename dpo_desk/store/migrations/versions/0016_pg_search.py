"""search on PostgreSQL as good as FTS5 on SQLite: accent-insensitive, prefix and partial
matches, indexed (issue 16)

PostgreSQL only (SQLite keeps its FTS5 table ``case_search``): the ``unaccent`` and
``pg_trgm`` extensions (both "trusted" since PostgreSQL 13, so a database owner may create
them without being a superuser: PostgreSQL documentation, Appendix F "Additional Supplied
Modules and Extensions", F.48 unaccent and F.35 pg_trgm), an IMMUTABLE folding function
(``unaccent`` itself is only STABLE, because its dictionary could change, so it cannot be
used in an index directly; naming the dictionary fixes it) and two trigram GIN indexes,
one per table the search reads: a ``LIKE '%word%'`` over the folded text then walks the
index for prefixes and for matches in the middle of a word alike.

Revision ID: 0016
Revises: 0013
Create Date: 2026-12-06 03:10:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import exc as sa_exc

from dpo_desk.errors import StoreError

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

FOLD_FUNCTION = """
CREATE OR REPLACE FUNCTION dpo_desk_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$
"""

#: The texts the search reads, per table; the same expressions as in services/search.py
#: (PostgreSQL uses an expression index only for the very same expression).
CASE_TEXT = "dpo_desk_fold(reference || ' ' || coalesce(notes, ''))"
SUBJECT_TEXT = "dpo_desk_fold(full_name || ' ' || coalesce(email, ''))"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for extension in ("unaccent", "pg_trgm"):
        try:
            with bind.begin_nested():
                op.execute(f"CREATE EXTENSION IF NOT EXISTS {extension} SCHEMA public")
        except sa_exc.DBAPIError as exc:
            raise StoreError(
                "the PostgreSQL extension {extension} could not be created ({reason}); an "
                "administrator must run 'CREATE EXTENSION IF NOT EXISTS {extension};' in "
                "this database (it ships with PostgreSQL's contrib package), then the desk "
                "can migrate",
                extension=extension,
                reason=str(exc.orig).strip(),
            ) from None
    op.execute(FOLD_FUNCTION)
    op.execute(f"CREATE INDEX ix_cases_search_trgm ON cases USING gin ({CASE_TEXT} gin_trgm_ops)")
    op.execute(
        "CREATE INDEX ix_data_subject_search_trgm ON data_subject "
        f"USING gin ({SUBJECT_TEXT} gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_data_subject_search_trgm")
    op.execute("DROP INDEX IF EXISTS ix_cases_search_trgm")
    op.execute("DROP FUNCTION IF EXISTS dpo_desk_fold(text)")
