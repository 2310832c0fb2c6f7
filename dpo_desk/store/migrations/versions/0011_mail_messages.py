"""the e-mails cases came from: Message-ID, thread, SHA-256 of the sealed original

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 00:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.String(length=998), nullable=True),
        sa.Column("thread_refs", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_source", sa.String(length=16), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id"),
    )
    op.create_index(op.f("ix_mail_message_case_id"), "mail_message", ["case_id"],
                    unique=False)
    op.create_index(op.f("ix_mail_message_sha256"), "mail_message", ["sha256"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_mail_message_sha256"), table_name="mail_message")
    op.drop_index(op.f("ix_mail_message_case_id"), table_name="mail_message")
    op.drop_table("mail_message")
