"""``dpo-desk team migrate`` and ``backup restore --to-server`` as a person runs them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dpo_desk.cli import main
from tests.team.move_pg import needs_pg, new_database

pytestmark = needs_pg
__all__ = ["new_database"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_migrate_prints_the_comparison_and_refuses_a_second_time(
    capsys, tmp_path: Path, new_database: Callable[[], str]
) -> None:
    d = str(tmp_path / "desk")
    assert run(capsys, "--data-dir", d, "demo")[0] == 0
    url = new_database()
    code, out, err = run(capsys, "--data-dir", d, "team", "migrate", "--to", url)
    assert code == 0, err
    assert "cases: rows" in out and "audit chain" in out
    assert "Identical: every comparison agrees." in out
    assert "dpo-desk: rows: cases" in err  # progress on stderr, not mixed with the table
    code, out, err = run(capsys, "--data-dir", d, "team", "migrate", "--to", url)
    assert code == 1 and "is not empty" in err and "Identical" not in out


def test_a_backup_restores_into_an_empty_server(
    capsys, tmp_path: Path, new_database: Callable[[], str]
) -> None:
    d = str(tmp_path / "desk")
    run(capsys, "--data-dir", d, "demo")
    assert run(capsys, "--data-dir", d, "backup", "create", "--to", str(tmp_path / "b"))[0] == 0
    file = next((tmp_path / "b").glob("*.dpobak"))
    url = new_database()
    code, out, err = run(
        capsys, "--data-dir", d, "backup", "restore", str(file), "--to-server", url
    )
    assert code == 0, err
    assert "Restored into" in out and "audit chain" in out and " NO" not in out
    code, _, err = run(capsys, "--data-dir", d, "backup", "restore", str(file), "--to-server", url)
    assert code == 1 and "is not empty" in err
