"""change notifications for team desks (issue 16): PostgreSQL triggers that
``pg_notify('dpo_desk_changes', ...)`` after every change a desk must show

Revision ID: 0017
Revises: 0013
Create Date: 2026-12-06 03:10:00

Statement-level triggers (``REFERENCING NEW/OLD TABLE``), three per table (PostgreSQL
refuses transition tables on a trigger with more than one event). Each sends one JSON
payload ``{"table", "op", "refs", "who"}``: ``refs`` are the references a desk can match
(a case's or an incident's reference, else the row id), at most ``MAX_REFS`` of them.

A transaction gets a budget of ``BUDGET`` detailed notifications (a transaction-local
setting counts them); past it every trigger sends the same payload with ``refs`` null
("this table changed"), which PostgreSQL delivers once per transaction (identical payloads
on one channel are folded at commit). A bulk import of 100,000 rows therefore sends a
handful of notifications, never 100,000, even when the driver runs one INSERT per row.

The function runs as its owner (``SECURITY DEFINER``) so that a member whose grants or
row-level policies hide ``cases`` still sends the reference of what they changed; it
reads nothing else and ``session_user`` stays the person who acted.

SQLite has no LISTEN/NOTIFY: there the migration does nothing (one desk, one process).
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

CHANNEL = "dpo_desk_changes"
MAX_REFS = 20
BUDGET = 20

_CASE = "SELECT c.reference FROM changed x JOIN cases c ON c.id = x.case_id"
_INCIDENT = "SELECT i.reference FROM changed x JOIN incident i ON i.id = x.incident_id"
_ID = "SELECT x.id::text FROM changed x"

#: Each table a desk shows, and the query (over the transition table ``changed``) that
#: gives the references of its changed rows.
REFS: dict[str, str] = {
    "cases": "SELECT x.reference FROM changed x",
    "case_right": _CASE,
    "case_scope": _CASE,
    "deadline_event": _CASE,
    "identity_check": _CASE,
    "recipient_notice": _CASE,
    "transfer_disclosure": _CASE,
    "document": _CASE,
    "mail_message": _CASE,
    "death_notification": _CASE,
    "data_subject": "SELECT c.reference FROM changed x JOIN cases c ON c.subject_id = x.id",
    "subject_contact": (
        "SELECT c.reference FROM changed x JOIN cases c ON c.subject_id = x.subject_id"
    ),
    "audit_event": "SELECT x.record_ref FROM changed x",
    "incident": "SELECT x.reference FROM changed x",
    "incident_notice": _INCIDENT,
    "incident_recipient": _INCIDENT,
    "incident_case": _INCIDENT,
    "incident_document": _INCIDENT,
    "organisation": _ID,
    "processing_activity": _ID,
    "recipient": _ID,
    "security_measure": _ID,
    "transfer": _ID,
    "post_mortem_directive": _ID,
    "activity_measure": "SELECT x.activity_id::text FROM changed x",
    "activity_recipient": "SELECT x.activity_id::text FROM changed x",
}

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION dpo_desk_notify_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    spent integer := coalesce(nullif(current_setting('dpo_desk.notify_spent', true), ''),
                              '0')::integer;
    refs text[];
    any_row boolean;
BEGIN
    IF spent < {BUDGET} THEN
        EXECUTE 'SELECT EXISTS (SELECT 1 FROM changed)' INTO any_row;
        IF NOT any_row THEN
            RETURN NULL;  -- an UPDATE or DELETE that matched nothing
        END IF;
        EXECUTE 'SELECT array_agg(k) FROM (SELECT DISTINCT s.k FROM (' || TG_ARGV[0]
            || ') AS s(k) WHERE s.k IS NOT NULL LIMIT {MAX_REFS + 1}) AS t' INTO refs;
        IF coalesce(array_length(refs, 1), 0) > {MAX_REFS} THEN
            refs := NULL;
        END IF;
        PERFORM set_config('dpo_desk.notify_spent', (spent + 1)::text, true);
    END IF;
    -- past the budget: the same payload every time, folded into one at commit
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'table', TG_TABLE_NAME, 'op', lower(TG_OP),
        'refs', to_json(refs), 'many', refs IS NULL, 'who', session_user)::text);
    RETURN NULL;
END
$fn$
"""


def _quote(sql: str) -> str:
    return "'" + sql.replace("'", "''") + "'"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_FUNCTION)
    for table, refs in REFS.items():
        for event, side in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            op.execute(
                f"CREATE TRIGGER dpo_desk_notify_{event.lower()} AFTER {event} ON {table} "
                f"REFERENCING {side} TABLE AS changed FOR EACH STATEMENT "
                f"EXECUTE FUNCTION dpo_desk_notify_change({_quote(refs)})"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in REFS:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS dpo_desk_notify_{event} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS dpo_desk_notify_change()")
