"""Backups: verified before they count, refused when damaged or hostile, thinned."""

from __future__ import annotations

import errno
import hashlib
import io
import tarfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dpo_desk import backup
from dpo_desk.backup import archive, core
from dpo_desk.errors import UserError
from dpo_desk.services import secrets
from dpo_desk.services.context import Context
from dpo_desk.store import migrate

from .conftest import add


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_of_a_plain_store_is_verified_listed_and_current(ctx: Context) -> None:
    add(ctx)
    stages: list[str] = []
    info = backup.create(ctx, progress=lambda stage, done, total: stages.append(stage))
    assert info is not None and info.ok and info.counts["cases"] == 1
    assert stages[0] == "snapshot" and stages[-1] == "done" and "verify" in stages
    listed = backup.list_backups(ctx.data_dir / "backups")
    assert [b.path for b in listed] == [info.path] and listed[0].ok
    st = backup.status(ctx.data_dir)
    assert st.last_good == info.path.name and not st.overdue
    later = backup.status(ctx.data_dir, now=datetime.now(UTC) + timedelta(days=2))
    assert later.overdue
    assert list((ctx.data_dir / "backups").glob("*.tmp")) == []


def test_unchanged_store_is_not_backed_up_again_unless_forced(ctx: Context) -> None:
    add(ctx)
    assert backup.create(ctx) is not None
    assert backup.create(ctx, force=False) is None
    add(ctx, name="Bob")
    assert backup.create(ctx, force=False) is not None


def test_encrypted_backup_verifies_with_the_key_and_names_another_key(
    enc_ctx: Context, tmp_path: Path
) -> None:
    add(enc_ctx)
    info = backup.create(enc_ctx)
    assert info is not None and info.encrypted
    other = tmp_path / "other"
    secrets.setup(other, passphrase="another passphrase entirely", use_keyring=False)
    with pytest.raises(backup.BadBackup, match="another key"):
        backup.verify(info.path, keys=secrets.unlocked(other))
    with pytest.raises(UserError, match="wrong passphrase"):
        backup.verify(info.path, secret="not the right one at all")


@pytest.mark.parametrize(
    "damage", ["zero", "truncate", "flip-header", "flip-middle", "flip-last", "append"]
)
def test_damaged_backups_are_bad_and_never_restored(ctx: Context, damage: str) -> None:
    """F5."""
    add(ctx)
    info = backup.create(ctx)
    assert info is not None
    raw = bytearray(info.path.read_bytes())
    if damage == "zero":
        raw = bytearray()
    elif damage == "truncate":
        raw = raw[: len(raw) // 2]
    elif damage == "append":
        raw += b"\0" * 10
    else:
        pos = {"flip-header": 20, "flip-middle": len(raw) // 2, "flip-last": len(raw) - 1}
        raw[pos[damage]] ^= 0x04
    info.path.write_bytes(bytes(raw))
    with pytest.raises(backup.BadBackup):
        backup.verify(info.path)
    listed = backup.list_backups(info.path.parent)
    assert listed[0].ok is False
    assert backup.status(ctx.data_dir).last_good is None
    with pytest.raises(backup.BadBackup):
        backup.restore(info.path, ctx.data_dir.parent / "elsewhere", yes=True)


def test_disk_full_during_backup_leaves_no_file_and_earlier_backups_intact(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F4 (disk full): ENOSPC after a few KiB of archive."""
    add(ctx)
    first = backup.create(ctx)
    assert first is not None
    before = _sha(first.path)
    add(ctx, name="Later Person")
    written = [0]
    real = archive.ArchiveWriter.write

    def full(self: archive.ArchiveWriter, data: bytes) -> int:
        written[0] += len(data)
        if written[0] > 20_000:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(archive.ArchiveWriter, "write", full)
    with pytest.raises(UserError, match="disk full"):
        backup.create(ctx)
    folder = ctx.data_dir / "backups"
    assert sorted(p.name for p in folder.iterdir() if p.name != core.INDEX) == [first.path.name]
    assert _sha(first.path) == before
    monkeypatch.setattr(archive.ArchiveWriter, "write", real)
    assert backup.create(ctx) is not None  # retried


def test_what_a_failed_snapshot_left_beside_it_is_swept_by_the_next_backup(ctx: Context) -> None:
    """The snapshot is read in WAL mode: a backup killed, or failing while a reader still
    held it, left its ``-wal`` and ``-shm`` (pages of the cases) in the backup folder,
    where nothing removed them."""
    add(ctx)
    folder = ctx.data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    left = [folder / ".snapshot-20260101T000000000000Z.tmp-wal", folder / ".snapshot-x.tmp-shm"]
    for path in left:
        path.write_bytes(b"pages of a snapshot")
    made = backup.create(ctx)
    assert made is not None
    assert not any(path.exists() for path in left)
    assert sorted(p.name for p in folder.iterdir() if p.name != core.INDEX) == [made.path.name]


def test_cancel_removes_the_partial_file(ctx: Context) -> None:
    add(ctx)
    cancel = threading.Event()

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "archive":
            cancel.set()

    with pytest.raises(backup.BackupCancelled):
        backup.create(ctx, progress=progress, cancel=cancel)
    assert [p for p in (ctx.data_dir / "backups").iterdir() if p.name != core.INDEX] == []


def test_newer_schema_in_a_backup_is_refused(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    info = backup.create(ctx)
    assert info is not None
    monkeypatch.setattr(migrate, "known_revisions", lambda: {"0000"})
    with pytest.raises(backup.BadBackup, match="newer schema"):
        backup.verify(info.path)


# -- hostile archives (reliability.md (c) 22 and 25) ---------------------------------------


def _hostile(path: Path, members: list[tuple[tarfile.TarInfo, bytes]]) -> Path:
    """An archive in the real container, sealed with the public key of plain backups:
    authentication passes, so only the member checks stand in the way."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    header = archive.encode_header(
        {"created_at": datetime.now(UTC).isoformat(), "encryption": "none", "key_id": ""}
    )
    with path.open("wb") as out:
        # a bomb's maker compresses as hard as zlib can, whatever level backups use
        sink = archive.ArchiveWriter(out, header, archive.PLAIN_KEY, level=9)
        sink.write(buf.getvalue())
        sink.close()
    return path


def _reg(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


@pytest.mark.parametrize(
    "member",
    ["../evil", "/etc/evil", "documents/../../evil", "db/../../x", "C:\\Windows\\x", "other/file"],
)
def test_unsafe_member_paths_are_refused(tmp_path: Path, member: str) -> None:
    bad = _hostile(tmp_path / "bad.dpobak", [_reg(member, b"x")])
    with pytest.raises(backup.BadBackup, match="refused"):
        backup.verify(bad)
    assert not (tmp_path / "evil").exists()


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE])
def test_link_members_are_refused(tmp_path: Path, kind: bytes) -> None:
    link = tarfile.TarInfo("documents/abc")
    link.type = kind
    link.linkname = "/etc/passwd"
    with pytest.raises(backup.BadBackup, match="not a regular file"):
        backup.verify(_hostile(tmp_path / "link.dpobak", [(link, b"")]))


def test_decompression_bomb_is_stopped_by_the_expanded_size_cap(tmp_path: Path) -> None:
    bomb = _hostile(tmp_path / "bomb.dpobak", [_reg("documents/zeros", b"\0" * 60_000_000)])
    assert bomb.stat().st_size < 200_000
    with pytest.raises(backup.BadBackup, match="expands past"):
        backup.verify(bomb)
    assert not any((tmp_path).glob(".verify-*"))


def test_a_zip_file_offered_as_a_backup_is_refused(tmp_path: Path) -> None:
    import zipfile

    z = tmp_path / "evil.dpobak"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("../../x", "boom")
    with pytest.raises(backup.BadBackup, match="not a DPO Desk backup"):
        backup.verify(z)


# -- thinning -----------------------------------------------------------------------------


def test_thinning_keeps_recent_daily_weekly_monthly_and_ignores_bad(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    ages = [timedelta(hours=h) for h in range(0, 24, 4)]  # 6 in the last day: all kept
    ages += [timedelta(days=d, hours=h) for d in range(1, 7) for h in (0, 6)]  # 2 a day
    ages += [timedelta(days=d) for d in range(7, 35, 2)]  # several a week
    ages += [timedelta(days=d) for d in range(35, 365, 10)]  # several a month
    ages += [timedelta(days=400)]
    for i, age in enumerate(ages):
        p = folder / f"dpo-desk-{i:03d}.dpobak"
        p.write_bytes(b"x")
        core._index_put(p, backup.BackupInfo(p, now - age, 1, True))
    bad = folder / "dpo-desk-bad.dpobak"
    bad.write_bytes(b"")
    core._index_put(bad, backup.BackupInfo(bad, now - timedelta(days=3), 0, False, "empty"))
    deleted = backup.thin(folder, now=now)
    kept = [b for b in backup.list_backups(folder) if b.ok]
    assert bad.exists()
    assert sum(1 for b in kept if now - b.created_at < timedelta(days=1)) == 6
    assert sum(1 for b in kept if timedelta(days=1) <= now - b.created_at < timedelta(days=7)) == 6
    weekly = [b for b in kept if timedelta(days=7) <= now - b.created_at < timedelta(weeks=5)]
    assert len(weekly) == 4
    assert all(now - b.created_at < timedelta(days=365) for b in kept)
    assert len(kept) + len(deleted) == len(ages)
