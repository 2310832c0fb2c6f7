"""Where the database key comes from. Until encryption at rest is switched on for a data
directory, there is no key and the store is a plain SQLite file."""

from __future__ import annotations

from pathlib import Path


def key_for_cli(data_dir: Path) -> str | None:
    return None


def sealer_for(ctx: object) -> None:
    """The sealer of the data directory's files (None: plain files)."""
    return None
