"""``dpo-desk team init / add-member / members / remove-member`` against a real server."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from dpo_desk.cli import main
from dpo_desk.store import migrate, team_roles
from dpo_desk.store.db import make_engine
from tests.team.roles_setup import URL

pytestmark = pytest.mark.skipif(not URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_on_an_empty_database_then_manage_members(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    admin = make_engine(URL)
    with admin.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    server = make_url(URL).render_as_string(False).replace("postgresql+psycopg", "postgresql")
    d = str(tmp_path)
    login = f"t_cli_{uuid.uuid4().hex[:8]}"
    try:
        code, out, err = run(capsys, "--data-dir", d, "team", "init", "--server", server)
        assert code == 0, err
        assert "roles, grants and policies in place" in out
        assert migrate.current_revision(admin) == migrate.HEAD
        with admin.connect() as conn:
            assert team_roles.installed(conn)
            actor = conn.execute(
                text("SELECT actor FROM audit_event WHERE operation = 'team.init'")
            ).scalar()
            assert actor == "postgres"  # audited in the server's name for the login
        code, out, err = run(capsys, "team", "init", "--server", server)  # re-run: fine
        assert code == 0, err

        monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
        code, out, err = run(
            capsys, "--data-dir", d, "team", "add-member", login, "--role", "assistant",
            "--password-stdin", "--server", server,
        )  # fmt: skip
        assert code == 0, err
        assert f"{login} added as assistant" in out
        code, out, _ = run(capsys, "--data-dir", d, "team", "members", "--server", server, "--json")
        assert {"login": login, "role": "assistant"} in json.loads(out)

        # the assistant, logged in as themself, may not add anyone
        as_assistant = make_url(URL).set(username=login).render_as_string(False)
        monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
        code, _, err = run(
            capsys, "--data-dir", d, "team", "add-member", "t_other", "--role", "dpo",
            "--password-stdin", "--server", as_assistant,
        )  # fmt: skip
        assert code == 1
        assert "your role (assistant) may not add or remove team members" in err

        code, _, err = run(
            capsys, "--data-dir", d, "--lang", "fr", "team", "remove-member", "nobody_here",
            "--server", server,
        )  # fmt: skip
        assert code == 1 and "n'est pas membre de cette équipe" in err
        code, out, err = run(
            capsys, "--data-dir", d, "team", "remove-member", login, "--server", server
        )
        assert code == 0, err
        with admin.connect() as conn:
            gone = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login})
            assert gone.first() is None
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


def test_a_server_is_named_or_the_command_says_how(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DPO_DESK_SERVER", raising=False)
    code, _, err = run(capsys, "team", "members")
    assert code == 1 and "name the team server" in err
    code, _, err = run(capsys, "team", "members", "--server", "mysql://x@y/z")
    assert code == 1 and "starts with postgresql://" in err
