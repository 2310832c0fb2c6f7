"""``backup.create``'s read-back at scale (issue 19): the whole archive is still read,
decrypted and hashed, but the database member is hashed against the snapshot instead of
written out again, and the audit chain is walked once, not twice. ``backup.verify`` of a
file on disk still does everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk import backup
from dpo_desk.backup import archive, creation
from dpo_desk.services.context import Context
from dpo_desk.store import audit as store_audit

from .conftest import add


def _count_walks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    walks: list[int] = []
    real = store_audit.verify

    def counting(*args, **kwargs):
        walks.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(store_audit, "verify", counting)
    return walks


def test_create_walks_the_chain_once_and_the_file_verifies_in_full(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(ctx, name="Anna")
    walks = _count_walks(monkeypatch)
    info = backup.create(ctx)
    assert info is not None and len(walks) == 1
    full = backup.verify(info.path)  # a file on disk: integrity, counts, chain again
    assert full.ok and len(walks) == 2
    assert full.audit_head == info.audit_head and full.counts == info.counts


def test_hash_only_member_is_hashed_like_an_extracted_one(ctx: Context, tmp_path: Path) -> None:
    add(ctx, name="Bob")
    info = backup.create(ctx)
    assert info is not None
    with archive.open_regular(info.path) as src:
        _, header_bytes = archive.read_header(src)
        offset = src.tell()
    written = archive.extract(info.path, archive.PLAIN_KEY, header_bytes, offset, tmp_path / "a")
    hashed = archive.extract(
        info.path,
        archive.PLAIN_KEY,
        header_bytes,
        offset,
        tmp_path / "b",
        hash_only=frozenset({archive.DB_MEMBER}),
        durable=False,
    )
    assert hashed == written
    assert (tmp_path / "a" / archive.DB_MEMBER).exists()
    assert not (tmp_path / "b" / archive.DB_MEMBER).exists()
    assert (tmp_path / "b" / archive.MANIFEST).exists()


def test_create_still_refuses_a_damaged_archive(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A byte flipped in the archive between writing and reading back: no backup kept."""
    add(ctx, name="Carla")
    real = creation.verify_into

    def flip_then_verify(tmp: Path, staging: Path, **kwargs):
        data = bytearray(tmp.read_bytes())
        data[len(data) // 2] ^= 0x01
        tmp.write_bytes(bytes(data))
        return real(tmp, staging, **kwargs)

    monkeypatch.setattr(creation, "verify_into", flip_then_verify)
    with pytest.raises(archive.BadBackup):
        backup.create(ctx)
    folder = ctx.data_dir / "backups"
    assert not list(folder.glob("*.dpobak")) and not list(folder.glob("*.tmp"))
