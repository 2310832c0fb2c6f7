"""Properties of every rule set over 2020-2035.

The basic properties are checked exhaustively (every receipt date, ~52,000 computations in
about two seconds): a calendar bug on one odd date is exactly what sampling would miss.
Identity waits and readings, which have too many combinations, are sampled by hypothesis.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpo_desk.domain.deadlines import (
    RULESETS,
    Readings,
    RuleSet,
    add_period,
    compute_deadline,
)

FIRST, LAST = date(2020, 1, 1), date(2035, 12, 31)
TODAY = date(2036, 3, 31)


def first_day(rules: RuleSet) -> date:
    return max(rules.lower_bound, FIRST)


def assert_working_day(rules: RuleSet, day: date, readings: Readings) -> None:
    if rules.calendar is None:
        return
    extra = (
        frozenset({5})
        if rules.saturday_setting and readings.quebec_saturday_is_holiday
        else frozenset()
    )
    assert rules.calendar.rest_day(day, extra_weekend=extra) is None, day


# Every rule set with default readings, plus Quebec with Saturday as a holiday.
PAIRS = [(r, Readings()) for r in RULESETS] + [
    (r, Readings(quebec_saturday_is_holiday=True)) for r in RULESETS if r.saturday_setting
]


@pytest.mark.parametrize(
    ("rules", "readings"),
    PAIRS,
    ids=[f"{r.code}{'-sat' if x.quebec_saturday_is_holiday else ''}" for r, x in PAIRS],
)
def test_every_receipt_date(rules: RuleSet, readings: Readings) -> None:
    day = first_day(rules)
    while day <= LAST:
        result = compute_deadline(rules, day, readings=readings, today=TODAY)
        plain = add_period(day, rules.period)
        assert result.due >= plain, day
        assert result.due - plain <= timedelta(days=6), day  # rolling is bounded
        assert_working_day(rules, result.due, readings)
        if rules.extension is None:
            assert result.extended_due_if_extended is None
        else:
            assert result.extension_notice_by == result.due
            assert result.extended_due_if_extended is not None
            assert result.extended_due_if_extended > result.due, day
            assert_working_day(rules, result.extended_due_if_extended, readings)
        day += timedelta(days=1)


@st.composite
def cases(draw: st.DrawFn) -> tuple[RuleSet, date, list[tuple[date, date]], Readings]:
    rules = draw(st.sampled_from(RULESETS))
    received = draw(st.dates(first_day(rules), LAST))
    waits = []
    for _ in range(draw(st.integers(0, 3))):
        start = received + timedelta(days=draw(st.integers(0, 70)))
        waits.append((start, start + timedelta(days=draw(st.integers(0, 40)))))
    readings = Readings(
        extension_reading=draw(st.sampled_from(["earlier-of", "receipt-plus-3", "due-plus-2"])),
        id_wait=draw(st.sampled_from(["suspend", "restart"])),
        quebec_saturday_is_holiday=draw(st.booleans()),
    )
    return rules, received, waits, readings


@settings(max_examples=300, deadline=None)
@given(cases())
def test_waits_never_shorten_a_period(
    case: tuple[RuleSet, date, list[tuple[date, date]], Readings],
) -> None:
    rules, received, waits, readings = case
    without = compute_deadline(rules, received, readings=readings, today=TODAY)
    with_waits = compute_deadline(
        rules, received, suspensions=waits, readings=readings, today=TODAY
    )
    assert with_waits.due >= without.due
    assert_working_day(rules, with_waits.due, readings)
    if without.extended_due_if_extended is not None:
        assert with_waits.extended_due_if_extended is not None
        assert with_waits.extended_due_if_extended >= without.extended_due_if_extended
        assert with_waits.extended_due_if_extended > with_waits.due
    # Suspension adds at most the days actually waited (the union of the waits).
    waited = {w[0] + timedelta(days=i) for w in waits for i in range((w[1] - w[0]).days)}
    assert with_waits.suspended_days <= len(waited)


@settings(max_examples=300, deadline=None)
@given(cases())
def test_earlier_of_is_never_later_than_either_reading(
    case: tuple[RuleSet, date, list[tuple[date, date]], Readings],
) -> None:
    rules, received, waits, _ = case
    if rules.extension is None or not rules.extension.gdpr_readings:
        return
    results = {
        reading: compute_deadline(
            rules,
            received,
            suspensions=waits,
            readings=Readings(extension_reading=reading),
            today=TODAY,
        ).extended_due_if_extended
        for reading in ("earlier-of", "receipt-plus-3", "due-plus-2")
    }
    assert results["earlier-of"] == min(results["receipt-plus-3"], results["due-plus-2"])  # type: ignore[type-var]
