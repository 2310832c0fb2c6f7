"""The existing commands against a team server: ``--server URL`` or ``DPO_DESK_SERVER``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpo_desk.cli import main
from dpo_desk.keys.server import ServerProfile, server_engine
from dpo_desk.store import migrate
from tests.team._srv_fixtures import needs_pg, team_db

__all__ = ["team_db"]
pytestmark = needs_pg


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def server_url(team_db: ServerProfile) -> str:
    engine = server_engine(team_db)
    migrate.upgrade(engine, None)  # what 'team init' does first
    engine.dispose()
    return team_db.url()


def test_demo_cases_and_audit_on_the_server(
    capsys: pytest.CaptureFixture[str], server_url: str, tmp_path: Path
) -> None:
    desk = str(tmp_path / "desk")
    code, out, err = run(capsys, "--data-dir", desk, "--server", server_url, "demo")
    assert code == 0, err
    assert "32 cases" in out
    code, out, _ = run(capsys, "--server", server_url, "case", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 32
    code, out, err = run(capsys, "--server", server_url, "audit", "verify")
    assert code == 0, err
    # the solo store of --data-dir was never created: everything went to the server
    assert not (tmp_path / "desk" / "dpo_desk.sqlite3").exists()


def test_the_environment_names_the_server(
    capsys: pytest.CaptureFixture[str],
    server_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DPO_DESK_SERVER", server_url)
    code, out, err = run(capsys, "case", "list", "--json")
    assert code == 0, err
    assert json.loads(out) == []


def test_a_wrong_server_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], team_db: ServerProfile
) -> None:
    code, _, err = run(
        capsys, "--server", "postgresql://postgres@127.0.0.1:1/x?sslmode=disable", "case", "list"
    )
    assert code == 1
    assert err == (
        "dpo-desk: no DPO Desk server answers at 127.0.0.1 port 1: check the host name and "
        "the port, and that the server is running\n"
    )
    code, _, err = run(capsys, "--server", "postgresql://db:70000/x", "case", "list")
    assert code == 1 and "70000 is not a valid port" in err
