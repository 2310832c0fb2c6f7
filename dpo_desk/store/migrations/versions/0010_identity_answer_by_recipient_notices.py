"""the day an identity step must be answered by (past it, the step has expired), and the
recipients told of a rectification, erasure or restriction (GDPR Art. 19)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 09:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: no batch rebuild needed for a nullable column.
    op.add_column("identity_check", sa.Column("answer_by", sa.Date(), nullable=True))
    op.create_table(
        "recipient_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=True),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_name_fr", sa.String(length=200), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["recipient_id"], ["recipient.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "recipient_id"),
    )
    op.create_index(op.f("ix_recipient_notice_case_id"), "recipient_notice", ["case_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_recipient_notice_case_id"), table_name="recipient_notice")
    op.drop_table("recipient_notice")
    with op.batch_alter_table("identity_check", schema=None) as batch_op:
        batch_op.drop_column("answer_by")
