"""Which check guards a restore (issue 19): the full ``integrity_check`` runs on the
staged database before the switch, so a backup whose database only that check finds
damaged is refused and nothing is put in place; after the switch the store opens with
``quick_check``, as at every start (the same bytes, plus the restore's own audit entry,
a committed SQLite transaction)."""

from __future__ import annotations

import hashlib
import importlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from dpo_desk import backup
from dpo_desk.backup import archive, tar_writer

from .conftest import add

#: The module (``dpo_desk.backup.restore`` the name is the function the package exports).
restore_module = importlib.import_module("dpo_desk.backup.restore")


def _forge_with_a_damaged_index(made: Path, forged: Path, staging: Path) -> str:
    """``made`` again, its database's index of case references swapped for the one of
    another column: page by page sound (``quick_check`` says ok), and every row missing
    from the index (``integrity_check`` says so). The manifest names the new bytes, so
    only the database check can tell. Returns quick_check's verdict on the forged db."""
    with made.open("rb") as fh:
        _, header = archive.read_header(fh)
        offset = fh.tell()
    staging.mkdir()
    found = archive.extract(made, archive.PLAIN_KEY, header, offset, staging, durable=False)
    db = staging / archive.DB_MEMBER
    conn = sqlite3.connect(db)
    index, table = conn.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name = 'cases' ORDER BY name LIMIT 1"
    ).fetchone()
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = ?",
        (f"CREATE INDEX {index} ON {table} (id)", index),
    )
    conn.commit()
    quick = conn.execute("PRAGMA quick_check").fetchone()[0]
    conn.close()
    manifest = json.loads((staging / archive.MANIFEST).read_text(encoding="utf-8"))
    data = db.read_bytes()
    manifest["members"][archive.DB_MEMBER] = {
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    with forged.open("wb") as out:
        sink = archive.ArchiveWriter(out, header, archive.PLAIN_KEY)
        tar = tar_writer.TarWriter(sink)
        for name in found:
            body = (
                json.dumps(manifest).encode()
                if name == archive.MANIFEST
                else (staging / name).read_bytes()
            )
            tar.add(name, len(body), 0, io.BytesIO(body))
        tar.close()
        sink.close()
    return str(quick)


def test_a_database_only_integrity_check_finds_damaged_is_refused_before_the_switch(
    ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for n in range(30):
        add(ctx, name=f"Person {n}")
    info = backup.create(ctx)
    assert info is not None
    forged = tmp_path / "forged.dpobak"
    quick = _forge_with_a_damaged_index(info.path, forged, tmp_path / "x")
    assert quick == "ok"  # quick_check alone would have let it through
    fresh = tmp_path / "fresh"
    with pytest.raises(backup.BadBackup, match="damaged"):
        backup.restore(forged, fresh, yes=True)
    assert not (fresh / "dpo_desk.sqlite3").exists()
    assert not list(fresh.glob(".restore-*"))


def test_the_restored_store_opens_with_quick_check(
    ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    add(ctx, name="Restored Person")
    info = backup.create(ctx)
    assert info is not None
    checks: list[str] = []
    real = restore_module.open_store

    def spy(data_dir: Path, **kwargs):  # type: ignore[no-untyped-def]
        checks.append(kwargs.get("check", "quick_check"))
        return real(data_dir, **kwargs)

    monkeypatch.setattr(restore_module, "open_store", spy)
    plan = backup.restore(info.path, tmp_path / "fresh", yes=True)
    assert plan.applied and checks[-1] == "quick_check"
