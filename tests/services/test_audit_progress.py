"""``audit verify`` at scale: progress after every batch, a cancel between batches, and
the CLI's progress on stderr (issue 19)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import text

from dpo_desk.cli import main
from dpo_desk.cli.audit import Progress
from dpo_desk.services import audit, audit_log, cases


def _cases(ctx, n: int) -> None:
    for i in range(n):
        cases.add_case(
            ctx,
            cases.NewCase(
                name=f"P{i}", rights=["access"], received=date(2025, 1, 6), channel="email"
            ),
        )


def test_progress_after_every_batch(ctx) -> None:
    _cases(ctx, 5)
    with ctx.db.read() as session:
        total = audit.count(session)
        seen: list[tuple[int, int]] = []
        report = audit.verify(session, batch=3, progress=lambda d, t: seen.append((d, t)))
    assert report.ok and report.count == total
    assert [d for d, _ in seen] == [*range(3, total, 3), total]
    assert all(t == total for _, t in seen)


def test_cancel_between_batches_concludes_nothing(ctx) -> None:
    _cases(ctx, 5)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # two batches read, then stop

    with pytest.raises(audit.VerifyCancelled) as caught, ctx.db.read() as session:
        audit.verify(session, batch=2, cancelled=cancelled)
    assert caught.value.params["count"] == 4
    with pytest.raises(audit.VerifyCancelled):
        audit_log.chain_status(ctx, cancelled=lambda: True)


def test_broken_entry_still_named_with_progress(ctx) -> None:
    _cases(ctx, 3)
    with ctx.db.write() as session:
        session.execute(text("UPDATE audit_event SET summary = 'x' WHERE id = 4"))
    with ctx.db.read() as session:
        report = audit.verify(session, batch=2, progress=lambda d, t: None)
    assert not report.ok and report.first_broken_id == 4 and report.count == 3


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_cli_progress_in_a_log_is_one_line_per_tenth() -> None:
    out = io.StringIO()
    show = Progress(out)
    for done in range(1000, 100_001, 1000):
        show(done, 100_000)
    lines = out.getvalue().splitlines()
    assert len(lines) == 10
    assert lines[0] == "Checking the audit chain: 10,000 / 100,000 entries (10 %)"
    assert lines[-1] == "Checking the audit chain: 100,000 / 100,000 entries (100 %)"


def test_cli_progress_on_a_terminal_rewrites_one_line() -> None:
    out = _Tty()
    show = Progress(out, interval=3600)  # only the first and the last are written
    for done in range(1000, 10_001, 1000):
        show(done, 10_000)
    text = out.getvalue()
    assert text.count("\r") == 2 and text.endswith("(100 %)\n")
    assert "\n" not in text[:-1]


def test_cli_verify_writes_progress_to_stderr_only(tmp_path, capsys) -> None:
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", d, "audit", "verify"]) == 0
    captured = capsys.readouterr()
    assert "Audit chain intact" in captured.out and "Checking" not in captured.out
    assert "Checking the audit chain:" in captured.err and "(100 %)" in captured.err
