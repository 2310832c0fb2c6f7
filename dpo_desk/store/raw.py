"""Raw sqlcipher3 connections to a store's file, beside SQLAlchemy: the conversions
(``secure encrypt``/``rekey``), backups and the restore count a store's rows and test a
key without an engine, a pool or the migrations.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def connect(path: Path, db_key: str | None, *, immutable: bool = False) -> Any:
    """A raw sqlcipher3 connection (autocommit), keyed when ``db_key`` is given.

    ``immutable``: read the file as it is, never looking at (or replaying) a journal.
    """
    # Loaded here, not at the top: the window imports this module through the key
    # conversions, and a plain store needs no SQLCipher before its first paint.
    import sqlcipher3.dbapi2 as sqlcipher

    if immutable:
        conn = sqlcipher.connect(path.resolve().as_uri() + "?immutable=1", uri=True)
    else:
        conn = sqlcipher.connect(str(path))
    conn.isolation_level = None
    if db_key is not None:
        conn.execute(f'PRAGMA key="{db_key}"')
    return conn


def opens_with(path: Path, db_key: str | None) -> bool:
    """Does ``db_key`` (None: no key) open the database at ``path``?"""
    try:
        conn = connect(path, db_key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - "does not open" is the answer
        return False


def table_counts(conn: Any) -> dict[str, int]:
    """Rows per table of an open raw connection: what a copy must hold to be the same."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    counts: dict[str, int] = {}
    for name in names:
        try:
            counts[name] = int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # noqa: S608
        except Exception:  # noqa: BLE001,S112 - FTS shadow tables of a module not loaded
            continue
    return counts
