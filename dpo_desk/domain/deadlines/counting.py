"""Counting a period and rolling its end past rest days, each with its explanation step.

``_Computer`` holds one computation's rule set, readings and the steps written so far;
the base period and the extension both count and roll through it, so that every date in
the result has a step saying which rule produced it.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from dpo_desk.domain.deadlines.calendar import SATURDAY, RestDay
from dpo_desk.domain.deadlines.explain import Step, fmt_en, fmt_fr, month_en, month_fr
from dpo_desk.domain.deadlines.readings import Readings
from dpo_desk.domain.deadlines.rulesets import Period, PeriodKind, RuleSet


def add_period(start: date, period: Period) -> date:
    """The unrolled end of ``period`` counted from ``start`` (day not counted).

    Months follow Reg. 1182/71 Art. 3(2)(c): the same date, or the month's last day when
    that date does not exist, which is what ``relativedelta`` does.
    """
    if period.kind is PeriodKind.MONTHS:
        return start + relativedelta(months=period.amount)
    return start + timedelta(days=period.amount)


class _Computer:
    """Holds one computation's inputs so the helpers stay short."""

    def __init__(self, ruleset: RuleSet, readings: Readings) -> None:
        self.ruleset = ruleset
        self.readings = readings
        self.steps: list[Step] = []
        extra = (
            frozenset({SATURDAY})
            if ruleset.saturday_setting and readings.quebec_saturday_is_holiday
            else frozenset()
        )
        self.extra_weekend = extra
        #: False where the rule set's roll is an organisation setting turned off.
        self.rolls = not (ruleset.roll_setting and not readings.interpretation_roll)

    def add(self, code: str, dates: tuple[date, ...], en: str, fr: str, source: str) -> None:
        self.steps.append(Step(code, dates, en, fr, source))

    def roll(self, day: date) -> tuple[date, list[RestDay]]:
        """Move ``day`` past rest days (chained), returning the days skipped."""
        calendar = self.ruleset.calendar
        skipped: list[RestDay] = []
        if calendar is None or not self.rolls:
            return day, skipped
        while (rest := calendar.rest_day(day, extra_weekend=self.extra_weekend)) is not None:
            skipped.append(rest)
            day += timedelta(days=1)
        return day, skipped

    def legal_end(self, unrolled: date) -> date:
        return self.roll(unrolled)[0]

    def describe_period(self, start: date, period: Period, end: date, code: str) -> None:
        """Step for "start + period = end", saying which counting rule gave ``end``."""
        if period.kind is PeriodKind.MONTHS:
            unit_en = "month" if period.amount == 1 else "months"
            if end.day == start.day:
                why_en, why_fr = "same date", "même quantième"
            else:
                why_en = f"there is no {start.day} {month_en(end.month)}, so the month's last day"
                why_fr = f"pas de {start.day} {month_fr(end.month)}, donc le dernier jour du mois"
            en = f"{fmt_en(start)} + {period.amount} {unit_en} = {fmt_en(end)} ({why_en})"
            fr = f"{fmt_fr(start)} + {period.amount} mois = {fmt_fr(end)} ({why_fr})"
        else:
            en = f"{fmt_en(start)} + {period.amount} calendar days = {fmt_en(end)}"
            fr = f"{fmt_fr(start)} + {period.amount} jours calendaires = {fmt_fr(end)}"
        if code == "base":
            en += "; the starting day is not counted"
            fr += " ; le jour de départ n'est pas compté"
        self.add(code, (start, end), en, fr, period.source)

    def describe_roll(self, skipped: list[RestDay], label_en: str) -> None:
        for rest in skipped:
            self.add(
                "roll",
                (rest.day,),
                f"{label_en}: {fmt_en(rest.day)} is not a working day ({rest.name_en}); "
                "moved to the next day",
                f"{fmt_fr(rest.day)} n'est pas un jour ouvrable ({rest.name_fr}) : "
                "report au lendemain",
                rest.source,
            )


def _ignored_wait(c: _Computer, s: date, e: date) -> None:
    c.add(
        "suspension-ignored",
        (s, e),
        f"Identity wait from {fmt_en(s)} to {fmt_en(e)} ignored: it started after the "
        "period had ended",
        f"Attente d'identité du {fmt_fr(s)} au {fmt_fr(e)} ignorée : commencée après la fin "
        "du délai",
        "a stopped clock cannot be paused (DPO Desk reading)",
    )


def _saturday_note(c: _Computer, due: date) -> None:
    """Say why a Quebec deadline may fall on a Saturday (a contested point)."""
    if c.ruleset.saturday_setting and due.weekday() == SATURDAY:
        c.add(
            "saturday",
            (due,),
            f"{fmt_en(due)} is a Saturday, a working day under the Interpretation Act "
            "(setting quebec_saturday_is_holiday=False)",
            f"Le {fmt_fr(due)} est un samedi, jour non férié selon la Loi d'interprétation "
            "(réglage quebec_saturday_is_holiday=False)",
            "CQLR, c. I-16, s. 61(23) (Saturday not listed; contested point)",
        )
