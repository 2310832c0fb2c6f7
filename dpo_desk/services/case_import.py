"""Importing requests from a web-form export (CSV or XLSX): all or nothing.

The file is read (``import_table``), its columns mapped to the fields of a request
(``import_mapping``: guessed from French or English headers, or chosen by the DPO),
every row checked with the intake form's rules (``import_rows``), and then, only if no
row was refused, every request written in ONE transaction (``import_write``). A refused
row is reported with its line and reason, all of them at once; one refusal, however
late in the file, and nothing is imported. A cancel, at any moment, rolls back too.

A duplicate row (same person, e-mail, instant of receipt and rights as an earlier line)
is refused: a form that double-posts must not open two clocks for one request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dpo_desk.errors import Phrase, Term, UserError, template
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.import_mapping import FIELDS, guess_mapping, missing_fields
from dpo_desk.services.import_rows import CheckedRow, RowChecker, RowRefusal
from dpo_desk.services.import_table import Table, read_table
from dpo_desk.services.import_write import write_rows
from dpo_desk.services.organisation import profile_in
from dpo_desk.services.registers.csvio import ImportCancelled, ImportRefused

Progress = Callable[[int, int], None]
Mapping = dict[str, int | None]


@dataclass
class CaseImportReport:
    """What an import did (or, dry, would do)."""

    file: str
    rows: int
    mapping: Mapping
    refusals: list[RowRefusal] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def imported(self) -> int:
        return len(self.references)


class CaseImportRefused(ImportRefused):
    """Rows were refused: nothing was imported. ``refusals`` lists every one."""

    def __init__(self, source: str, refusals: list[RowRefusal]) -> None:
        first = refusals[0]
        super().__init__(
            source,
            Phrase("line {n}", n=first.line),
            template("{reason} ({count} row(s) refused in all)"),
            reason=first.reason,
            count=len(refusals),
        )
        self.refusals = refusals


class _Steps:
    """Progress over checking then writing (two passes over the rows), and cancel."""

    def __init__(
        self, total: int, progress: Progress | None, cancel: threading.Event | None
    ) -> None:
        self.total = max(2 * total, 1)
        self.every = max(1, total // 200)
        self.progress = progress
        self.cancel = cancel

    def __call__(self, done: int, force: bool = False) -> None:
        if not force and done % self.every:
            return
        if self.cancel is not None and self.cancel.is_set():
            raise ImportCancelled("import cancelled: nothing was imported")
        if self.progress is not None:
            self.progress(done, self.total)


def check_mapping(table: Table, mapping: Mapping) -> Mapping:
    """Refuse a mapping that lacks a mandatory field or points outside the header."""
    clean: Mapping = {f: mapping.get(f) for f in FIELDS}
    for fld, index in clean.items():
        if index is not None and not 0 <= index < len(table.headers):
            raise UserError(
                "{field}: no column {value} in the file", field=Term(fld), value=index + 1
            )
    missing = missing_fields(clean)
    if missing:
        raise ImportRefused(
            table.name,
            Phrase("line {n}", n=1),
            "no column for {fields}; choose one in the mapping",
            fields=", ".join(missing),
        )
    return clean


def check_rows(
    ctx: Context, table: Table, mapping: Mapping, step: Callable[[int], None] | None = None
) -> tuple[list[CheckedRow], list[RowRefusal]]:
    """Every row checked: the good ones, and each refused one with its line."""
    with ctx.db.read() as session:
        profile = profile_in(session)
    checker = RowChecker(profile, ctx.today(), mapping)
    good: list[CheckedRow] = []
    refused: list[RowRefusal] = []
    for done, (line, cells) in enumerate(table.rows):
        if step is not None:
            step(done)
        result = checker.check(line, cells)
        (refused if isinstance(result, RowRefusal) else good).append(result)  # type: ignore[arg-type]
    return good, refused


def import_cases(
    ctx: Context,
    path: Path,
    mapping: Mapping | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> CaseImportReport:
    """Import every row of ``path`` as a new request, in one transaction, or nothing.

    ``mapping`` (field -> column index) defaults to ``guess_mapping`` of the headers.
    ``dry_run`` checks everything and writes nothing (the refusals are in the report).

    Raises:
        CaseImportRefused: some rows were refused (all listed); nothing imported.
        ImportRefused: the file or the mapping itself is refused.
        ImportCancelled: ``cancel`` was set; nothing imported.
    """
    table = read_table(path)
    chosen = check_mapping(table, mapping if mapping is not None else guess_mapping(table.headers))
    if not table.rows:
        raise ImportRefused(path.name, "", "no rows to import below the header line")
    steps = _Steps(len(table.rows), progress, cancel)
    good, refused = check_rows(ctx, table, chosen, steps)
    report = CaseImportReport(path.name, len(table.rows), chosen, refused, dry_run=dry_run)
    if dry_run:
        return report
    if refused:
        raise CaseImportRefused(path.name, refused)  # messages: passed on
    n = len(good)
    with ctx.db.write() as session:
        report.references = write_rows(session, ctx, good, path.name, lambda done: steps(n + done))
        steps(2 * n, force=True)
        audit.record(
            session,
            ctx,
            "case.import",
            "case",
            path.name[:100],
            {
                "file": path.name,
                "rows": n,
                "first": report.references[0],
                "last": report.references[-1],
            },
        )
    audit.checkpoint(ctx.db, "import")
    return report
