"""Tables written a row at a time to an open file: CSV, JSON and a minimal XLSX.

The request register of a large store (a million cases) does not fit in memory as one
list of rows and one string (0.97 GB of RSS at 100,000 cases when it was built whole);
written row by row, an export's memory does not grow with the store.

Formula injection (reliability.md): a text cell starting with ``= + - @``, TAB or CR is
prefixed with an apostrophe in CSV and XLSX, so a spreadsheet shows it as text. The XLSX
is written by hand (zipfile and a few XML parts, inline strings only), so no cell is
ever a formula. JSON keeps the values as they are (no spreadsheet reads it).

A worksheet holds at most 1,048,576 rows (Excel's specification and limits): a longer
table continues on a second sheet, "Requests 2", with the header again.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from typing import IO, Protocol
from xml.sax.saxutils import escape

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = {'"': "&quot;"}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

#: Rows of one worksheet, header included (Excel: 1,048,576).
SHEET_ROWS = 1_048_576
#: Rows gathered before one write to the file (fewer, larger writes to the codec).
_BATCH = 500


def neutralise(value: str) -> str:
    """A spreadsheet must show ``value`` as text, never run it as a formula."""
    if value and value[0] in _DANGEROUS:
        return "'" + value
    return value


def cell_text(value: object) -> str:
    """The text a cell holds: inert, XML-safe (characters XML cannot hold replaced)."""
    return _XML_ILLEGAL.sub("\ufffd", neutralise("" if value is None else str(value)))


class TableWriter(Protocol):
    def row(self, values: Sequence[str]) -> None: ...

    def close(self) -> None:
        """Finish the file's structure (the caller flushes and closes the file)."""

    def abandon(self) -> None:
        """Let go of the file after an error or a cancel (the caller deletes it)."""


class CsvWriter:
    """UTF-8 with a BOM (Excel reads it as UTF-8), CRLF line ends."""

    def __init__(self, out: IO[bytes], columns: Sequence[str]) -> None:
        self._text = io.TextIOWrapper(out, encoding="utf-8", newline="")
        self._text.write("\ufeff")
        self._csv = csv.writer(self._text, lineterminator="\r\n")
        self._csv.writerow(columns)

    def row(self, values: Sequence[str]) -> None:
        self._csv.writerow([neutralise(v) for v in values])

    def close(self) -> None:
        self._text.flush()
        self._text.detach()  # the caller's file stays open

    def abandon(self) -> None:
        if not self._text.closed:
            with contextlib.suppress(OSError, ValueError):
                self._text.detach()


class JsonWriter:
    """``{"columns": [...], "rows": [{column: value}, ...]}``, one row per line."""

    def __init__(self, out: IO[bytes], columns: Sequence[str]) -> None:
        self._out = out
        self._columns = tuple(columns)
        self._first = True
        out.write(
            b'{"columns": '
            + json.dumps(list(self._columns), ensure_ascii=False).encode("utf-8")
            + b',\n "rows": ['
        )

    def row(self, values: Sequence[str]) -> None:
        record = json.dumps(dict(zip(self._columns, values, strict=True)), ensure_ascii=False)
        self._out.write((("\n  " if self._first else ",\n  ") + record).encode("utf-8"))
        self._first = False

    def close(self) -> None:
        self._out.write(b"\n ]\n}\n" if not self._first else b"]\n}\n")

    def abandon(self) -> None:
        """Nothing is held but the caller's file."""


def _col(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _cell(ref: str, value: object, style: int = 0) -> str:
    text = escape(cell_text(value))
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}" t="inlineStr"{s}><is><t xml:space="preserve">{text}</t></is></c>'


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_STYLES = (
    f"{_XML_HEAD}<styleSheet {_NS}>"
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
    'borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" '
    'fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" '
    'borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1">'
    '<cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


class XlsxBook:
    """A minimal valid SpreadsheetML workbook streamed into its zip as its rows come: one
    sheet after another, each with a bold header row (frozen, and column widths, when
    asked), inline strings only.

    Nothing is written anywhere but ``out``: openpyxl's write-only mode, which the
    inspection pack used, kept each sheet's rows in a file of the system's temporary
    folder until the workbook was saved, so a cancelled or killed pack left the request
    log's names there (until the program ended, or for good after a kill)."""

    def __init__(self, out: IO[bytes]) -> None:
        self._zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
        self._names: list[str] = []
        self._part: IO[bytes] | None = None
        self._r = 0
        self._pending: list[str] = []

    @property
    def rows_in_sheet(self) -> int:
        """Rows of the current sheet so far, its header included (0: no sheet yet)."""
        return self._r

    def sheet(
        self,
        name: str,
        header: Sequence[object],
        widths: Sequence[float] | None = None,
        freeze_header: bool = False,
    ) -> None:
        """Start the next sheet (``name``: unique in the book, 31 characters at most)."""
        self._end_sheet()
        self._names.append(name)
        part = f"xl/worksheets/sheet{len(self._names)}.xml"
        self._part = self._zip.open(part, "w", force_zip64=True)
        self._r = 0
        head = [f"{_XML_HEAD}<worksheet {_NS}>"]
        if freeze_header:
            head.append(
                '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" '
                'topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft"/></sheetView></sheetViews>'
            )
        if widths:
            cols = "".join(
                f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                for i, w in enumerate(widths, 1)
            )
            head.append(f"<cols>{cols}</cols>")
        head.append("<sheetData>")
        self._pending.append("".join(head))
        self._add(header, style=1)

    def row(self, values: Sequence[object]) -> None:
        if self._part is None:
            raise ValueError("a row before the first sheet")
        self._add(values)

    def _flush(self) -> None:
        if self._pending and self._part is not None:
            self._part.write("".join(self._pending).encode("utf-8"))
        self._pending.clear()

    def _end_sheet(self) -> None:
        if self._part is not None:
            self._pending.append("</sheetData></worksheet>")
            self._flush()
            self._part.close()
            self._part = None

    def _add(self, values: Sequence[object], style: int = 0) -> None:
        self._r += 1
        r = self._r
        cells = "".join(_cell(f"{_col(i)}{r}", v, style) for i, v in enumerate(values))
        self._pending.append(f'<row r="{r}">{cells}</row>')
        if len(self._pending) >= _BATCH:
            self._flush()

    def abandon(self) -> None:
        self._pending.clear()
        with contextlib.suppress(OSError, ValueError):
            if self._part is not None:
                self._part.close()
            self._zip.close()

    def close(self) -> None:
        if not self._names:
            raise ValueError("a workbook needs at least one sheet")
        self._end_sheet()
        n = range(1, len(self._names) + 1)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in n
        )
        sheets = "".join(
            f'<sheet name="{escape(name, _QUOTE)}" sheetId="{i}" r:id="rId{i}"/>'
            for i, name in zip(n, self._names, strict=True)
        )
        sheet_rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL_NS}/worksheet" '
            f'Target="worksheets/sheet{i}.xml"/>'
            for i in n
        )
        parts = {
            "[Content_Types].xml": (
                f"{_XML_HEAD}"
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                f"{overrides}"
                '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.styles+xml"/></Types>'
            ),
            "_rels/.rels": (
                f'{_XML_HEAD}<Relationships xmlns="{_PKG_RELS}">'
                f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" '
                'Target="xl/workbook.xml"/></Relationships>'
            ),
            "xl/workbook.xml": (
                # bookViews: the view a frozen sheet's sheetView refers to (workbookViewId 0)
                f'{_XML_HEAD}<workbook {_NS} xmlns:r="{_REL_NS}">'
                f"<bookViews><workbookView/></bookViews><sheets>{sheets}"
                "</sheets></workbook>"
            ),
            "xl/_rels/workbook.xml.rels": (
                f'{_XML_HEAD}<Relationships xmlns="{_PKG_RELS}">{sheet_rels}'
                f'<Relationship Id="rId{len(self._names) + 1}" Type="{_REL_NS}/styles" '
                'Target="styles.xml"/></Relationships>'
            ),
            "xl/styles.xml": _STYLES,
        }
        for name, content in parts.items():
            self._zip.writestr(name, content)
        self._zip.close()


class XlsxWriter:
    """One table as a workbook: "Requests", then "Requests 2"... past a sheet's rows."""

    def __init__(
        self,
        out: IO[bytes],
        columns: Sequence[str],
        title: str = "Requests",
        sheet_rows: int = SHEET_ROWS,
    ) -> None:
        self._book = XlsxBook(out)
        self._columns = list(columns)
        self._title = title
        self._sheet_rows = sheet_rows
        self._sheets = 0

    def _new_sheet(self) -> None:
        self._sheets += 1
        name = self._title if self._sheets == 1 else f"{self._title} {self._sheets}"
        self._book.sheet(name, self._columns)

    def row(self, values: Sequence[str]) -> None:
        if self._sheets == 0 or self._book.rows_in_sheet >= self._sheet_rows:
            self._new_sheet()
        self._book.row(values)

    def abandon(self) -> None:
        self._book.abandon()

    def close(self) -> None:
        if self._sheets == 0:
            self._new_sheet()  # a header-only sheet for an empty table
        self._book.close()


def table_bytes(
    kind: type[CsvWriter] | type[XlsxWriter],
    rows: Iterable[Sequence[str]],
    columns: Sequence[str],
) -> bytes:
    """A small table as bytes, through the same writer as a streamed one."""
    buf = io.BytesIO()
    writer = kind(buf, columns)
    for values in rows:
        writer.row(values)
    writer.close()
    return buf.getvalue()
