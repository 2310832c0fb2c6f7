"""``dpo-desk doctor`` reports honestly and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from dpo_desk.cli import main


def _doctor(capsys, d: Path) -> tuple[int, dict[str, dict[str, str]]]:
    code = main(["--data-dir", str(d), "doctor", "--json"])
    checks = json.loads(capsys.readouterr().out)
    return code, {c["name"]: c for c in checks}


def test_healthy_store(capsys, tmp_path: Path) -> None:
    d = tmp_path / "d"
    assert main(["--data-dir", str(d), "demo"]) == 0
    capsys.readouterr()
    code, checks = _doctor(capsys, d)
    assert code == 0
    assert checks["Database"]["verdict"] == "ok"
    assert checks["Audit trail"]["verdict"] == "ok"
    assert checks["Letter fonts"]["verdict"] == "ok"
    assert checks["Data directory"]["verdict"] == "ok"
    # Tests run with the in-memory keyring: it counts as a secure one.
    assert checks["Keyring"]["verdict"] == "ok"
    # Headless CI: Qt works offscreen but there is no screen: a warning, not a lie.
    assert checks["Qt platform"]["verdict"] in ("ok", "warning")
    assert checks["Documents"]["verdict"] == "ok"  # the demo's files, read byte for byte
    assert set(checks) == {
        "Qt platform",
        "Letter fonts",
        "Keyring",
        "Data directory",
        "Database",
        "Documents",
        "Audit trail",
        "Last backup",
        "Free disk space",
    }


def test_damaged_database_is_a_problem_with_advice(capsys, tmp_path: Path) -> None:
    d = tmp_path / "d"
    main(["--data-dir", str(d), "init", "--name", "Org"])
    capsys.readouterr()
    db = d / "dpo_desk.sqlite3"
    raw = bytearray(db.read_bytes())
    raw[:16] = b"garbage garbage!"
    db.write_bytes(bytes(raw))
    code, checks = _doctor(capsys, d)
    assert code == 1
    assert checks["Database"]["verdict"] == "problem"
    assert "restore" in checks["Database"]["advice"]
    assert db.read_bytes()[:16] == b"garbage garbage!"  # untouched


def test_missing_data_dir_is_only_a_warning(capsys, tmp_path: Path) -> None:
    code, checks = _doctor(capsys, tmp_path / "nothing-yet")
    assert checks["Data directory"]["verdict"] == "warning"
    assert not (tmp_path / "nothing-yet").exists()
