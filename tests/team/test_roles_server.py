"""What the window hides from a role, the server refuses too (issue 16).

Each role logs in as its own PostgreSQL login (a separate engine) and tries, through
the real services and through raw SQL that bypasses them, what its role may not do.
Runs against ``DPO_DESK_TEST_PG`` (CI always sets it).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, make_url, select, text
from sqlalchemy.exc import DBAPIError

from dpo_desk.domain.team import PG_ROLE, TeamRole
from dpo_desk.errors import UserError
from dpo_desk.services import (
    audit,
    cases,
    documents,
    identity,
    letters,
    organisation,
    team,
    workflow,
)
from dpo_desk.services.context import Context
from dpo_desk.services.demo.load import ORGANISATION
from dpo_desk.store import migrate, team_roles
from dpo_desk.store.db import denied, make_engine
from dpo_desk.store.models import AuditEvent, Case, Document
from tests.team.roles_setup import URL, TeamServer, team_server

pytestmark = pytest.mark.skipif(not URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")

A, D, S, U = TeamRole.ASSISTANT, TeamRole.DEPUTY, TeamRole.DPO, TeamRole.AUDITOR


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamServer]:
    with team_server(tmp_path_factory.mktemp("team")) as srv:
        organisation.update_profile(srv.ctx(None), ORGANISATION)
        yield srv


def _new_case(ctx: Context, name: str = "Jeanne Martin") -> str:
    new = cases.NewCase(name=name, rights=["access"], received=date(2026, 1, 20), channel="post")
    return cases.add_case(ctx, new).reference


def _refused_by_server(engine: Engine, sql: str, **params: object) -> None:
    """Run ``sql`` as that login and show PostgreSQL refuses it (privilege or policy)."""
    with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
        conn.execute(text(sql), params)
    assert denied(caught.value), caught.value


def _status(server: TeamServer, ref: str) -> tuple[str, str, date | None]:
    with server.ctx(None).db.read() as session:
        case = session.scalars(select(Case).where(Case.reference == ref)).one()
        return case.status, case.outcome, case.extended_on


def test_assistant_takes_intake_and_drafts_as_themself(server: TeamServer) -> None:
    ctx = server.ctx(A)
    ref = _new_case(ctx)
    draft = letters.generate(ctx, ref, "acknowledgement", "fr")
    assert draft.document_id
    with ctx.db.read() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None and last.actor == server.logins[A]  # the server's session_user
    # the ordinary work on a case goes through: a move, an identity step, a document
    workflow.transition(ctx, ref, "in-progress")
    asked = identity.request_identity(ctx, ref, "Signature differs from the one on file")
    assert asked.detail.summary.status == "awaiting-identity"
    note = server.data_dir / "note.pdf"
    note.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    detail = documents.attach_files(ctx, ref, [(note, "attachment")])
    assert any(d.original_name == "note.pdf" for d in detail.documents)


def test_assistant_cannot_refuse_extend_or_mark_sent_through_the_services(
    server: TeamServer,
) -> None:
    ctx = server.ctx(A)
    ref = _new_case(ctx, "Paul Durand")
    draft = letters.generate(ctx, ref, "acknowledgement", "fr")
    with pytest.raises(UserError) as refused:
        workflow.transition(ctx, ref, "refused", "manifestly-unfounded", facts="ten a day")
    assert str(refused.value) == ("your role (assistant) may not refuse a case; nothing was saved")
    assert "assistant(e)" in refused.value.render("fr")
    with pytest.raises(UserError, match=r"your role \(assistant\) may not extend a case"):
        workflow.extend(ctx, ref, "Several requests at once")
    with pytest.raises(UserError, match=r"your role \(assistant\) may not mark a letter sent"):
        letters.mark_sent(ctx, draft.document_id)
    assert _status(server, ref) == ("received", "", None)  # nothing was saved
    with server.ctx(None).db.read() as session:
        assert session.get(Document, draft.document_id).sent_at is None  # type: ignore[union-attr]


def test_assistant_is_refused_by_raw_sql_too(server: TeamServer) -> None:
    ref = _new_case(server.ctx(A), "Luc Petit")
    draft = letters.generate(server.ctx(A), ref, "acknowledgement", "fr")
    engine = server.engine_of(server.logins[A])
    doc = draft.document_id
    _refused_by_server(engine, "UPDATE document SET sent_at = now() WHERE id = :i", i=doc)
    _refused_by_server(engine, "UPDATE cases SET status = 'refused' WHERE reference = :r", r=ref)
    _refused_by_server(engine, "UPDATE cases SET outcome = 'refused' WHERE reference = :r", r=ref)
    _refused_by_server(
        engine, "UPDATE cases SET extended_on = current_date WHERE reference = :r", r=ref
    )
    _refused_by_server(engine, "UPDATE cases SET status = 'extended' WHERE reference = :r", r=ref)
    _refused_by_server(
        engine,
        "INSERT INTO deadline_event (case_id, kind, starts_on, reason, created_at) "
        "SELECT id, 'extension', current_date, '', now() FROM cases WHERE reference = :r",
        r=ref,
    )
    _refused_by_server(engine, "DELETE FROM cases WHERE reference = :r", r=ref)
    _refused_by_server(engine, "UPDATE organisation SET name = 'x'")
    _refused_by_server(engine, "SELECT dpo_desk_add_member('x_evil', 'dpo_desk_dpo', 'pw')")
    with engine.begin() as conn:  # what the assistant may do, raw, is accepted
        sql = "UPDATE cases SET notes = 'called back' WHERE reference = :r"
        conn.execute(text(sql), {"r": ref})
    assert _status(server, ref) == ("received", "", None)


def test_auditor_reads_everything_and_writes_nothing(server: TeamServer) -> None:
    ref = _new_case(server.ctx(S), "Anne Roux")
    engine = server.engine_of(server.logins[U])
    with engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar()
        conn.execute(text("SELECT * FROM processing_activity, recipient LIMIT 1"))
        assert conn.execute(text("SELECT count(*) FROM cases")).scalar()
    ctx = server.ctx(U)
    with ctx.db.read() as session:
        assert audit.verify(session).ok
    for sql in (
        "INSERT INTO data_subject (full_name, name_key, email, phone, postal_address, "
        "customer_ref, deceased, no_marketing, created_at) "
        "VALUES ('x', 'x', '', '', '', '', false, false, now())",
        "UPDATE cases SET notes = 'x'",
        "DELETE FROM document",
        "UPDATE organisation SET name = 'x'",
        "INSERT INTO audit_event (at, actor, operation, entity, record_ref, summary, "
        "prev_hash, hash) VALUES (now(), current_user, 'x', 'x', 'x', '', 'p', 'h')",
        "UPDATE processing_activity SET name = 'x'",
    ):
        _refused_by_server(engine, sql)
    with pytest.raises(UserError, match="the server refused this change"):
        _new_case(ctx, "Not Allowed")
    with pytest.raises(UserError, match=r"your role \(auditor\) may not refuse a case"):
        workflow.transition(ctx, ref, "refused", "manifestly-unfounded", facts="x")


def test_deputy_decides_but_cannot_change_the_settings(server: TeamServer) -> None:
    ctx = server.ctx(D)
    ref = _new_case(ctx, "Marc Blanc")
    workflow.extend(ctx, ref, "Several requests at once")
    assert _status(server, ref)[0] == "extended"
    with pytest.raises(UserError) as refused:
        organisation.update_profile(ctx, {"name": "Renamed SA"})
    assert str(refused.value) == (
        "your role (deputy) may not change the settings; nothing was saved"
    )
    deputy = server.engine_of(server.logins[D])
    _refused_by_server(deputy, "UPDATE organisation SET name = 'x'")
    _refused_by_server(deputy, "TRUNCATE cases CASCADE")  # a restore is the DPO's
    assert organisation.get_profile(server.ctx(None)).name == ORGANISATION["name"]


def test_an_audit_entry_with_a_forged_actor_is_refused(server: TeamServer) -> None:
    forged = server.ctx(A, actor="the-dpo")
    with pytest.raises(UserError, match="the server refused this change"):
        _new_case(forged, "Forged Actor")
    with server.ctx(None).db.read() as session:
        assert session.scalars(select(Case).where(Case.reference.like("%"))).all()
        assert not session.scalars(select(AuditEvent).where(AuditEvent.actor == "the-dpo")).all()
    engine = server.engine_of(server.logins[S])
    _refused_by_server(
        engine,
        "INSERT INTO audit_event (at, actor, operation, entity, record_ref, summary, "
        "prev_hash, hash) VALUES (now(), 'someone-else', 'x', 'x', 'x', '', 'p1', 'h1')",
    )
    # nobody but the owner rewrites or deletes the trail, not even the DPO
    _refused_by_server(engine, "UPDATE audit_event SET summary = 'x'")
    _refused_by_server(engine, "DELETE FROM audit_event")
    _refused_by_server(engine, "TRUNCATE audit_event")
    _refused_by_server(engine, "UPDATE alembic_version SET version_num = 'x'")


def test_dpo_does_everything(server: TeamServer) -> None:
    ctx = server.ctx(S)
    ref = _new_case(ctx, "Claire Noir")
    draft = letters.generate(ctx, ref, "acknowledgement", "fr")
    sent = letters.mark_sent(ctx, draft.document_id)
    assert sent.sent_at is not None
    workflow.extend(ctx, ref, "Several requests at once")
    other = _new_case(ctx, "Henri Vert")
    detail = workflow.transition(ctx, other, "refused", "manifestly-unfounded", facts="ten a day")
    assert detail.outcome == "refused"
    organisation.update_profile(ctx, {"name": "Renamed SA"})
    assert organisation.get_profile(ctx).name == "Renamed SA"
    organisation.update_profile(ctx, {"name": ORGANISATION["name"]})
    with ctx.db.read() as session:
        assert audit.verify(session).ok


def test_the_dpo_adds_and_removes_members_audited(server: TeamServer) -> None:
    ctx = server.ctx(S)
    login = server.logins[S].replace("t_dpo_", "t_new_")
    with pytest.raises(UserError, match="initial passphrase for the team key"):
        team.add_member(ctx, login, "assistant", "s3cret-pass")
    with pytest.raises(UserError, match="must differ from their login password"):
        team.add_member(ctx, login, "assistant", "s3cret-pass", "s3cret-pass")
    assert login not in {m.login for m in team.members(ctx)}
    member = team.add_member(ctx, login, "assistant", "s3cret-pass", "first key passphrase")
    assert member.role is TeamRole.ASSISTANT
    assert team.Member(login, TeamRole.ASSISTANT) in team.members(ctx)
    with server.engine_of(login).connect() as conn:  # the new login works, as an assistant
        assert team_roles.role_of(conn) is TeamRole.ASSISTANT
    server.engines.pop().dispose()
    with pytest.raises(UserError, match="already exists"):
        team.add_member(ctx, login, "auditor", "x", "y")
    with pytest.raises(UserError, match="letters, digits"):
        team.add_member(ctx, 'bad"; DROP ROLE postgres; --', "auditor", "x")
    with pytest.raises(UserError, match="unknown role"):
        team.add_member(ctx, "someone", "boss", "x")
    with pytest.raises(UserError, match=r"your role \(deputy\) may not add or remove"):
        team.add_member(server.ctx(D), "someone", "auditor", "x")
    with pytest.raises(UserError, match="cannot remove yourself"):
        team.remove_member(ctx, server.logins[S])
    rotation = team.remove_member(ctx, login)
    assert rotation is not None and rotation.members == 4  # the four role logins re-keyed
    assert login not in {m.login for m in team.members(ctx)}
    with pytest.raises(UserError, match="not a member"):
        team.remove_member(ctx, "postgres")
    with ctx.db.read() as session:
        ops = session.scalars(
            select(AuditEvent.operation).where(AuditEvent.record_ref == login)
        ).all()
    assert ops == [
        "team.add_member",
        "team.key_grant",
        "team.remove_member",
        "team.key_rotate",
    ]


def test_the_vault_tables_are_guarded_per_role(server: TeamServer) -> None:
    """sealed_blob: written by those who add files, rewritten only by a DPO's rotation;
    member_key_slot: read by all, written by the DPO, each member rewraps only their own."""
    ref = _new_case(server.ctx(S))
    letters.generate(server.ctx(A), ref, "acknowledgement", "en")  # a sealed file
    for role in TeamRole:  # everyone reads both tables
        with server.engine_of(server.logins[role]).connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM sealed_blob")).scalar()
            assert conn.execute(text("SELECT count(*) FROM member_key_slot")).scalar() == 4
    for role in (D, A, U):
        _refused_by_server(
            server.engine_of(server.logins[role]), "UPDATE sealed_blob SET size = size"
        )
        _refused_by_server(  # nobody but a DPO grants or revokes a slot
            server.engine_of(server.logins[role]),
            "DELETE FROM member_key_slot WHERE login = :l",
            l=server.logins[S],
        )
    _refused_by_server(server.engine_of(server.logins[U]), "DELETE FROM sealed_blob")
    # a member rewrites their own slot only: another's row is invisible to the UPDATE
    with server.engine_of(server.logins[A]).begin() as conn:
        other = conn.execute(
            text("UPDATE member_key_slot SET kind = kind WHERE login = :l"),
            {"l": server.logins[S]},
        )
        own = conn.execute(
            text("UPDATE member_key_slot SET kind = kind WHERE login = :l"),
            {"l": server.logins[A]},
        )
        assert (other.rowcount, own.rowcount) == (0, 1)
    with server.engine_of(server.logins[S]).begin() as conn:
        assert conn.execute(text("UPDATE sealed_blob SET size = size")).rowcount >= 1


def test_apply_is_idempotent_and_grants_new_tables(server: TeamServer, tmp_path: Path) -> None:
    with server.admin.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS later_table (id serial PRIMARY KEY)"))
        team_roles.apply(conn)
        team_roles.apply(conn)
        assert team_roles.installed(conn)
    engine = server.engine_of(server.logins[U])
    with engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM later_table")).scalar() == 0
    _refused_by_server(engine, "INSERT INTO later_table DEFAULT VALUES")
    with server.engine_of(server.logins[D]).begin() as conn:
        conn.execute(text("INSERT INTO later_table DEFAULT VALUES"))
    with server.admin.begin() as conn:
        conn.execute(text("DROP TABLE later_table"))
        groups = conn.execute(
            text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:g)"),
            {"g": list(PG_ROLE.values())},
        ).scalar()
    assert groups == 4


def test_a_later_migration_gets_its_grants(tmp_path: Path) -> None:
    """``migrate.upgrade`` on a team server re-applies the roles: 0013's tables (the
    security measures) are readable by the auditor and read only for the assistant."""
    admin = make_engine(URL)
    suffix = uuid.uuid4().hex[:8]
    auditor, assistant = f"t_aud_{suffix}", f"t_asst_{suffix}"
    engines: list[Engine] = []
    try:
        with admin.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        migrate.upgrade(admin, None, target="0012")
        with admin.begin() as conn:
            team_roles.apply(conn)
            conn.execute(text(f'CREATE ROLE "{auditor}" LOGIN IN ROLE {PG_ROLE[U]}'))
            conn.execute(text(f'CREATE ROLE "{assistant}" LOGIN IN ROLE {PG_ROLE[A]}'))
        migrate.upgrade(admin, None)
        url = make_url(URL)
        for login in (auditor, assistant):
            engines.append(make_engine(url.set(username=login).render_as_string(False)))
        with engines[0].connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM security_measure")).scalar() == 0
        _refused_by_server(
            engines[1],
            "INSERT INTO security_measure (name, category, description, texts_fr, created_at) "
            "VALUES ('x', 'x', '', '{}', now())",
        )
    finally:
        for engine in engines:
            engine.dispose()
        with admin.begin() as conn:
            for login in (auditor, assistant):
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()
