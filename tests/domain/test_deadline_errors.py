"""Every refusal of the deadline rules carries a message a DPO can act on."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dpo_desk.domain.deadlines import (
    DeadlineError,
    ExtensionRefused,
    Readings,
    UnknownJurisdiction,
    check_extension,
    compute_deadline,
    get_ruleset,
    parse_received,
)

TODAY = date(2030, 12, 31)


def test_unknown_jurisdiction_lists_known_codes() -> None:
    with pytest.raises(UnknownJurisdiction, match=r"'XX'.*FR, FR-57.*CA-QC") as info:
        get_ruleset("XX")
    assert isinstance(info.value, ValueError)
    assert get_ruleset(" fr-57 ").code == "FR-57"


def test_future_receipt() -> None:
    with pytest.raises(DeadlineError, match="in the future"):
        compute_deadline("FR", date(2025, 6, 2), today=date(2025, 6, 1))


def test_gdpr_lower_bound() -> None:
    with pytest.raises(DeadlineError, match="GDPR applies from 25 May 2018"):
        compute_deadline("FR", date(2018, 5, 24), today=TODAY)
    assert compute_deadline("FR", date(2018, 5, 25), today=TODAY).due == date(2018, 6, 25)


@pytest.mark.parametrize("code", ["CA-QC", "US-CA", "CA", "BR"])
def test_other_lower_bounds(code: str) -> None:
    rules = get_ruleset(code)
    with pytest.raises(DeadlineError, match="in force|operative"):
        compute_deadline(rules, rules.lower_bound - date.resolution, today=TODAY)


def test_year_9999_is_refused_not_crashed() -> None:
    end = date(9999, 12, 31)
    with pytest.raises(DeadlineError, match="in the future"):
        compute_deadline("FR", end)
    with pytest.raises(DeadlineError, match="2199-12-31"):
        compute_deadline("FR", end, today=end)
    late = parse_received("9999-12-31T23:00:00-05:00")
    with pytest.raises(DeadlineError, match="range"):
        compute_deadline("FR", late, today=end)
    with pytest.raises(DeadlineError, match="range"):
        parse_received("9999-12-31T23:00:00-05:00", "Europe/Paris")


def test_naive_datetime_refused() -> None:
    with pytest.raises(DeadlineError, match="no time zone"):
        compute_deadline("FR", datetime(2025, 1, 31, 12, 0), today=TODAY)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-29", r"not a valid date: '2025-02-29' \(day is out of range"),
        ("2025-13-01", "not a valid date"),
        ("31/01/2025", "not a date"),
        ("", "not a date"),
        ("2025-01-31T23:30:00", "no time-zone offset"),
        ("2025-01-31T25:30:00+01:00", "not a valid date"),
    ],
)
def test_parse_received_errors(text: str, message: str) -> None:
    with pytest.raises(DeadlineError, match=message):
        parse_received(text)


def test_parse_received_accepts_dates_and_offsets() -> None:
    assert parse_received("2025-01-31") == date(2025, 1, 31)
    moment = parse_received("2025-01-31T23:30:00-05:00", "Europe/Paris")
    assert isinstance(moment, datetime)
    assert moment.date() == date(2025, 2, 1)
    utc = parse_received("2025-01-31T23:30:00Z")
    assert isinstance(utc, datetime) and utc.utcoffset() is not None


def test_suspension_end_before_start() -> None:
    with pytest.raises(DeadlineError, match="ends .* before it starts"):
        compute_deadline(
            "FR",
            date(2025, 3, 10),
            suspensions=[(date(2025, 3, 20), date(2025, 3, 12))],
            today=TODAY,
        )


def test_suspension_before_receipt() -> None:
    with pytest.raises(DeadlineError, match="before the receipt"):
        compute_deadline(
            "FR",
            date(2025, 3, 10),
            suspensions=[(date(2025, 3, 1), date(2025, 3, 12))],
            today=TODAY,
        )


def test_suspension_far_future_end_is_refused_not_crashed() -> None:
    with pytest.raises(DeadlineError, match="range"):
        compute_deadline(
            "FR",
            date(2025, 3, 10),
            suspensions=[(date(2025, 3, 11), date(9999, 12, 31))],
            today=TODAY,
        )


def test_unknown_time_zone() -> None:
    with pytest.raises(DeadlineError, match="unknown time zone 'Mars/Olympus'"):
        compute_deadline("FR", date(2025, 3, 10), tz="Mars/Olympus", today=TODAY)


def test_unknown_reading_words() -> None:
    with pytest.raises(ValueError, match="earlier-of"):
        Readings(extension_reading="receipt+3")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="suspend, restart"):
        Readings(id_wait="pause")  # type: ignore[arg-type]


def test_extension_where_none_exists() -> None:
    with pytest.raises(ExtensionRefused, match="no extension exists under CA-QC"):
        compute_deadline("CA-QC", date(2025, 5, 25), extended=True, today=TODAY)
    qc = get_ruleset("CA-QC")
    result = compute_deadline(qc, date(2025, 5, 25), today=TODAY)
    with pytest.raises(ExtensionRefused, match="no extension exists"):
        check_extension(qc, result, date(2025, 5, 26), "complex")


@pytest.mark.parametrize("reasons", ["", "   \n"])
def test_extension_without_reasons(reasons: str) -> None:
    fr = get_ruleset("FR")
    result = compute_deadline(fr, date(2025, 1, 31), today=TODAY)
    with pytest.raises(ExtensionRefused, match="needs reasons"):
        check_extension(fr, result, date(2025, 2, 10), reasons)


def test_extension_only_once() -> None:
    fr = get_ruleset("FR")
    result = compute_deadline(fr, date(2025, 1, 31), today=TODAY)
    with pytest.raises(ExtensionRefused, match="already extended"):
        check_extension(fr, result, date(2025, 2, 10), "complex", already_extended=True)
    extended = compute_deadline(fr, date(2025, 1, 31), extended=True, today=TODAY)
    with pytest.raises(ExtensionRefused, match="already extended"):
        check_extension(fr, extended, date(2025, 2, 10), "complex")


def test_extension_with_the_wrong_rule_set() -> None:
    result = compute_deadline("FR", date(2025, 1, 31), today=TODAY)
    with pytest.raises(ValueError, match="computed under FR, not GB"):
        check_extension(get_ruleset("GB"), result, date(2025, 2, 10), "complex")


def test_too_late_to_extend_gives_its_dates_in_the_readers_language() -> None:
    """Art. 12(3), 3rd sentence: the notice is due within one month of receipt."""
    fr = get_ruleset("FR")
    result = compute_deadline(fr, date(2025, 1, 31), today=TODAY)
    with pytest.raises(ExtensionRefused) as refused:
        check_extension(fr, result, date(2025, 3, 10), "several requests")
    english, french = str(refused.value), refused.value.render("fr")
    assert "notice due by 28 Feb 2025, decided on 10 Mar 2025" in english
    assert "vendredi 28 février 2025" in french and "lundi 10 mars 2025" in french
    assert "Feb" not in french and "Mar " not in french
    assert "(RGPD art. 12.3, 3e phrase" in french and "(GDPR Art. 12(3)" in english
