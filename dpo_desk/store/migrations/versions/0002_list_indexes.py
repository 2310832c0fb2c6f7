"""indexes for the case list at 100,000 cases: the binding deadline, by status, open queue

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 00:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

EFFECTIVE = sa.text("coalesce(extended_due_date, due_date)")
OPEN = sa.text("status IN ('received', 'awaiting-identity', 'in-progress', 'extended')")


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_effective_due", [EFFECTIVE, "id"], unique=False)
        batch_op.create_index("ix_cases_status_effective_due", ["status", EFFECTIVE, "id"],
                              unique=False)
        batch_op.create_index("ix_cases_open_due", [EFFECTIVE, "id"], unique=False,
                              sqlite_where=OPEN, postgresql_where=OPEN)
    with op.batch_alter_table("case_right", schema=None) as batch_op:
        batch_op.create_index("ix_case_right_right_case", ["right", "case_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE")  # let the planner know the new indexes' selectivity


def downgrade() -> None:
    with op.batch_alter_table("case_right", schema=None) as batch_op:
        batch_op.drop_index("ix_case_right_right_case")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_open_due")
        batch_op.drop_index("ix_cases_status_effective_due")
        batch_op.drop_index("ix_cases_effective_due")
