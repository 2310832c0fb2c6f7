"""The request register for auditors: CSV, XLSX or JSON, no personal notes.

Columns: reference, received, rights, channel, status, identity verified (y/n), due,
extended, answered, outcome. No name, no e-mail, no notes: an auditor checks how requests
were handled, not who made them.

Formula injection (reliability.md): a text cell starting with ``= + - @``, TAB or CR is
prefixed with an apostrophe in CSV and XLSX, so a spreadsheet shows it as text. The XLSX
is written by hand (zipfile + a few XML parts, inline strings only), so no cell is ever a
formula. Files are written to a temporary name, fsynced, then renamed.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.errors import UserError
from dpo_desk.fsio import atomic_write
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.store.models import Case

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
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    rows: int


def neutralise(value: str) -> str:
    """Make a text cell inert in a spreadsheet (OWASP "CSV injection")."""
    return "'" + value if value.startswith(_DANGEROUS) else value


def request_rows(ctx: Context) -> list[dict[str, str]]:
    with ctx.db.read() as session:
        return request_rows_in(session)


def request_rows_in(session: Session) -> list[dict[str, str]]:
    """The rows of the register of requests, read in the caller's transaction."""
    cases = session.scalars(
        select(Case)
        .options(selectinload(Case.rights), selectinload(Case.identity_checks))
        .order_by(Case.received_on, Case.reference)
    ).all()
    return [
        {
            "reference": c.reference,
            "received": c.received_on.isoformat(),
            "rights": ", ".join(sorted(r.right for r in c.rights)),
            "channel": c.channel,
            "status": c.status,
            "identity_verified": "y"
            if any(i.outcome == "verified" for i in c.identity_checks)
            else "n",
            "due": c.due_date.isoformat() if c.due_date else "",
            "extended": c.extended_due_date.isoformat() if c.extended_due_date else "",
            "answered": c.answered_on.isoformat() if c.answered_on else "",
            "outcome": c.outcome,
        }
        for c in cases
    ]


def export_requests(ctx: Context, fmt: str, out: Path) -> ExportResult:
    """Write the register to ``out`` in ``fmt``; audited (format and row count only)."""
    if fmt not in FORMATS:
        raise UserError(
            "unknown format {fmt!r}; use one of: {formats}", fmt=fmt, formats=", ".join(FORMATS)
        )
    # One transaction: the rows written are the rows counted in the audit entry; a
    # failed write of the file records no export.
    with ctx.db.write() as session:
        rows = request_rows_in(session)
        if fmt == "csv":
            data = to_csv(rows)
        elif fmt == "xlsx":
            data = to_xlsx(rows)
        else:
            data = json.dumps(
                {"columns": list(COLUMNS), "rows": rows}, ensure_ascii=False, indent=1
            ).encode("utf-8")
        write_export(Path(out), data)
        audit.record(session, ctx, "export.requests", "export", fmt, {"rows": len(rows)})
    return ExportResult(Path(out), fmt, len(rows))


def to_csv(rows: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise(row[c]) for c in columns])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel reads UTF-8


def _col(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _cell(ref: str, value: str, style: int = 0) -> str:
    text = escape(_XML_ILLEGAL.sub("\ufffd", neutralise(value)))
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}" t="inlineStr"{s}><is><t xml:space="preserve">{text}</t></is></c>'


def to_xlsx(rows: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS) -> bytes:
    """A minimal valid SpreadsheetML workbook: one sheet, bold header, inline strings."""
    lines = []
    for r, values in enumerate([list(columns)] + [[row[c] for c in columns] for row in rows]):
        cells = "".join(
            _cell(f"{_col(i)}{r + 1}", v, 1 if r == 0 else 0) for i, v in enumerate(values)
        )
        lines.append(f'<row r="{r + 1}">{cells}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel_ns}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} '
            f'xmlns:r="{rel_ns}"><sheets><sheet name="Requests" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel_ns}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel_ns}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {ns}>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
            'borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" '
            'fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" '
            'borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}>'
            f"<sheetData>{''.join(lines)}</sheetData></worksheet>"
        ),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return buf.getvalue()


def write_export(out: Path, data: bytes) -> None:
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("the folder {folder} does not exist", folder=folder)
    try:
        atomic_write(out, data)
    except OSError as exc:
        raise UserError("cannot write {out}: {reason}", out=out, reason=exc.strerror) from None
