"""The backup file format: one file, a tar stream, compressed, sealed.

Layout::

    8 bytes   magic b"DPOBKUP" + version byte (1)
    4 bytes   length of the header (big-endian)
    header    JSON, not secret: format, version, created_at, app_version, encryption,
              key_id, and the passphrase / recovery wraps of the master key (the same
              as keys.json, so a backup restores on a new computer with the passphrase or
              the recovery key; the keyring wrap is left out: it is tied to this computer)
    rest      a sealed stream (dpo_desk.crypto.stream) of the compressed tar

The header's ``version`` says how the tar is compressed inside the seal:

* 2 (written since issue 19): pieces of at most ``PIECE`` plain bytes, each one
  Zstandard frame (RFC 8878) after 8 bytes giving its plain and compressed sizes
  (big-endian), and a record of two zeros at the end. Each piece is bounded before it
  is expanded (no decompression bomb hides in one), pieces compress on every core, and
  zstd at level 1 is four to five times faster than zlib at level 1 on a store's pages
  for a smaller file (a million cases: deflate was a third of the backup).
* 1 (backups made before): one zlib stream (RFC 1950). Still read and restored.

The stream key is HKDF(backup key, "archive", salt = SHA-256(header)): changing one byte
of the header changes the key, so the header is authenticated too. The backup key is
HKDF(master key, "backup"). A backup of a plain store uses a public key: it is protected
against damage (any flipped byte is detected), not against reading.

Tar members: ``db/dpo_desk.sqlite3`` (a VACUUM INTO snapshot, itself SQLCipher-encrypted
for an encrypted store), ``documents/<name>`` and ``letters/<name>`` (the files as stored,
sealed for an encrypted store), then ``manifest.json`` (sizes and SHA-256 of every member,
counts, audit chain head). Reading refuses links, ``..``, absolute paths, unknown names,
duplicates, and stops when the expanded size passes a cap (a "zip bomb").
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import struct
import tarfile
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

import zstandard

from dpo_desk import fsio
from dpo_desk.backup.tar_writer import IO_BLOCK
from dpo_desk.crypto import kdf
from dpo_desk.crypto.errors import DamagedError
from dpo_desk.crypto.stream import SealWriter, UnsealReader, key_id
from dpo_desk.errors import UserError

MAGIC = b"DPOBKUP\x01"
FORMAT = "dpo-desk-backup"
#: The version new backups are written in; ``READABLE`` the ones still read.
VERSION = 2
READABLE = (1, 2)
SUFFIX = ".dpobak"
MAX_HEADER = 64 * 1024
PLAIN_KEY = hashlib.sha256(b"dpo-desk/v1/plain-backup (integrity only)").digest()
DB_MEMBER = "db/dpo_desk.sqlite3"
MANIFEST = "manifest.json"
#: Expanded size never exceeds this many times the archive's size (+ a margin): real
#: backups compress less than 20x (their content is mostly encrypted already).
MAX_RATIO = 200
RATIO_MARGIN = 16 * 1024 * 1024
MAX_EXPANDED = 256 * 1024**3

_SAFE_FILE = re.compile(r"^(documents|letters)/[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")


class BadBackup(UserError):
    """The archive is not a good backup: damaged, truncated, hostile or foreign."""


def archive_key(base: bytes, header_bytes: bytes) -> bytes:
    return kdf.hkdf(base, "archive", hashlib.sha256(header_bytes).digest())


def encode_header(header: dict[str, Any]) -> bytes:
    return json.dumps(
        {"format": FORMAT, "version": VERSION, **header}, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


#: Zstandard level of new backups. Level 1 compresses a store's pages (short text and
#: hashes) to 30 % at about 450 MB/s a core; level 3, zstd's default, to the same 30 %
#: at half the speed. An encrypted store's pages do not compress at any level (issue 19:
#: backup >= 50 % of a raw copy's speed at a million cases).
LEVEL = 1


#: Plain bytes per piece compressed on its own (see :class:`ArchiveWriter`).
PIECE = 1024 * 1024
#: A piece announcing more is refused before it is expanded (a version 2 reader).
MAX_PIECE = 16 * 1024 * 1024
#: Pieces compressed at once: zstd releases the GIL, so each core takes one.
WORKERS = max(1, min(4, os.cpu_count() or 1))
_RECORD = struct.Struct(">II")  # plain size, compressed size of the piece that follows
_END = _RECORD.pack(0, 0)
_local = threading.local()


def _compress_piece(piece: bytes, level: int) -> bytes:
    """One zstd frame of ``piece``, after its record. The frame carries its size and
    its own checksum (XXH64, cheap): a piece expanded wrong is caught where it is read,
    even before the members' SHA-256. A compressor per thread: a ``ZstdCompressor`` is
    not to be shared between threads."""
    compressors: dict[int, zstandard.ZstdCompressor] = _local.__dict__.setdefault("zstd", {})
    compressor = compressors.get(level)
    if compressor is None:
        compressor = compressors[level] = zstandard.ZstdCompressor(
            level=level, write_content_size=True, write_checksum=True
        )
    frame = compressor.compress(piece)
    return _RECORD.pack(len(piece), len(frame)) + frame


class ArchiveWriter:
    """File-like sink of the tar stream: compress, then seal into ``out`` (version 2).

    The plain bytes are cut into pieces of ``PIECE`` bytes, compressed on as many
    threads as there are cores and sealed in order, each after its record of sizes;
    a record of zeros ends the stream. At a million cases, deflating 6 GB was a third
    of the backup on two cores (issue 19); zstd takes a fifth of that time.
    """

    def __init__(
        self, out: BinaryIO, header_bytes: bytes, base_key: bytes, level: int = LEVEL
    ) -> None:
        out.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
        self._seal = SealWriter(out, archive_key(base_key, header_bytes))
        self._level = level
        self._buffer = bytearray()
        self._pool = (
            ThreadPoolExecutor(WORKERS, thread_name_prefix="backup-compress")
            if WORKERS > 1
            else None
        )
        self._pending: deque[Future[bytes]] = deque()
        #: SHA-256 and size of the plain tar stream written: the read-back of a backup
        #: just made compares the stream it reads with these (``backup.readback``).
        self.plain_sha256 = hashlib.sha256()
        self.plain_size = 0

    def write(self, data: bytes) -> int:
        self._buffer += data
        if len(self._buffer) >= PIECE:
            whole = len(self._buffer) - len(self._buffer) % PIECE
            view = memoryview(self._buffer)
            for start in range(0, whole, PIECE):
                self._submit(bytes(view[start : start + PIECE]))
            view.release()
            del self._buffer[:whole]
        return len(data)

    def _submit(self, piece: bytes) -> None:
        self.plain_sha256.update(piece)
        self.plain_size += len(piece)
        if self._pool is None:
            self._seal.write(_compress_piece(piece, self._level))
            return
        self._pending.append(self._pool.submit(_compress_piece, piece, self._level))
        while len(self._pending) > 2 * WORKERS:  # a few pieces in memory, no more
            self._seal.write(self._pending.popleft().result())

    def close(self) -> None:
        try:
            if self._buffer:
                self._submit(bytes(self._buffer))
                self._buffer.clear()
            while self._pending:
                self._seal.write(self._pending.popleft().result())
            self._seal.write(_END)
            self._seal.close()
        finally:
            self.abort()

    def abort(self) -> None:
        """Stop the threads (a failed or cancelled backup); the file is thrown away."""
        for future in self._pending:
            future.cancel()
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def open_regular(path: Path) -> BinaryIO:
    """Open a backup for reading, refusing anything but a regular file *before* reading.

    A FIFO named ``*.dpobak`` would block ``open`` itself for ever (holding the store
    lock during a restore), a device or socket has no end, a link points elsewhere:
    ``O_NONBLOCK`` keeps the open from waiting, ``O_NOFOLLOW`` refuses a link, and
    ``fstat`` on the opened descriptor decides (no race with a swap of the name).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if os.path.islink(path):
            raise BadBackup(
                "refused: {name} is a link, not a backup file", name=Path(path).name
            ) from None
        raise BadBackup(
            "cannot read {name}: {reason}", name=Path(path).name, reason=exc.strerror or str(exc)
        ) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise BadBackup(
            "refused: {name} is not a regular file (a pipe, a device or a socket)",
            name=Path(path).name,
        )
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_header(src: BinaryIO) -> tuple[dict[str, Any], bytes]:
    start = src.read(12)
    if len(start) == 0:
        raise BadBackup("the backup file is empty (0 bytes)")
    if len(start) < 12 or start[:7] != MAGIC[:7]:
        raise BadBackup("not a DPO Desk backup (unknown file format)")
    if start[:8] != MAGIC:
        raise BadBackup("this backup was made by a newer version of DPO Desk")
    (length,) = struct.unpack(">I", start[8:12])
    if length > MAX_HEADER:
        raise BadBackup("damaged backup (impossible header size)")
    raw = src.read(length)
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadBackup("damaged backup (unreadable header)") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BadBackup("damaged backup (unreadable header)")
    if header.get("version") not in READABLE:
        raise BadBackup("this backup was made by a newer version of DPO Desk")
    return header, raw


class ArchiveReader:
    """File-like source for ``tarfile`` (mode ``r|``): unseal, decompress, count.

    Reads either version (the header's, in ``header_bytes``). Raises ``BadBackup`` as
    soon as the expanded size passes ``cap``.
    """

    def __init__(self, src: BinaryIO, header_bytes: bytes, base_key: bytes, cap: int) -> None:
        wanted = archive_key(base_key, header_bytes)

        def lookup(kid: bytes) -> bytes | None:
            return wanted if kid == key_id(wanted) else None

        self._src = UnsealReader(src, lookup)
        version = json.loads(header_bytes).get("version")
        self._pieces = _zstd_pieces(self._src) if version == 2 else _zlib_pieces(self._src)
        self._piece = b""
        self._at = 0
        self._cap = cap
        self.expanded = 0
        self._done = False

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = 1 << 62
        out = bytearray()
        while len(out) < n and not self._done:
            if self._at == len(self._piece):
                piece = next(self._pieces, None)
                if piece is None:
                    self.finish()
                    break
                self.expanded += len(piece)
                if self.expanded > self._cap:
                    raise BadBackup(
                        "refused: the backup expands past {value} MiB (a decompression bomb, "
                        "or not a DPO Desk backup)",
                        value=self._cap // 2**20,
                    )
                self._piece, self._at = piece, 0
            take = min(n - len(out), len(self._piece) - self._at)
            out += self._piece[self._at : self._at + take]
            self._at += take
        return bytes(out)

    def finish(self) -> None:
        """Check that nothing follows the compressed data and the seal's last chunk."""
        if self._done:
            return
        left = self._at < len(self._piece)
        if left or next(self._pieces, None) is not None:  # else the end record was read
            raise BadBackup("damaged backup: unexpected data after the end")
        self._done = True


def _zstd_pieces(src: UnsealReader) -> Iterator[bytes]:
    """Version 2: each piece's record, then its frame, bounded before it is expanded;
    after the end record, nothing may follow (checked by the seal's last chunk too)."""
    decompressor = zstandard.ZstdDecompressor()
    while True:
        record = src.read(_RECORD.size)
        if len(record) < _RECORD.size:
            raise BadBackup("damaged backup: the compressed stream ends too early")
        plain, packed = _RECORD.unpack(record)
        if plain == packed == 0:
            break
        if not (0 < plain <= MAX_PIECE and 0 < packed <= 2 * MAX_PIECE):
            raise BadBackup("damaged backup: a piece of impossible size")
        frame = src.read(packed)
        if len(frame) < packed:
            raise BadBackup("damaged backup: the compressed stream ends too early")
        piece = decompressor.decompress(frame, max_output_size=plain)
        if len(piece) != plain:
            raise BadBackup("damaged backup: a piece does not expand to its size")
        yield piece
    if src.read(1):
        raise BadBackup("damaged backup: unexpected data after the end")


def _zlib_pieces(src: UnsealReader) -> Iterator[bytes]:
    """Version 1: one zlib stream, expanded ``IO_BLOCK`` bytes at most at a time."""
    z = zlib.decompressobj()
    while not z.eof:
        data = z.unconsumed_tail or src.read(IO_BLOCK)
        if not data:
            raise BadBackup("damaged backup: the compressed stream ends too early")
        piece = z.decompress(data, IO_BLOCK)
        if piece:
            yield piece
    if z.unused_data or src.read(1):
        raise BadBackup("damaged backup: unexpected data after the end")


def check_member(member: tarfile.TarInfo, seen: set[str]) -> str:
    name = member.name
    if not (member.isreg() and not member.issparse()):
        raise BadBackup(
            "refused: archive member {name!r} is not a regular file (link, device or directory)",
            name=name,
        )
    if (
        name.startswith(("/", "\\"))
        or "\\" in name
        or ":" in name
        or ".." in name.split("/")
        or "\x00" in name
    ):
        raise BadBackup("refused: unsafe path in the archive: {name!r}", name=name)
    if name not in (DB_MEMBER, MANIFEST) and not _SAFE_FILE.match(name):
        raise BadBackup("refused: unexpected archive member {name!r}", name=name)
    if name in seen:
        raise BadBackup("refused: archive member {name!r} appears twice", name=name)
    seen.add(name)
    return name


@contextlib.contextmanager
def refused_as_damaged() -> Iterator[None]:
    """A reading of the archive whose failures (a chunk that does not authenticate, a
    broken compressed stream or tar, an early end) refuse the backup as damaged."""
    try:
        yield
    except DamagedError as exc:
        raise BadBackup("damaged backup: {reason}", reason=exc) from None
    except (tarfile.TarError, zlib.error, zstandard.ZstdError, EOFError) as exc:
        raise BadBackup("damaged backup ({reason})", reason=exc) from None


def extract(
    path: Path,
    base_key: bytes,
    header_bytes: bytes,
    offset: int,
    staging: Path,
    *,
    max_expanded: int | None = None,
    progress: Callable[[int], None] | None = None,
    hash_only: frozenset[str] = frozenset(),
    durable: bool = True,
    stage_only: frozenset[str] | None = None,
    on_staged: Callable[[str, Path], None] | None = None,
) -> dict[str, dict[str, Any]]:
    """Stream the archive into ``staging``; return {member: {size, sha256}}.

    Args:
        hash_only: members read and hashed but not written (the read-back of a backup
            just made, whose database snapshot is still on disk beside it).
        durable: fsync each written member (a restore keeps them); a staging folder
            that is deleted right after the check needs no fsync per file.
        stage_only: when given, only these members are written; every other one is
            hashed only (a backup just made, whose documents were checked as written).
        on_staged: called with (member, path) once a member is written out in full
            (a restore starts the database's integrity check there, while the
            documents that follow it are still being extracted).

    Raises:
        BadBackup: damaged, truncated, tampered, hostile, or too large once expanded.
    """
    with open_regular(path) as probe:
        size = os.fstat(probe.fileno()).st_size
    cap = min(MAX_EXPANDED, size * MAX_RATIO + RATIO_MARGIN)
    if max_expanded is not None:
        cap = min(cap, max_expanded)
    found: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    made: set[Path] = set()
    reader: ArchiveReader | None = None

    def moved() -> None:
        if progress is not None and reader is not None:
            progress(reader.expanded)

    with (
        refused_as_damaged(),
        open_regular(path) as src,
        fsio.BackgroundFsync() if durable else contextlib.nullcontext() as syncer,
    ):
        src.seek(offset)
        reader = ArchiveReader(src, header_bytes, base_key, cap)
        with tarfile.open(fileobj=reader, mode="r|", bufsize=IO_BLOCK) as tar:  # type: ignore[call-overload]
            for member in tar:
                name = check_member(member, seen)
                skip = name in hash_only or (stage_only is not None and name not in stage_only)
                target = None if skip else staging / name
                found[name] = _extract_member(tar, member, target, syncer, moved, made)
                if on_staged is not None and target is not None:
                    on_staged(name, target)
                moved()
        reader.read()  # the tar's trailing padding, then the end checks
        reader.finish()
    return found


#: Inside a large member, progress is reported every this many bytes (the database of a
#: million cases is 4.6 GB: one report at its end left the bar still for 25 s).
PROGRESS_EVERY = 16 * 1024 * 1024


def _extract_member(
    tar: tarfile.TarFile,
    member: tarfile.TarInfo,
    target: Path | None,
    syncer: fsio.BackgroundFsync | None = None,
    moved: Callable[[], None] | None = None,
    made: set[Path] | None = None,
) -> dict[str, Any]:
    """Hash one member, writing it to ``target`` (None: hash only); with ``syncer``
    the file is made durable by it (``extract`` waits for all before it returns)."""
    made = set() if made is None else made  # the folders already made in ``staging``
    src = tar.extractfile(member)
    if src is None:
        raise BadBackup("refused: archive member {name!r} has no content", name=member.name)
    digest = hashlib.sha256()
    count = 0
    next_report = PROGRESS_EVERY
    out: BinaryIO | None = None
    if target is not None:
        if target.parent not in made:  # one mkdir per folder, not per member (1.3 s
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # at 100,000)
            made.add(target.parent)
        out = os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
    try:
        while chunk := src.read(IO_BLOCK):
            digest.update(chunk)
            count += len(chunk)
            if out is not None:
                out.write(chunk)
            if count >= next_report and moved is not None:
                moved()
                next_report = count + PROGRESS_EVERY
        if out is not None and syncer is not None:
            handed, out = out, None
            syncer.close_durably(handed)
    finally:
        if out is not None:
            out.close()
    if count != member.size:
        raise BadBackup("damaged backup: member {name!r} is truncated", name=member.name)
    return {"size": count, "sha256": digest.hexdigest()}
