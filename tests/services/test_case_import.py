"""Bulk import of requests from a web-form export: mapping, refusals, all or nothing."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from dpo_desk.services import audit, cases
from dpo_desk.services.case_import import CaseImportRefused, import_cases
from dpo_desk.services.import_mapping import guess_mapping, parse_received
from dpo_desk.services.import_table import read_table
from dpo_desk.services.registers.csvio import ImportCancelled, ImportRefused
from dpo_desk.store.models import AuditEvent, Case, DataSubject

FR_HEADER = "Horodatage;Nom complet;Adresse e-mail;Type de demande;Votre message"


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _counts(ctx) -> tuple[int, int, int]:
    with ctx.db.read() as s:
        return (
            int(s.scalar(select(func.count(Case.id))) or 0),
            int(s.scalar(select(func.count(DataSubject.id))) or 0),
            audit.count(s),
        )


def test_french_headers_are_mapped_and_rows_imported_with_the_intake_deadline(
    ctx, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "formulaire.csv",
        [
            FR_HEADER,
            "31/01/2025 09:15;Élodie Lefèvre;elodie@example.fr;Accès;Je veux mes données",
            "2025-01-31;Дмитрий Иванов;;Suppression, Opposition;",
        ],
    )
    report = import_cases(ctx, path)
    assert report.references == ["DPO-2025-0001", "DPO-2025-0002"]
    first = cases.get_case(ctx, "DPO-2025-0001")
    assert first.summary.subject_name == "Élodie Lefèvre"
    assert first.summary.email == "elodie@example.fr"
    assert first.summary.rights == ("access",)
    assert first.summary.channel == "web-form"  # no channel column: the form itself
    assert first.notes == "Je veux mes données"
    # The same deadline as the intake form gives (GDPR Art. 12(3), Reg. 1182/71).
    assert first.due_date == date(2025, 2, 28)
    second = cases.get_case(ctx, "DPO-2025-0002")
    assert second.summary.rights == ("erasure", "objection")
    # Searchable like a case typed by hand.
    found = cases.list_cases(ctx, cases.CaseFilter(text="lefevre"))
    assert [c.reference for c in found] == ["DPO-2025-0001"]
    # The audit trail holds both entries per row plus the import, and still verifies;
    # a case added afterwards chains on.
    after = cases.add_case(
        ctx, cases.NewCase(name="Ana", rights=["access"], received=date(2025, 2, 3), channel="post")
    )
    assert after.reference == "DPO-2025-0003"
    with ctx.db.read() as s:
        ops = list(s.scalars(select(AuditEvent.operation).order_by(AuditEvent.id)))
        assert ops == ["subject.create", "case.create"] * 2 + [
            "case.import",
            "subject.create",
            "case.create",
        ]
        assert audit.verify(s).ok


def test_english_xlsx_with_jurisdiction_and_channel(ctx, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "Submitted at",
            "Your name",
            "Email address",
            "Request type",
            "Channel",
            "Country",
            "Comments",
        ]
    )
    sheet.append(
        [date(2025, 3, 3), "Jean Tremblay", "jt@example.ca", "access", "email", "CA-QC", "hello"]
    )
    path = tmp_path / "export.xlsx"
    book.save(path)
    report = import_cases(ctx, path)
    detail = cases.get_case(ctx, report.references[0])
    assert detail.summary.jurisdiction == "CA-QC"
    assert detail.summary.channel == "email"
    assert detail.summary.received_on == date(2025, 3, 3)


@pytest.mark.parametrize(
    "headers,expected",
    [
        (
            ["Nom", "Courriel", "Date de réception", "Droits", "Canal", "Commentaires"],
            {"name": 0, "email": 1, "received": 2, "rights": 3, "channel": 4, "notes": 5},
        ),
        (
            ["Timestamp", "Full name", "Your e-mail address", "Request type", "Postal address"],
            {"received": 0, "name": 1, "email": 2, "rights": 3, "address": 4},
        ),
        (
            ["Votre adresse e-mail", "Adresse postale", "Nom et prénom", "Reçu le", "Demande"],
            {"email": 0, "address": 1, "name": 2, "received": 3, "rights": 4},
        ),
    ],
)
def test_guess_mapping_fr_en(headers: list[str], expected: dict[str, int]) -> None:
    mapping = guess_mapping(headers)
    assert {k: v for k, v in mapping.items() if v is not None} == expected


def test_every_refused_row_is_listed_with_its_line_and_nothing_is_imported(
    ctx, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "bad.csv",
        [
            FR_HEADER,
            "2025-01-31;Good Row;g@example.fr;access;",  # line 2: fine
            "31/02/2025;Bad Date;b@example.fr;access;",  # 3: no 31 February
            "2025-01-31;Unknown Right;u@example.fr;teleport;",  # 4
            "2025-01-31;<script>x</script>;m@example.fr;access;",  # 5: markup
            "2025-01-31;Bell\x07Name;c@example.fr;access;",  # 6: control character
            "2025-01-31;;e@example.fr;access;",  # 7: empty name
            "2025-01-31;Good Row;g@example.fr;access;",  # 8: duplicate of 2
            "2025-01-31;No Mail;not-an-address;access;",  # 9
        ],
    )
    before = _counts(ctx)
    with pytest.raises(CaseImportRefused) as caught:
        import_cases(ctx, path)
    got = {r.line: r.render() for r in caught.value.refusals}
    assert sorted(got) == [3, 4, 5, 6, 7, 8, 9]
    assert "is not a date" in got[3]
    assert "unknown right 'teleport'" in got[4]
    assert "markup" in got[5]
    assert "control character (U+0007)" in got[6]
    assert "name: is required" in got[7]
    assert "line 2" in got[8] and "duplicate" in got[8]
    assert "not an address" in got[9]
    assert "line 3" in str(caught.value) and "7 row(s) refused" in str(caught.value)
    assert "ligne 3" in caught.value.render("fr") or "line 3" in caught.value.render("fr")
    assert _counts(ctx) == before


def test_dry_run_reports_without_writing(ctx, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "f.csv", [FR_HEADER, "2025-01-31;A B;;access;", "2025-01-31;C D;;nope;"]
    )
    report = import_cases(ctx, path, dry_run=True)
    assert report.rows == 2 and report.imported == 0
    assert [r.line for r in report.refusals] == [3]
    assert _counts(ctx) == (0, 0, 0)


def test_missing_mandatory_column_is_refused(ctx, tmp_path: Path) -> None:
    path = _write(tmp_path / "f.csv", ["Nom;Courriel", "A;a@b.c"])
    with pytest.raises(ImportRefused, match="no column for received, rights"):
        import_cases(ctx, path)


def test_explicit_mapping_overrides_the_guess(ctx, tmp_path: Path) -> None:
    path = _write(tmp_path / "f.csv", ["A,B,C", "Zoé Martin,2025-01-31,erasure"])
    with pytest.raises(ImportRefused):
        import_cases(ctx, path)
    report = import_cases(ctx, path, {"name": 0, "received": 1, "rights": 2})
    assert cases.get_case(ctx, report.references[0]).summary.subject_name == "Zoé Martin"


def test_cancel_while_writing_rolls_everything_back(ctx, tmp_path: Path) -> None:
    rows = [f"2025-01-{1 + i % 28:02d};Person {i};p{i}@example.fr;access;" for i in range(12000)]
    path = _write(tmp_path / "big.csv", [FR_HEADER, *rows])
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done > total // 2 + 6000:  # past the checks, after the first written chunk
            cancel.set()

    with pytest.raises(ImportCancelled):
        import_cases(ctx, path, progress=progress, cancel=cancel)
    assert max(seen) > 12000  # the writing had begun
    assert _counts(ctx) == (0, 0, 0)


def test_day_first_and_iso_dates() -> None:
    assert parse_received("05/01/2026") == date(2026, 1, 5)
    assert parse_received("2026-01-05") == date(2026, 1, 5)
    assert parse_received("05.01.2026 14h30").hour == 14  # type: ignore[union-attr]
    assert parse_received("2026-01-05T10:00:00+01:00").utcoffset() is not None  # type: ignore[union-attr]


def test_preview_reads_only_the_first_rows(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "f.csv", [FR_HEADER] + [f"2025-01-31;P{i};;access;" for i in range(100)]
    )
    table = read_table(path, limit=5)
    assert len(table.rows) == 5 and table.truncated
    assert table.rows[0][0] == 2


@pytest.mark.slow
def test_a_bad_row_on_line_99999_of_100000_imports_nothing(ctx, tmp_path: Path) -> None:
    lines = [FR_HEADER]
    for i in range(2, 100_002):
        right = "teleport" if i == 99_999 else "access"
        lines.append(
            f"2025-01-{1 + i % 28:02d} 10:{i % 60:02d};Person {i};p{i}@example.fr;{right};"
        )
    path = _write(tmp_path / "big.csv", lines)
    with pytest.raises(CaseImportRefused) as caught:
        import_cases(ctx, path)
    assert [r.line for r in caught.value.refusals] == [99_999]
    assert "line 99999" in str(caught.value)
    assert _counts(ctx) == (0, 0, 0)


def test_a_receipt_in_the_future_or_before_the_gdpr_is_refused(ctx, tmp_path: Path) -> None:
    # The deadline rules' own bounds (GDPR Art. 99(2): applies from 25 May 2018).
    path = _write(
        tmp_path / "f.csv",
        [
            "Date;Nom;Droits",
            "2026-03-01;A B;accès",
            "1999-01-01;C D;access",
            "2026-01-30;E F;accès",
        ],
    )
    report = import_cases(ctx, path, dry_run=True)
    got = {r.line: r.render() for r in report.refusals}
    assert sorted(got) == [2, 3]
    assert "future" in got[2] and "25 May 2018" in got[3]
