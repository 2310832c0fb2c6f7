"""One process per data directory: a second DPO Desk gets a clear refusal instead of a
second writer racing the first (reliability.md F9)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from dpo_desk.errors import StoreError
from dpo_desk.store import switch

LOCK_NAME = "dpo_desk.lock"


class InstanceLock:
    """An OS-level exclusive lock on ``<data dir>/dpo_desk.lock``.

    The OS drops it when the process dies, even on ``kill -9``, so a crash never leaves
    the directory locked. Whoever takes it first finishes (or undoes) a restore a crash
    interrupted (``dpo_desk.store.switch``), before anything reads the store.
    """

    def __init__(self, data_dir: Path, *, recover: bool = True) -> None:
        self.path = data_dir / LOCK_NAME
        self._recover = recover
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreError(
                "DPO Desk is already open on {parent} (pid {holder}); close it first",
                parent=self.path.parent,
                holder=holder,
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle
        if self._recover:
            try:
                switch.recover_locked(self.path.parent)
            except BaseException:
                self.release()
                raise

    def held_elsewhere(self) -> bool:
        """True if the lock is held now, by another process or another handle of this one
        (this call never keeps it)."""
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115
        except OSError:
            return False
        try:
            _lock(handle)
        except OSError:
            return True
        finally:
            handle.close()  # closing drops a lock we may just have taken
        return False

    def release(self) -> None:
        if self._file is not None:
            try:
                _unlock(self._file)
            finally:
                self._file.close()
                self._file = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def recover(data_dir: Path) -> str:
    """``switch.recover_locked`` under the instance lock, if nobody holds it (a process
    holding it has recovered already, or is the restore itself).

    Here rather than in ``switch``: the lock runs the switch's recovery when it is taken,
    so ``switch`` must not import the lock back.
    """
    staged = any(data_dir.glob(switch.STAGING_PREFIX + "*"))
    if not (data_dir / switch.JOURNAL).exists() and not staged:
        return ""
    lock = InstanceLock(data_dir, recover=False)
    try:
        lock.acquire()
    except StoreError:
        return ""
    try:
        return switch.recover_locked(data_dir)
    finally:
        lock.release()
