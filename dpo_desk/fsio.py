"""Writing and destroying files safely, one way for the whole program.

A file that matters (a letter, a key file, an export) is written to a temporary name in
the same folder, fsynced, renamed over the target, then the folder is fsynced: a crash
leaves the old file or the new one, never half of either (reliability.md F15). A file
that must go (an ID copy, a death certificate) is overwritten before it is unlinked.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CHUNK = 1024 * 1024


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


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
