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
    real = creation.read_back

    def flip_then_read(tmp: Path, *args, **kwargs):
        data = bytearray(tmp.read_bytes())
        data[len(data) // 2] ^= 0x01
        tmp.write_bytes(bytes(data))
        return real(tmp, *args, **kwargs)

    monkeypatch.setattr(creation, "read_back", flip_then_read)
    with pytest.raises(archive.BadBackup, match="damaged"):
        backup.create(ctx)
    folder = ctx.data_dir / "backups"
    assert not list(folder.glob("*.dpobak")) and not list(folder.glob("*.tmp"))


@pytest.mark.parametrize("cut", ["tail", "stream"])
def test_create_refuses_a_file_cut_short_or_not_the_stream_written(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, cut: str
) -> None:
    """A file cut short on disk (a full disk the OS did not report), or a stream that
    authenticates but is not the one written (here: the digest the writer kept is
    not the file's): no backup kept."""
    add(ctx, name="Dora")
    real = creation.read_back

    def tamper(tmp: Path, keys, written, *args, **kwargs):  # type: ignore[no-untyped-def]
        if cut == "tail":
            data = tmp.read_bytes()
            tmp.write_bytes(data[: len(data) - 40])
        else:
            written = ("0" * 64, written[1])
        return real(tmp, keys, written, *args, **kwargs)

    monkeypatch.setattr(creation, "read_back", tamper)
    expected = "damaged" if cut == "tail" else "does not read back as written"
    with pytest.raises(archive.BadBackup, match=expected):
        backup.create(ctx)
    folder = ctx.data_dir / "backups"
    assert not list(folder.glob("*.dpobak")) and not list(folder.glob("*.tmp"))


def test_the_stream_read_back_is_the_archive_a_full_verify_reads(ctx: Context) -> None:
    """The plain stream the writer hashed is the archive's: extracting it member by
    member (as ``backup verify`` and a restore do) gives the manifest's members."""
    add(ctx, name="Eve")
    info = backup.create(ctx)
    assert info is not None
    assert backup.verify(info.path).ok
    assert info.counts == backup.verify(info.path).counts
