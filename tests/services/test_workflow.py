"""Transitions, extension and identity verification, through the services."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from dpo_desk.errors import UserError
from dpo_desk.services import audit, cases, documents, identity, organisation, workflow
from dpo_desk.store.models import AuditEvent, Document


@pytest.fixture
def ref(ctx) -> str:
    return cases.add_case(
        ctx,
        cases.NewCase(
            name="Jean Dupont",
            rights=["access"],
            received=date(2025, 3, 10),
            channel="email",
            email="jean@example.fr",
        ),
    ).reference


@pytest.fixture
def recent(ctx) -> str:
    """A case received on 20 Jan 2026, due 20 Feb 2026: ctx.today() (2 Feb) is on time."""
    return cases.add_case(
        ctx,
        cases.NewCase(
            name="Jean Dupont",
            rights=["access"],
            received=date(2026, 1, 20),
            channel="email",
            email="jean@example.fr",
        ),
    ).reference


def test_identity_wait_suspends_the_deadline(ctx, ref) -> None:
    # law.md: received 10 Mar, ID asked 12 Mar, received 20 Mar -> 10 Apr + 8 days.
    res = identity.request_identity(
        ctx, ref, "The e-mail differs from the account", date(2025, 3, 12)
    )
    assert res.detail.summary.status == "awaiting-identity"
    detail = identity.receive_identity(ctx, ref, date(2025, 3, 20))
    assert detail.due_date == date(2025, 4, 18)
    assert detail.suspensions == [(date(2025, 3, 12), date(2025, 3, 20))]


def test_document_request_needs_a_recorded_doubt(ctx, ref) -> None:
    with pytest.raises(UserError, match="reasonable doubt"):
        identity.request_identity(ctx, ref, "   ")


def test_strict_house_policy_is_allowed_with_the_cnil_warning(ctx, ref) -> None:
    organisation.update_profile(ctx, {"name": "Org", "identity_policy": "strict"})
    res = identity.request_identity(ctx, ref, "")
    assert res.warning is not None and "CNIL" in res.warning


def test_verification_purges_the_id_copy_and_keeps_the_facts(ctx, ref, tmp_path) -> None:
    scan = tmp_path / "id.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    identity.request_identity(ctx, ref, "Address differs", date(2025, 3, 12))
    documents.attach(ctx, ref, scan, kind="id-evidence")
    with ctx.db.read() as session:
        stored = session.scalars(select(Document)).one().stored_name
    assert (ctx.data_dir / "documents" / stored).exists()
    detail = identity.verify_identity(ctx, ref, "document", "national ID card")
    assert not (ctx.data_dir / "documents" / stored).exists()
    check = detail.identity[-1]
    assert (check.outcome, check.method, check.document_kind, check.verifier) == (
        "verified",
        "document",
        "national ID card",
        "test-dpo",
    )
    assert detail.documents[0].purged_at is not None
    assert detail.summary.status == "in-progress"


def test_extension_within_the_first_month(ctx) -> None:
    ref = cases.add_case(
        ctx, cases.NewCase(name="A", rights=["access"], received=date(2025, 1, 31), channel="post")
    ).reference
    detail = workflow.extend(
        ctx, ref, "Several requests at once", date(2025, 2, 20), evidence="e-mail of 20 Feb"
    )
    assert detail.summary.status == "extended"
    assert detail.extended_due_date == date(2025, 4, 28)  # law.md: earlier of A and B
    with pytest.raises(UserError, match="already extended"):
        workflow.extend(ctx, ref, "again", date(2025, 2, 21), evidence="e-mail")


def test_extension_after_the_notice_date_is_refused_and_changes_nothing(ctx) -> None:
    ref = cases.add_case(
        ctx, cases.NewCase(name="A", rights=["access"], received=date(2025, 1, 31), channel="post")
    ).reference
    with ctx.db.read() as session:
        before = audit.count(session)
    with pytest.raises(UserError, match="notice due by 28 Feb 2025"):
        workflow.extend(ctx, ref, "complex", date(2025, 3, 3), evidence="e-mail")
    detail = cases.get_case(ctx, ref)
    assert detail.summary.status == "received" and detail.extended_on is None
    with ctx.db.read() as session:
        assert audit.count(session) == before


def test_no_extension_in_quebec(ctx) -> None:
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="A",
            rights=["access"],
            jurisdiction="CA-QC",
            received=date(2025, 10, 2),
            channel="post",
        ),
    ).reference
    with pytest.raises(UserError, match="no extension exists under CA-QC"):
        workflow.extend(ctx, ref, "complex", date(2025, 10, 5), evidence="e-mail")


def test_illegal_transition_is_refused_with_the_allowed_ones(ctx, recent) -> None:
    ref = recent
    workflow.transition(ctx, ref, "answered")
    with pytest.raises(UserError, match="allowed: closed"):
        workflow.transition(ctx, ref, "in-progress")


def test_refusal_needs_a_legal_reason_and_is_audited(ctx, recent) -> None:
    ref = recent
    with pytest.raises(UserError, match="needs a reason"):
        workflow.transition(ctx, ref, "refused")
    detail = workflow.transition(
        ctx,
        ref,
        "refused",
        "manifestly-unfounded",
        facts="Fourteen identical requests in three days",
    )
    assert (detail.outcome, detail.outcome_reason) == ("refused", "manifestly-unfounded")
    with ctx.db.read() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).all()
        last, move = events[0], events[1]
        assert last.operation == "case.refusal_facts" and "Fourteen" in last.summary
        assert move.operation == "case.transition"
        assert move.actor == "test-dpo" and "manifestly-unfounded" in move.summary


def test_answer_then_close_records_dates(ctx, recent) -> None:
    ref = recent
    workflow.transition(ctx, ref, "answered")
    detail = workflow.transition(ctx, ref, "closed", "reply handed over in person")
    assert detail.answered_on == ctx.today()
    assert detail.closed_at == ctx.now()


def _last_transition(ctx) -> dict:
    with ctx.db.read() as session:
        event = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.operation == "case.transition")
            .order_by(AuditEvent.id.desc())
        ).first()
        assert event is not None
        return dict(json.loads(event.summary))


def test_a_late_answer_needs_a_reason_and_is_audited_late(ctx, ref) -> None:
    # Received 10 Mar 2025, due 10 Apr 2025; today is 2 Feb 2026.
    with pytest.raises(UserError, match=r"late \(the deadline was 2025-04-10\); give the reason"):
        workflow.transition(ctx, ref, "answered")
    assert cases.get_case(ctx, ref).summary.status == "received"  # nothing written
    workflow.transition(ctx, ref, "answered", late_reason="Archives recalled from storage")
    details = _last_transition(ctx)
    assert details["to"] == "answered" and details["late"] is True
    assert details["late_reason"] == "Archives recalled from storage"
    assert details["due"] == "2025-04-10"


def test_a_late_refusal_and_a_late_close_need_their_reasons(ctx, ref) -> None:
    with pytest.raises(UserError, match="give the reason for the delay"):
        workflow.transition(ctx, ref, "refused", "manifestly-unfounded", facts="Fourteen copies")
    workflow.transition(
        ctx,
        ref,
        "refused",
        "manifestly-unfounded",
        facts="Fourteen copies",
        late_reason="Mail lost between offices",
    )
    assert _last_transition(ctx)["late"] is True
    # No refusal letter left by the due date: the closing is late too.
    with pytest.raises(UserError, match="give the reason for the delay"):
        workflow.transition(ctx, ref, "closed")
    workflow.transition(ctx, ref, "closed", late_reason="Closed at the yearly review")
    assert _last_transition(ctx)["late_reason"] == "Closed at the yearly review"


def test_an_answer_in_time_is_not_late(ctx, recent) -> None:
    workflow.transition(ctx, recent, "answered", late_reason="ignored when on time")
    details = _last_transition(ctx)
    assert details["to"] == "answered" and "late" not in details


def test_a_late_withdrawal_needs_no_delay_reason(ctx, ref) -> None:
    workflow.transition(ctx, ref, "withdrawn", "The person withdrew by phone")
    workflow.transition(ctx, ref, "closed")  # nothing was owed: never late
    assert "late" not in _last_transition(ctx)


def test_the_window_rule_matches_the_service(ctx, ref, recent) -> None:
    late = cases.get_case(ctx, ref)
    on_time = cases.get_case(ctx, recent)
    assert workflow.is_late(late, "answered", ctx.today()) == date(2025, 4, 10)
    assert workflow.is_late(on_time, "answered", ctx.today()) is None
    assert workflow.is_late(late, "withdrawn", ctx.today()) is None
