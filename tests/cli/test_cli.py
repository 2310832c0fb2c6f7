"""The command line as a user (or a scheduler) runs it: exit codes, messages, JSON."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors and --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_json(capsys, tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", d, "demo")
    assert code == 0 and "32 cases" in out
    code, out, _ = run(capsys, "--data-dir", d, "case", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 32
    names = {r["subject_name"] for r in rows}
    assert {"王伟", "Дмитрий Иванов", "Γιώργος Παπαδόπουλος", "فاطمة الزهراء"} <= names
    assert len({r["status"] for r in rows}) >= 7


def test_case_add_json_has_reference(capsys, tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    code, out, _ = run(
        capsys,
        "--data-dir",
        d,
        "case",
        "add",
        "--name",
        "Élodie Lefèvre",
        "--email",
        "e@example.fr",
        "--address",
        "1 rue X\\n75001 Paris",
        "--right",
        "access",
        "--right",
        "erasure",
        "--received",
        "2025-01-31",
        "--channel",
        "post",
        "--jurisdiction",
        "FR",
        "--json",
    )
    case = json.loads(out)
    assert code == 0
    assert case["reference"] == "DPO-2025-0001"
    assert case["due_date"] == "2025-02-28"
    assert case["rights"] == ["access", "erasure"]
    assert case["address"] == "1 rue X\n75001 Paris"
    code, out, _ = run(capsys, "--data-dir", d, "case", "show", "DPO-2025-0001")
    assert code == 0 and "Élodie Lefèvre" in out and "2025-02-28" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["case", "show", "DPO-1999-0001"], "no case with reference"),
        (
            ["case", "add", "--name", "X", "--right", "access", "--received", "2025-02-29"],
            "not a valid date",
        ),
        (["case", "add", "--name", "X", "--right", "teleport"], "unknown right"),
        (["case", "add", "--name", "X", "--right", "access", "--jurisdiction", "ZZ"], "ZZ"),
        (
            [
                "case",
                "add",
                "--name",
                "X",
                "--right",
                "access",
                "--received",
                "2025-01-31T25:00:00",
            ],
            "not a valid date or date-time",
        ),
    ],
)
def test_refusals_are_one_line_exit_1_and_change_nothing(capsys, tmp_path, argv, message) -> None:
    d = str(tmp_path / "d")
    code, out, err = run(capsys, "--data-dir", d, *argv)
    assert code == 1
    assert message in err and err.count("\n") == 1 and out == ""
    code, out, _ = run(capsys, "--data-dir", d, "case", "list", "--json")
    assert json.loads(out) == []


def test_usage_error_exits_2(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "case", "frobnicate")
    assert code == 2 and "invalid choice" in err


def test_every_command_has_help(capsys) -> None:
    parser_commands = ["init", "case", "audit", "demo", "deadline"]
    for cmd in parser_commands:
        code, out, _ = run(capsys, cmd, "--help")
        assert code == 0 and "usage: dpo-desk" in out
    for sub in ("add", "list", "show", "transition", "extend", "identity", "attach"):
        code, out, _ = run(capsys, "case", sub, "--help")
        assert code == 0 and f"case {sub}" in out


def test_data_dir_that_is_a_file(capsys, tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_text("keep me")
    code, _, err = run(capsys, "--data-dir", str(f), "case", "list")
    assert code == 1 and "is a file" in err and f.read_text() == "keep me"


def test_database_that_is_not_sqlite(capsys, tmp_path: Path) -> None:
    d = tmp_path / "d"
    d.mkdir()
    (d / "dpo_desk.sqlite3").write_bytes(b"<html>not a db</html>" * 20)
    code, _, err = run(capsys, "--data-dir", str(d), "case", "list")
    assert code == 1 and "not a readable DPO Desk database" in err


def test_audit_verify_names_the_edited_entry(capsys, tmp_path: Path) -> None:
    d = tmp_path / "d"
    run(capsys, "--data-dir", str(d), "demo")
    code, out, _ = run(capsys, "--data-dir", str(d), "audit", "verify")
    assert code == 0 and "intact" in out
    with sqlite3.connect(d / "dpo_desk.sqlite3") as conn:  # as with the sqlite3 shell
        conn.execute("UPDATE audit_event SET summary = '{}' WHERE id = 17")
    code, _, err = run(capsys, "--data-dir", str(d), "audit", "verify")
    assert code == 1 and "entry 17" in err


def test_env_var_sets_the_data_dir(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DPO_DESK_HOME", str(tmp_path / "env-home"))
    code, _, _ = run(capsys, "init", "--name", "Org")
    assert code == 0 and (tmp_path / "env-home" / "dpo_desk.sqlite3").exists()


def test_entry_points_print_the_version(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    for cmd in (
        [sys.executable, "-m", "dpo_desk", "--version"],
        [sys.executable, str(root / "main.py"), "--version"],
    ):
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=tmp_path)
        assert out.stdout.startswith("DPO Desk ")


def test_a_new_store_made_by_the_cli_is_encrypted_or_announced(capsys, tmp_path, monkeypatch):
    """No silent plain store: with the passphrase known the new store is encrypted as the
    window makes it; without, the command says loudly that it is not."""
    monkeypatch.delenv("DPO_DESK_PASSPHRASE", raising=False)
    plain = str(tmp_path / "plain")
    code, _out, err = run(capsys, "--data-dir", plain, "demo")
    assert code == 0 and "WITHOUT encryption" in err and "secure init" in err
    code, _out, err = run(capsys, "--data-dir", plain, "case", "list")
    assert code == 0 and "WITHOUT encryption" not in err  # said once, when it is made
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", "correct horse battery staple 42")
    secret = tmp_path / "secret"
    code, _out, err = run(capsys, "--data-dir", str(secret), "demo")
    assert code == 0 and "WITHOUT encryption" not in err
    assert (secret / "keys.json").exists()
    assert not (secret / "dpo_desk.sqlite3").read_bytes().startswith(b"SQLite format 3")


def test_case_show_prints_the_receipt_in_the_zone_it_is_labelled_with(capsys, tmp_path):
    d = str(tmp_path / "d")
    code, out, _ = run(
        capsys,
        "--data-dir",
        d,
        "case",
        "add",
        "--name",
        "Ann Lee",
        "--right",
        "access",
        "--received",
        "2026-01-05T18:29:00Z",
        "--json",
    )
    ref = json.loads(out)["reference"]
    code, out, _ = run(capsys, "--data-dir", d, "case", "show", ref)
    assert code == 0
    assert "received:     2026-01-05 19:29 +01:00 (Europe/Paris)" in out


@pytest.mark.parametrize(
    ("instant", "day"),
    [
        ("2025-01-31T23:30:00", "2025-01-31"),  # no offset: read in Europe/Paris
        ("2025-01-31T23:30:00+00:00", "2025-02-01"),  # 00:30 in Paris: the next day
    ],
)
def test_case_add_and_deadline_read_an_instant_in_the_same_zone(
    capsys, tmp_path: Path, instant: str, day: str
) -> None:
    d = str(tmp_path / "d")
    code, out, _ = run(
        capsys,
        "--data-dir",
        d,
        "case",
        "add",
        "--name",
        "Ana",
        "--right",
        "access",
        "--received",
        instant,
        "--jurisdiction",
        "FR",
        "--json",
    )
    assert code == 0, out
    case = json.loads(out)
    code, out, _ = run(capsys, "deadline", "--jurisdiction", "FR", "--received", instant, "--json")
    assert code == 0, out
    computed = json.loads(out)
    assert case["received_on"] == computed["received"] == day
    assert case["due_date"] == computed["due"]


def test_case_notified_records_and_lists_the_recipients_told(capsys, tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    for name in ("Colis Express SARL", "Banque Nord SA"):
        code, out, err = run(
            capsys,
            "--data-dir",
            d,
            "recipients",
            "add",
            "--name",
            name,
            "--category",
            "processor",
            "--json",
        )
        assert code == 0, err
    code, out, _ = run(
        capsys,
        "--data-dir",
        d,
        "case",
        "add",
        "--name",
        "Ana",
        "--right",
        "erasure",
        "--received",
        "2026-01-26",
        "--json",
    )
    ref = json.loads(out)["reference"]
    code, out, _ = run(capsys, "--data-dir", d, "case", "notified", ref, "--json")
    items = json.loads(out)["items"]
    colis = next(i["recipient_id"] for i in items if i["name"] == "Colis Express SARL")
    assert all(i["notified_on"] is None for i in items)
    code, out, err = run(
        capsys,
        "--data-dir",
        d,
        "case",
        "notified",
        ref,
        "--recipient",
        str(colis),
        "--on",
        "2026-01-27",
    )
    assert code == 0, err
    assert "told 2026-01-27  Colis Express SARL" in out
    assert "-                Banque Nord SA" in out
    code, _, err = run(capsys, "--data-dir", d, "case", "notified", ref, "--recipient", "99")
    assert code == 1 and "no recipient with id 99" in err
