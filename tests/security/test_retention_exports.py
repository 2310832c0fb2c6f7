"""Retention (purge/anonymise, then VACUUM: the name leaves the raw file) and the
auditor export (no personal data, formula injection neutralised, valid XLSX)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sqlalchemy import select

from dpo_desk.cli import main
from dpo_desk.paths import database_path
from dpo_desk.services import documents, retention, workflow
from dpo_desk.services.context import Context
from dpo_desk.services.exports import COLUMNS, neutralise, to_xlsx
from dpo_desk.store.models import AuditEvent, Document

from .conftest import CANARY, FIXED_NOW, add


def _close(ctx: Context, ref: str) -> None:
    workflow.transition(ctx, ref, "answered", "done")
    workflow.transition(ctx, ref, "closed", "reply given by phone")


def test_purge_anonymises_old_closed_cases_and_the_name_leaves_the_file(
    ctx: Context, store, tmp_path: Path
) -> None:
    old = add(ctx, name=f"Olga {CANARY}", notes=f"{CANARY} phoned twice")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + CANARY.encode() + b"\n%%EOF\n")
    documents.attach(ctx, old, pdf)
    _close(ctx, old)
    kept = add(ctx, name="Recent Person")
    later = Context(
        db=ctx.db,
        data_dir=ctx.data_dir,
        actor="dpo",
        clock=lambda: FIXED_NOW + timedelta(days=5 * 365 + 1),
    )
    assert [c.reference for c in retention.preview(later)] == [old]
    report = retention.purge(later)
    assert report.references == [old] and report.documents == 1 and report.vacuumed
    assert retention.preview(later) == []
    assert retention.purge(later).cases == 0  # safe to repeat (F15)
    with ctx.db.read() as session:
        doc = session.scalars(select(Document)).one()
        assert doc.purged_at is not None and doc.original_name == ""
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.operation == "case.anonymise")
        ).all()
        assert [e.record_ref for e in events] == [old]
        assert CANARY not in events[0].summary
    assert list((ctx.data_dir / "documents").iterdir()) == []
    raw = database_path(ctx.data_dir).read_bytes()
    wal = database_path(ctx.data_dir).with_name("dpo_desk.sqlite3-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert CANARY.encode() not in raw and CANARY.lower().encode() not in raw
    assert b"Recent Person" in raw  # the kept case is untouched
    assert kept


def test_evidence_of_closed_cases_is_destroyed_when_its_purpose_is_met(
    ctx: Context, tmp_path: Path
) -> None:
    ref = add(ctx, name="Heir Person")
    pdf = tmp_path / "death.pdf"
    pdf.write_bytes(b"%PDF-1.4\ncertificate\n%%EOF\n")
    documents.attach(ctx, ref, pdf, kind="death-certificate")
    open_ref = add(ctx, name="Still Open")
    documents.attach(ctx, open_ref, pdf, kind="death-certificate")
    assert retention.purge_spent_evidence(ctx) == 0
    _close(ctx, ref)
    assert retention.purge_spent_evidence(ctx) == 1
    assert retention.purge_spent_evidence(ctx) == 0
    assert len(list((ctx.data_dir / "documents").iterdir())) == 1


def test_negative_retention_is_refused(ctx: Context) -> None:
    from dpo_desk.errors import UserError

    with pytest.raises(UserError):
        retention.preview(ctx, -1)


HOSTILE = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain"]


def test_neutralise_prefixes_dangerous_cells() -> None:
    assert [neutralise(v) for v in HOSTILE] == ["'" + v for v in HOSTILE[:-1]] + ["plain"]


def test_export_csv_json_xlsx_without_personal_data(
    ctx: Context, store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(ctx, name=f"Eve {CANARY}", notes=f"secret note about {CANARY}")
    store.close()
    for fmt in ("csv", "json", "xlsx"):
        out = tmp_path / f"requests.{fmt}"
        code = main(
            [
                "--data-dir",
                str(ctx.data_dir),
                "export",
                "requests",
                "--format",
                fmt,
                "--out",
                str(out),
            ]
        )
        assert code == 0, capsys.readouterr().err
        data = out.read_bytes()
        assert CANARY.encode() not in data
        if fmt == "csv":
            rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
            assert rows[0] == list(COLUMNS) and rows[1][0] == "DPO-2026-0001"
            assert rows[1][5] == "n"
        elif fmt == "json":
            assert json.loads(data)["rows"][0]["rights"] == "access"
        else:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                assert zf.testzip() is None
                sheet = ElementTree.fromstring(zf.read("xl/worksheets/sheet1.xml"))
                for name in zf.namelist():
                    if name.endswith(".xml") or name.endswith(".rels"):
                        ElementTree.fromstring(zf.read(name))
            ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
            assert len(sheet.findall(".//m:row", ns)) == 2
            assert not sheet.findall(".//m:f", ns)  # never a formula


def test_xlsx_cells_are_inert_and_xml_safe() -> None:
    row = dict.fromkeys(COLUMNS, "")
    row.update(reference="=cmd|' /C calc'!A0", outcome="<b>&\x01")
    data = to_xlsx([row])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()
    ElementTree.fromstring(xml)
    assert "'=cmd" in xml and "&lt;b&gt;&amp;" in xml
