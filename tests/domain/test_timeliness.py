"""GDPR Art. 12(3), Reg. 1182/71 Art. 3(2)(c): the reply on the due day is in time."""

from __future__ import annotations

from datetime import date

from dpo_desk.domain import timeliness as t

DUE = date(2025, 4, 3)
EXT = date(2025, 6, 3)
TODAY = date(2025, 5, 1)


def test_answered_on_the_due_day_is_met() -> None:
    assert t.outcome(DUE, None, DUE, TODAY) == t.MET


def test_answered_a_day_late_is_missed() -> None:
    assert t.outcome(DUE, None, date(2025, 4, 4), TODAY) == t.MISSED


def test_extension_moves_the_binding_date() -> None:
    assert t.outcome(DUE, EXT, date(2025, 5, 20), TODAY) == t.MET
    assert t.binding_due(DUE, EXT) == EXT


def test_open_cases_pending_or_overdue() -> None:
    assert t.outcome(DUE, None, None, date(2025, 4, 3)) == t.PENDING
    assert t.outcome(DUE, None, None, date(2025, 4, 4)) == t.OVERDUE
    assert t.outcome(None, None, None, TODAY) == t.NO_DEADLINE


def test_extension_notice_within_the_first_month() -> None:
    assert t.notice_in_time(DUE, date(2025, 4, 3)) is True
    assert t.notice_in_time(DUE, date(2025, 4, 4)) is False
    assert t.notice_in_time(DUE, None) is None
