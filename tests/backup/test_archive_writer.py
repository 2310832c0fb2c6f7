"""The backup's own tar writer (issue 19): the bytes are those ``tarfile`` writes, and a
backup made with it reads back with the reader backups have always been read with."""

from __future__ import annotations

import io
import itertools
import os
import struct
import tarfile
from pathlib import Path

import pytest
import zstandard

from dpo_desk.backup import archive, tar_writer

MEMBERS = [
    ("db/dpo_desk.sqlite3", b"SQLite format 3\x00" + b"page text " * 30_000),
    ("documents/" + "a" * 32 + ".pdf", os.urandom(70_000)),
    ("documents/" + "b" * 32 + ".pdf", b""),
    ("letters/" + "c" * 32 + ".pdf", os.urandom(512)),
    ("letters/" + "d" * 32 + ".pdf", os.urandom(513)),
    ("letters/access-reply-fr.txt", b"Madame, Monsieur,\n" * 40),
    ("manifest.json", b'{"members": {}}'),
]


class _Plain:
    """A sink that keeps the tar bytes as written."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes) -> int:
        self.data += data
        return len(data)


def test_the_tar_bytes_are_those_tarfile_writes() -> None:
    ours = _Plain()
    writer = tar_writer.TarWriter(ours)
    for name, data in MEMBERS:
        writer.add(name, len(data), 1_700_000_000, io.BytesIO(data))
    writer.close()
    theirs = io.BytesIO()
    with tarfile.open(fileobj=theirs, mode="w|", format=tarfile.PAX_FORMAT) as tar:  # type: ignore[call-overload]
        for name, data in MEMBERS:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o600
            info.mtime = 1_700_000_000
            tar.addfile(info, io.BytesIO(data))
    assert bytes(ours.data) == theirs.getvalue()


def _write_members(path: Path, header: bytes) -> None:
    """``MEMBERS`` archived at ``path`` the way a backup is written (plain key)."""
    with path.open("wb") as out:
        sink = archive.ArchiveWriter(out, header, archive.PLAIN_KEY)
        writer = tar_writer.TarWriter(sink)
        for name, data in MEMBERS:
            writer.add(name, len(data), 1_700_000_000, io.BytesIO(data))
        writer.close()
        sink.close()


def test_an_archive_written_with_it_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "made.dpobak"
    header = archive.encode_header({"encryption": "none", "key_id": ""})
    _write_members(path, header)
    with path.open("rb") as fh:
        _, header_bytes = archive.read_header(fh)
        offset = fh.tell()
    staging = tmp_path / "staging"
    staging.mkdir()
    found = archive.extract(path, archive.PLAIN_KEY, header_bytes, offset, staging)
    assert set(found) == {name for name, _ in MEMBERS}
    for name, data in MEMBERS:
        assert (staging / name).read_bytes() == data


def test_a_source_shorter_than_announced_is_an_error_not_a_short_member() -> None:
    writer = tar_writer.TarWriter(_Plain())
    with pytest.raises(OSError, match="unexpected end of data"):
        writer.add("documents/" + "e" * 32, 1000, 0, io.BytesIO(b"only 22 bytes of it..."))


def _sealed_plain(path: Path, header: bytes) -> bytes:
    from dpo_desk.crypto.stream import UnsealReader, key_id

    key = archive.archive_key(archive.PLAIN_KEY, header)
    with path.open("rb") as fh:
        archive.read_header(fh)
        return UnsealReader(fh, lambda kid: key if kid == key_id(key) else None).read()


def _records(sealed: bytes) -> list[tuple[int, bytes]]:
    """The version 2 layout read by hand: (plain size, zstd frame) until the zeros."""
    out, at = [], 0
    while True:
        plain, packed = struct.unpack(">II", sealed[at : at + 8])
        at += 8
        if plain == packed == 0:
            assert at == len(sealed), "nothing follows the end record"
            return out
        out.append((plain, sealed[at : at + packed]))
        at += packed


def test_pieces_compressed_on_several_threads_come_back_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pieces compressed in parallel are sealed in order, each a standard zstd frame
    after its sizes: any zstd decoder reads them back, and the reader gives the same
    bytes whatever sizes it is asked for."""
    monkeypatch.setattr(archive, "PIECE", 64 * 1024)
    plain = b"".join(os.urandom(30_000) + b"compressible text " * 3_000 for _ in range(12))
    header = archive.encode_header({"encryption": "none", "key_id": ""})
    path = tmp_path / "pieces.dpobak"
    with path.open("wb") as out:
        sink = archive.ArchiveWriter(out, header, archive.PLAIN_KEY)
        for start in range(0, len(plain), 10_000):
            sink.write(plain[start : start + 10_000])
        sink.close()
    sealed = _sealed_plain(path, header)
    records = _records(sealed)
    assert len(records) == -(-len(plain) // (64 * 1024))
    decoder = zstandard.ZstdDecompressor()
    assert b"".join(decoder.decompress(frame) for _, frame in records) == plain
    assert [size for size, _ in records][:-1] == [64 * 1024] * (len(records) - 1)
    assert len(sealed) < len(plain) * 0.6
    with path.open("rb") as fh:
        archive.read_header(fh)
        reader = archive.ArchiveReader(fh, header, archive.PLAIN_KEY, 10 * len(plain))
        got = bytearray()
        for size in itertools.cycle((1, 511, 70_000, 3)):
            data = reader.read(size)
            if not data:
                break
            assert len(data) <= size
            got += data
        reader.finish()
    assert bytes(got) == plain and reader.expanded == len(plain)


def _rewrite(path: Path, header: bytes, sealed: bytes) -> None:
    """Seal ``sealed`` again under the plain key: authentication passes, so only the
    reader's own checks of the compressed layout stand in the way."""
    from dpo_desk.crypto.stream import SealWriter

    with path.open("wb") as out:
        out.write(archive.MAGIC + struct.pack(">I", len(header)) + header)
        seal = SealWriter(out, archive.archive_key(archive.PLAIN_KEY, header))
        seal.write(sealed)
        seal.close()


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        ("no end record", "ends too early"),
        ("a frame cut short", "ends too early"),
        ("bytes after the end", "unexpected data after the end"),
        ("a size that lies", "does not expand to its size|damaged backup"),
        ("a piece announcing 1 GB", "impossible size"),
        ("a flipped byte in a frame", "damaged backup"),
    ],
)
def test_a_damaged_compressed_layout_is_refused_as_damaged(
    tmp_path: Path, damage: str, words: str
) -> None:
    header = archive.encode_header({"encryption": "none", "key_id": ""})
    path = tmp_path / "made.dpobak"
    _write_members(path, header)
    sealed = _sealed_plain(path, header)
    (size, frame), *_ = _records(sealed)
    first = struct.pack(">II", size, len(frame)) + frame
    if damage == "no end record":
        sealed = sealed[:-8]
    elif damage == "a frame cut short":
        sealed = first[:-5]
    elif damage == "bytes after the end":
        sealed += b"\x00" * 8 + b"more"
    elif damage == "a size that lies":
        sealed = struct.pack(">II", size - 1, len(frame)) + sealed[8:]
    elif damage == "a piece announcing 1 GB":
        sealed = struct.pack(">II", 2**30, len(frame)) + sealed[8:]
    else:
        flipped = bytearray(sealed)
        flipped[8 + len(frame) // 2] ^= 0x40
        sealed = bytes(flipped)
    _rewrite(path, header, sealed)
    staging = tmp_path / "staging"
    staging.mkdir()
    offset = len(archive.MAGIC) + 4 + len(header)
    with pytest.raises(archive.BadBackup, match=words):
        archive.extract(path, archive.PLAIN_KEY, header, offset, staging, durable=False)


def test_an_aborted_writer_leaves_no_thread_behind(tmp_path: Path) -> None:
    import threading

    header = archive.encode_header({"encryption": "none", "key_id": ""})
    with (tmp_path / "aborted.dpobak").open("wb") as out:
        sink = archive.ArchiveWriter(out, header, archive.PLAIN_KEY)
        sink.write(os.urandom(3 * archive.PIECE))
        sink.abort()
    assert not [t for t in threading.enumerate() if t.name.startswith("backup-compress")]


@pytest.mark.parametrize("plain", [0, 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024])
def test_sealed_size_is_the_size_of_the_sealed_file(plain: int) -> None:
    """The backup's progress total counts each sealed file from its row's size."""
    from dpo_desk.crypto.stream import SealWriter, sealed_size

    out = io.BytesIO()
    writer = SealWriter(out, b"k" * 32)
    writer.write(b"x" * plain)
    writer.close()
    assert sealed_size(plain) == len(out.getvalue())


@pytest.mark.parametrize(
    ("name", "size", "mtime"),
    [
        ("db/dpo_desk.sqlite3", 4_974_129_152, 1_765_000_000),  # a million cases' database
        ("documents/" + "f" * 32 + ".pdf", 0, 0),
        ("letters/" + "x" * 92, 511, 1),  # exactly 100 characters: still one block
        ("letters/" + "x" * 93, 512, 1),  # 101: tarfile adds a pax header
        ("letters/modèle-réponse.txt", 10, 1_700_000_000),  # not ASCII: a pax header
        ("documents/big", 8**11 - 1, 8**11 - 1),  # the largest 11 octal digits hold
        ("documents/huge", 8**11, 1_700_000_000),  # 8 GiB: a pax header for the size
        ("documents/late", 1, 8**11),
    ],
)
def test_a_member_header_is_the_one_tarfile_writes(name: str, size: int, mtime: int) -> None:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = mtime
    theirs = info.tobuf(tarfile.PAX_FORMAT, tarfile.ENCODING, "surrogateescape")
    assert tar_writer.member_header(name, size, mtime) == theirs
    parsed = tarfile.TarInfo.frombuf(theirs[-512:], tarfile.ENCODING, "surrogateescape")
    assert parsed.chksum == tarfile.calc_chksums(theirs[-512:])[0]
