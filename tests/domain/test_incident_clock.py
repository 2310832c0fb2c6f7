"""The 72-hour clock of GDPR Art. 33(1) across both daylight-saving changes, both readings
of "72 hours" (elapsed time, Reg. 1182/71 Art. 3(1)), phased and late notices.

Expected values are worked out by hand in UTC (see the comments) and written as the wall
clock of the organisation's zone, so a bug in zone arithmetic cannot agree with itself.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpo_desk.domain.incidents import (
    IncidentError,
    check_authority_notice,
    countdown_text,
    elapsed_since,
    notification_clock,
)

PARIS, TORONTO = "Europe/Paris", "America/Toronto"

# (zone, awareness wall clock, elapsed-reading due, 1182-reading due, due zone abbreviation)
CASES = [
    # Paris, spring forward Sun 29 March 2026 02:00 CET -> 03:00 CEST.
    (PARIS, "2026-03-28 23:59", "2026-04-01 00:59", "2026-04-01 01:00", "CEST"),
    (PARIS, "2026-03-29 00:00", "2026-04-01 01:00", "2026-04-01 02:00", "CEST"),
    (PARIS, "2026-03-29 23:59", "2026-04-01 23:59", "2026-04-02 00:00", "CEST"),
    (PARIS, "2026-03-30 00:00", "2026-04-02 00:00", "2026-04-02 01:00", "CEST"),
    # Paris, fall back Sun 25 October 2026 03:00 CEST -> 02:00 CET.
    (PARIS, "2026-10-24 23:59", "2026-10-27 22:59", "2026-10-27 23:00", "CET"),
    (PARIS, "2026-10-25 00:00", "2026-10-27 23:00", "2026-10-28 00:00", "CET"),
    (PARIS, "2026-10-25 23:59", "2026-10-28 23:59", "2026-10-29 00:00", "CET"),
    (PARIS, "2026-10-26 00:00", "2026-10-29 00:00", "2026-10-29 01:00", "CET"),
    # Toronto, spring forward Sun 8 March 2026 02:00 EST -> 03:00 EDT.
    (TORONTO, "2026-03-07 23:59", "2026-03-11 00:59", "2026-03-11 01:00", "EDT"),
    (TORONTO, "2026-03-08 00:00", "2026-03-11 01:00", "2026-03-11 02:00", "EDT"),
    (TORONTO, "2026-03-08 23:59", "2026-03-11 23:59", "2026-03-12 00:00", "EDT"),
    (TORONTO, "2026-03-09 00:00", "2026-03-12 00:00", "2026-03-12 01:00", "EDT"),
    # Toronto, fall back Sun 1 November 2026 02:00 EDT -> 01:00 EST.
    (TORONTO, "2026-10-31 23:59", "2026-11-03 22:59", "2026-11-03 23:00", "EST"),
    (TORONTO, "2026-11-01 00:00", "2026-11-03 23:00", "2026-11-04 00:00", "EST"),
    (TORONTO, "2026-11-01 23:59", "2026-11-04 23:59", "2026-11-05 00:00", "EST"),
    (TORONTO, "2026-11-02 00:00", "2026-11-05 00:00", "2026-11-05 01:00", "EST"),
]


def wall(text: str, tz: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


@pytest.mark.parametrize(("tz", "aware", "elapsed_due", "reg_due", "abbr"), CASES)
def test_due_instant_each_side_of_both_changes(
    tz: str, aware: str, elapsed_due: str, reg_due: str, abbr: str
) -> None:
    start = wall(aware, tz)
    default = notification_clock(start, tz)
    assert default.reading == "elapsed"
    assert default.due_local.strftime("%Y-%m-%d %H:%M") == elapsed_due
    assert default.due_local.tzname() == abbr
    assert default.due_at - default.aware_at == timedelta(hours=72)
    regulation = notification_clock(start, tz, "reg-1182-71")
    assert regulation.due_local.strftime("%Y-%m-%d %H:%M") == reg_due
    # The regulation's reading is never the earlier one: that is why it is not the default.
    assert regulation.due_at > default.due_at


@pytest.mark.parametrize(
    ("tz", "aware"), [(PARIS, "2026-03-28 23:59"), (TORONTO, "2026-10-31 23:59")]
)
def test_explanation_names_the_reading_and_the_clock_change(tz: str, aware: str) -> None:
    default = notification_clock(wall(aware, tz), tz)
    text = " ".join(s.text_en for s in default.steps)
    assert "72 hours of elapsed time" in text and "earlier" in text
    assert "clocks change within the period" in text
    regulation = notification_clock(wall(aware, tz), tz, "reg-1182-71")
    text = " ".join(s.text_en for s in regulation.steps)
    assert "leaves out the hour of awareness" in text
    assert any("1182/71" in s for s in regulation.sources())
    assert "Regulation 1182/71" not in " ".join(s.text_en for s in default.steps)
    fr = " ".join(s.text_fr for s in regulation.steps)
    assert "ne compte pas l'heure de la prise de connaissance" in fr


def test_no_clock_change_no_such_step() -> None:
    clock = notification_clock(wall("2026-06-10 09:30", PARIS), PARIS)
    assert not any("clocks change" in s.text_en for s in clock.steps)


def test_awareness_in_the_repeated_hour_is_read_with_its_offset() -> None:
    # 25 Oct 2026, 02:30 happens twice in Paris: first CEST (00:30 UTC), then CET (01:30 UTC).
    first = datetime(2026, 10, 25, 2, 30, tzinfo=ZoneInfo(PARIS), fold=0)
    second = datetime(2026, 10, 25, 2, 30, tzinfo=ZoneInfo(PARIS), fold=1)
    assert notification_clock(first, PARIS, "reg-1182-71").due_at == datetime(
        2026, 10, 28, 1, 0, tzinfo=UTC
    )
    assert notification_clock(second, PARIS, "reg-1182-71").due_at == datetime(
        2026, 10, 28, 2, 0, tzinfo=UTC
    )


def test_a_naive_instant_or_an_unknown_reading_is_refused() -> None:
    with pytest.raises(IncidentError, match="time zone or a UTC offset"):
        notification_clock(datetime(2026, 3, 28, 23, 59), PARIS)
    with pytest.raises(IncidentError, match="unknown reading"):
        notification_clock(wall("2026-03-28 23:59", PARIS), PARIS, "calendar-days")
    with pytest.raises(IncidentError, match="unknown time zone"):
        notification_clock(wall("2026-03-28 23:59", PARIS), "Europe/Atlantis")


def test_refusals_are_translatable_templates() -> None:
    with pytest.raises(IncidentError) as info:
        notification_clock(wall("2026-03-28 23:59", PARIS), PARIS, "days")
    assert info.value.template.startswith("unknown reading of the 72 hours {reading!r}")
    assert info.value.params["reading"] == "days"


def test_phased_notices() -> None:
    clock = notification_clock(wall("2026-03-28 23:59", PARIS), PARIS)
    at = clock.aware_at + timedelta(hours=20)
    first = check_authority_notice(clock, at, "initial")
    assert not first.late and first.after_awareness == timedelta(hours=20)
    # A complementary notice long after the 72 hours is lawful: Art. 33(4).
    later = check_authority_notice(
        clock, at + timedelta(days=10), "complementary", previous=("initial",)
    )
    assert not later.late
    with pytest.raises(IncidentError, match="initial one"):
        check_authority_notice(clock, at, "complementary")
    with pytest.raises(IncidentError, match="already sent"):
        check_authority_notice(clock, at, "initial", previous=("initial",))
    with pytest.raises(IncidentError, match="already complete"):
        check_authority_notice(clock, at, "complementary", previous=("complete",))
    with pytest.raises(IncidentError, match="before the organisation became aware"):
        check_authority_notice(clock, clock.aware_at - timedelta(minutes=1), "initial")


def test_late_notice_needs_reasons() -> None:
    clock = notification_clock(wall("2026-03-28 23:59", PARIS), PARIS)
    on_time = check_authority_notice(clock, clock.due_at, "complete")
    assert not on_time.late  # the due instant itself is still in time
    late_at = clock.due_at + timedelta(minutes=1)
    with pytest.raises(IncidentError, match="reasons for the delay are required"):
        check_authority_notice(clock, late_at, "initial")
    with pytest.raises(IncidentError, match="reasons for the delay"):
        check_authority_notice(clock, late_at, "complete", delay_reasons="   ")
    late = check_authority_notice(
        clock, late_at, "initial", delay_reasons="forensic report awaited"
    )
    assert late.late


def test_countdown_and_quebec_elapsed() -> None:
    clock = notification_clock(wall("2026-03-28 23:59", PARIS), PARIS)
    now = clock.due_at - timedelta(hours=5, minutes=3)
    assert countdown_text(clock, now) == "5 h 03 min left"
    assert countdown_text(clock, now, "fr") == "5 h 03 min restantes"
    assert (
        countdown_text(clock, clock.due_at + timedelta(days=1, hours=2))
        == "overdue by 1 d 02 h 00 min"
    )
    aware = wall("2026-03-07 23:59", TORONTO)
    # Across the spring change: 24 wall-clock hours later is only 23 elapsed hours.
    assert elapsed_since(aware, wall("2026-03-08 23:59", TORONTO)) == timedelta(hours=23)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(2020, 1, 1),
        max_value=datetime(2035, 12, 31),
        timezones=st.sampled_from(
            [ZoneInfo(PARIS), ZoneInfo(TORONTO), ZoneInfo("Asia/Kolkata"), UTC]
        ),
    ),
)
def test_property_due_is_exactly_72_elapsed_hours_by_default(aware: datetime) -> None:
    tz = PARIS
    clock = notification_clock(aware, tz)
    assert clock.due_at - aware.astimezone(UTC) == timedelta(hours=72)
    assert clock.due_at.timestamp() - aware.timestamp() == 72 * 3600
    regulation = notification_clock(aware, tz, "reg-1182-71")
    extra = regulation.due_at - clock.due_at
    assert timedelta(0) < extra <= timedelta(hours=1)
    assert regulation.due_local.minute == 0 and regulation.due_local.second == 0
