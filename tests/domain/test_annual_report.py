"""The annual report's figures from plain records: the on-time rule (GDPR Art. 12(3)),
percentiles, the period, and a property test against a hand-written count."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpo_desk.domain.annual_report import (
    AuditRecord,
    CaseRecord,
    IdentityRecord,
    IncidentRecord,
    Period,
    compute,
    deadline_in_force,
    judgement,
    nearest_rank,
)
from dpo_desk.errors import UserError

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))
AS_OF = date(2026, 2, 2)


def _case(**kw: object) -> CaseRecord:
    values: dict[str, object] = {
        "reference": "R-1",
        "received_on": date(2025, 3, 3),
        "channel": "email",
        "kind": "request",
        "rights": ("access",),
        "status": "answered",
        "due_date": date(2025, 4, 3),
    }
    values.update(kw)
    return CaseRecord(**values)  # type: ignore[arg-type]


def test_answer_on_the_deadline_day_is_on_time_and_the_next_day_is_late() -> None:
    # Art. 12(3): "within one month of receipt"; the last day counts in full.
    assert judgement(_case(answer_on=date(2025, 4, 3))) == (date(2025, 4, 3), True)
    assert judgement(_case(answer_on=date(2025, 4, 4))) == (date(2025, 4, 4), False)


def test_an_extension_counts_only_when_notified_within_one_month() -> None:
    extended = {
        "extension_notice_by": date(2025, 4, 3),
        "extended_due_date": date(2025, 6, 3),
        "answer_on": date(2025, 5, 20),
    }
    in_time = _case(extended_on=date(2025, 4, 3), **extended)
    too_late = _case(extended_on=date(2025, 4, 4), **extended)
    assert deadline_in_force(in_time) == date(2025, 6, 3)
    assert judgement(in_time) == (date(2025, 5, 20), True)
    # Art. 12(3): the person must be told within one month; a later notice extends nothing.
    assert deadline_in_force(too_late) == date(2025, 4, 3)
    assert judgement(too_late) == (date(2025, 4, 4), False)
    figures = compute(YEAR, AS_OF, [in_time, too_late])
    assert (figures.extensions, figures.extensions_late_notice) == (2, 1)


def test_unanswered_past_deadline_is_late_from_the_next_day_and_judged_once() -> None:
    open_case = _case(
        status="in-progress", received_on=date(2025, 12, 1), due_date=date(2025, 12, 31)
    )
    assert judgement(open_case) == (date(2026, 1, 1), False)
    # judged in 2026, not in 2025: each request counts in one period only
    assert compute(YEAR, AS_OF, [open_case]).judged == 0
    next_year = compute(Period(date(2026, 1, 1), date(2026, 12, 31)), AS_OF, [open_case])
    assert (next_year.judged, next_year.on_time) == (1, 0)
    # ...and not before its judgement day has come
    assert (
        compute(
            Period(date(2026, 1, 1), date(2026, 12, 31)), date(2025, 12, 31), [open_case]
        ).judged
        == 0
    )


def test_withdrawn_forwarded_and_stopped_clocks_are_not_judged() -> None:
    assert judgement(_case(status="closed", outcome="withdrawn")) is None
    assert judgement(_case(status="forwarded")) is None
    assert judgement(_case(status="awaiting-identity", clock_stopped=True)) is None
    assert judgement(_case(due_date=None)) is None


def test_refusal_counts_as_an_answer_with_its_ground() -> None:
    refused = _case(
        status="refused", outcome="refused", refusal_ground="excessive", answer_on=date(2025, 3, 20)
    )
    f = compute(YEAR, AS_OF, [refused])
    assert f.refusals == {"excessive": 1} and f.answered == 1 and f.on_time == 1
    assert f.median_days == 17


def test_nearest_rank_percentiles() -> None:
    assert nearest_rank([], 50) is None
    assert nearest_rank([5], 90) == 5
    values = list(range(1, 11))  # 1..10
    assert nearest_rank(values, 50) == 5
    assert nearest_rank(values, 90) == 9
    assert nearest_rank([30, 1, 2, 3], 90) == 30


def test_counts_per_right_channel_month_identity() -> None:
    cases = [
        _case(
            reference="A",
            rights=("access", "erasure"),
            channel="post",
            identity=(IdentityRecord(date(2025, 3, 4), date(2025, 3, 6), "verified"),),
        ),
        _case(
            reference="B",
            received_on=date(2025, 5, 9),
            kind="complaint",
            rights=("complaint",),
            identity=(IdentityRecord(date(2025, 5, 10), None, "failed"),),
        ),
        _case(reference="C", received_on=date(2024, 12, 31)),
    ]
    f = compute(YEAR, AS_OF, cases)
    assert f.received == 2 and f.complaints == 1
    assert f.per_right == {"access": 1, "erasure": 1, "complaint": 1}
    assert f.per_channel == {"post": 1, "email": 1}
    assert f.per_month["2025-03"] == 1 and f.per_month["2025-05"] == 1
    assert len(f.per_month) == 12 and f.per_month["2025-01"] == 0
    assert (f.id_requested, f.id_received, f.id_verified, f.id_failed) == (2, 1, 1, 1)


def test_incidents_within_72_hours_and_audit_families() -> None:
    aware = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)
    due = aware + timedelta(hours=72)
    incidents = [
        IncidentRecord(
            "I1", aware, due, "notify", aware + timedelta(hours=72), aware + timedelta(days=5)
        ),
        IncidentRecord("I2", aware, due, "notify", due + timedelta(minutes=1)),
        IncidentRecord("I3", aware, due, "no-notify"),
        IncidentRecord("I4", datetime(2024, 6, 1, tzinfo=UTC), due, "notify", due),
    ]
    audit = [
        AuditRecord(date(2025, 2, 1), op)
        for op in (
            "activity.create",
            "register.import",
            "register.export",
            "recipient.update",
            "transfer.delete",
            "directive.revoke",
            "backup.create",
            "backup.create",
            "backup.failed",
            "backup.restore",
            "case.create",
        )
    ]
    f = compute(YEAR, AS_OF, [], incidents, audit)
    assert (f.incidents, f.notified_authority, f.notified_within_72h) == (3, 2, 1)
    assert (f.not_notified, f.notified_persons) == (1, 1)
    assert f.register_changes == {"activities": 2, "recipients": 1, "transfers": 1, "directives": 1}
    assert (f.backups_verified, f.backups_failed, f.restores) == (2, 1, 1)


def test_period_refuses_an_end_before_its_start() -> None:
    with pytest.raises(UserError, match="before it starts"):
        Period(date(2025, 2, 1), date(2025, 1, 31))
    with pytest.raises(UserError, match="at most three years"):
        Period(date(2020, 1, 1), date(2025, 1, 1))
    assert Period(date(2024, 11, 5), date(2025, 2, 1)).months() == [
        "2024-11",
        "2024-12",
        "2025-01",
        "2025-02",
    ]


# -- property: the rate equals a count written by hand from the law's words -------------

_day = st.dates(min_value=date(2024, 10, 1), max_value=date(2026, 3, 1))


@st.composite
def _cases(draw: st.DrawFn) -> CaseRecord:
    received = draw(_day)
    due = received + timedelta(days=draw(st.integers(28, 45)))
    notice_by = due
    extended_on = draw(st.none() | st.just(received + timedelta(days=draw(st.integers(1, 40)))))
    extended_due = due + timedelta(days=draw(st.integers(55, 62)))
    answer = draw(st.none() | st.just(received + timedelta(days=draw(st.integers(0, 120)))))
    status = draw(
        st.sampled_from(
            [
                "answered",
                "refused",
                "in-progress",
                "withdrawn",
                "forwarded",
                "closed",
                "awaiting-identity",
            ]
        )
    )
    return CaseRecord(
        reference=str(draw(st.integers(0, 10**9))),
        received_on=received,
        channel="post",
        kind="request",
        rights=("access",),
        status=status,
        outcome=status if status in ("withdrawn", "forwarded", "refused") else "",
        due_date=due,
        extension_notice_by=notice_by,
        extended_on=extended_on,
        extended_due_date=extended_due if extended_on else None,
        answer_on=answer,
        clock_stopped=status == "awaiting-identity" and draw(st.booleans()),
    )


def _hand_count(cases: list[CaseRecord], period: Period, as_of: date) -> tuple[int, int]:
    """On time / judged, counted the plain way: for each owed request, the deadline is
    the extended one only if the extension was notified by the notice day; answered by
    it = on time, judged on the answer day; else late, judged the day after it."""
    on_time = judged = 0
    for c in cases:
        if c.status in ("withdrawn", "forwarded"):
            continue
        deadline = c.due_date
        if (
            c.extended_on is not None
            and c.extension_notice_by is not None
            and c.extended_on <= c.extension_notice_by
        ):
            deadline = c.extended_due_date
        assert deadline is not None
        if c.answer_on is not None and c.answer_on <= deadline:
            day, good = c.answer_on, True
        elif c.answer_on is None and c.clock_stopped:
            continue
        else:
            day, good = deadline + timedelta(days=1), False
        if period.start <= day <= period.end and day <= as_of:
            judged += 1
            on_time += good
    return on_time, judged


@settings(max_examples=150, deadline=None)
@given(cases=st.lists(_cases(), max_size=40), as_of=_day)
def test_on_time_rate_matches_a_hand_count(cases: list[CaseRecord], as_of: date) -> None:
    f = compute(YEAR, as_of, cases)
    on_time, judged = _hand_count(cases, YEAR, as_of)
    assert (f.on_time, f.judged) == (on_time, judged)
    assert f.on_time_rate == (on_time / judged if judged else None)
