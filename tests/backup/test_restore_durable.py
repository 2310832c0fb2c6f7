"""A restore puts on disk every file it staged before the switch, on a few threads while
it extracts the next ones; ``verify`` stages and deletes, and fsyncs none. The restored
database's integrity check starts as soon as it is staged, and a restore that fails later
leaves no check reading a deleted file."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from dpo_desk import backup, fsio
from dpo_desk.backup import archive
from dpo_desk.services import documents
from dpo_desk.services.context import Context
from dpo_desk.store import switch

from .conftest import add
from .test_manifest_members import _repack


def _fsynced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every file fsynced from now on: (its path then, from /proc/self/fd; its inode,
    which a rename keeps)."""
    done: list[tuple[str, int]] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        real(fd)
        done.append((os.readlink(f"/proc/self/fd/{fd}"), os.fstat(fd).st_ino))

    monkeypatch.setattr(os, "fsync", fsync)
    return done


def _with_documents(ctx: Context, tmp_path: Path, count: int = 5) -> None:
    ref = add(ctx, name="Durable Restore")
    for i in range(count):
        pdf = tmp_path / f"doc{i}.pdf"
        pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(2000) + b"\n%%EOF\n")
        documents.attach(ctx, ref, pdf)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads fds through /proc")
def test_every_staged_file_is_on_disk_before_the_switch(
    ctx: Context, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_documents(ctx, tmp_path)
    info = backup.create(ctx)
    assert info is not None
    store.close()
    synced = _fsynced(monkeypatch)
    checked: list[int] = []
    real_commit = switch.commit

    def commit(data_dir: Path, staging: Path, items: list[str], keep=None) -> None:  # type: ignore[no-untyped-def]
        docs = [p for p in (switch.new_dir(staging) / "documents").iterdir() if p.is_file()]
        assert len(docs) == 5
        assert {p.stat().st_ino for p in docs} <= {inode for _path, inode in synced}
        checked.append(len(docs))
        real_commit(data_dir, staging, items, keep)

    monkeypatch.setattr(switch, "commit", commit)
    backup.restore(info.path, ctx.data_dir, yes=True)
    assert checked == [5]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads fds through /proc")
def test_verify_fsyncs_nothing_it_stages(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_documents(ctx, tmp_path)
    info = backup.create(ctx)
    assert info is not None
    synced = _fsynced(monkeypatch)
    assert backup.verify(info.path).ok
    assert not [path for path, _inode in synced if ".verify-" in path]


def test_background_fsync_closes_every_file_and_tells_the_first_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = []
    with fsio.BackgroundFsync(workers=3, at_most=4) as syncer:
        for i in range(20):
            fh = (tmp_path / f"f{i}").open("wb")
            fh.write(b"x" * i)
            syncer.close_durably(fh)
            files.append(fh)
    assert all(fh.closed for fh in files)
    assert [(tmp_path / f"f{i}").stat().st_size for i in range(20)] == list(range(20))

    def failing(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing)
    broken = []
    with pytest.raises(OSError, match="No space left"), fsio.BackgroundFsync(2, 2) as syncer:
        for i in range(6):
            fh = (tmp_path / f"g{i}").open("wb")
            syncer.close_durably(fh)
            broken.append(fh)
    assert all(fh.closed for fh in broken)  # none left open, even after the failure


def test_a_restore_refused_after_the_database_was_staged_leaves_no_check_running(
    ctx: Context, store, tmp_path: Path
) -> None:
    _with_documents(ctx, tmp_path, count=2)
    info = backup.create(ctx)
    assert info is not None
    forged = tmp_path / "forged" / "copy.dpobak"
    forged.parent.mkdir()

    def alter_a_document(members: dict[str, bytes], _manifest: dict) -> None:
        name = next(n for n in members if n.startswith("documents/"))
        members[name] = members[name][:-1] + bytes([members[name][-1] ^ 1])

    _repack(info.path, forged, alter_a_document)
    before = {t.ident for t in threading.enumerate()}
    store.close()
    with pytest.raises(backup.BadBackup, match="does not match its SHA-256"):
        backup.restore(forged, ctx.data_dir, yes=True)
    left = [
        t for t in threading.enumerate() if t.ident not in before and t.name == "backup-integrity"
    ]
    assert left == []
    assert not list(ctx.data_dir.glob(".restore-*"))


def test_a_damaged_database_is_still_refused_by_the_early_check(
    ctx: Context, store, tmp_path: Path
) -> None:
    add(ctx, name="Damaged Inside")
    info = backup.create(ctx)
    assert info is not None
    forged = tmp_path / "forged" / "copy.dpobak"
    forged.parent.mkdir()

    def damage_the_database(members: dict[str, bytes], manifest: dict) -> None:
        data = bytearray(members[archive.DB_MEMBER])
        pages = len(data) // 4096
        for number in range(max(2, pages - 4), pages):  # interior pages, the header intact
            data[4096 * number] = 0x07
        members[archive.DB_MEMBER] = bytes(data)
        import hashlib

        manifest["members"][archive.DB_MEMBER] = {
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }

    _repack(info.path, forged, damage_the_database)
    store.close()
    with pytest.raises(backup.BadBackup, match="damaged|cannot be read"):
        backup.restore(forged, ctx.data_dir, yes=True)
    assert not list(ctx.data_dir.glob(".restore-*"))
