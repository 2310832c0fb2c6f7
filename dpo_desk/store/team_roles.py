"""The team roles written into PostgreSQL: groups, GRANTs, row-level security, triggers.

``domain.team`` says who may do what; this module makes the server refuse the rest, so
that a desk with a patched window, or ``psql`` with a member's login, cannot do more
than the window offers (issue 16). It is not an Alembic migration: ``apply`` is
idempotent and runs after every ``migrate.upgrade`` on a server, so that tables added
by a later migration get their grants too. It is run by the database owner (the
administrator who ran ``dpo-desk team init``); the owner bypasses the policies, as
PostgreSQL does for table owners, and is the only one who may rewrite audit rows.

How each rule is expressed (PostgreSQL 15):

- every group reads every table (``SELECT``); nobody but the owner has anything on a
  table by default (``REVOKE ALL ... FROM PUBLIC``);
- the auditor has no write privilege anywhere (read only, audit log and registers);
- the settings (the ``organisation`` row) are written by the DPO only: the deputy and
  the assistant have ``SELECT`` alone there; a restore replaces whole tables and needs
  ``TRUNCATE``, granted to the DPO only (never on the audit table, whose replacement
  is the owner's; nor on ``alembic_version``, which only the owner's migrations write);
- the assistant may not refuse, extend or close a case: column grants leave out the
  columns those decisions write (``outcome``, ``extended_on``, ``answered_on``...), and
  a policy refuses a row whose status says refused, extended, answered or closed
  unless a DPO or deputy decision already stands in those columns;
- the assistant may not mark a letter sent: a policy on ``document`` accepts only
  unsent rows (``sent_at IS NULL``, no e-mail under way) from an assistant; nor approve
  one: no column whose name holds "approv" is in the assistant's ``UPDATE`` grant;
- nor delete a case or a person, nor write the registers or an extension event;
- the audit table: ``INSERT`` and ``SELECT`` for the writing roles, never ``UPDATE``,
  ``DELETE`` or ``TRUNCATE``; a trigger refuses an entry whose actor is not ``session_user``, so
  the name in the audit is the server's login, not one the client claims.

Adding a member needs ``CREATE ROLE``. PostgreSQL 15's ``CREATEROLE`` attribute would
let the DPO grant any role, including ``pg_execute_server_program``; instead two
``SECURITY DEFINER`` functions owned by the administrator create or drop only a login
that belongs to one of the four groups, and only the DPO group may execute them.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from dpo_desk.domain.team import PG_ROLE, TeamRole

DPO, DEPUTY, ASSISTANT, AUDITOR = (PG_ROLE[r] for r in TeamRole)
GROUPS = (DPO, DEPUTY, ASSISTANT, AUDITOR)

#: Written by the DPO only (the settings).
DPO_ONLY = frozenset({"organisation"})
#: Read only for the assistant (registers, incidents, migrations' bookkeeping).
ASSISTANT_READS_ONLY = frozenset(
    {
        "organisation",
        "processing_activity",
        "recipient",
        "transfer",
        "security_measure",
        "recipient_notice",
        "transfer_disclosure",
        "activity_measure",
        "activity_recipient",
    }
)
#: Tables of the incidents (data breaches, GDPR Art. 33-34): read only for the assistant.
INCIDENT_PREFIX = "incident"
#: The assistant adds and corrects, never deletes, rows of these.
ASSISTANT_NO_DELETE = frozenset({"cases", "data_subject", "audit_event"})
#: The columns of ``cases`` that record a decision the assistant may not take.
DECISION_COLUMNS = frozenset(
    {
        "outcome",
        "outcome_reason",
        "refusal_facts",
        "close_reason",
        "extended_on",
        "extension_reason",
        "answered_on",
        "closed_at",
        "anonymised",
    }
)
#: A column whose name holds this records a four-eyes approval (issue 16): never
#: written by the assistant, whatever table a later migration puts it in.
APPROVAL_MARK = "approv"
AUDIT_TABLE = "audit_event"
#: Written by the owner only: the migrations' bookkeeping.
OWNER_ONLY = frozenset({"alembic_version"})

#: The states an assistant may not put a case in by themself (GDPR Art. 12(3)-(5)).
_CASE_CHECK = """
    status NOT IN ('refused', 'extended', 'answered', 'closed')
    OR (status = 'refused' AND outcome = 'refused')
    OR (status = 'extended' AND extended_on IS NOT NULL)
    OR (status = 'answered' AND answered_on IS NOT NULL)
    OR (status = 'closed' AND closed_at IS NOT NULL)
"""
#: A letter or a document the assistant may write: not sent, no e-mail under way.
_UNSENT = "sent_at IS NULL AND sent_on IS NULL AND email_state = ''"

_GROUPS_SQL = """
DO $$
DECLARE g text;
BEGIN
  FOREACH g IN ARRAY ARRAY['{dpo}', '{deputy}', '{assistant}', '{auditor}'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', g);
    END IF;
  END LOOP;
END $$
"""

_AUDIT_TRIGGER = """
CREATE OR REPLACE FUNCTION dpo_desk_audit_actor() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  -- The owner (the administrator) may copy a solo desk's history in (team migrate).
  IF NEW.actor IS DISTINCT FROM session_user::text AND NOT pg_has_role(
      session_user,
      (SELECT tableowner FROM pg_tables
        WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME),
      'MEMBER') THEN
    RAISE EXCEPTION 'audit actor % is not the session user %', NEW.actor, session_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$
;;
DROP TRIGGER IF EXISTS dpo_desk_audit_actor ON audit_event
;;
CREATE TRIGGER dpo_desk_audit_actor BEFORE INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION dpo_desk_audit_actor();
"""

_MEMBER_FUNCTIONS = """
CREATE OR REPLACE FUNCTION dpo_desk_add_member(login text, grp text, secret text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF login !~ '^[A-Za-z0-9_.-]{1,63}$' THEN
    RAISE EXCEPTION 'invalid login name %', login USING ERRCODE = 'invalid_name';
  END IF;
  IF grp NOT IN ('{dpo}', '{deputy}', '{assistant}', '{auditor}') THEN
    RAISE EXCEPTION 'unknown group %', grp USING ERRCODE = 'invalid_parameter_value';
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, secret, grp);
END $$
;;
CREATE OR REPLACE FUNCTION dpo_desk_remove_member(login text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NOT EXISTS (
      SELECT 1 FROM pg_auth_members m
        JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
       WHERE r.rolname = login
         AND g.rolname IN ('{dpo}', '{deputy}', '{assistant}', '{auditor}')) THEN
    RAISE EXCEPTION 'no member %', login USING ERRCODE = 'undefined_object';
  END IF;
  IF login = session_user::text THEN
    RAISE EXCEPTION 'a member cannot remove themself' USING ERRCODE = 'object_in_use';
  END IF;
  EXECUTE format('DROP ROLE %I', login);
END $$
;;
REVOKE ALL ON FUNCTION dpo_desk_add_member(text, text, text) FROM PUBLIC
;;
REVOKE ALL ON FUNCTION dpo_desk_remove_member(text) FROM PUBLIC
;;
GRANT EXECUTE ON FUNCTION dpo_desk_add_member(text, text, text) TO {dpo}
;;
GRANT EXECUTE ON FUNCTION dpo_desk_remove_member(text) TO {dpo}
"""


def _fill(sql: str) -> str:
    return (
        sql.replace("{dpo}", DPO)
        .replace("{deputy}", DEPUTY)
        .replace("{assistant}", ASSISTANT)
        .replace("{auditor}", AUDITOR)
    )


def _tables(conn: Connection) -> list[str]:
    rows = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    )
    return [r[0] for r in rows]


def _columns(conn: Connection, table: str) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = :t ORDER BY ordinal_position"
        ),
        {"t": table},
    )
    return [r[0] for r in rows]


#: The team key's tables (issue 16, "Files and encryption"). Sealed files are written and
#: deleted by whoever may add a document or draft a letter; rewritten in place only by a
#: rotation, which only a DPO runs. A member's key slot is granted, re-keyed and revoked
#: by a DPO; each member may rewrap their own slot only (their own passphrase, RLS).
SEALED_BLOB = "sealed_blob"
KEY_SLOT = "member_key_slot"


def _vault_grants(table: str) -> list[str]:
    if table == SEALED_BLOB:
        return [
            f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {DPO}',
            f'GRANT INSERT, DELETE ON "{table}" TO {DEPUTY}, {ASSISTANT}',
        ]
    return [
        f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {DPO}',
        f'GRANT UPDATE ON "{table}" TO {DEPUTY}, {ASSISTANT}, {AUDITOR}',
    ]


def _slot_policies(table: str) -> list[str]:
    """Only one's own slot is rewritten by a member who is not a DPO."""
    out = [f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY']
    for name in ("slot_dpo", "slot_read", "slot_own"):
        out.append(f'DROP POLICY IF EXISTS {name} ON "{table}"')
    return out + [
        f'CREATE POLICY slot_dpo ON "{table}" TO {DPO} USING (true) WITH CHECK (true)',
        f'CREATE POLICY slot_read ON "{table}" FOR SELECT TO {", ".join(GROUPS)} USING (true)',
        f'CREATE POLICY slot_own ON "{table}" FOR UPDATE TO {DEPUTY}, {ASSISTANT}, {AUDITOR} '
        "USING (login = session_user::text) WITH CHECK (login = session_user::text)",
    ]


def _grants(conn: Connection, table: str) -> list[str]:
    """The GRANT statements of one table (after its privileges were revoked)."""
    everyone = ", ".join(GROUPS)
    out = [f'GRANT SELECT ON "{table}" TO {everyone}']
    if table in OWNER_ONLY:
        return out
    if table in (SEALED_BLOB, KEY_SLOT):
        return out + _vault_grants(table)
    if table == AUDIT_TABLE:  # appended to, never rewritten: no UPDATE, DELETE, TRUNCATE
        out.append(f'GRANT INSERT ON "{table}" TO {DPO}, {DEPUTY}, {ASSISTANT}')
        return out
    out.append(f'GRANT INSERT, UPDATE, DELETE, TRUNCATE ON "{table}" TO {DPO}')
    if table not in DPO_ONLY:
        out.append(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {DEPUTY}')
    if table in ASSISTANT_READS_ONLY or table.startswith(INCIDENT_PREFIX):
        return out
    if table in ("cases", "document"):
        allowed = [
            c for c in _columns(conn, table) if c not in DECISION_COLUMNS and APPROVAL_MARK not in c
        ]
        cols = ", ".join(f'"{c}"' for c in allowed)
        out.append(f'GRANT INSERT ON "{table}" TO {ASSISTANT}')
        out.append(f'GRANT UPDATE ({cols}) ON "{table}" TO {ASSISTANT}')
        if table == "document":
            out.append(f'GRANT DELETE ON "{table}" TO {ASSISTANT}')
        return out
    verbs = "INSERT, UPDATE" if table in ASSISTANT_NO_DELETE else "INSERT, UPDATE, DELETE"
    out.append(f'GRANT {verbs} ON "{table}" TO {ASSISTANT}')
    return out


def _policies(table: str) -> list[str]:
    """Row-level security where the rows matter for the assistant."""
    if table == KEY_SLOT:
        return _slot_policies(table)
    if table == "cases":
        check, using = _CASE_CHECK, "true"
    elif table == "document":
        check, using = _UNSENT, _UNSENT
    elif table == "deadline_event":
        check, using = "kind <> 'extension'", "kind <> 'extension'"
    else:
        return []
    out = [f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY']
    for name in (
        "team_all",
        "assistant_read",
        "assistant_insert",
        "assistant_update",
        "assistant_delete",
    ):
        out.append(f'DROP POLICY IF EXISTS {name} ON "{table}"')
    out += [
        f'CREATE POLICY team_all ON "{table}" TO {DPO}, {DEPUTY}, {AUDITOR} '
        "USING (true) WITH CHECK (true)",
        f'CREATE POLICY assistant_read ON "{table}" FOR SELECT TO {ASSISTANT} USING (true)',
        f'CREATE POLICY assistant_insert ON "{table}" FOR INSERT TO {ASSISTANT} '
        f"WITH CHECK ({check})",
        f'CREATE POLICY assistant_update ON "{table}" FOR UPDATE TO {ASSISTANT} '
        f"USING (true) WITH CHECK ({check})",
        f'CREATE POLICY assistant_delete ON "{table}" FOR DELETE TO {ASSISTANT} USING ({using})',
    ]
    return out


def apply(conn: Connection) -> None:
    """Create the groups if missing and (re)write every grant, policy and trigger.

    Idempotent: safe to re-run after a later migration (new tables get their grants,
    changed rules replace the old ones). Runs in the caller's transaction.
    """
    conn.execute(text(_fill(_GROUPS_SQL)))
    conn.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {', '.join(GROUPS)}"))
    for table in _tables(conn):
        conn.execute(text(f'REVOKE ALL ON "{table}" FROM PUBLIC, {", ".join(GROUPS)}'))
        for statement in _grants(conn, table) + _policies(table):
            conn.execute(text(statement))
    writers = f"{DPO}, {DEPUTY}, {ASSISTANT}"
    conn.execute(text("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}"))
    conn.execute(text(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {AUDITOR}"))
    if AUDIT_TABLE in _tables(conn):
        _script(conn, _AUDIT_TRIGGER)
    _script(conn, _fill(_MEMBER_FUNCTIONS))


def _script(conn: Connection, sql: str) -> None:
    """Statements separated by ``;;`` lines, one by one (a prepared statement holds one)."""
    for statement in sql.split(";;"):
        if statement.strip():
            conn.execute(text(statement))


def installed(conn: Connection) -> bool:
    """Is this database a team desk (``apply`` ran on it)? False on SQLite."""
    if conn.dialect.name != "postgresql":
        return False
    found = conn.execute(text("SELECT to_regprocedure('dpo_desk_remove_member(text)')"))
    return found.scalar() is not None


def role_of(conn: Connection, login: str | None = None) -> TeamRole | None:
    """The app role of ``login`` (default ``session_user``), the most powerful it holds;
    ``None`` if it belongs to none of the groups (an administrator)."""
    for role in TeamRole:
        held = conn.execute(
            text("SELECT pg_has_role(coalesce(:login, session_user::text), :grp, 'MEMBER')"),
            {"login": login, "grp": PG_ROLE[role]},
        ).scalar()
        if held:
            return role
    return None
