"""The schema this program writes, without the migration machinery: the window's first
page reads the store before SQLAlchemy is loaded and must know it (issue 19)."""

from __future__ import annotations

#: The newest Alembic revision this program writes; a test checks it is Alembic's head.
HEAD = "0020"
#: The open states of the lifecycle (dpo_desk.domain.lifecycle), as the partial index
#: ix_cases_open_due says them: SQLite uses that index only when a query's WHERE says
#: the very same words.
OPEN_STATES_SQL = "status IN ('received', 'awaiting-identity', 'in-progress', 'extended')"
