"""The backup's own tar writer (issue 19): the bytes are those ``tarfile`` writes, and a
backup made with it reads back with the reader backups have always been read with."""

from __future__ import annotations

import io
import os
import tarfile
import zlib
from pathlib import Path

import pytest

from dpo_desk.backup import archive

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
    writer = archive.TarWriter(ours)
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


def test_an_archive_written_with_it_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "made.dpobak"
    header = archive.encode_header({"encryption": "none", "key_id": ""})
    with path.open("wb") as out:
        sink = archive.ArchiveWriter(out, header, archive.PLAIN_KEY)
        writer = archive.TarWriter(sink)
        for name, data in MEMBERS:
            writer.add(name, len(data), 1_700_000_000, io.BytesIO(data))
        writer.close()
        sink.close()
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
    writer = archive.TarWriter(_Plain())
    with pytest.raises(OSError, match="unexpected end of data"):
        writer.add("documents/" + "e" * 32, 1000, 0, io.BytesIO(b"only 22 bytes of it..."))


def test_pieces_deflated_on_several_threads_make_one_zlib_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several pieces, deflated in parallel and joined in order, are one zlib stream:
    ``zlib.decompress`` reads it back whole (its Adler-32 included)."""
    from dpo_desk.crypto.stream import UnsealReader, key_id

    monkeypatch.setattr(archive, "PIECE", 64 * 1024)
    plain = b"".join(os.urandom(30_000) + b"compressible text " * 3_000 for _ in range(12))
    header = archive.encode_header({"encryption": "none", "key_id": ""})
    path = tmp_path / "pieces.dpobak"
    with path.open("wb") as out:
        sink = archive.ArchiveWriter(out, header, archive.PLAIN_KEY)
        for start in range(0, len(plain), 10_000):
            sink.write(plain[start : start + 10_000])
        sink.close()
    key = archive.archive_key(archive.PLAIN_KEY, header)
    with path.open("rb") as fh:
        archive.read_header(fh)
        sealed = UnsealReader(fh, lambda kid: key if kid == key_id(key) else None).read()
    assert zlib.decompress(sealed) == plain
    assert len(sealed) < len(plain) * 0.6


def test_an_aborted_writer_leaves_no_thread_behind(tmp_path: Path) -> None:
    import threading

    header = archive.encode_header({"encryption": "none", "key_id": ""})
    with (tmp_path / "aborted.dpobak").open("wb") as out:
        sink = archive.ArchiveWriter(out, header, archive.PLAIN_KEY)
        sink.write(os.urandom(3 * archive.PIECE))
        sink.abort()
    assert not [t for t in threading.enumerate() if t.name.startswith("backup-deflate")]


@pytest.mark.parametrize("plain", [0, 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024])
def test_sealed_size_is_the_size_of_the_sealed_file(plain: int) -> None:
    """The backup's progress total counts each sealed file from its row's size."""
    from dpo_desk.crypto.stream import SealWriter, sealed_size

    out = io.BytesIO()
    writer = SealWriter(out, b"k" * 32)
    writer.write(b"x" * plain)
    writer.close()
    assert sealed_size(plain) == len(out.getvalue())
