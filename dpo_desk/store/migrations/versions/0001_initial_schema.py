"""initial schema: every table known at the foundation, and the search index

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 23:33:24.627716
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('operation', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('record_ref', sa.String(length=100), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_event_hash')),
    sa.UniqueConstraint('prev_hash', name=op.f('uq_audit_event_prev_hash'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_operation'), ['operation'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_record_ref'), ['record_ref'], unique=False)

    op.create_table('data_subject',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('postal_address', sa.Text(), nullable=False),
    sa.Column('customer_ref', sa.String(length=100), nullable=False),
    sa.Column('deceased', sa.Boolean(), nullable=False),
    sa.Column('deceased_on', sa.Date(), nullable=True),
    sa.Column('no_marketing', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_subject'))
    )
    with op.batch_alter_table('data_subject', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_subject_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_data_subject_name_key'), ['name_key'], unique=False)

    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_form', sa.String(length=100), nullable=False),
    sa.Column('registration', sa.String(length=100), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('dpo_name', sa.String(length=200), nullable=False),
    sa.Column('dpo_title', sa.String(length=200), nullable=False),
    sa.Column('dpo_email', sa.String(length=320), nullable=False),
    sa.Column('dpo_phone', sa.String(length=50), nullable=False),
    sa.Column('dpo_address', sa.Text(), nullable=False),
    sa.Column('authority_name', sa.String(length=200), nullable=False),
    sa.Column('authority_address', sa.Text(), nullable=False),
    sa.Column('authority_url', sa.String(length=200), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('default_jurisdiction', sa.String(length=16), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('identity_policy', sa.String(length=32), nullable=False),
    sa.Column('readings', sa.JSON(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    op.create_table('processing_activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('purposes', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.String(length=32), nullable=False),
    sa.Column('data_categories', sa.JSON(), nullable=False),
    sa.Column('subject_categories', sa.JSON(), nullable=False),
    sa.Column('sources', sa.Text(), nullable=False),
    sa.Column('retention', sa.Text(), nullable=False),
    sa.Column('retention_rule', sa.JSON(), nullable=False),
    sa.Column('automated_decision', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_processing_activity')),
    sa.UniqueConstraint('name', name=op.f('uq_processing_activity_name'))
    )
    op.create_table('recipient',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('service', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient')),
    sa.UniqueConstraint('name', name=op.f('uq_recipient_name'))
    )
    op.create_table('activity_recipient',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('recipient_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['processing_activity.id'], name=op.f('fk_activity_recipient_activity_id_processing_activity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recipient_id'], ['recipient.id'], name=op.f('fk_activity_recipient_recipient_id_recipient'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'recipient_id', name=op.f('pk_activity_recipient'))
    )
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('received_tz', sa.String(length=64), nullable=False),
    sa.Column('jurisdiction', sa.String(length=16), nullable=False),
    sa.Column('readings', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('assignee', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('extension_notice_by', sa.Date(), nullable=True),
    sa.Column('extended_due_date', sa.Date(), nullable=True),
    sa.Column('extended_on', sa.Date(), nullable=True),
    sa.Column('extension_reason', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('outcome_reason', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('flagged', sa.String(length=200), nullable=False),
    sa.Column('anonymised', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['subject_id'], ['data_subject.id'], name=op.f('fk_cases_subject_id_data_subject')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('reference', name=op.f('uq_cases_reference'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_case_received_on', ['received_on'], unique=False)
        batch_op.create_index('ix_case_status_due', ['status', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_subject_id'), ['subject_id'], unique=False)

    op.create_table('post_mortem_directive',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=True),
    sa.Column('person_name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('person_email', sa.String(length=320), nullable=False),
    sa.Column('person_birth_date', sa.Date(), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('instructions', sa.Text(), nullable=False),
    sa.Column('designated_person', sa.String(length=300), nullable=False),
    sa.Column('designated_contact', sa.Text(), nullable=False),
    sa.Column('consent_evidence', sa.Text(), nullable=False),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('revocation_note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['subject_id'], ['data_subject.id'], name=op.f('fk_post_mortem_directive_subject_id_data_subject'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_post_mortem_directive'))
    )
    with op.batch_alter_table('post_mortem_directive', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_mortem_directive_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_post_mortem_directive_subject_id'), ['subject_id'], unique=False)

    op.create_table('transfer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recipient_id', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('adequacy_status', sa.String(length=16), nullable=False),
    sa.Column('adequacy_checked_on', sa.Date(), nullable=True),
    sa.Column('safeguard', sa.String(length=32), nullable=False),
    sa.Column('scc_module', sa.String(length=16), nullable=False),
    sa.Column('safeguard_document', sa.String(length=300), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['recipient_id'], ['recipient.id'], name=op.f('fk_transfer_recipient_id_recipient'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer'))
    )
    with op.batch_alter_table('transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_recipient_id'), ['recipient_id'], unique=False)

    op.create_table('case_right',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('right', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_right_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_right')),
    sa.UniqueConstraint('case_id', 'right', name=op.f('uq_case_right_case_id'))
    )
    with op.batch_alter_table('case_right', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_right_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_right_right'), ['right'], unique=False)

    op.create_table('deadline_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_deadline_event_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline_event'))
    )
    with op.batch_alter_table('deadline_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadline_event_case_id'), ['case_id'], unique=False)

    op.create_table('death_notification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('deceased_name', sa.String(length=300), nullable=False),
    sa.Column('death_date', sa.Date(), nullable=True),
    sa.Column('notified_on', sa.Date(), nullable=False),
    sa.Column('notifier_name', sa.String(length=300), nullable=False),
    sa.Column('notifier_capacity', sa.String(length=16), nullable=False),
    sa.Column('notifier_contact', sa.Text(), nullable=False),
    sa.Column('requests', sa.JSON(), nullable=False),
    sa.Column('directive_ids', sa.JSON(), nullable=False),
    sa.Column('actions', sa.JSON(), nullable=False),
    sa.Column('evidence_purged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_death_notification_case_id_cases'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['subject_id'], ['data_subject.id'], name=op.f('fk_death_notification_subject_id_data_subject'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_death_notification'))
    )
    with op.batch_alter_table('death_notification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_death_notification_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_death_notification_subject_id'), ['subject_id'], unique=False)

    op.create_table('identity_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('doubt_reason', sa.Text(), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('method', sa.String(length=32), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('verifier', sa.String(length=200), nullable=False),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('document_kind', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_identity_check_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_identity_check'))
    )
    with op.batch_alter_table('identity_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_identity_check_case_id'), ['case_id'], unique=False)

    op.create_table('transfer_disclosure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('disclosed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('disclosed_to', sa.String(length=300), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_transfer_disclosure_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_disclosure'))
    )
    with op.batch_alter_table('transfer_disclosure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_disclosure_case_id'), ['case_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('purpose', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.String(length=300), nullable=False),
    sa.Column('stored_name', sa.String(length=100), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('letter_kind', sa.String(length=32), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('flags', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('directive_id', sa.Integer(), nullable=True),
    sa.Column('death_notification_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_document_case_id_cases'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['death_notification_id'], ['death_notification.id'], name=op.f('fk_document_death_notification_id_death_notification'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['directive_id'], ['post_mortem_directive.id'], name=op.f('fk_document_directive_id_post_mortem_directive'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_case_id'), ['case_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        # Full-text search over cases, accent-insensitive ("lefevre" finds "Lefèvre").
        op.execute(
            "CREATE VIRTUAL TABLE case_search USING fts5("
            "reference, name, email, notes, case_id UNINDEXED, "
            "tokenize='unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS case_search")

    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_case_id'))

    op.drop_table('document')
    with op.batch_alter_table('transfer_disclosure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_disclosure_case_id'))

    op.drop_table('transfer_disclosure')
    with op.batch_alter_table('identity_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_identity_check_case_id'))

    op.drop_table('identity_check')
    with op.batch_alter_table('death_notification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_death_notification_subject_id'))
        batch_op.drop_index(batch_op.f('ix_death_notification_case_id'))

    op.drop_table('death_notification')
    with op.batch_alter_table('deadline_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deadline_event_case_id'))

    op.drop_table('deadline_event')
    with op.batch_alter_table('case_right', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_right_right'))
        batch_op.drop_index(batch_op.f('ix_case_right_case_id'))

    op.drop_table('case_right')
    with op.batch_alter_table('transfer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_recipient_id'))

    op.drop_table('transfer')
    with op.batch_alter_table('post_mortem_directive', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_post_mortem_directive_subject_id'))
        batch_op.drop_index(batch_op.f('ix_post_mortem_directive_name_key'))

    op.drop_table('post_mortem_directive')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_subject_id'))
        batch_op.drop_index(batch_op.f('ix_cases_status'))
        batch_op.drop_index('ix_case_status_due')
        batch_op.drop_index('ix_case_received_on')

    op.drop_table('cases')
    op.drop_table('activity_recipient')
    op.drop_table('recipient')
    op.drop_table('processing_activity')
    op.drop_table('organisation')
    with op.batch_alter_table('data_subject', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_data_subject_name_key'))
        batch_op.drop_index(batch_op.f('ix_data_subject_email'))

    op.drop_table('data_subject')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_record_ref'))
        batch_op.drop_index(batch_op.f('ix_audit_event_operation'))

    op.drop_table('audit_event')

