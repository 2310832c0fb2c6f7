"""Hostile input, each one a test (issue 13, "Hostile input": 36 tried, 32 handled).

Links and special files offered as attachments, ``letter --out`` into a folder or an
unwritable place, bidi and control characters printed to a terminal, the passphrase
leaking into the doctor's child process, a deeply nested JSON import, and a giant CSV.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from dpo_desk.cli import main
from dpo_desk.services import doctor, registers
from dpo_desk.services.context import Context
from dpo_desk.services.registers import csvio

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    d = tmp_path / "d"
    assert main(["--data-dir", str(d), "demo"]) == 0
    capsys.readouterr()
    return d


def _documents(d: Path, kind: str | None = None) -> int:
    with sqlite3.connect(d / "dpo_desk.sqlite3") as conn:
        sql = "SELECT count(*) FROM document" + (" WHERE kind = ?" if kind else "")
        return int(conn.execute(sql, (kind,) if kind else ()).fetchone()[0])


def _vault_files(d: Path) -> list[str]:
    return sorted(p.name for p in (d / "documents").glob("*")) if (d / "documents").exists() else []


@pytest.mark.parametrize("target", ["/etc/shadow", "secret.pdf"])
def test_attaching_a_symlink_is_refused_and_nothing_is_stored(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    real = Path(target) if target.startswith("/") else tmp_path / target
    if not real.is_absolute() or not real.exists():
        real = tmp_path / "secret.pdf"
        real.write_bytes(PDF)
    link = tmp_path / "innocent.pdf"
    link.symlink_to(real)
    before, files = _documents(demo_dir), _vault_files(demo_dir)
    code, _, err = _run(
        capsys, "--data-dir", str(demo_dir), "case", "attach", "DPO-2026-0001", str(link)
    )
    assert code == 1
    assert err.strip() == (
        "dpo-desk: innocent.pdf is a link to another file: attach the file itself, not a link"
    )
    assert _documents(demo_dir) == before and _vault_files(demo_dir) == files


def test_attaching_a_fifo_or_a_folder_is_refused_without_hanging(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "scan.pdf"
    os.mkfifo(fifo)  # nobody writes to it: reading it would block for ever
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    before = _documents(demo_dir)
    for special in (fifo, folder):
        started = time.monotonic()
        code, _, err = _run(
            capsys, "--data-dir", str(demo_dir), "case", "attach", "DPO-2026-0001", str(special)
        )
        assert time.monotonic() - started < 20
        assert code == 1 and "is not a regular file" in err and err.count("\n") == 1
    assert _documents(demo_dir) == before


def test_a_regular_file_still_attaches(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "scan.pdf"
    real.write_bytes(PDF)
    before = _documents(demo_dir)
    code, _, err = _run(
        capsys, "--data-dir", str(demo_dir), "case", "attach", "DPO-2026-0001", str(real)
    )
    assert code == 0, err
    assert _documents(demo_dir) == before + 1


@pytest.mark.parametrize("where", ["folder", "unwritable", "link"])
def test_letter_out_to_a_bad_place_is_one_line_and_keeps_no_draft(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    if where == "folder":
        out, expected = tmp_path, "is a folder: give a file name"
    elif where == "unwritable":
        # The tests run as root, which ignores file modes: /proc refuses everyone.
        out, expected = Path("/proc/letter.pdf"), "cannot write in /proc"
    else:
        out = tmp_path / "x.pdf"
        out.symlink_to(tmp_path / "elsewhere.pdf")
        expected = "is a link or a special file"
    letters = _documents(demo_dir, "letter")
    code, _, err = _run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "letter",
        "DPO-2026-0001",
        "--kind",
        "acknowledgement",
        "--lang",
        "en",
        "--out",
        str(out),
    )
    assert code == 1 and expected in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _documents(demo_dir, "letter") == letters  # no draft was generated and kept


def test_case_list_and_show_escape_bidi_and_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(tmp_path / "d")
    name = "Eve scan\u202efdp.exe \u2066x\u2069"
    code, out, err = _run(
        capsys,
        "--data-dir",
        d,
        "case",
        "add",
        "--name",
        name,
        "--right",
        "access",
        "--notes",
        "line one\nline\u202etwo",
    )
    assert code == 0, err
    reference = out.split()[0]
    code, out, _ = _run(capsys, "--data-dir", d, "case", "list")
    assert code == 0
    assert "Eve scan\\u202efdp.exe \\u2066x\\u2069" in out
    assert not any(ch in out for ch in "\u202e\u2066\u2069\x1b")
    code, out, _ = _run(capsys, "--data-dir", d, "case", "show", reference)
    assert "\u202e" not in out and "line\\u202etwo" in out and "line one\n" in out
    # --json is data for programs: the exact value, unescaped
    code, out, _ = _run(capsys, "--data-dir", d, "case", "list", "--json")
    assert name in __import__("json").loads(out)[0]["subject_name"]


def test_the_passphrase_is_not_inherited_by_the_doctor_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Qt probe runs in a child process: it must not see DPO_DESK_PASSPHRASE. The
    child here prints what it received (the real probe's environment, same code path)."""
    import subprocess
    import sys

    monkeypatch.setenv("DPO_DESK_PASSPHRASE", "correct horse battery staple")
    real_run = subprocess.run
    seen: list[str] = []

    def probe(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        child = [
            sys.executable,
            "-c",
            "import os; print(os.environ.get('DPO_DESK_PASSPHRASE', 'absent'))",
        ]
        done = real_run(child, **kwargs)  # type: ignore[call-overload]
        seen.append(done.stdout.strip())
        return done

    monkeypatch.setattr(doctor.subprocess, "run", probe)
    doctor.check_qt()
    assert seen and set(seen) == {"absent"}
    assert os.environ["DPO_DESK_PASSPHRASE"]  # our own process keeps it


def test_deeply_nested_json_import_is_refused_with_a_line(
    ctx: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nested.json"
    path.write_text('{"entries": ' + "[" * 200_000 + "]" * 200_000 + "}")
    with pytest.raises(csvio.ImportRefused, match="nested more than 32 levels"):
        registers.import_activities(ctx, path)
    assert registers.list_activities(ctx) == []
    code, _, err = _run(
        capsys, "--data-dir", str(ctx.data_dir.parent / "cli"), "register", "import", str(path)
    )
    assert code == 1 and "nested more than 32 levels" in err and "Recursion" not in err


def test_a_100000_row_csv_is_refused_quickly_above_the_documented_limit(
    ctx: Context, tmp_path: Path
) -> None:
    from dpo_desk.services.registers.activities_io import CSV_COLUMNS

    path = tmp_path / "big.csv"
    row = "Activity {i},Payroll,contract,identity,staff,HR,5 years,,,no,yes\r\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(",".join(CSV_COLUMNS) + "\r\n")
        fh.writelines(row.format(i=i) for i in range(100_000))
    started = time.monotonic()
    with pytest.raises(csvio.ImportRefused, match="more than 5,000 entries"):
        registers.import_activities(ctx, path)
    seconds = time.monotonic() - started
    assert seconds < 10, seconds  # measured 0.1 s alone; minutes before the limit
    assert registers.list_activities(ctx) == []


def test_import_reports_progress_and_cancel_rolls_everything_back(
    ctx: Context, tmp_path: Path
) -> None:
    from dpo_desk.services.registers.activities_io import CSV_COLUMNS

    path = tmp_path / "acts.csv"
    row = "Activity {i},Payroll,contract,identity,staff,HR,5 years,,,no,yes\r\n"
    path.write_text(
        ",".join(CSV_COLUMNS) + "\r\n" + "".join(row.format(i=i) for i in range(120)),
        encoding="utf-8",
    )
    seen: list[tuple[int, int]] = []
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 100:
            cancel.set()  # the user clicks Cancel part-way

    with pytest.raises(csvio.ImportCancelled, match="nothing was imported"):
        registers.import_activities(ctx, path, progress=progress, cancel=cancel)
    assert seen == [(0, 120), (50, 120), (100, 120)]
    assert registers.list_activities(ctx) == []  # rolled back, audit entries included
    seen.clear()
    report = registers.import_activities(ctx, path, progress=lambda d, t: seen.append((d, t)))
    assert report.created == 120 and seen[-1] == (120, 120)
