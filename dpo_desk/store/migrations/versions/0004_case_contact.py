"""each case keeps the contact details its letters go to; a person's earlier details kept

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-05 08:30:00

A known person chosen at intake may give a new address or e-mail. The case now keeps
the details it was registered with (``cases.contact_email``, ``cases.contact_address``,
filled for existing cases from the person's current details), and the details a person
had before are kept in ``subject_contact`` when the DPO replaces them.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "subject_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("postal_address", sa.Text(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("replaced_by_case", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["subject_id"], ["data_subject.id"],
                                name=op.f("fk_subject_contact_subject_id_data_subject"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_contact")),
    )
    with op.batch_alter_table("subject_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subject_contact_subject_id"), ["subject_id"],
                              unique=False)
    # Plain ADD COLUMN (SQLite supports it): a batch "move and copy" of ``cases`` would
    # lose its expression indexes (0002), which SQLAlchemy cannot reflect.
    op.add_column("cases", sa.Column("contact_email", sa.String(length=320), nullable=False,
                                     server_default=""))
    op.add_column("cases", sa.Column("contact_address", sa.Text(), nullable=False,
                                     server_default=""))
    # Existing cases keep what their letters went to until now: the person's details.
    op.execute(
        "UPDATE cases SET "
        "contact_email = (SELECT email FROM data_subject WHERE data_subject.id = cases.subject_id), "
        "contact_address = (SELECT postal_address FROM data_subject "
        "WHERE data_subject.id = cases.subject_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("contact_address")
        batch_op.drop_column("contact_email")
    with op.batch_alter_table("subject_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subject_contact_subject_id"))
    op.drop_table("subject_contact")
