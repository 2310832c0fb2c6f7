"""The open store as the window holds it: opening it once unlocked, finishing an
interrupted restore first, and taking over a reopened store in place after a restore.

The window imports these from here, never from ``dpo_desk.store`` (the layers contract in
pyproject.toml forbids it): the store's lock and its private fields stay below the
services.
"""

from __future__ import annotations

from pathlib import Path

from dpo_desk.store import lock
from dpo_desk.store.db import Database
from dpo_desk.store.opening import Store, open_store

__all__ = ["Store", "finish_interrupted_restore", "open_store", "take_over"]


def finish_interrupted_restore(data_dir: Path) -> None:
    """Finish or undo a restore a crash interrupted (it may replace ``keys.json``, so this
    runs before the keys are read); nothing when another process holds the store."""
    lock.recover(data_dir)


def take_over(store: Store, fresh: Store) -> Database:
    """Make ``store`` (the object the window holds) the reopened ``fresh`` one: its
    database, its encryption flag and its instance lock; return the new database."""
    store.db = fresh.db
    store.encrypted = fresh.encrypted
    store._lock, fresh._lock = fresh._lock, None
    return fresh.db
