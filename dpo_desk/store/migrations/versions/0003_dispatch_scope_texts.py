"""letter dispatch (date, channel, tracking, delivery proof); a case's access scope;
French register texts and the automated-decision details (Art. 15(1)(h))

Revision ID: 0003
Revises: 0007
Create Date: 2026-12-05 08:30:00
"""
from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode reflects the tables "document" refers to; SQLAlchemy cannot reflect the
    # expression indexes of "cases" (0002) and warns, though nothing is lost: they are
    # not recreated, "cases" is not altered here.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", "Skipped unsupported reflection of expression-based index"
        )
        _upgrade()


def _upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sent_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("dispatch_channel", sa.String(length=24),
                                      nullable=False, server_default=""))
        batch_op.add_column(sa.Column("tracking_number", sa.String(length=64),
                                      nullable=False, server_default=""))
        batch_op.add_column(sa.Column("delivered_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("delivery_proof_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_document_delivery_proof_id_document", "document",
                                    ["delivery_proof_id"], ["id"], ondelete="SET NULL")
    # Letters already sent keep their day of sending (UTC date of the old timestamp).
    op.execute("UPDATE document SET sent_on = CAST(sent_at AS DATE) "
               "WHERE sent_at IS NOT NULL"
               if op.get_bind().dialect.name == "postgresql" else
               "UPDATE document SET sent_on = date(sent_at) WHERE sent_at IS NOT NULL")
    with op.batch_alter_table("processing_activity", schema=None) as batch_op:
        for name in ("ad_logic", "ad_significance", "ad_consequences"):
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("texts_fr", sa.JSON(), nullable=False,
                                      server_default="{}"))
    for table in ("recipient", "transfer"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("texts_fr", sa.JSON(), nullable=False,
                                          server_default="{}"))
    op.create_table(
        "case_scope",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("item_kind", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "item_kind", "item_id"),
    )
    with op.batch_alter_table("case_scope", schema=None) as batch_op:
        batch_op.create_index("ix_case_scope_case_id", ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_scope", schema=None) as batch_op:
        batch_op.drop_index("ix_case_scope_case_id")
    op.drop_table("case_scope")
    for table in ("transfer", "recipient"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("texts_fr")
    with op.batch_alter_table("processing_activity", schema=None) as batch_op:
        for name in ("texts_fr", "ad_consequences", "ad_significance", "ad_logic"):
            batch_op.drop_column(name)
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_constraint("fk_document_delivery_proof_id_document", type_="foreignkey")
        for name in ("delivery_proof_id", "delivered_on", "tracking_number",
                     "dispatch_channel", "sent_on"):
            batch_op.drop_column(name)
