"""Where DPO Desk keeps its data, and making sure only the user can read it.

Resolution order: an explicit ``--data-dir``, then ``DPO_DESK_HOME``, then the per-user
data directory (platformdirs). The directory is created owner-only (0700) because it holds
complaints, identity checks and death notifications.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from dpo_desk.errors import StoreError

APP_NAME = "dpo_desk"
APP_AUTHOR = "DPO Desk"
ENV_HOME = "DPO_DESK_HOME"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory to use, without creating it."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_data_dir(path: Path) -> Path:
    """Create ``path`` owner-only if missing, and check it is a writable directory.

    Raises:
        StoreError: the path is a file, or cannot be created or written.
    """
    if path.exists() and not path.is_dir():
        raise StoreError(f"the data directory {path} is a file, not a directory")
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the data directory {path}: {exc.strerror}") from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise StoreError(f"the data directory {path} is not writable")
    for sub in ("documents", "letters", "backups", "logs"):
        try:
            (path / sub).mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {path / sub}: {exc.strerror}") from exc
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / "dpo_desk.sqlite3"
