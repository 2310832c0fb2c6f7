"""team mode: sealed files in the database and the members' team-key slots (issue 16)

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-06 03:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

def upgrade() -> None:
    op.create_table(
        "sealed_blob",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("folder", sa.String(length=16), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sealed_blob")),
    )
    op.create_table(
        "member_key_slot",
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("private_key", sa.JSON(), nullable=False),
        sa.Column("kdf", sa.JSON(), nullable=False),
        sa.Column("team_key", sa.JSON(), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_member_key_slot")),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Sealed bytes do not compress: keep PostgreSQL from trying (TOAST stores them
        # out of line uncompressed).
        op.execute("ALTER TABLE sealed_blob ALTER COLUMN content SET STORAGE EXTERNAL")

def downgrade() -> None:
    op.drop_table("member_key_slot")
    op.drop_table("sealed_blob")
