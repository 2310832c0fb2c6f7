"""A full disk is named as such, never as damage, and never as a traceback (issue 13).

With 0-4 KiB free, every command said "damaged, or a wrong key" (which invites a needless
restore) and attach, letter and backup printed tracebacks. No small tmpfs here, so the
fault is injected: ``os.fsync`` failing with ENOSPC (what a full disk does to a write
that delayed allocation accepted), SQLite's "database or disk is full", a near-empty
file system reported by ``shutil.disk_usage``.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections import namedtuple
from pathlib import Path

import pytest
from sqlalchemy import event

from dpo_desk.cli import main
from dpo_desk.store import opening

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
FULL = "the disk is full"
Usage = namedtuple("Usage", "total used free")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    d = tmp_path / "d"
    assert main(["--data-dir", str(d), "demo"]) == 0
    capsys.readouterr()
    return d


def _no_space(*_a: object, **_k: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _one_line(err: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "damaged," not in err and "wrong key" not in err and "restore" not in err


def _count(d: Path, sql: str) -> int:
    with sqlite3.connect(d / "dpo_desk.sqlite3") as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_opening_a_store_on_a_full_disk_says_full_not_damaged(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = opening.make_engine

    def full_engine(url: str, *a: object, **k: object):  # type: ignore[no-untyped-def]
        engine = real(url, *a, **k)

        @event.listens_for(engine, "connect")
        def refuse(*_args: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        return engine

    monkeypatch.setattr(opening, "make_engine", full_engine)
    code, _, err = _run(capsys, "--data-dir", str(demo_dir), "case", "list")
    assert code == 1 and "the disk holding" in err and "is full" in err
    _one_line(err)


def test_any_open_failure_with_almost_no_space_left_is_put_down_to_the_disk(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLCipher and SQLite do not always say "full" (a -shm that cannot grow gives an
    I/O error): with 2 KiB free, the message names the disk, not damage."""
    real = opening.make_engine

    def failing(url: str, *a: object, **k: object):  # type: ignore[no-untyped-def]
        engine = real(url, *a, **k)

        @event.listens_for(engine, "connect")
        def refuse(*_args: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        return engine

    monkeypatch.setattr(opening, "make_engine", failing)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: Usage(10**9, 10**9 - 2048, 2048))
    code, _, err = _run(capsys, "--data-dir", str(demo_dir), "audit", "verify")
    assert code == 1 and "is full" in err
    _one_line(err)


def test_attach_on_a_full_disk_is_one_line_and_keeps_nothing(
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)
    before = _count(demo_dir, "SELECT count(*) FROM document")
    monkeypatch.setattr(os, "fsync", _no_space)
    code, _, err = _run(
        capsys, "--data-dir", str(demo_dir), "case", "attach", "DPO-2026-0001", str(scan)
    )
    assert code == 1
    assert (
        err == f"dpo-desk: {FULL}: the attachment scan.pdf was not saved; free some "
        "space and try again\n"
    )
    monkeypatch.undo()
    assert _count(demo_dir, "SELECT count(*) FROM document") == before
    assert not list((demo_dir / "documents").glob("*.tmp"))


def test_letter_on_a_full_disk_is_one_line_and_keeps_no_draft(
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _count(demo_dir, "SELECT count(*) FROM document WHERE kind = 'letter'")
    monkeypatch.setattr(os, "fsync", _no_space)
    code, _, err = _run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "letter",
        "DPO-2026-0001",
        "--kind",
        "acknowledgement",
        "--lang",
        "en",
        "--out",
        str(tmp_path / "ack.pdf"),
    )
    assert code == 1 and f"{FULL}: the letter was not saved" in err
    _one_line(err)
    monkeypatch.undo()
    assert _count(demo_dir, "SELECT count(*) FROM document WHERE kind = 'letter'") == before
    assert not (tmp_path / "ack.pdf").exists()


def test_letter_export_on_a_full_disk_is_not_recorded_as_an_export(
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dpo_desk.services import letters

    real_put = letters.archive.documents.Vault.put
    exports = _count(demo_dir, "SELECT count(*) FROM audit_event WHERE operation='letter.export'")

    def put_then_fill_the_disk(self, *a, **k):  # type: ignore[no-untyped-def]
        stored = real_put(self, *a, **k)
        monkeypatch.setattr(os, "fsync", _no_space)  # the disk fills after the draft
        return stored

    monkeypatch.setattr(letters.archive.documents.Vault, "put", put_then_fill_the_disk)
    code, _, err = _run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "letter",
        "DPO-2026-0001",
        "--kind",
        "acknowledgement",
        "--lang",
        "en",
        "--out",
        str(tmp_path / "ack.pdf"),
    )
    assert code == 1 and f"{FULL}: the letter file" in err
    _one_line(err)
    monkeypatch.undo()
    assert (
        _count(demo_dir, "SELECT count(*) FROM audit_event WHERE operation='letter.export'")
        == exports
    )
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".ack.pdf.*"))


def test_backup_on_a_full_disk_is_one_line_and_leaves_no_file(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", _no_space)
    code, _, err = _run(capsys, "--data-dir", str(demo_dir), "backup", "create")
    assert code == 1 and "disk full while writing the backup" in err
    _one_line(err)
    monkeypatch.undo()
    assert not [p for p in (demo_dir / "backups").iterdir() if p.name.endswith(".dpobak")]


def test_backup_snapshot_refused_by_sqlite_for_space_is_one_line(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.backup import creation

    def full(*_a: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(creation, "migrate_snapshot", full)
    code, _, err = _run(capsys, "--data-dir", str(demo_dir), "backup", "create")
    assert code == 1 and "disk full while writing the backup" in err
    _one_line(err)
    assert not list((demo_dir / "backups").glob("*.tmp"))
