"""the facts of a refusal, the reason a case was closed without a reply, a late letter's reason

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-05 08:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite and PostgreSQL both have it): a batch "move and copy" of
    # ``cases`` would rebuild the table and drop the expression indexes of 0002.
    op.add_column("cases", sa.Column("refusal_facts", sa.Text(), nullable=False,
                                     server_default=""))
    op.add_column("cases", sa.Column("close_reason", sa.Text(), nullable=False,
                                     server_default=""))
    op.add_column("document", sa.Column("late_reason", sa.Text(), nullable=False,
                                        server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("late_reason")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("close_reason")
        batch_op.drop_column("refusal_facts")
