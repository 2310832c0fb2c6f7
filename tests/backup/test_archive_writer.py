"""The backup's own tar writer (issue 19): the bytes are those ``tarfile`` writes, and a
backup made with it reads back with the reader backups have always been read with."""

from __future__ import annotations

import io
import os
import tarfile
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
