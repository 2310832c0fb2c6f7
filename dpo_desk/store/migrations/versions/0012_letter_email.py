"""a letter sent by e-mail: to whom, its Message-ID, and whether the sending is confirmed
("sending" is written before the SMTP conversation, "sent" after: a crash in between
stays visible to the DPO instead of leaving a sent mail unrecorded)

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-06 00:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("document", sa.Column("email_to", sa.String(length=320), nullable=False,
                                        server_default=""))
    op.add_column("document", sa.Column("email_message_id", sa.String(length=250),
                                        nullable=False, server_default=""))
    op.add_column("document", sa.Column("email_state", sa.String(length=16), nullable=False,
                                        server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.drop_column("email_state")
        batch.drop_column("email_message_id")
        batch.drop_column("email_to")
