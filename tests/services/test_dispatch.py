"""Dispatch of letters: the sending day, the channel, registered post, the proof of
delivery; the sending day is what the on-time check uses (GDPR Art. 12(3))."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from dpo_desk.cli import main
from dpo_desk.domain import dispatch
from dpo_desk.errors import UserError
from dpo_desk.services import audit, cases, letters
from dpo_desk.services.context import Context

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _case(ctx: Context, received: date) -> str:
    new = cases.NewCase(
        name="Élodie Lefèvre",
        rights=["access"],
        received=received,
        channel="post",
        email="e@example.fr",
    )
    return cases.add_case(ctx, new).reference


def _ops(ctx: Context) -> list[tuple[str, dict]]:
    from sqlalchemy import select

    from dpo_desk.store.models import AuditEvent

    with ctx.db.read() as session:
        assert audit.verify(session).ok
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        return [(r.operation, json.loads(r.summary or "{}")) for r in rows]


def test_registered_post_records_day_number_and_lateness(ctx: Context) -> None:
    today = ctx.today()
    ref = _case(ctx, today - timedelta(days=40))  # due ~10 days ago
    due = cases.get_case(ctx, ref).due_date
    letter = letters.generate(ctx, ref, "acknowledgement", "fr")
    with pytest.raises(UserError, match="registered post needs its number"):
        letters.mark_sent(ctx, letter.document_id, channel="registered-post")
    assert letters.letters_of(ctx, ref)[0].sent_at is None  # nothing recorded
    sent = letters.mark_sent(
        ctx,
        letter.document_id,
        channel="registered-post",
        sent_on=today,
        tracking=" 1A 234 567 8901 2 ",
    )
    assert (sent.sent_on, sent.dispatch_channel, sent.tracking_number) == (
        today,
        "registered-post",
        "1A 234 567 8901 2",
    )
    assert sent.days_late == (today - due).days > 0
    op, details = _ops(ctx)[-1]
    assert op == "letter.sent"
    assert details["channel"] == "registered-post" and details["sent_on"] == today.isoformat()


def test_the_sending_day_not_the_click_decides_on_time(ctx: Context) -> None:
    """A letter generated and posted on the due day, recorded three days later, is on
    time; recorded with the default day (the click), it would be late."""
    today = ctx.today()
    ref = _case(ctx, today - relativedelta(months=1))
    due = cases.get_case(ctx, ref).due_date
    assert due == today  # 2 Jan + 1 month... rolled: the due day is today
    letter = letters.generate(ctx, ref, "acknowledgement", "en")
    other = letters.generate(ctx, ref, "acknowledgement", "fr")
    later = replace(ctx, clock=lambda: ctx.now() + timedelta(days=3))
    with pytest.raises(UserError, match="before the letter was generated"):
        letters.mark_sent(later, letter.document_id, sent_on=due - timedelta(days=1))
    with pytest.raises(UserError, match="in the future"):
        letters.mark_sent(later, letter.document_id, sent_on=today + timedelta(days=4))
    with pytest.raises(UserError, match="unknown dispatch channel"):
        letters.mark_sent(later, letter.document_id, channel="pigeon")
    on_time = letters.mark_sent(later, letter.document_id, sent_on=due, channel="email")
    assert on_time.days_late == 0 and on_time.tracking_number == ""
    clicked = letters.mark_sent(later, other.document_id)
    assert clicked.sent_on == today + timedelta(days=3) and clicked.days_late == 3


def test_days_late_counts_the_due_day_in_full() -> None:
    due = date(2025, 4, 3)
    assert dispatch.days_late(date(2025, 4, 3), due) == 0
    assert dispatch.days_late(date(2025, 4, 1), due) == 0
    assert dispatch.days_late(date(2025, 4, 5), due) == 2
    assert dispatch.days_late(date(2025, 4, 5), None) is None


def test_delivery_with_proof_is_kept_and_audited(ctx: Context, tmp_path: Path) -> None:
    today = ctx.today()
    ref = _case(ctx, today - timedelta(days=3))
    letter = letters.generate(ctx, ref, "acknowledgement", "fr")
    with pytest.raises(UserError, match="is a draft"):
        letters.record_delivery(ctx, letter.document_id, today)
    letters.mark_sent(ctx, letter.document_id, channel="post")
    with pytest.raises(UserError, match="before the letter was sent"):
        letters.record_delivery(ctx, letter.document_id, today - timedelta(days=1))
    slip = tmp_path / "avis-de-reception.pdf"
    slip.write_bytes(PDF)
    info = letters.record_delivery(ctx, letter.document_id, today, slip)
    assert info.delivered_on == today and info.delivery_proof_id is not None
    kinds = [d.kind for d in cases.get_case(ctx, ref).documents]
    assert "delivery-proof" in kinds
    with pytest.raises(UserError, match="already recorded"):
        letters.record_delivery(ctx, letter.document_id, today)
    op, details = _ops(ctx)[-1]
    assert op == "letter.delivered" and details["proof"] == info.delivery_proof_id


def test_a_refused_proof_file_records_nothing(ctx: Context, tmp_path: Path) -> None:
    ref = _case(ctx, ctx.today())
    letter = letters.generate(ctx, ref, "acknowledgement", "fr")
    letters.mark_sent(ctx, letter.document_id)
    with pytest.raises(UserError):
        letters.record_delivery(ctx, letter.document_id, ctx.today(), tmp_path / "missing.pdf")
    assert letters.letters_of(ctx, ref)[0].delivered_on is None


def test_cli_dispatch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "--data-dir",
                d,
                "letter",
                "DPO-2026-0001",
                "--kind",
                "acknowledgement",
                "--lang",
                "fr",
                "--out",
                str(tmp_path / "a.pdf"),
                "--json",
            ]
        )
        == 0
    )
    letter = json.loads(capsys.readouterr().out)["document_id"]
    base = ["--data-dir", d, "dispatch"]
    assert main([*base, "sent", str(letter), "--channel", "registered-post"]) == 1
    assert "registered post needs its number" in capsys.readouterr().err
    assert (
        main([*base, "sent", str(letter), "--channel", "registered-post", "--tracking", "1A23"])
        == 0
    )
    out = capsys.readouterr().out
    assert f"#{letter}" in out and "registered-post 1A23" in out
    today = date.today().isoformat()
    assert main([*base, "delivered", str(letter), "--on", today]) == 0
    capsys.readouterr()
    assert main([*base, "list", "DPO-2026-0001", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[letter]["tracking_number"] == "1A23"
    assert rows[letter]["delivered_on"] == today
    assert main([*base, "sent", str(letter), "--channel", "post"]) == 1
    assert "already sent" in capsys.readouterr().err
