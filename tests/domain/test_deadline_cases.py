"""Worked cases: law.md's table, then cases checked by hand against a calendar."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from dpo_desk.domain.deadlines import (
    Readings,
    check_extension,
    compute_deadline,
    get_ruleset,
    render_steps,
)
from dpo_desk.domain.deadlines.errors import ExtensionRefused

TODAY = date(2030, 12, 31)
ID_WAIT = ((date(2025, 3, 12), date(2025, 3, 20)),)


def due(code: str, received: date, **kwargs: object) -> date:
    return compute_deadline(code, received, today=TODAY, **kwargs).due  # type: ignore[arg-type]


# law.md "Worked cases (default settings)", one row each (the two extension rows below).
@pytest.mark.parametrize(
    ("received", "code", "suspensions", "expected"),
    [
        (date(2025, 3, 3), "FR", (), date(2025, 4, 3)),  # same date next month
        (date(2025, 1, 31), "FR", (), date(2025, 2, 28)),  # no 31 Feb: last day
        (date(2025, 3, 1), "FR", (), date(2025, 4, 1)),  # a weekend receipt counts
        (date(2025, 4, 1), "FR", (), date(2025, 5, 2)),  # 1 May is a holiday
        (date(2025, 7, 15), "FR", (), date(2025, 8, 18)),  # 15 Aug, then the weekend
        (date(2025, 3, 10), "FR", ID_WAIT, date(2025, 4, 18)),  # 10 Apr + 8 days
        (date(2025, 3, 10), "FR-57", ID_WAIT, date(2025, 4, 22)),  # Good Fri, wkend, Easter Mon
        (date(2025, 5, 25), "CA-QC", (), date(2025, 6, 25)),  # 24 June, Fête nationale
        (date(2025, 10, 2), "CA-QC", (), date(2025, 11, 1)),  # Saturday is a working day
    ],
)
def test_law_md_worked_cases(
    received: date, code: str, suspensions: tuple[tuple[date, date], ...], expected: date
) -> None:
    assert due(code, received, suspensions=suspensions) == expected


def test_law_md_extension_earlier_of() -> None:
    result = compute_deadline("FR", date(2025, 1, 31), extended=True, today=TODAY)
    assert result.due == date(2025, 2, 28)
    assert result.extended_due == date(2025, 4, 28)
    a, b = (s for s in result.steps if s.code in ("extension-a", "extension-b"))
    assert a.dates == (date(2025, 4, 30),)  # A = receipt + 3 months
    assert b.dates == (date(2025, 4, 28),)  # B = 28 Feb + 2 months


def test_law_md_extension_refused_after_notice_date() -> None:
    fr = get_ruleset("FR")
    result = compute_deadline(fr, date(2025, 1, 31), today=TODAY)
    with pytest.raises(ExtensionRefused, match="notice due by 28 Feb 2025"):
        check_extension(fr, result, date(2025, 3, 3), "complex request")


def test_suspension_step_counts_eight_days() -> None:
    result = compute_deadline("FR", date(2025, 3, 10), suspensions=ID_WAIT, today=TODAY)
    assert result.suspended_days == 8
    assert [s.code for s in result.steps][:4] == ["receipt", "base", "suspension", "due"]


# Cases not in the notes, each checked by hand against a 2025-2029 calendar.
@pytest.mark.parametrize(
    ("received", "code", "expected"),
    [
        (date(2025, 4, 30), "FR", date(2025, 5, 30)),  # 30 May, not 31; Fri, Ascension is 29
        (date(2025, 3, 31), "FR", date(2025, 4, 30)),  # no 31 April
        (date(2025, 11, 30), "FR", date(2025, 12, 30)),  # Tue 30 Dec
        (date(2025, 11, 26), "FR", date(2025, 12, 26)),  # 26 Dec is a working day in FR
        (date(2025, 11, 26), "FR-67", date(2025, 12, 29)),  # Alsace: 26 Dec, then weekend
        (date(2025, 11, 26), "FR-68", date(2025, 12, 29)),
        (date(2025, 11, 26), "FR-57", date(2025, 12, 29)),
        (date(2024, 4, 29), "FR", date(2024, 5, 29)),  # Wed; no holiday
        (date(2024, 4, 8), "FR", date(2024, 5, 10)),  # 8 May (Wed), 9 May Ascension -> 10
        (date(2025, 4, 25), "GB", date(2025, 5, 27)),  # Sun 25 May, Spring bank holiday 26
        (date(2025, 11, 26), "GB", date(2025, 12, 29)),  # Boxing Day, then the weekend
        (date(2025, 7, 14), "GB", date(2025, 8, 14)),  # 14 July is no holiday in the UK
        (date(2029, 6, 1), "CA-QC", date(2029, 7, 3)),  # Sun 1 July -> Mon 2 July holiday
        (date(2029, 6, 2), "CA-QC", date(2029, 7, 3)),  # Mon 2 July (1 July was a Sunday)
        (date(2025, 3, 22), "CA-QC", date(2025, 4, 22)),  # Easter Monday added by hand
        (date(2025, 4, 19), "CA-QC", date(2025, 5, 20)),  # Mon 19 May, Patriotes
        # Sat 15 Feb, Sun 16, Mon 17 Presidents' Day (Code Civ. Proc. §12a) -> Tue 18
        (date(2025, 1, 1), "US-CA", date(2025, 2, 18)),
        # Sun 2 March is a holiday (Interpretation Act s. 35(1)) -> Mon 3 March
        (date(2025, 1, 31), "CA", date(2025, 3, 3)),
        (date(2025, 1, 1), "BR", date(2025, 1, 16)),
    ],
)
def test_hand_checked_cases(received: date, code: str, expected: date) -> None:
    assert due(code, received) == expected


def test_fr_extension_across_year_end() -> None:
    result = compute_deadline("FR", date(2025, 11, 15), extended=True, today=TODAY)
    assert result.due == date(2025, 12, 15)
    # A and B both give Sun 15 Feb 2026, rolled to Mon 16 Feb 2026.
    assert result.extended_due == date(2026, 2, 16)
    assert result.extension_notice_by == date(2025, 12, 15)


def test_gb_extension_matches_gdpr_reading() -> None:
    result = compute_deadline("GB", date(2025, 1, 31), extended=True, today=TODAY)
    assert (result.due, result.extended_due) == (date(2025, 2, 28), date(2025, 4, 28))


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        ("earlier-of", date(2025, 10, 15)),
        ("receipt-plus-3", date(2025, 10, 15)),
        ("due-plus-2", date(2025, 10, 20)),  # 18 Aug + 2 months = Sat 18 Oct -> Mon 20
    ],
)
def test_extension_readings(reading: str, expected: date) -> None:
    readings = Readings(extension_reading=reading)  # type: ignore[arg-type]
    result = compute_deadline("FR", date(2025, 7, 15), readings=readings, today=TODAY)
    assert result.due == date(2025, 8, 18)
    assert result.extended_due_if_extended == expected
    assert result.extended_due is None
    assert result.readings.extension_reading == reading


def test_day_based_extensions() -> None:
    ccpa = compute_deadline("US-CA", date(2025, 1, 1), extended=True, today=TODAY)
    # 11 CCR §7021(b): at most 90 calendar days from receipt (Tue 1 April): the roll of
    # the first deadline (15 -> 18 Feb) does not lengthen the extension.
    assert (ccpa.extension_notice_by, ccpa.extended_due) == (date(2025, 2, 18), date(2025, 4, 1))
    pipeda = compute_deadline("CA", date(2025, 1, 31), extended=True, today=TODAY)
    assert pipeda.extended_due == date(2025, 4, 1)


def test_quebec_saturday_setting() -> None:
    readings = Readings(quebec_saturday_is_holiday=True)
    result = compute_deadline("CA-QC", date(2025, 10, 2), readings=readings, today=TODAY)
    assert result.due == date(2025, 11, 3)  # Sat 1, Sun 2 Nov skipped
    assert result.readings.quebec_saturday_is_holiday is True
    default = compute_deadline("CA-QC", date(2025, 10, 2), today=TODAY)
    assert "saturday" in [s.code for s in default.steps]


def test_quebec_has_no_extension() -> None:
    result = compute_deadline("CA-QC", date(2025, 5, 25), today=TODAY)
    assert result.extension_notice_by is None
    assert result.extended_due_if_extended is None
    assert result.steps[-1].code == "no-extension"


def test_restart_reading() -> None:
    readings = Readings(id_wait="restart")
    result = compute_deadline(
        "FR", date(2025, 3, 10), suspensions=ID_WAIT, readings=readings, today=TODAY
    )
    # 20 Mar + 1 month = Sun 20 Apr, Easter Monday 21 -> Tue 22 Apr.
    assert result.due == date(2025, 4, 22)
    assert result.suspended_days == 0
    assert "restart" in [s.code for s in result.steps]
    # A = 20 Mar + 3 months = Fri 20 Jun; B = 22 Apr + 2 months = Sun 22 Jun -> 23 Jun.
    assert result.extended_due_if_extended == date(2025, 6, 20)


def test_suspend_can_end_after_restart() -> None:
    """Not a bug: suspension adds the waited days, restart counts a month again.

    Wait 1 Jan-1 Feb 2020 (31 days): suspend gives 1 Feb + 31 days = 3 Mar (2020 is a
    leap year), restart gives 1 Feb + 1 month = Sun 1 Mar -> Mon 2 Mar.
    """
    wait = ((date(2020, 1, 1), date(2020, 2, 1)),)
    suspend = compute_deadline("FR", date(2020, 1, 1), suspensions=wait, today=TODAY)
    restart = compute_deadline(
        "FR", date(2020, 1, 1), suspensions=wait, readings=Readings(id_wait="restart"), today=TODAY
    )
    assert (suspend.due, restart.due) == (date(2020, 3, 3), date(2020, 3, 2))


@pytest.mark.parametrize(
    ("waits", "days", "expected"),
    [
        # Overlapping 12-20 and 15-25 March: one wait of 13 days, 10 Apr + 13 = Wed 23 Apr.
        (
            ((date(2025, 3, 12), date(2025, 3, 20)), (date(2025, 3, 15), date(2025, 3, 25))),
            13,
            date(2025, 4, 23),
        ),
        # The same wait twice counts once.
        (ID_WAIT * 2, 8, date(2025, 4, 18)),
        # Back to back 12-20 and 20-22: 10 days, Sun 20 Apr, Easter Mon -> Tue 22 Apr.
        (((date(2025, 3, 20), date(2025, 3, 22)), *ID_WAIT), 10, date(2025, 4, 22)),
        # Two separate waits add up: 8 + 3 = 11 days -> Mon 21 Apr Easter -> Tue 22 Apr.
        ((*ID_WAIT, (date(2025, 4, 1), date(2025, 4, 4))), 11, date(2025, 4, 22)),
        # A wait ending on its start day pauses nothing.
        (((date(2025, 3, 12), date(2025, 3, 12)),), 0, date(2025, 4, 10)),
    ],
)
def test_suspensions_merge(waits: tuple[tuple[date, date], ...], days: int, expected: date) -> None:
    result = compute_deadline("FR", date(2025, 3, 10), suspensions=waits, today=TODAY)
    assert (result.suspended_days, result.due) == (days, expected)


def test_wait_after_the_period_is_ignored() -> None:
    late = ((date(2025, 4, 4), date(2025, 4, 15)),)
    result = compute_deadline("FR", date(2025, 3, 3), suspensions=late, today=TODAY)
    assert result.due == date(2025, 4, 3)
    assert "suspension-ignored" in [s.code for s in result.steps]
    on_due_day = ((date(2025, 4, 3), date(2025, 4, 7)),)
    result = compute_deadline("FR", date(2025, 3, 3), suspensions=on_due_day, today=TODAY)
    assert result.due == date(2025, 4, 7)


def test_wait_not_counted_where_the_law_keeps_the_clock_running() -> None:
    waits = ((date(2025, 1, 2), date(2025, 1, 20)),)
    result = compute_deadline("US-CA", date(2025, 1, 1), suspensions=waits, today=TODAY)
    assert result.due == date(2025, 2, 18)  # 15 Feb + 45 days, rolled; no wait added
    assert "suspension-not-applied" in [s.code for s in result.steps]


def test_aware_datetime_read_in_paris() -> None:
    received = datetime(2025, 1, 31, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    result = compute_deadline("FR", received, today=TODAY)
    assert result.received == date(2025, 2, 1)  # 05:30 in Paris
    assert result.due == date(2025, 3, 3)  # Sat 1 Mar -> Mon 3 Mar
    assert "Sat 1 Feb 2025 in Europe/Paris" in result.steps[0].text_en
    in_ny = compute_deadline("FR", received, tz="America/New_York", today=TODAY)
    assert in_ny.received == date(2025, 1, 31)
    assert in_ny.readings.receipt_timezone == "America/New_York"


def test_result_to_dict_is_json_ready() -> None:
    result = compute_deadline("FR", date(2025, 1, 31), extended=True, today=TODAY)
    data = json.loads(json.dumps(result.to_dict()))
    assert {
        "received",
        "due",
        "extension_notice_by",
        "extended_due",
        "steps",
        "sources",
        "jurisdiction",
        "readings",
    } <= data.keys()
    assert data["due"] == "2025-02-28"
    assert data["extended_due"] == "2025-04-28"
    assert data["readings"]["receipt_timezone"] == "Europe/Paris"
    assert all(step["source"] for step in data["steps"])


def test_every_step_has_a_source_and_both_languages() -> None:
    result = compute_deadline("FR-57", date(2025, 3, 10), suspensions=ID_WAIT, today=TODAY)
    for step in result.steps:
        assert step.source and step.text_en and step.text_fr
    roll_names = [s.text_en for s in result.steps if s.code == "roll"]
    assert ["Good Friday" in roll_names[0], "Easter Monday" in roll_names[-1]] == [True, True]
    assert "Vendredi saint" in render_steps(list(result.steps), "fr")[3]


def test_check_extension_accepts_in_time() -> None:
    fr = get_ruleset("FR")
    result = compute_deadline(fr, date(2025, 1, 31), today=TODAY)
    check_extension(fr, result, date(2025, 2, 28), "several requests at once")


def test_receipt_step_cites_the_rule_sets_own_law() -> None:
    from datetime import date as _date

    from dpo_desk.domain.deadlines import compute_deadline

    quebec = compute_deadline("CA-QC", _date(2025, 5, 25), today=_date(2025, 6, 1))
    assert "1182/71" not in quebec.steps[0].source and "P-39.1" in quebec.steps[0].source
    france = compute_deadline("FR", _date(2025, 5, 25), today=_date(2025, 6, 1))
    assert "1182/71" in france.steps[0].source


def test_french_explanations_carry_no_english_wording() -> None:
    """A French letter quotes the explanation: its sources must be in French too."""
    from datetime import date as _date

    from dpo_desk.domain.deadlines import compute_deadline
    from dpo_desk.domain.deadlines.explain import render_steps

    result = compute_deadline(
        "FR",
        _date(2025, 1, 31),
        extended=True,
        suspensions=[(_date(2025, 2, 3), _date(2025, 2, 10))],
        today=_date(2025, 6, 1),
    )
    text = " ".join(render_steps(list(result.steps), "fr"))
    for english in ("sentence", "contested", "reading", "notice", "the day", "earlier-of", "GDPR"):
        assert english not in text, english
    assert "RGPD art. 12(3)" in text and "point discuté" in text
