"""One DPO action, one transaction (issue 15): a failure injected at the last step of a
composite action leaves nothing of it, neither a row, an audit entry nor a vault file;
each action opens exactly one write transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from regtools import chain_ok, new_case
from sqlalchemy import select

from dpo_desk.errors import UserError
from dpo_desk.services import audit, cases, letters, registers
from dpo_desk.services.context import Context
from dpo_desk.services.letters import build
from dpo_desk.store.models import Base

Snapshot = tuple[dict[str, list[tuple[Any, ...]]], list[str]]


class Injected(RuntimeError):
    """The failure injected at the last step."""


def _snapshot(ctx: Context) -> Snapshot:
    """Every row of every table, and every file of the vault."""
    with ctx.db.read() as session:
        rows = {
            t.name: [tuple(r) for r in session.execute(select(t))]
            for t in Base.metadata.sorted_tables
        }
    files = sorted(
        str(p.relative_to(ctx.data_dir))
        for folder in ("documents", "letters")
        if (ctx.data_dir / folder).is_dir()
        for p in (ctx.data_dir / folder).rglob("*")
        if p.is_file()
    )
    return rows, files


def _fail_on(
    monkeypatch: pytest.MonkeyPatch,
    operation: str,
    nth: int = 1,
    when: Callable[[Any], bool] = lambda _summary: True,
) -> list[str]:
    """Make the ``nth`` audit entry ``operation`` (whose summary passes ``when``) raise;
    returns the operations recorded until then (in the doomed transaction)."""
    original = audit.record
    seen: list[str] = []
    matched = [0]

    def record(session: Any, ctx: Context, op: str, *args: Any, **kwargs: Any) -> Any:
        summary = args[2] if len(args) > 2 else kwargs.get("summary", "")
        if op == operation and when(summary):
            matched[0] += 1
            if matched[0] == nth:
                raise Injected(op)
        seen.append(op)
        return original(session, ctx, op, *args, **kwargs)

    monkeypatch.setattr(audit, "record", record)
    return seen


def _count_sessions(monkeypatch: pytest.MonkeyPatch, ctx: Context) -> dict[str, int]:
    counts = {"read": 0, "write": 0}
    for name in counts:
        original = getattr(ctx.db, name)

        def opened(_original: Any = original, _name: str = name) -> Any:
            counts[_name] += 1
            return _original()

        monkeypatch.setattr(ctx.db, name, opened)
    return counts


def _notice(evidence: dict[str, Path], **changes: Any) -> registers.DeathNotice:
    fields: dict[str, Any] = {
        "deceased_name": "Jeanne Lefèvre",
        "deceased_email": "jeanne@example.fr",
        "death_date": date(2026, 1, 10),
        "notifier_name": "Sophie Lefèvre",
        "capacity": "heir",
        "requests": ["close-accounts"],
        "death_certificate": evidence["death-certificate"],
        "capacity_proof": evidence["capacity-proof"],
        **changes,
    }
    return registers.DeathNotice(**fields)


def test_notify_death_failing_at_its_last_step_leaves_nothing(
    ctx: Context, evidence: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    ref_old = new_case(ctx)  # the person's open case, which the death would flag
    before = _snapshot(ctx)
    seen = _fail_on(monkeypatch, "death.evidence", nth=2)  # the very last entry
    with pytest.raises(Injected):
        registers.notify_death(ctx, _notice(evidence))
    # every step ran in the doomed transaction...
    assert seen == [
        "case.create",
        "document.attach",
        "document.attach",
        "subject.deceased",
        "death.notify",
        "case.flag",
        "death.evidence",
    ]
    # ...and none of it was committed: no case, no flag, no document, no file, no entry
    assert _snapshot(ctx) == before
    assert [c.reference for c in cases.list_cases(ctx)] == [ref_old]
    assert cases.get_case(ctx, ref_old).summary.flagged == ""
    assert registers.marketing_allowed(ctx, "jeanne@example.fr")
    assert chain_ok(ctx)

    monkeypatch.undo()
    n = registers.notify_death(ctx, _notice(evidence))  # the same notice, once
    assert n.flagged_cases == (ref_old,) and n.missing_evidence == ()
    assert len(_snapshot(ctx)[1]) == 2 and chain_ok(ctx)


def test_notify_death_is_one_write_transaction(
    ctx: Context, evidence: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _count_sessions(monkeypatch, ctx)
    registers.notify_death(ctx, _notice(evidence))
    assert counts == {"read": 0, "write": 1}  # before: 2 reads and 4 writes


def test_attach_death_evidence_failing_at_its_last_step_leaves_nothing(
    ctx: Context, evidence: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    n = registers.notify_death(ctx, _notice(evidence, capacity_proof=None))
    before = _snapshot(ctx)
    _fail_on(monkeypatch, "death.evidence")
    with pytest.raises(Injected):
        registers.attach_death_evidence(ctx, n.id, evidence["capacity-proof"], "capacity-proof")
    assert _snapshot(ctx) == before  # no document row, no vault file, no audit entry
    assert registers.get_notification(ctx, n.id).missing_evidence == ("capacity-proof",)

    monkeypatch.undo()
    counts = _count_sessions(monkeypatch, ctx)
    n = registers.attach_death_evidence(ctx, n.id, evidence["capacity-proof"], "capacity-proof")
    assert counts == {"read": 0, "write": 1}  # before: 1 read and 2 writes
    assert n.missing_evidence == () and chain_ok(ctx)


def test_answer_heirs_failing_at_its_last_step_leaves_nothing(
    ctx: Context, evidence: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    n = registers.notify_death(ctx, _notice(evidence))
    registers.record_action(ctx, n.id, "closed-accounts", "Customer account closed")
    before = _snapshot(ctx)
    _fail_on(monkeypatch, "case.transition", when=lambda s: s.get("to") == "answered")
    with pytest.raises(Injected):
        registers.answer_heirs(ctx, n.id)
    # before: the notification stayed answered while its case did not move
    assert _snapshot(ctx) == before
    assert registers.get_notification(ctx, n.id).answered_on is None
    assert cases.get_case(ctx, n.case_reference).summary.status == "received"

    monkeypatch.undo()
    counts = _count_sessions(monkeypatch, ctx)
    reply = registers.answer_heirs(ctx, n.id)  # not "already answered": nothing was kept
    assert counts == {"read": 0, "write": 1}  # before: 2 writes and 1 read
    assert reply.answered_on == date(2026, 2, 2)
    assert cases.get_case(ctx, n.case_reference).summary.status == "answered"


def test_mark_sent_failing_at_the_disclosure_leaves_the_letter_unsent(
    seeded: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = seeded
    ref = new_case(ctx)
    letter = letters.generate(ctx, ref, "safeguards", "en")
    before = _snapshot(ctx)
    _fail_on(monkeypatch, "transfer.disclose")
    with pytest.raises(Injected):
        letters.mark_sent(ctx, letter.document_id, channel="email")
    assert _snapshot(ctx) == before  # not sent, no disclosure, no audit entry
    assert letters.letters_of(ctx, ref)[0].sent_at is None
    assert registers.disclosures_of(ctx, ref) == []

    monkeypatch.undo()
    counts = _count_sessions(monkeypatch, ctx)
    info = letters.mark_sent(ctx, letter.document_id, channel="email")
    assert counts["write"] == 1  # before: 2 (the letter, then its disclosure)
    assert info.sent_at is not None and len(registers.disclosures_of(ctx, ref)) == 1
    assert chain_ok(ctx)


def test_a_letters_data_is_read_in_one_session(
    seeded: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = seeded
    ref = new_case(ctx)
    counts = _count_sessions(monkeypatch, ctx)
    data = build.build_letter_data(ctx, ref, "safeguards", "en")
    assert counts == {"read": 1, "write": 0}  # before: the profile in a session of its own
    assert data.organisation.authority_name


def test_a_refused_notification_keeps_no_sealed_file(
    ctx: Context, evidence: dict[str, Path]
) -> None:
    before = _snapshot(ctx)
    with pytest.raises(UserError, match="refused"):  # no directive: heirs' requests only
        registers.notify_death(ctx, _notice(evidence, requests=["communicate-data"]))
    assert _snapshot(ctx) == before
