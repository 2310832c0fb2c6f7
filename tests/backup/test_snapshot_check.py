"""The integrity check of a backup's snapshot runs on its own thread while the archive is
written (issue 19); its verdict is the same as the check run in line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dpo_desk.backup.archive import BadBackup
from dpo_desk.backup.verification import SnapshotCheck


def _db(path: Path, rows: int = 2000) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.execute("CREATE INDEX ix_t_v ON t (v)")
    conn.executemany("INSERT INTO t (v) VALUES (?)", [(f"value {i:06d}",) for i in range(rows)])
    conn.commit()
    conn.close()
    return path


def test_a_sound_snapshot_is_ok(tmp_path: Path) -> None:
    assert SnapshotCheck(_db(tmp_path / "snap.sqlite3"), None).verdict() == "ok"


def test_a_damaged_index_is_reported_as_integrity_check_would(tmp_path: Path) -> None:
    path = _db(tmp_path / "snap.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema=ON")
    # The schema now says the index is on ``id``; its b-tree holds ``v``: every row is
    # "missing from index", as after a torn write of the index's pages.
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_t_v ON t (id)' WHERE name = 'ix_t_v'"
    )
    conn.commit()
    conn.close()
    inline = sqlite3.connect(path)
    expected = inline.execute("PRAGMA integrity_check").fetchone()[0]
    inline.close()
    assert expected != "ok"
    assert SnapshotCheck(path, None).verdict() == expected


def test_a_file_that_is_no_database_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "snap.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BadBackup, match="cannot be read"):
        SnapshotCheck(path, None).verdict()


def test_a_cancelled_check_gives_no_verdict(tmp_path: Path) -> None:
    check = SnapshotCheck(_db(tmp_path / "snap.sqlite3", rows=200_000), None)
    check.cancel()  # interrupts the running check (or stops it before it starts)
    try:
        verdict = check.verdict()
    except BadBackup as exc:
        assert "cannot be read" in str(exc)
    else:  # the check had already finished on this fast machine: it was sound
        assert verdict == "ok"
    assert not check._thread.is_alive()


def test_a_backup_whose_snapshot_fails_the_check_is_not_kept(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk import backup
    from dpo_desk.backup import verification

    from .conftest import add

    add(ctx, name="Checked Person")
    monkeypatch.setattr(
        verification.SnapshotCheck, "verdict", lambda self: "row 3 missing from index ix_t_v"
    )
    with pytest.raises(BadBackup, match="damaged .row 3 missing from index"):
        backup.create(ctx)
    folder = ctx.data_dir / "backups"
    assert not list(folder.glob("*.dpobak*")) and not list(folder.glob(".snapshot-*"))
