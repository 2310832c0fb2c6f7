"""``dpo-desk incident``: add, list, show, assess, notify, decide, export as a script runs
them (exit codes, one-line refusals, JSON)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dpo_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_incident_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = ("--data-dir", str(tmp_path / "d"))
    code, out, _ = run(
        capsys,
        *d,
        "incident",
        "add",
        "--title",
        "Laptop stolen",
        "--aware",
        "2026-03-28T23:59",
        "--origin",
        "device-lost-or-stolen",
        "--people",
        "120",
        "--data",
        "health",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["summary"]["reference"] == "INC-2026-0001"
    # 23:59 CET read in the organisation's zone; due 72 elapsed hours later, in CEST.
    assert data["summary"]["due_at"] == "2026-03-31T22:59:00+00:00"
    code, out, _ = run(capsys, *d, "incident", "show", "INC-2026-0001")
    assert code == 0 and "due by 2026-04-01 00:59 CEST" in out
    code, out, err = run(
        capsys,
        *d,
        "incident",
        "notify",
        "INC-2026-0001",
        "authority",
        "--sent",
        "2026-04-02T10:00+02:00",
    )
    assert code == 1 and "reasons for the delay are required" in err and out == ""
    assert err.count("\n") == 1
    code, out, _ = run(
        capsys,
        *d,
        "incident",
        "assess",
        "INC-2026-0001",
        "--level",
        "high",
        "--reasons",
        "health data",
    )
    assert code == 0 and "risk high" in out
    code, out, _ = run(
        capsys,
        *d,
        "incident",
        "notify",
        "INC-2026-0001",
        "authority",
        "--sent",
        "2026-04-02T10:00+02:00",
        "--delay-reasons",
        "the theft was reported late by the employee",
    )
    assert code == 0 and "late, reasons recorded" in out
    code, out, _ = run(capsys, *d, "incident", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["clock_running"] is False
    code, out, _ = run(capsys, *d, "incident", "export", str(tmp_path / "reg.csv"))
    assert code == 0 and "1 incident(s)" in out
    assert "INC-2026-0001" in (tmp_path / "reg.csv").read_text("utf-8-sig")


def test_refusals_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = ("--data-dir", str(tmp_path / "d"))
    code, _, err = run(capsys, *d, "incident", "add", "--title", "x", "--aware", "2026-03-29T02:30")
    assert code == 1 and err == (
        "dpo-desk: 2026-03-29 02:30 does not exist in Europe/Paris (clocks go forward)\n"
    )
    code, _, err = run(capsys, *d, "incident", "add", "--title", "x", "--aware", "2026-10-25T02:30")
    assert code == 1 and "happens twice" in err
    code, _, err = run(
        capsys, *d, "incident", "decide", "INC-2026-0042", "no-notify", "--reasons", "no data"
    )
    assert code == 1 and "no incident with reference INC-2026-0042" in err
    code, _, _ = run(capsys, *d, "incident", "notify", "INC-2026-0001", "police")
    assert code == 2


def test_reading_of_the_72_hours_is_a_setting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = ("--data-dir", str(tmp_path / "d"))
    code, out, _ = run(capsys, *d, "incident", "reading")
    assert code == 0 and out == "reading of the 72 hours: elapsed\n"
    code, _, err = run(capsys, *d, "incident", "reading", "reg-1182-71")
    assert code == 1 and "name: is required" in err  # no profile yet: refused, unchanged
    assert run(capsys, *d, "init", "--name", "Acme SAS")[0] == 0
    code, out, _ = run(capsys, *d, "incident", "reading", "reg-1182-71")
    assert code == 0 and out == "reading of the 72 hours: reg-1182-71\n"
    code, out, _ = run(
        capsys, *d, "incident", "add", "--title", "x", "--aware", "2026-03-28T23:59", "--json"
    )
    # The hour of awareness (23:00-24:00 CET) is left out: due 72 h after midnight.
    assert json.loads(out)["summary"]["due_at"] == "2026-03-31T23:00:00+00:00"


def test_document_then_sent(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = ("--data-dir", str(tmp_path / "d"))
    assert run(capsys, *d, "init", "--name", "Acme SAS", "--dpo-name", "Claire Dubois")[0] == 0
    run(
        capsys,
        *d,
        "incident",
        "add",
        "--title",
        "Laptop stolen",
        "--aware",
        "2026-03-28T23:59",
        "--json",
    )
    out_pdf = tmp_path / "summary.pdf"
    code, out, _ = run(
        capsys,
        *d,
        "incident",
        "document",
        "INC-2026-0001",
        "authority-summary",
        str(out_pdf),
        "--lang",
        "en",
        "--json",
    )
    doc = json.loads(out)
    assert code == 0 and out_pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run(
        capsys,
        *d,
        "incident",
        "sent",
        "INC-2026-0001",
        str(doc["id"]),
        "--sent",
        "2026-04-03T09:00+02:00",
    )
    assert code == 1 and "reasons for the delay are required" in err
    code, out, _ = run(
        capsys,
        *d,
        "incident",
        "sent",
        "INC-2026-0001",
        str(doc["id"]),
        "--sent",
        "2026-03-30T09:00+02:00",
    )
    assert code == 0 and "notice to authority recorded." in out
    code, out, _ = run(capsys, *d, "incident", "close", "INC-2026-0001")
    assert code == 0 and out == "INC-2026-0001: closed; the register entry is kept.\n"


def test_purge_lists_then_removes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = ("--data-dir", str(tmp_path / "d"))
    run(
        capsys,
        *d,
        "incident",
        "add",
        "--title",
        "Old",
        "--aware",
        "2019-05-02T10:00",
        "--quebec-people",
        "2",
    )
    run(capsys, *d, "incident", "decide", "INC-2019-0001", "no-notify", "--reasons", "none")
    assert run(capsys, *d, "incident", "close", "INC-2019-0001")[0] == 0
    code, out, _ = run(capsys, *d, "incident", "purge")
    assert code == 0 and "INC-2019-0001  kept until 2024-05-02" in out
    code, out, _ = run(capsys, *d, "incident", "purge", "INC-2019-0001", "--yes")
    assert code == 0 and out == "1 register entry removed.\n"
    code, _, err = run(capsys, *d, "incident", "show", "INC-2019-0001")
    assert code == 1 and "no incident with reference" in err


def test_update_completes_the_facts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = ("--data-dir", str(tmp_path / "d"))
    code, _, _ = run(
        capsys,
        *d,
        "incident",
        "add",
        "--title",
        "Laptop stolen",
        "--aware",
        "2026-01-30T09:00",
        "--people",
        "120",
    )
    assert code == 0
    code, out, _ = run(
        capsys,
        *d,
        "incident",
        "update",
        "INC-2026-0001",
        "--consequences",
        "Phishing likely",
        "--measures-taken",
        "Accounts blocked",
        "--advice",
        "Change your password",
        "--people",
        "150",
        "--records",
        "900",
        "--occurred-to",
        "2026-01-30T08:00",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["consequences"] == "Phishing likely"
    assert data["measures_taken"] == "Accounts blocked"
    assert data["person_advice"] == "Change your password"
    assert data["summary"]["people_count"] == 150 and data["records_count"] == 900
    # Read in the organisation's zone (Europe/Paris, CET).
    assert datetime.fromisoformat(data["occurred_to"]) == datetime(2026, 1, 30, 7, 0, tzinfo=UTC)
    code, out, _ = run(capsys, *d, "incident", "update", "INC-2026-0001", "--clear", "records")
    assert code == 0 and out == "INC-2026-0001 updated.\n"
    code, out, _ = run(capsys, *d, "incident", "show", "INC-2026-0001", "--json")
    assert code == 0 and json.loads(out)["records_count"] is None
    code, _, err = run(capsys, *d, "incident", "update", "INC-2026-0001", "--people", "-1")
    assert code == 1 and err.count("\n") == 1 and "number of people" in err
    code, _, err = run(capsys, *d, "incident", "update", "INC-2026-0001")
    assert code == 1 and "nothing to change" in err
    code, _, _ = run(
        capsys,
        *d,
        "incident",
        "decide",
        "INC-2026-0001",
        "no-notify",
        "--reasons",
        "encrypted disk",
    )
    code, _, _ = run(capsys, *d, "incident", "close", "INC-2026-0001")
    code, _, err = run(capsys, *d, "incident", "update", "INC-2026-0001", "--consequences", "none")
    assert code == 1 and "INC-2026-0001 is closed" in err
