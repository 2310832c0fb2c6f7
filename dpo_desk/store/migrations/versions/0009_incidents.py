"""the breach and incident register: incidents, their notices, links to recipients and
cases, and documents attached to an incident

Revision ID: 0009
Revises: 0002
Create Date: 2026-12-05 09:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('incident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('occurred_from', sa.DateTime(timezone=True), nullable=True),
    sa.Column('occurred_to', sa.DateTime(timezone=True), nullable=True),
    sa.Column('occurred_note', sa.Text(), nullable=False),
    sa.Column('aware_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('aware_tz', sa.String(length=64), nullable=False),
    sa.Column('reading', sa.String(length=16), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('gdpr', sa.Boolean(), nullable=False),
    sa.Column('quebec', sa.Boolean(), nullable=False),
    sa.Column('reporter', sa.String(length=24), nullable=False),
    sa.Column('reporter_detail', sa.Text(), nullable=False),
    sa.Column('natures', sa.JSON(), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('cause', sa.String(length=24), nullable=False),
    sa.Column('circumstances', sa.Text(), nullable=False),
    sa.Column('subject_categories', sa.JSON(), nullable=False),
    sa.Column('people_count', sa.Integer(), nullable=True),
    sa.Column('records_count', sa.Integer(), nullable=True),
    sa.Column('quebec_people', sa.Integer(), nullable=True),
    sa.Column('data_categories', sa.JSON(), nullable=False),
    sa.Column('consequences', sa.Text(), nullable=False),
    sa.Column('measures_taken', sa.Text(), nullable=False),
    sa.Column('measures_proposed', sa.Text(), nullable=False),
    sa.Column('person_advice', sa.Text(), nullable=False),
    sa.Column('risk_level', sa.String(length=8), nullable=False),
    sa.Column('risk_reasons', sa.Text(), nullable=False),
    sa.Column('persons_exception', sa.String(length=24), nullable=False),
    sa.Column('qc_sensitivity', sa.String(length=8), nullable=False),
    sa.Column('qc_consequences', sa.String(length=8), nullable=False),
    sa.Column('qc_likelihood', sa.String(length=8), nullable=False),
    sa.Column('qc_serious', sa.Boolean(), nullable=True),
    sa.Column('qc_reasons', sa.Text(), nullable=False),
    sa.Column('decision', sa.String(length=12), nullable=False),
    sa.Column('decision_reasons', sa.Text(), nullable=False),
    sa.Column('keep_until', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident')),
    sa.UniqueConstraint('reference', name=op.f('uq_incident_reference'))
    )
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_status'), ['status'], unique=False)
        batch_op.create_index('ix_incident_status_due', ['status', 'due_at'], unique=False)

    op.create_table('incident_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('addressee', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.Column('delay_reasons', sa.Text(), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_notice_incident_id_incident'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_notice'))
    )
    with op.batch_alter_table('incident_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_notice_incident_id'), ['incident_id'], unique=False)

    op.create_table('incident_recipient',
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('recipient_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_recipient_incident_id_incident'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recipient_id'], ['recipient.id'], name=op.f('fk_incident_recipient_recipient_id_recipient'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'recipient_id', name=op.f('pk_incident_recipient'))
    )
    op.create_table('incident_case',
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_incident_case_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_case_incident_id_incident'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'case_id', name=op.f('pk_incident_case'))
    )
    op.create_table('incident_document',
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_incident_document_document_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_document_incident_id_incident'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'document_id', name=op.f('pk_incident_document'))
    )


def downgrade() -> None:
    op.drop_table('incident_document')
    op.drop_table('incident_case')
    op.drop_table('incident_recipient')
    with op.batch_alter_table('incident_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_notice_incident_id'))

    op.drop_table('incident_notice')
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index('ix_incident_status_due')
        batch_op.drop_index(batch_op.f('ix_incident_status'))

    op.drop_table('incident')

