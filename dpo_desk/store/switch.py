"""The one switch of a restore: all or nothing, whatever step a crash interrupts.

A restore prepares everything it will put in place inside a staging folder of the data
directory, ``.restore-<stamp>/new/`` (the database, already migrated and audited, the
``documents`` and ``letters`` folders, and ``keys.json`` when the backup's key is not
this directory's). Until then the live store is not touched. The commit point is one
atomic write of ``restore.journal`` naming the staging folder and the items to swap.
After it, each item is swapped by two renames (live → ``old/``, ``new/`` → live), each
step idempotent, so the swap can be replayed from any point. Then the journal is removed
and the staging folder deleted.

At the next start (``lock.recover``, run under the single-instance lock before the store or
its key file is read):

* a journal exists: the swap is finished (roll forward), then cleaned;
* no journal but a ``.restore-*`` folder: the crash came before the commit point, the
  live store was never touched: the staging folder is deleted (roll back).

So the state after any crash is entirely the old store or entirely the new one, and no
staging is left (issue 13). ``DPO_DESK_FAULT_STEP`` names a step at which the process
kills itself (``SIGKILL``): the fault-injection test runs a restore once per step.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

from dpo_desk import fsio
from dpo_desk.errors import StoreError

JOURNAL = "restore.journal"
STAGING_PREFIX = ".restore-"
DB_NAME = "dpo_desk.sqlite3"
SIDECARS = ("-wal", "-shm", "-journal")
FAULT_ENV = "DPO_DESK_FAULT_STEP"


#: What a switch may put in place: the database, the vault folders, the key file and its
#: second copy (``crypto.keyfile.COPY_NAME``), never anything else.
SWITCHED = (DB_NAME, "documents", "letters", "keys.json", ".keys.copy.json")


def step(name: str) -> None:
    """A named point of a restore; with ``DPO_DESK_FAULT_STEP=name`` the process dies here
    as if killed (test-only fault injection, harmless otherwise)."""
    if os.environ.get(FAULT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def new_dir(staging: Path) -> Path:
    return staging / "new"


def commit(
    data_dir: Path, staging: Path, items: list[str], keep: dict[str, str] | None = None
) -> None:
    """The commit point: from here on the restore is finished, now or at the next start.

    Args:
        keep: old items kept beside the store after the switch, ``{item: new name}``
            (an unreadable database is never deleted), instead of going with the staging.
    """
    for item in items:
        if not os.path.lexists(new_dir(staging) / item):
            raise StoreError(
                "restore staging is incomplete ({item}); nothing was changed", item=item
            )
    fsio.fsync_dir(new_dir(staging))
    fsio.fsync_dir(staging)
    data = {"staging": staging.name, "items": items, "keep": keep or {}}
    fsio.atomic_write(data_dir / JOURNAL, json.dumps(data).encode("utf-8"))


def _swap(data_dir: Path, staging: Path, item: str) -> None:
    live = data_dir / item
    new = new_dir(staging) / item
    old = staging / "old" / item
    if not os.path.lexists(new):
        return  # done already
    old.parent.mkdir(mode=0o700, exist_ok=True)
    if item == DB_NAME:  # the old database's sidecars go with it, never onto the new one
        for suffix in SIDECARS:
            side = data_dir / (DB_NAME + suffix)
            if os.path.lexists(side):
                os.replace(side, old.parent / (DB_NAME + suffix))
    if os.path.lexists(live):
        if not os.path.lexists(old):
            os.replace(live, old)
            step(f"swap-{item}-old")
        elif live.is_dir() and not any(live.iterdir()):
            live.rmdir()  # recreated empty by ensure_data_dir before we could finish
        else:
            raise StoreError(
                "an interrupted restore cannot be finished: {path} was changed since; "
                "nothing more was changed, ask for help before starting DPO Desk again",
                path=str(live),
            )
    os.replace(new, live)
    step(f"swap-{item}-new")


def apply(data_dir: Path) -> bool:
    """Finish the swap the journal describes (idempotent); False if there is no journal."""
    journal = data_dir / JOURNAL
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        name = str(data["staging"])
        items = [str(i) for i in data["items"]]
        keep = {str(k): str(v) for k, v in dict(data.get("keep") or {}).items()}
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError):
        raise StoreError(
            "the restore journal {path} is unreadable; nothing was changed, "
            "ask for help before starting DPO Desk again",
            path=str(journal),
        ) from None
    if not name.startswith(STAGING_PREFIX) or "/" in name or "\\" in name:
        raise StoreError(
            "the restore journal {path} is not ours; nothing was changed", path=str(journal)
        )
    staging = data_dir / name
    if any(item not in SWITCHED for item in items):
        raise StoreError(
            "the restore journal {path} is not ours; nothing was changed", path=str(journal)
        )
    for item in items:
        _swap(data_dir, staging, item)
    _keep(data_dir, staging, keep)
    if DB_NAME in items:
        # The trail now legitimately ends where the backup's did: the anchors of the old
        # store would cry "cut" (issue 13). Idempotent, so a resumed switch does it too.
        # (Imported here: the lock, which finishes a switch, is taken before SQLAlchemy
        # is loaded at the window's start, issue 19.)
        from dpo_desk.store import anchors

        anchors.reset(data_dir, f"restore ({name})")
    fsio.fsync_dir(data_dir)
    step("switched")
    journal.unlink()
    fsio.fsync_dir(data_dir)
    step("journal-removed")
    shutil.rmtree(staging, ignore_errors=True)
    return True


def _keep(data_dir: Path, staging: Path, keep: dict[str, str]) -> None:
    for item, name in keep.items():
        if item != DB_NAME or not name.startswith(DB_NAME + ".damaged-") or "/" in name:
            continue
        for suffix in ("", *SIDECARS):
            old = staging / "old" / (item + suffix)
            if os.path.lexists(old):
                os.replace(old, data_dir / (name + suffix))


def discard_staging(data_dir: Path) -> int:
    """Delete ``.restore-*`` folders no journal names (a restore killed before its commit
    point: the live store was never touched); returns how many."""
    count = 0
    for path in data_dir.glob(STAGING_PREFIX + "*"):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
            count += 1
    return count


def recover_locked(data_dir: Path) -> str:
    """Roll an interrupted restore forward or back; the caller holds the instance lock.

    Returns "forward", "back" or "" (nothing to do).
    """
    if apply(data_dir):
        discard_staging(data_dir)
        return "forward"
    return "back" if discard_staging(data_dir) else ""
