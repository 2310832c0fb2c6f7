"""Proving the vault against the rows that name its files, and collecting what no row names.

A store is only whole when every committed ``document`` row that names a vault file
(``stored_name`` set, not purged) has that file, and the file's plaintext has the row's
size and SHA-256, byte for byte. The same check runs on the live vault (``doctor``), on a
backup's snapshot before it is sealed, and on a backup read back (verify, restore): a
backup whose database names a document it does not carry is refused, whatever its
manifest says (issue 13).

Orphans are the opposite: files in ``documents/`` or ``letters/`` under a name the vault
generates that no live row names (a crash between writing the file and committing its
row, or between a purge's commit and the file's removal), and ``*.tmp`` files left by a
crash. They are collected at start, under the single-instance lock (every writer of the
vault holds it, so no write can be in progress), never touching a file a committed row
names (reliability.md F15).
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import io
import os
import re
import stat
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dpo_desk import fsio
from dpo_desk.crypto.errors import DamagedError
from dpo_desk.store.vault import PlainSealer, Sealer, vault_folder

FOLDERS = ("documents", "letters")
VAULT_FOLDERS = FOLDERS
#: Names the vault generates (``secrets.token_hex(16)`` + optional suffix). Edited letter
#: templates live in ``letters/`` under other names and are never orphans.
STORED_NAME = re.compile(r"^[0-9a-f]{32}(\.[A-Za-z0-9]{1,10})?$")


def vault_files(data_dir: Path) -> list[Path]:
    """Every file of ``documents/`` and ``letters/`` under a name the vault generates."""
    out: list[Path] = []
    for folder in FOLDERS:
        base = data_dir / folder
        if base.is_dir():
            out.extend(
                p
                for p in sorted(base.iterdir())
                if p.is_file() and not p.is_symlink() and STORED_NAME.match(p.name)
            )
    return out


_ANY_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")


def vault_files_all(data_dir: Path) -> list[Path]:
    """Every file a backup carries from ``documents/`` and ``letters/`` (stored files and
    edited letter templates; never ``*.tmp`` or links)."""
    out: list[Path] = []
    for folder in FOLDERS:
        base = data_dir / folder
        if base.is_dir():
            out.extend(
                p
                for p in sorted(base.iterdir())
                if p.is_file()
                and not p.is_symlink()
                and _ANY_FILE.match(p.name)
                and not p.name.endswith(".tmp")
            )
    return out


def templates(data_dir: Path) -> list[Path]:
    """The files of ``documents/`` and ``letters/`` a backup carries that no row names:
    the edited letter templates (:func:`vault_files_all` minus the generated names).

    Found by name with ``scandir``: at a million cases ``vault_files_all`` built and
    sorted 441,000 paths and stat-ed each twice to keep a handful of templates."""
    return sorted(
        data_dir / folder / name
        for folder, name in _vault_entries(data_dir)
        if not (STORED_NAME.match(name) or name.endswith(".tmp")) and _ANY_FILE.match(name)
    )


def _vault_entries(data_dir: Path) -> Iterator[tuple[str, str]]:
    """(folder, name) of every regular file of the vault's folders, links left out, read
    with ``scandir``: no ``Path`` and no ``stat`` per file (441,000 at a million cases)."""
    for folder in FOLDERS:
        base = data_dir / folder
        if not base.is_dir():
            continue
        with os.scandir(base) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False):
                    yield folder, entry.name


@dataclass(frozen=True, slots=True)
class Named:
    """One row that names a vault file (slots: a backup at a million cases holds
    441,000 of them)."""

    id: int
    folder: str
    stored_name: str
    size: int
    sha256: str

    @property
    def member(self) -> str:
        """Its path relative to the data directory (and its name inside a backup)."""
        return f"{self.folder}/{self.stored_name}"


@dataclass(frozen=True)
class Problem:
    """A named file that is missing, damaged, or not the bytes its row recorded."""

    named: Named
    what: str  # "missing" | "damaged" | "altered"

    def describe(self) -> str:
        return f"document {self.named.id} ({self.named.member}) is {self.what}"


def named_files(conn: Any) -> list[Named]:
    """The live rows naming a vault file, from a DB-API connection (any schema revision
    that has the ``document`` table; a store without it names nothing)."""
    try:
        rows = conn.execute(
            "SELECT id, kind, stored_name, size, sha256 FROM document "
            "WHERE stored_name != '' AND purged_at IS NULL ORDER BY id"
        )
    except Exception as exc:  # noqa: BLE001 - only "no such table" is an answer
        if "no such table" in str(exc):
            return []
        raise
    # Row by row from the cursor: fetchall() held every row twice over, as tuples and
    # as Named, for a moment (a few hundred MB at a million cases).
    return [
        Named(int(r[0]), vault_folder(str(r[1])), str(r[2]), int(r[3] or 0), str(r[4] or ""))
        for r in rows
    ]


def _plain_digest(path: Path, sealer: Sealer) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as src:
        if not stat.S_ISREG(os.fstat(src.fileno()).st_mode):
            raise FileNotFoundError(path)
        for chunk in sealer.open(src):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def check(
    named: list[Named], root: Path, sealer: Sealer | None = None, skip: set[int] | None = None
) -> list[Problem]:
    """Read every named file under ``root`` through ``sealer``; return what is wrong.

    Args:
        skip: row ids known to be missing already (recorded as such in a backup).
    """
    opener = sealer or PlainSealer()
    problems: list[Problem] = []
    for item in named:
        if skip and item.id in skip:
            continue
        path = root / item.folder / item.stored_name
        try:
            size, digest = _plain_digest(path, opener)
        except (FileNotFoundError, NotADirectoryError):
            problems.append(Problem(item, "missing"))
            continue
        except OSError:  # a link (ELOOP), unreadable
            problems.append(Problem(item, "missing"))
            continue
        except DamagedError:
            problems.append(Problem(item, "damaged"))
            continue
        if size != item.size or (item.sha256 and digest != item.sha256):
            problems.append(Problem(item, "altered"))
    return problems


def problem_in(item: Named, data: bytes, sealer: Sealer | None = None) -> Problem | None:
    """What is wrong with ``data``, the bytes of ``item``'s file already read (a backup
    checks the very bytes it archives, issue 19), or None."""
    digest = hashlib.sha256()
    size = 0
    try:
        for chunk in (sealer or PlainSealer()).open(io.BytesIO(data)):
            digest.update(chunk)
            size += len(chunk)
    except DamagedError:
        return Problem(item, "damaged")
    if size != item.size or (item.sha256 and digest.hexdigest() != item.sha256):
        return Problem(item, "altered")
    return None


def missing(named: list[Named], root: Path) -> list[Named]:
    """The named files that are not regular files under ``root`` (no reading)."""
    out = []
    for item in named:
        try:
            st = os.lstat(root / item.folder / item.stored_name)
        except OSError:
            out.append(item)
            continue
        if not stat.S_ISREG(st.st_mode):
            out.append(item)
    return out


def orphans(data_dir: Path, named: list[Named]) -> list[Path]:
    """Files no live row names: generated names not in ``named``, and ``*.tmp``."""
    keep = {(n.folder, n.stored_name) for n in named}
    out: list[Path] = []
    for folder in FOLDERS:
        base = data_dir / folder
        if not base.is_dir():
            continue
        for path in sorted(base.iterdir()):
            if path.is_symlink() or not path.is_file():
                continue
            if path.name.endswith(".tmp") or (
                STORED_NAME.match(path.name) and (folder, path.name) not in keep
            ):
                out.append(path)
    return out


#: A hidden temporary file of ``fsio.atomic_write`` (key file, journal, index...) is only
#: removed once this old: small files of that kind are written by processes that may not
#: hold the instance lock (an unlock attempt counter, a backup read through the lock).
STALE_AFTER = 600.0


def stale_temporaries(folder: Path, now: float | None = None) -> list[Path]:
    """``.<name>.*.tmp`` files of ``folder`` older than ``STALE_AFTER`` seconds."""
    import time

    limit = (now if now is not None else time.time()) - STALE_AFTER
    out = []
    for path in folder.glob(".*.tmp") if folder.is_dir() else []:
        try:
            st = path.lstat()
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and st.st_mtime < limit:
            out.append(path)
    return out


def _named_keys(conn: Any) -> array[int]:
    """The sorted hashes of ``(folder, stored_name)`` of every live row naming a file.

    Only to find orphans at start: at a million cases the rows as :class:`Named` objects
    and the folders as sorted ``Path`` lists took 300 MB, and the process kept 170 MB of
    it for good (issue 19: resident memory ≤ 300 MB). 8 bytes a row instead. A hash
    collision can only make an orphan look named, so it is kept: never the reverse.
    """
    try:
        rows = conn.execute(
            "SELECT kind, stored_name FROM document WHERE stored_name != '' AND purged_at IS NULL"
        )
    except Exception as exc:  # noqa: BLE001 - only "no such table" is an answer
        if "no such table" in str(exc):
            return array("q")
        raise
    return _sorted_keys(hash((vault_folder(str(k)), str(n))) for k, n in rows)


#: Keys are sorted in pieces of this many, then merged.
SORT_PIECE = 16384


def _sorted_keys(keys: Iterable[int]) -> array[int]:
    """``array("q", sorted(keys))`` without one long hold of the GIL.

    The collection runs on a worker while the DPO uses the window. One ``sorted`` of
    441,000 keys at a million cases is a single C call: it held the GIL for 105 ms, and
    the window froze for 110 ms five seconds after start (issue 19). Pieces sorted one
    by one, then merged by ``heapq.merge`` (Python code, which lets other threads run),
    hold it at most 8 ms, for 0.2 s of the worker's time instead of 0.12 s.
    """
    values = list(keys)
    pieces = [sorted(values[i : i + SORT_PIECE]) for i in range(0, len(values), SORT_PIECE)]
    del values
    return array("q", heapq.merge(*pieces))


def _is_named(keys: array[int], folder: str, name: str) -> bool:
    key = hash((folder, name))
    at = bisect.bisect_left(keys, key)
    return at < len(keys) and keys[at] == key


def _orphans_lean(data_dir: Path, keys: array[int]) -> Iterator[Path]:
    """:func:`orphans` from the hashes of :func:`_named_keys` (no sorted copy of the
    listing, no object per named file)."""
    for folder, name in _vault_entries(data_dir):
        if name.endswith(".tmp") or (STORED_NAME.match(name) and not _is_named(keys, folder, name)):
            yield data_dir / folder / name


def collect_orphans(data_dir: Path, conn: Any, before: float | None = None) -> tuple[int, int]:
    """Shred the orphans of ``data_dir`` (caller holds the instance lock and ``conn`` is
    a connection to its database); returns (files, bytes). With ``before`` (epoch
    seconds) a file modified at or after it is left alone: it may be the file of a write
    of this process still in progress (the deferred start-up check, issue 19)."""
    keys = _named_keys(conn)
    count = size = 0
    stale = stale_temporaries(data_dir) + stale_temporaries(data_dir / "backups")
    for path in [*_orphans_lean(data_dir, keys), *stale]:
        try:
            info = path.stat()
        except OSError:
            continue
        length = info.st_size
        if before is not None and info.st_mtime >= before:
            continue
        if fsio.shred(path):
            count += 1
            size += length
    return count, size
