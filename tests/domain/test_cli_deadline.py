"""``dpo-desk deadline``: text and JSON output, and one-line refusals with exit code 1."""

from __future__ import annotations

import json

import pytest

from dpo_desk.cli import main

TODAY = ["--today", "2030-12-31"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["deadline", *argv, *TODAY])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_with_extension(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--jurisdiction", "FR", "--received", "2025-01-31", "--extended")
    assert (code, err) == (0, "")
    assert "Due:                 Fri 28 Feb 2025" in out
    assert "Extension notice by: Fri 28 Feb 2025" in out
    assert "Extended due date:   Mon 28 Apr 2025" in out
    assert "  1. Received on Fri 31 Jan 2025" in out
    assert "Sources: GDPR Art. 12(3)" in out


def test_text_output_without_extension(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--jurisdiction", "CA-QC", "--received", "2025-05-25")
    assert code == 0
    assert "Due:                 Wed 25 Jun 2025" in out
    assert "no extension exists under CA-QC" in out


def test_json_output_with_suspension(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--jurisdiction",
        "FR-57",
        "--received",
        "2025-03-10",
        "--suspended",
        "2025-03-12:2025-03-20",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert data["due"] == "2025-04-22"
    assert data["extended_due"] is None
    assert data["jurisdiction"] == "FR-57"
    assert data["readings"]["id_wait"] == "suspend"


def test_datetime_receipt(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--jurisdiction", "FR", "--received", "2025-01-31T23:30:00-05:00", "--json"
    )
    assert code == 0
    assert json.loads(out)["received"] == "2025-02-01"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--jurisdiction", "XX", "--received", "2025-01-31"], "unknown jurisdiction 'XX'"),
        (["--jurisdiction", "FR", "--received", "2025-02-29"], "not a valid date"),
        (["--jurisdiction", "FR", "--received", "2017-01-01"], "GDPR applies"),
        (["--jurisdiction", "CA-QC", "--received", "2025-05-25", "--extended"], "no extension"),
        (
            ["--jurisdiction", "FR", "--received", "2025-03-10", "--suspended", "2025-03-20"],
            "must be FROM:TO",
        ),
        (
            [
                "--jurisdiction",
                "FR",
                "--received",
                "2025-03-10",
                "--suspended",
                "2025-03-20:2025-03-12",
            ],
            "before it starts",
        ),
    ],
)
def test_refusals_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("dpo-desk: ") and message in err
