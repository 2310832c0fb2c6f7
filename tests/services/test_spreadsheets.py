"""The auditors' workbooks (inspection pack, register book) read back as a spreadsheet
program reads them, and what a stopped workbook leaves behind: nothing."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from odf import opendocument
from odf.table import Table, TableCell, TableRow
from odf.text import P
from openpyxl import load_workbook

from dpo_desk.services.spreadsheets import Sheet, write_ods, write_xlsx


class Stopped(Exception):
    """What the pack's cancel raises from inside the request log's rows."""


class RequestRows:
    """Rows a workbook may read twice (column widths, then the sheet), like the pack's
    request log; ``stop_at``: raise there, as a Cancel does."""

    def __init__(self, count: int, stop_at: int | None = None) -> None:
        self.count, self.stop_at = count, stop_at

    def __iter__(self) -> Iterator[Sequence[str]]:
        for i in range(self.count):
            if i == self.stop_at:
                raise Stopped
            yield [f"DPO-2026-{i:05d}", f"Lefèvre Marie {i}", "access"]


def test_the_workbook_reads_back_with_its_header_widths_and_continuation(tmp_path: Path) -> None:
    sheets = [
        Sheet("Requests: 2026", ["Reference", "Person", "Rights"], RequestRows(5)),
        Sheet(
            "Incidents",
            ["Title", "Note"],
            [['=HYPERLINK("http://x")', "bell\x07 and tab\tin"], ["Phishing", ""]],
        ),
        Sheet("Empty", ["Only", "a header"], []),
    ]
    out = tmp_path / "book.xlsx"
    with open(out, "wb") as fh:
        write_xlsx(sheets, fh, limit=4)  # 3 rows under each header
    book = load_workbook(out)
    assert book.sheetnames == ["Requests- 2026", "Requests- 2026 2", "Incidents", "Empty"]
    first, second = book["Requests- 2026"], book["Requests- 2026 2"]
    assert [list(r) for r in first.iter_rows(values_only=True)] == [
        ["Reference", "Person", "Rights"],
        ["DPO-2026-00000", "Lefèvre Marie 0", "access"],
        ["DPO-2026-00001", "Lefèvre Marie 1", "access"],
        ["DPO-2026-00002", "Lefèvre Marie 2", "access"],
    ]
    assert [r[0] for r in second.iter_rows(values_only=True)] == [
        "Reference",
        "DPO-2026-00003",
        "DPO-2026-00004",
    ]
    assert [list(r) for r in book["Empty"].iter_rows(values_only=True)] == [["Only", "a header"]]
    for sheet in (first, second, book["Incidents"], book["Empty"]):
        assert sheet.freeze_panes == "A2"  # the header stays in view
        assert sheet["A1"].font.b
    assert not first["A2"].font.b
    # widths in characters from the header and the first rows: 15 + 2, at least 10
    assert first.column_dimensions["B"].width == 17
    assert first.column_dimensions["C"].width == 10
    incidents = [list(r) for r in book["Incidents"].iter_rows(values_only=True)]
    assert incidents[1] == ['\'=HYPERLINK("http://x")', "bell\ufffd and tab\tin"]
    assert incidents[2] == ["Phishing", ""]


def test_both_formats_hold_the_same_cells(tmp_path: Path) -> None:
    sheets = [Sheet("Requests", ["Reference", "Person", "Rights"], RequestRows(40))]
    with open(tmp_path / "b.xlsx", "wb") as fh:
        write_xlsx(sheets, fh)
    with open(tmp_path / "b.ods", "wb") as fh:
        write_ods(sheets, fh)
    xlsx = [list(r) for r in load_workbook(tmp_path / "b.xlsx").active.iter_rows(values_only=True)]
    doc = opendocument.load(str(tmp_path / "b.ods"))
    table = doc.spreadsheet.getElementsByType(Table)[0]
    ods = [
        [
            "".join(str(p) for p in cell.getElementsByType(P))
            for cell in row.getElementsByType(TableCell)
        ]
        for row in table.getElementsByType(TableRow)
    ]
    assert xlsx == ods and len(xlsx) == 41


def test_a_workbook_stopped_midway_leaves_no_copy_in_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cancelled inspection pack said "nothing was kept", while openpyxl's write-only
    sheet kept the 3,000 request-log rows written so far (names included) in a file of
    the system's temporary folder, removed only when the program ended: never after a
    kill or a crash."""
    temp = tmp_path / "system-temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "request-log.xlsx"
    with open(out, "wb") as fh, pytest.raises(Stopped):
        write_xlsx(
            [Sheet("Requests", ["Reference", "Person", "Rights"], RequestRows(5000, 3000))], fh
        )
    assert list(temp.iterdir()) == []
