"""the dashboard's requests per month and right, kept by triggers (issue 19: a dashboard
under 500 ms at a million cases instead of a join over the last year's cases)

Revision ID: 0018
Revises: 0013
Create Date: 2026-12-06 03:30:00

SQLite only: the table and its triggers keep ``case_month_right`` equal to
``SELECT substr(received_on, 1, 7), right, count(*) FROM cases JOIN case_right GROUP BY
1, 2`` whatever writes the rows (the services, an import, the generator). On PostgreSQL
the dashboard runs the GROUP BY itself (a team server is measured at 100,000 cases).
"""
from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_UP = """
INSERT INTO case_month_right (month, "right", n)
SELECT substr({received}, 1, 7), {right}, 1 FROM {source}
ON CONFLICT (month, "right") DO UPDATE SET n = n + 1
"""

_DOWN = """
UPDATE case_month_right SET n = n - 1
WHERE "right" = {right} AND month = (SELECT substr(received_on, 1, 7) FROM cases
                                     WHERE id = {case_id})
"""

_CASE_OUT = """
UPDATE case_month_right
SET n = n - (SELECT count(*) FROM case_right r
             WHERE r.case_id = OLD.id AND r."right" = case_month_right."right")
WHERE month = substr(OLD.received_on, 1, 7)
"""

TRIGGERS = {
    "case_month_right_ins": (
        'AFTER INSERT ON case_right BEGIN '
        + _UP.format(received="received_on", right='NEW."right"',
                     source="cases WHERE id = NEW.case_id")
        + "; END"
    ),
    "case_month_right_del": (
        'AFTER DELETE ON case_right BEGIN '
        + _DOWN.format(right='OLD."right"', case_id="OLD.case_id")
        + "; END"
    ),
    "case_month_right_upd": (
        'AFTER UPDATE OF "right", case_id ON case_right BEGIN '
        + _DOWN.format(right='OLD."right"', case_id="OLD.case_id")
        + "; "
        + _UP.format(received="received_on", right='NEW."right"',
                     source="cases WHERE id = NEW.case_id")
        + "; END"
    ),
    # before the row goes: its rights are still there to count (a cascade deletes them
    # after the case, when their own trigger no longer finds the case's month)
    "case_month_right_case_del": "BEFORE DELETE ON cases BEGIN " + _CASE_OUT + "; END",
    "case_month_right_case_moved": (
        "AFTER UPDATE OF received_on ON cases "
        "WHEN substr(OLD.received_on, 1, 7) IS NOT substr(NEW.received_on, 1, 7) BEGIN "
        + _CASE_OUT
        + "; "
        + _UP.format(received="NEW.received_on", right='r."right"',
                     source="case_right r WHERE r.case_id = NEW.id")
        + "; END"
    ),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        'CREATE TABLE case_month_right (month VARCHAR(7) NOT NULL, "right" VARCHAR(32) '
        'NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (month, "right"))'
    )
    op.execute(
        'INSERT INTO case_month_right (month, "right", n) '
        'SELECT substr(c.received_on, 1, 7), r."right", count(*) FROM cases c '
        "JOIN case_right r ON r.case_id = c.id GROUP BY 1, 2"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS case_month_right")
