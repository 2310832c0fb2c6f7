"""the register complete (GDPR Art. 30(1), CNIL model): security measures list (Art. 32),
joint controllers and processors (Art. 26, 28), owning department, DPIA screening
(Art. 35, WP248), review dates, transfer impact assessments

Revision ID: 0013
Revises: 0010
Create Date: 2026-12-06 00:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "security_measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("texts_fr", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "activity_measure",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["processing_activity.id"],
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["measure_id"], ["security_measure.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("activity_id", "measure_id"),
    )
    # Plain ADD COLUMN (no batch rebuild): NOT NULL columns carry a server default for the
    # rows already there.
    for column in (
        sa.Column("department", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("parties", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("dpia_criteria", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("dpia_done_on", sa.Date(), nullable=True),
        sa.Column("dpia_link", sa.String(length=500), nullable=False, server_default=""),
        sa.Column("last_review_on", sa.Date(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
    ):
        op.add_column("processing_activity", column)
    op.add_column("transfer", sa.Column("tia_on", sa.Date(), nullable=True))
    op.add_column("transfer", sa.Column("tia_conclusion", sa.Text(), nullable=False,
                                        server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_column("tia_conclusion")
        batch_op.drop_column("tia_on")
    with op.batch_alter_table("processing_activity", schema=None) as batch_op:
        for name in ("next_review_on", "last_review_on", "dpia_link", "dpia_done_on",
                     "dpia_criteria", "parties", "department"):
            batch_op.drop_column(name)
    op.drop_table("activity_measure")
    op.drop_table("security_measure")
