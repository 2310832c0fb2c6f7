"""Deadline details of issue 11: what-if receipts, the UK identity restart, the roll of
Canada, California and Brazil (with the earlier date as a setting), one receipt zone."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from dpo_desk.cli import main
from dpo_desk.domain.deadlines import DeadlineError, Readings, compute_deadline, get_ruleset
from dpo_desk.domain.deadlines.explain import source_fr
from dpo_desk.domain.deadlines.receipt import receipt_zone
from dpo_desk.services import cases, organisation
from dpo_desk.services.context import Context

TODAY = date(2025, 6, 1)
NO_ROLL = Readings(interpretation_roll=False)


def test_future_receipt_is_refused_unless_a_what_if() -> None:
    with pytest.raises(DeadlineError, match="in the future"):
        compute_deadline("FR", date(2025, 7, 1), today=TODAY)
    result = compute_deadline("FR", date(2025, 7, 1), today=TODAY, what_if=True)
    assert result.what_if is True
    assert result.due == date(2025, 8, 1)
    assert result.steps[1].code == "what-if"
    assert "What-if" in result.steps[1].text_en and "Simulation" in result.steps[1].text_fr
    assert compute_deadline("FR", date(2025, 5, 1), today=TODAY, what_if=True).what_if is False


def test_cli_answers_a_future_receipt_with_a_note(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["deadline", "--jurisdiction", "FR", "--received", "2031-01-06", "--today"]
    assert main([*argv, "2030-12-31"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("What-if: a receipt after today")
    assert "Due:                 Thu 6 Feb 2031" in out
    assert main([*argv, "2030-12-31", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["what_if"] is True


def test_uk_identity_wait_restarts_the_month_whatever_the_setting() -> None:
    """UK GDPR Art. 12A (Data (Use and Access) Act 2025): the month runs from the receipt
    of the identity information. Received Mon 10 Mar 2025, ID asked 12 Mar, received
    20 Mar: 20 Apr is Easter Sunday, 21 Apr Easter Monday -> Tue 22 Apr 2025. The French
    suspension reading would give Fri 18 Apr (10 Apr + 8 days)."""
    waits = ((date(2025, 3, 12), date(2025, 3, 20)),)
    for setting in ("suspend", "restart"):
        readings = Readings(id_wait=setting)  # type: ignore[arg-type]
        result = compute_deadline(
            "GB", date(2025, 3, 10), suspensions=waits, readings=readings, today=TODAY
        )
        assert result.due == date(2025, 4, 22)
        assert result.suspended_days == 0
        restart = next(s for s in result.steps if s.code == "restart")
        assert "restarts from Thu 20 Mar 2025" in restart.text_en
        assert "not a pause" in restart.text_en
        assert "Art. 12A" in restart.source
    france = compute_deadline("FR", date(2025, 3, 10), suspensions=waits, today=TODAY)
    assert france.due == date(2025, 4, 18)


@pytest.mark.parametrize(
    ("code", "received", "rolled", "unrolled", "why"),
    [
        # Interpretation Act R.S.C. 1985 c. I-21 s. 26 and 35(1): Sunday is a holiday.
        ("CA", date(2025, 1, 31), date(2025, 3, 3), date(2025, 3, 2), "Sunday"),
        # s. 35(1): Victoria Day, Mon 19 May 2025 (19 Apr + 30 days).
        ("CA", date(2025, 4, 19), date(2025, 5, 20), date(2025, 5, 19), "Victoria Day"),
        # Code Civ. Proc. §12a: Cesar Chavez Day, Mon 31 Mar 2025 (14 Feb + 45 days).
        ("US-CA", date(2025, 2, 14), date(2025, 4, 1), date(2025, 3, 31), "Cesar Chavez"),
        # Código Civil art. 132 §1: Tiradentes, Mon 21 Apr 2025 (6 Apr + 15 days).
        ("BR", date(2025, 4, 6), date(2025, 4, 22), date(2025, 4, 21), "Tiradentes"),
        # Brazil: Sun 19 Jan 2025 -> Mon 20 Jan.
        ("BR", date(2025, 1, 4), date(2025, 1, 20), date(2025, 1, 19), "Sunday"),
    ],
)
def test_interpretation_laws_roll_and_the_earlier_date_is_a_setting(
    code: str, received: date, rolled: date, unrolled: date, why: str
) -> None:
    result = compute_deadline(code, received, today=TODAY)
    assert result.due == rolled
    assert any(s.code == "roll" and why in s.text_en for s in result.steps)
    earlier = compute_deadline(code, received, readings=NO_ROLL, today=TODAY)
    assert earlier.due == unrolled
    assert any("interpretation_roll=False" in s.text_en for s in earlier.steps)


def test_canada_keeps_saturday_as_a_working_day() -> None:
    """Interpretation Act s. 35(1) does not list Saturday: 2 Jan + 30 = Sat 1 Feb 2025."""
    assert compute_deadline("CA", date(2025, 1, 2), today=TODAY).due == date(2025, 2, 1)


def test_the_setting_does_not_touch_the_gdpr_roll() -> None:
    """Reg. 1182/71 Art. 3(4) is law, not a choice: the setting leaves France alone."""
    result = compute_deadline("FR", date(2025, 4, 1), readings=NO_ROLL, today=TODAY)
    assert result.due == date(2025, 5, 2)


def test_one_receipt_zone_rule() -> None:
    rules = get_ruleset("CA-QC")
    assert receipt_zone(rules) == "America/Toronto"
    assert receipt_zone(rules, None, "Europe/Paris") == "Europe/Paris"
    assert receipt_zone(rules, "UTC", "Europe/Paris") == "UTC"


def test_case_add_honours_the_receipt_zone_reading(ctx: Context) -> None:
    """Before, ``case add`` read an instant in the organisation's zone even when the
    organisation had chosen UTC; ``deadline --tz UTC`` gives the same day."""
    organisation.update_profile(
        ctx, {"name": "Atelier Lumière"}, readings={"receipt_timezone": "UTC"}
    )
    instant = datetime(2025, 1, 31, 18, 30, tzinfo=timezone(timedelta(hours=-5)))
    new = cases.NewCase(
        name="Ana Lopes", rights=["access"], received=instant, channel="email", jurisdiction="FR"
    )
    detail = cases.add_case(ctx, new)
    assert detail.summary.received_on == date(2025, 1, 31)  # 23:30 UTC, 00:30 in Paris
    same = compute_deadline("FR", instant, tz="UTC", today=TODAY)
    assert same.received == detail.summary.received_on


def test_installed_holidays_has_the_alsace_moselle_subdivisions() -> None:
    """The pyproject floor is a release with subdivisions 57 and 6AE (L3134-13)."""
    import holidays

    assert {"57", "6AE"} <= set(holidays.France.subdivisions)
    major, minor = (int(x) for x in holidays.__version__.split(".")[:2])
    assert (major, minor) >= (0, 109)
    moselle = holidays.France(years=2025, subdiv="57")
    assert date(2025, 4, 18) in moselle and date(2025, 12, 26) in moselle  # Good Fri, 26 Dec


@pytest.mark.parametrize(
    ("received", "interpretation_roll"),
    [(date(2026, 12, 4), True), (date(2026, 1, 2), True), (date(2026, 12, 4), False)],
)
def test_a_quebec_computation_cites_quebec_law_in_each_language(
    received: date, interpretation_roll: bool
) -> None:
    """Each step of a Quebec deadline, as the case panel and the letters show it, cites
    the acts as Quebec does: "CQLR, c. P-39.1, s. 32" in English, "RLRQ, c. P-39.1,
    art. 32" in French (the panel showed "CQLR P-39.1 s. 32" in French, and the note
    "No extension clause was found in P-39.1" in English, on a French screen)."""
    readings = Readings(interpretation_roll=interpretation_roll)
    result = compute_deadline("CA-QC", received, readings=readings, today=date(2027, 3, 1))
    rules = get_ruleset("CA-QC")
    english = [f"{s.text('en')} ({s.source_text('en')})" for s in result.steps]
    english += rules.sources  # the panel's "Sources" line
    french = [f"{s.text('fr')} ({s.source_text('fr')})" for s in result.steps]
    french += [source_fr(source) for source in rules.sources]
    assert any("CQLR, c. P-39.1, s. 32" in line for line in english)
    assert any("RLRQ, c. P-39.1, art. 32" in line for line in french)
    assert any("(RLRQ, c. P-39.1), art. 32" in line for line in french)  # the act's title
    assert any("ne prévoit aucune prolongation" in line for line in french)
    for line in english:
        assert "CQLR P-" not in line and "CQLR I-" not in line, line
    for line in french:
        assert "CQLR" not in line and "RLRQ c." not in line, line
        assert "No extension" not in line and "was found" not in line, line
