"""The request register for auditors: CSV, XLSX or JSON, no personal notes.

Columns: reference, received, rights, channel, status, identity verified (y/n), due,
extended, answered, outcome. No name, no e-mail, no notes: an auditor checks how requests
were handled, not who made them.

The cases are read in one read transaction (one snapshot: the rows written are the rows
counted), streamed a row at a time into a temporary file in the target folder (memory
does not grow with the store: 0.97 GB of RSS at 100,000 cases when the whole register
was built in memory, 10 GB foreseen at a million). The read holds no writer's lock, so
the desk's saves go on meanwhile; the file is put in place and the export audited in one
short write at the end. A cancel, a full disk or any error leaves no file and no entry.
The writers and the formula-injection rule are in ``table_writers``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy import Label, exists, func, select
from sqlalchemy.orm import Session

from dpo_desk.errors import UserError
from dpo_desk.fsio import (
    atomic_write,
    fsync_dir,
    recorded_staging,
    staged_path,
    sweep_staged,
)
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.table_writers import (
    CsvWriter,
    JsonWriter,
    TableWriter,
    XlsxWriter,
    neutralise,
    table_bytes,
)
from dpo_desk.store.models import Case, CaseRight, IdentityCheck

__all__ = [
    "COLUMNS",
    "FORMATS",
    "ExportCancelled",
    "ExportResult",
    "export_requests",
    "neutralise",
    "to_csv",
    "to_xlsx",
    "write_export",
]

COLUMNS = (
    "reference",
    "received",
    "rights",
    "channel",
    "status",
    "identity_verified",
    "due",
    "extended",
    "answered",
    "outcome",
)
FORMATS = ("csv", "xlsx", "json")
_WRITERS: dict[str, Callable[..., TableWriter]] = {
    "csv": CsvWriter,
    "xlsx": XlsxWriter,
    "json": JsonWriter,
}
#: Cases converted per step of the read (SQLAlchemy converts a step in one call that
#: holds the GIL; the window paints between two).
STEP = 1_000

#: Rows between two progress reports (and two looks at the Cancel button).
_REPORT_EVERY = 1_000

Progress = Callable[[int, int, str], None]


class ExportCancelled(UserError):
    """The DPO cancelled: no file was written, nothing recorded."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    rows: int


def _iso(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def rights_listed() -> Label[str | None]:
    """A case's rights joined by commas, gathered by the database (group_concat on
    SQLite, string_agg on PostgreSQL), in no set order: see ``sorted_rights``."""
    return (
        select(func.aggregate_strings(CaseRight.right, ","))
        .where(CaseRight.case_id == Case.id)
        .scalar_subquery()
        .label("rights")
    )


def sorted_rights(joined: str | None) -> str:
    return ", ".join(sorted(joined.split(","))) if joined else ""


def identity_verified() -> Label[bool]:
    """Whether one of the case's identity checks ended verified."""
    return (
        exists()
        .where(IdentityCheck.case_id == Case.id, IdentityCheck.outcome == "verified")
        .label("verified")
    )


def register_rows(session: Session) -> Iterator[list[str]]:
    """The register's rows (``COLUMNS``), oldest request first, streamed from the
    caller's transaction, a thousand cases converted at a time."""
    rows = session.execute(
        select(
            Case.reference,
            Case.received_on,
            rights_listed(),
            Case.channel,
            Case.status,
            identity_verified(),
            Case.due_date,
            Case.extended_due_date,
            Case.answered_on,
            Case.outcome,
        ).order_by(Case.received_on, Case.reference),
        execution_options={"yield_per": STEP},
    )
    with rows:  # closed when the reader stops early (a server-side cursor on PostgreSQL)
        for ref, received, joined, channel, status, ok, due, extended, answered, outcome in rows:
            yield [
                ref,
                received.isoformat(),
                sorted_rights(joined),
                channel,
                status,
                "y" if ok else "n",
                _iso(due),
                _iso(extended),
                _iso(answered),
                outcome,
            ]


def _folder_of(out: Path) -> Path:
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("the folder {folder} does not exist", folder=folder)
    return folder


def _cannot_write(out: Path, exc: OSError) -> UserError:
    return UserError("cannot write {out}: {reason}", out=out, reason=exc.strerror)


def _stop_if_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled("the export was cancelled; no file was written")


def _write_register(
    session: Session,
    fh: IO[bytes],
    fmt: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    """Every row of the register into ``fh`` in ``fmt``; how many were written."""
    total = int(session.scalar(select(func.count()).select_from(Case)) or 0)
    writer = _WRITERS[fmt](fh, COLUMNS)
    written = 0
    try:
        for values in register_rows(session):
            writer.row(values)
            written += 1
            if written % _REPORT_EVERY == 0:
                _stop_if_cancelled(cancelled)
                if progress is not None:
                    progress(written, total, "")
        writer.close()
    except BaseException:
        writer.abandon()
        raise
    return written


def export_requests(
    ctx: Context,
    fmt: str,
    out: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the register to ``out`` in ``fmt``; audited (format and row count only).

    ``progress(done, total, "")`` is called every thousand rows; ``cancelled()``
    is asked as often, and a cancel raises ``ExportCancelled``."""
    if fmt not in FORMATS:
        raise UserError(
            "unknown format {fmt!r}; use one of: {formats}", fmt=fmt, formats=", ".join(FORMATS)
        )
    out = Path(out)
    folder = _folder_of(out)
    sweep_staged(out)  # what an export of this file killed earlier left behind
    staged = staged_path(out)
    try:
        with recorded_staging(ctx.data_dir, staged):  # a killed export's: next opening
            with ctx.db.read() as session, open(staged, "wb") as fh:
                os.chmod(staged, 0o600)
                written = _write_register(session, fh, fmt, progress, cancelled)
                fh.flush()
                os.fsync(fh.fileno())
            _stop_if_cancelled(cancelled)
            with ctx.db.write() as session:
                audit.record(session, ctx, "export.requests", "export", fmt, {"rows": written})
                os.replace(staged, out)
            fsync_dir(folder)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise _cannot_write(out, exc) from None
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(written, written, "")
    return ExportResult(out, fmt, written)


def to_csv(rows: Sequence[dict[str, str]], columns: Sequence[str] = COLUMNS) -> bytes:
    """A small table (dictionaries by column) as CSV bytes."""
    return table_bytes(CsvWriter, ([row[c] for c in columns] for row in rows), columns)


def to_xlsx(rows: Sequence[dict[str, str]], columns: Sequence[str] = COLUMNS) -> bytes:
    """A small table (dictionaries by column) as a one-sheet XLSX."""
    return table_bytes(XlsxWriter, ([row[c] for c in columns] for row in rows), columns)


def write_export(out: Path, data: bytes) -> None:
    _folder_of(out)
    try:
        atomic_write(out, data)
    except OSError as exc:
        raise _cannot_write(out, exc) from None
