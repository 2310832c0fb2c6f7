"""A web-form export read as a table: a header line and rows, from CSV or XLSX.

Web forms (Typeform, Google Forms, WordPress plug-ins, an intranet) export either CSV,
in UTF-8 with commas or, from French Excel, semicolons, or an Excel workbook. Both are
read the same way into ``Table``: the header cells, and each row with the line number a
spreadsheet shows for it (so a refusal says "line 99,999" and the DPO finds that line).

Bounded before it costs time or memory (reliability.md, hostile inputs): a file over
``MAX_BYTES`` is refused on its size, more than ``MAX_ROWS`` rows while reading, and
only the first sheet of a workbook is read, in openpyxl's streaming mode.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dpo_desk.errors import Phrase, UserError
from dpo_desk.services.registers.csvio import ImportRefused, check_size, restore

#: 100,000 requests is a large organisation's backlog of several years; twice that is
#: still read in bounded time (bench/import_100k.py), more is refused: split the file.
MAX_ROWS = 200_000
MAX_BYTES = 200 * 1024 * 1024
FORMATS = ("csv", "xlsx")


@dataclass
class Table:
    """The header cells and the rows ``(line number, cells)`` of an export."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    #: True when reading stopped at the caller's ``limit`` (a preview).
    truncated: bool = False


def table_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise UserError("{file}: expected a .csv or .xlsx file", file=path.name)


def read_table(path: Path, limit: int | None = None) -> Table:
    """Read ``path`` (CSV or XLSX); ``limit`` stops after that many rows (a preview).

    Raises:
        ImportRefused: too big, empty, not UTF-8, malformed, too many rows.
    """
    kind = table_format(path)
    check_size(path, MAX_BYTES)
    table = _read_xlsx(path, limit) if kind == "xlsx" else _read_csv(path, limit)
    if not any(h.strip() for h in table.headers):
        raise ImportRefused(path.name, "", "the file is empty")
    return table


def _too_many(path: Path, line: int) -> ImportRefused:
    return ImportRefused(
        path.name,
        Phrase("line {n}", n=line),
        "more than {limit} rows; import at most {limit} at a time (split the file)",
        limit=f"{MAX_ROWS:,}",
    )


def _read_csv(path: Path, limit: int | None) -> Table:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportRefused(
            path.name, Phrase("line {n}", n=line), "not UTF-8 text (save the file as CSV UTF-8)"
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportRefused(path.name, Phrase("line {n}", n=line), "contains a NUL byte")
    first = text.split("\n", 1)[0]
    # French Excel saves "CSV" with semicolons: told from the header line
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRefused(path.name, "", "the file is empty") from None
    except csv.Error as exc:
        raise ImportRefused(
            path.name, Phrase("line {n}", n=1), "not a CSV file ({reason})", reason=exc
        ) from None
    table = Table(path.name, [h.strip() for h in header])
    start = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportRefused(
                path.name, Phrase("line {n}", n=start), "malformed CSV ({reason})", reason=exc
            ) from None
        line, start = start, reader.line_num + 1
        if not record or all(not cell.strip() for cell in record):
            continue  # blank lines (Excel adds some) are not rows
        if limit is not None and len(table.rows) >= limit:
            table.truncated = True
            break
        if len(table.rows) >= MAX_ROWS:
            raise _too_many(path, line)
        # A cell an export neutralised with a leading ' (formula guard) is read back.
        table.rows.append((line, [restore(cell) for cell in record]))
    return table


def _read_xlsx(path: Path, limit: int | None) -> Table:
    try:
        # Imported on first use: openpyxl is half a second of the start-up otherwise
        # (the cases screen offers the import; issue 19).
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportRefused(
            path.name, "", "not an Excel workbook ({reason})", reason=type(exc).__name__
        ) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise ImportRefused(path.name, "", "the file is empty")
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise ImportRefused(path.name, "", "the file is empty")
        table = Table(path.name, ["" if h is None else str(h).strip() for h in header])
        for line, values in enumerate(rows, start=2):
            cells = ["" if v is None else v for v in values]
            if all(isinstance(c, str) and not c.strip() for c in cells):
                continue
            if limit is not None and len(table.rows) >= limit:
                table.truncated = True
                break
            if len(table.rows) >= MAX_ROWS:
                raise _too_many(path, line)
            table.rows.append((line, cells))
        return table
    finally:
        book.close()
