"""domain/retention.py: keep-until dates from the register's machine rules."""

from __future__ import annotations

from datetime import date

import pytest

from dpo_desk.domain.retention import (
    RetentionError,
    add_period,
    describe,
    keep_until,
    parse_rule,
)


def test_prospects_three_years_from_last_contact() -> None:
    rule = parse_rule({"from": "last-contact", "years": 3})
    assert rule is not None
    result = keep_until(rule, date(2026, 1, 20))
    assert result.active_until == date(2029, 1, 20)
    assert result.archive_until is None
    assert result.final == date(2029, 1, 20)
    assert describe(rule) == "3 years from the last contact"
    assert describe(rule, "fr") == "3 ans à compter du dernier contact"


def test_orders_five_plus_five_years_archive() -> None:
    rule = parse_rule({"from": "order", "years": 5, "archive_years": 5})
    assert rule is not None and rule.has_archive
    result = keep_until(rule, date(2026, 1, 20))
    assert (result.active_until, result.archive_until) == (date(2031, 1, 20), date(2036, 1, 20))
    assert "then 5 years in intermediate archive" in describe(rule)


def test_card_data_until_expiry_plus_one_day() -> None:
    rule = parse_rule({"from": "card-expiry", "days": 1})
    assert rule is not None
    assert keep_until(rule, date(2027, 12, 31)).final == date(2028, 1, 1)


@pytest.mark.parametrize(
    ("start", "years", "months", "expected"),
    [
        (date(2024, 2, 29), 1, 0, date(2025, 2, 28)),  # no 29 Feb: last day of the month
        (date(2024, 2, 29), 4, 0, date(2028, 2, 29)),
        (date(2025, 1, 31), 0, 1, date(2025, 2, 28)),
        (date(2025, 11, 30), 0, 3, date(2026, 2, 28)),
        (date(2025, 12, 15), 0, 1, date(2026, 1, 15)),
    ],
)
def test_calendar_arithmetic(start: date, years: int, months: int, expected: date) -> None:
    assert add_period(start, years, months) == expected


def test_round_trip_and_empty() -> None:
    assert parse_rule({}) is None
    assert parse_rule(None) is None
    rule = parse_rule({"years": 5, "from": "order", "archive_years": 5, "days": 0})
    assert rule is not None
    assert rule.to_dict() == {"from": "order", "years": 5, "archive_years": 5}


@pytest.mark.parametrize(
    "bad",
    [
        {"years": 3},
        {"from": "Last Contact", "years": 3},
        {"from": "order", "years": -1},
        {"from": "order", "years": 2.5},
        {"from": "order", "years": True},
        {"from": "order", "weeks": 3},
        {"from": "order"},
        {"from": "order", "years": 5000},
        ["order", 3],
    ],
)
def test_malformed_rules_refused(bad: object) -> None:
    with pytest.raises(RetentionError):
        parse_rule(bad)  # type: ignore[arg-type]


def test_overflow_is_an_error_not_a_crash() -> None:
    rule = parse_rule({"from": "order", "years": 100})
    assert rule is not None
    with pytest.raises(RetentionError):
        keep_until(rule, date(9950, 1, 1))
