"""Workbooks for auditors: XLSX (openpyxl) and ODS (odfpy), from the same sheets.

A sheet is a title, a header row and rows of text. Every text cell that a spreadsheet
would read as a formula (``= + - @``, TAB, CR) is prefixed with an apostrophe
(reliability.md, formula injection), and both writers store every cell as a string, so
nothing is ever computed. Characters XML cannot hold are replaced. The result is bytes:
the caller hashes it and writes it atomically.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from dpo_desk.services.exports import neutralise

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Excel refuses these in a sheet title, and titles longer than 31 characters.
_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Sheet:
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[str]]


def cell_text(value: object) -> str:
    """The text a cell holds: inert, XML-safe."""
    return _XML_ILLEGAL.sub("\ufffd", neutralise("" if value is None else str(value)))


def _title(title: str) -> str:
    return _TITLE_BAD.sub("-", title)[:31] or "Sheet"


def to_xlsx(sheets: Sequence[Sheet]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        ws = book.create_sheet(_title(sheet.title))
        ws.append([cell_text(h) for h in sheet.header])
        for cell in ws[1]:
            cell.font = bold
        for row in sheet.rows:
            ws.append([cell_text(v) for v in row])
        for row_cells in ws.iter_rows(min_row=2):
            for cell in row_cells:
                cell.data_type = "s"
                cell.alignment = wrap
        for i, head in enumerate(sheet.header):
            width = max([len(head)] + [min(len(str(r[i])), 60) for r in sheet.rows[:200]])
            ws.column_dimensions[ws.cell(1, i + 1).column_letter].width = max(10, width + 2)
        ws.freeze_panes = "A2"
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def to_ods(sheets: Sequence[Sheet]) -> bytes:
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="head", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    col = Style(name="col", family="table-column")
    col.addElement(TableColumnProperties(columnwidth="4.5cm"))
    doc.automaticstyles.addElement(col)
    for sheet in sheets:
        table = Table(name=_title(sheet.title))
        table.addElement(TableColumn(numbercolumnsrepeated=max(1, len(sheet.header)),
                                     stylename=col))
        for r, values in enumerate([list(sheet.header), *map(list, sheet.rows)]):
            tr = TableRow()
            for value in values:
                text = cell_text(value)
                cell = TableCell(valuetype="string", stylename=bold) if r == 0 else \
                    TableCell(valuetype="string")
                for line in text.split("\n"):
                    cell.addElement(P(text=line))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()
