"""The case list's first page, read with the standard library before SQLAlchemy loads.

Issue 19: at 100,000 cases the window with its first rows took 6× a bare window, and
importing SQLAlchemy with the models alone was 3.5×. So the desktop program paints its
first rows from here: a read-only ``sqlite3`` connection, the list's opening query (the
open cases by effective deadline, then id) and the columns of
:func:`dpo_desk.services.cases.summaries` for its first page, which
``services.dto.summary_of_row`` turns into summaries on both paths. The services load
behind the painted window and then read the same list again, replacing these rows with
the same ones. ``tests/services/test_first_page.py`` compares both readings on stores
with every status, extensions, Quebec and French cases, so they cannot drift.

Only for a plain SQLite store at the schema this program writes; anything else (no
store yet, an encrypted one, an older or newer schema, a file that does not read) is
``None``, and the program starts the usual way. The caller holds the instance lock
(``store.lock``), so a restore a crash interrupted is finished before this reads.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dpo_desk.paths import database_path
from dpo_desk.store.schema_version import HEAD, OPEN_STATES_SQL

#: How a plain SQLite file begins (an encrypted one is random bytes from the first).
PLAIN_HEADER = b"SQLite format 3\x00"
#: The key file of an encrypted data directory and its second copy
#: (``crypto.keyfile.path_in`` / ``copy_path``; a test checks the names): with either,
#: the store opens through its key, and a conversion a crash interrupted (a plain
#: database beside a key file) is finished first, by the usual opening.
KEY_FILES = ("keys.json", ".keys.copy.json")

#: The ids the list opens on: the open cases by effective deadline (the cases page's
#: first ``ListQuery``: "Open cases", ordered by deadline), walked on ix_cases_open_due.
FIRST_IDS = (
    "SELECT id FROM cases WHERE " + OPEN_STATES_SQL + " "  # noqa: S608 - constants only
    "ORDER BY coalesce(extended_due_date, due_date), id LIMIT ?"
)
#: The fields of services.cases.summaries, in its order.
_ROWS = (
    "SELECT c.id, c.reference, s.full_name, c.contact_email, s.email, c.status, c.channel,"
    " c.jurisdiction, c.received_on, c.extended_due_date, c.due_date, c.extended_on,"
    " c.assignee, c.flagged, c.assigned_to, c.version"
    " FROM cases c JOIN data_subject s ON c.subject_id = s.id WHERE c.id IN ({marks})"
)
_RIGHTS = 'SELECT case_id, "right" FROM case_right WHERE case_id IN ({marks}) ORDER BY id'


#: A row of :data:`_ROWS`, its dates read as dates (the columns of services.cases.summaries).
Row = tuple[Any, ...]


@dataclass(frozen=True)
class FirstRows:
    """What the window paints before the services are loaded, as the store holds it."""

    #: The first ids of the list, in order (as many as were asked for).
    ids: list[int]
    #: The rows of the first of them (one page), in the same order, with their rights.
    rows: list[Row]
    rights: dict[int, tuple[str, ...]]
    #: The organisation's time zone (its profile's; the default before one was saved, as
    #: ``services.organisation.get_profile`` gives it) and language (None before then).
    timezone: str
    language: str | None


def read(data_dir: Path, first_ids: int, page_size: int) -> FirstRows | None:
    """The first page of the case list of ``data_dir``, or None (see the module)."""
    path = database_path(data_dir)
    if any((data_dir / name).exists() for name in KEY_FILES):
        return None
    try:
        with open(path, "rb") as fh:
            if fh.read(len(PLAIN_HEADER)) != PLAIN_HEADER:
                return None
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        return _read(conn, first_ids, page_size)
    except (sqlite3.Error, ValueError):
        return None  # the usual opening will say what is wrong, and refuse
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, first_ids: int, page_size: int) -> FirstRows | None:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if version is None or version[0] != HEAD:
        return None  # a migration must run first: the usual opening does it
    ids = [row[0] for row in conn.execute(FIRST_IDS, (first_ids,))]
    profile = conn.execute("SELECT timezone, language FROM organisation WHERE id = 1").fetchone()
    timezone, language = profile if profile is not None else ("Europe/Paris", None)
    page = ids[:page_size]
    rows: list[Row] = []
    rights: dict[int, list[str]] = {}
    if page:
        marks = ",".join("?" * len(page))
        for case_id, right in conn.execute(_RIGHTS.format(marks=marks), page):
            rights.setdefault(case_id, []).append(right)
        by_id = {r[0]: r for r in conn.execute(_ROWS.format(marks=marks), page)}
        rows = [_dated(by_id[i]) for i in page if i in by_id]
    return FirstRows(ids, rows, {k: tuple(v) for k, v in rights.items()}, timezone, language)


def _dated(row: Row) -> Row:
    """The row with its four dates as ``date`` (SQLite keeps them as ISO text)."""
    out = list(row)
    for i in (8, 9, 10, 11):
        if out[i] is not None:
            out[i] = date.fromisoformat(str(out[i])[:10])
    return tuple(out)
