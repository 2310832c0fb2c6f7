"""Writing and destroying files safely, one way for the whole program.

A file that matters (a letter, a key file, an export) is written to a temporary name in
the same folder, fsynced, renamed over the target, then the folder is fsynced: a crash
leaves the old file or the new one, never half of either (reliability.md F15). A file
that must go (an ID copy, a death certificate) is overwritten before it is unlinked.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import secrets
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from dpo_desk.errors import UserError

CHUNK = 1024 * 1024
#: SQLite's result code for "database or disk is full".
SQLITE_FULL = 13
#: Below this many free bytes, a failure to open or write is put down to a full disk.
NEARLY_FULL = 64 * 1024
DISK_FULL = "the disk is full: {what} was not saved; free some space and try again"
#: A staged file untouched this long was left by a writer that died (killed, power cut):
#: a live export writes to its staged file all along, and finishes in minutes.
STALE_STAGED_S = 15 * 60

log = logging.getLogger(__name__)


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        todo += [e.__cause__, e.__context__, getattr(e, "orig", None)]
    return seen


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc`` (or what caused it) says the disk is full: ``ENOSPC``/``EDQUOT``
    from the OS, ``SQLITE_FULL`` or "database or disk is full" from SQLite.

    Issue 13: with 0-4 KiB free every command said "damaged, or a wrong key", which
    invites a needless restore; this is the one place that tells the two apart.
    """
    for e in _causes(exc):
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        code = getattr(e, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == SQLITE_FULL:
            return True
        if "disk is full" in str(e).lower():
            return True
    return False


def nearly_full(folder: Path) -> bool:
    """True when the file system of ``folder`` has almost no space left."""
    import shutil

    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def reason(exc: OSError) -> str:
    """The OS's reason in words ("No space left on device"), never a traceback."""
    return exc.strerror or type(exc).__name__


def refusal(exc: BaseException, what: str) -> UserError:
    """One line for an OS or SQLite failure while saving ``what`` (a letter, a backup)."""
    if is_disk_full(exc):
        return UserError(DISK_FULL, what=what)
    if isinstance(exc, OSError):
        where = exc.filename if exc.filename else what
        return UserError("cannot write {where}: {reason}", where=str(where), reason=reason(exc))
    return UserError(
        "{what} was not saved: {reason}",
        what=what,
        reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
    )


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path``: temp file, fsync, rename, fsync the folder."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            os.chmod(tmp, mode)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


#: The names :func:`staged_path` and :func:`staged_folder` give; only these are swept.
_STAGED_TAIL = r"(?:[0-9a-f]{8}\.partial|partial-[0-9a-f]{8})"
_STAGED_NAME = re.compile(r"\..+\." + _STAGED_TAIL)


def staged_path(out: Path) -> Path:
    """Where a long write of ``out`` (an export of a million rows) is staged until it is
    renamed over ``out``: hidden, in the same folder (the rename is then atomic)."""
    return out.parent / f".{out.name}.{secrets.token_hex(4)}.partial"


def staged_folder(target: Path) -> Path:
    """Where a folder written file by file (the inspection pack) is staged until it is
    renamed to ``target``; :func:`sweep_staged` knows both names."""
    return target.parent / f".{target.name}.partial-{secrets.token_hex(4)}"


def _last_written(entry: os.DirEntry[str]) -> float:
    """When a staged file, or the newest file of a staged folder, was last written."""
    newest = entry.stat(follow_symlinks=False).st_mtime
    if entry.is_dir(follow_symlinks=False):
        with os.scandir(entry.path) as inside:
            for item in inside:
                newest = max(newest, item.stat(follow_symlinks=False).st_mtime)
    return newest


def sweep_staged(out: Path, now: float | None = None) -> int:
    """Delete what killed writes of ``out`` left staged beside it; how many.

    A process killed during an export or a pack never reaches its clean-up: its hidden
    staged file or folder stays in the DPO's folder for good, with the cases it held. The
    next write of the same name removes those not written to for
    :data:`STALE_STAGED_S` (a younger one may be another window's write under way)."""
    staged = re.compile(re.escape(f".{out.name}.") + _STAGED_TAIL)
    limit = (time.time() if now is None else now) - STALE_STAGED_S
    removed = 0
    with contextlib.suppress(OSError), os.scandir(out.parent if str(out.parent) else ".") as it:
        for entry in it:
            if not staged.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                if _last_written(entry) < limit and _remove_staged(Path(entry.path)):
                    removed += 1
    return removed


#: Where a write staged outside the data directory is recorded while it runs.
STAGING_RECORDS = "staging"


@contextlib.contextmanager
def recorded_staging(data_dir: Path, staged: Path) -> Iterator[None]:
    """Record in the data directory that ``staged`` is being written, for the ``with``
    block (the caller removes ``staged`` itself when it fails or is cancelled).

    :func:`sweep_staged` only finds what a killed write left when a write of the same
    name comes, and the DPO's next pack usually has another name (the default carries
    the day's date): a pack killed at a million cases, its request log with names in a
    hidden folder of the DPO's Documents, stayed there for good. A killed process leaves
    its record behind, and the next opening of the store removes what it names
    (:func:`sweep_recorded`). One small file per write, so two writes at once never
    rewrite each other's record."""
    folder = Path(data_dir) / STAGING_RECORDS
    folder.mkdir(mode=0o700, exist_ok=True)
    record = folder / f"{secrets.token_hex(8)}.path"
    atomic_write(record, str(Path(staged).absolute()).encode("utf-8"))
    try:
        yield
    finally:
        record.unlink(missing_ok=True)


def sweep_recorded(data_dir: Path, before: float | None = None) -> int:
    """Remove what the writes recorded in ``data_dir`` left staged; how many were removed.

    Call it holding the store's instance lock: every process that writes holds it, so a
    recorded write is dead unless it began in this process, after its opening (``before``:
    records younger than that are spared). Only a path named as a staged file or folder
    (``.NAME.xxxxxxxx.partial``, ``.NAME.partial-xxxxxxxx``) is ever deleted, whatever a
    record says; a record is dropped once read."""
    folder = Path(data_dir) / STAGING_RECORDS
    try:
        with os.scandir(folder) as it:
            records = [e.path for e in it if e.name.endswith(".path") and e.is_file()]
    except FileNotFoundError:
        return 0
    removed = 0
    for record in records:
        try:
            if before is not None and os.stat(record).st_mtime >= before:
                continue
            staged = Path(Path(record).read_text("utf-8"))
            if _remove_staged(staged):
                removed += 1
        except ValueError:  # not a path (a damaged record): nothing to remove by it
            log.warning("ignored %s: not a path", record)
        except OSError:  # it could not go now: the record stays, the next opening retries
            log.warning("could not remove what %s names", record, exc_info=True)
            continue
        with contextlib.suppress(OSError):
            os.unlink(record)
    return removed


def _remove_staged(staged: Path) -> bool:
    """Delete a staged file or folder a dead write left; never anything else."""
    if not _STAGED_NAME.fullmatch(staged.name) or staged.is_symlink():
        return False
    if staged.is_dir():
        shutil.rmtree(staged)
    elif staged.exists():
        staged.unlink()
    else:
        return False
    log.info("removed %s, left by a write that did not finish", staged)
    return True


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BackgroundFsync:
    """Closes files durably on a few threads while the caller writes the next ones.

    A restore stages every document before it switches (a crash must not leave a
    restored store whose files were never on disk), and one ``fsync`` after another
    waited on the disk for each of 44,000 files at 100,000 cases (13.6 s of 58 s). Here
    the writer hands each written file over and goes on; ``finish`` (the end of the
    ``with`` block) returns once every file is on disk, and raises the first failure.
    """

    def __init__(self, workers: int = 8, at_most: int = 256) -> None:
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="fsync")
        self._pending: deque[Future[None]] = deque()
        self._at_most = at_most  # files open at once, waiting for their fsync

    def close_durably(self, fh: BinaryIO) -> None:
        """Flush ``fh``, then fsync and close it on a worker (it is no longer the
        caller's to close)."""
        fh.flush()
        self._pending.append(self._pool.submit(_sync_and_close, fh))
        while len(self._pending) > self._at_most:
            self._pending.popleft().result()

    def finish(self) -> None:
        """Wait until every file handed over is on disk; the first failure is raised
        once all are closed."""
        first: BaseException | None = None
        while self._pending:
            try:
                self._pending.popleft().result()
            except BaseException as exc:  # noqa: BLE001 - raised below, after the rest
                first = first or exc
        self._pool.shutdown(wait=True)
        if first is not None:
            raise first

    def __enter__(self) -> BackgroundFsync:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is None:
            self.finish()
            return
        # Already failing: close every file; the error under way is the one told.
        with contextlib.suppress(BaseException):
            self.finish()


def _sync_and_close(fh: BinaryIO) -> None:
    try:
        os.fsync(fh.fileno())
    finally:
        fh.close()


def shred(path: Path) -> bool:
    """Overwrite with zeros, fsync, then unlink; False if there was no file.

    Best effort: on SSDs and copy-on-write file systems old blocks may survive, which is
    why the files are also encrypted at rest (docs/security.md).
    """
    if not path.exists():
        return False
    remaining = path.stat().st_size
    with path.open("r+b") as fh:
        while remaining > 0:
            n = min(CHUNK, remaining)
            fh.write(b"\0" * n)
            remaining -= n
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
    return True
