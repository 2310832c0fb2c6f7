"""The deadline computation: from a receipt date to a due date, step by step.

Order of operations, for every rule set:

1. The day of receipt is read in the organisation's time zone (contested point, see
   ``Readings.receipt_timezone``) and checked against the law's bounds.
2. The period is added to the day of receipt, which is not counted (Reg. 1182/71
   Art. 3(1)): calendar months per Art. 3(2)(c), or calendar days.
3. Identity waits: with ``id_wait="suspend"`` the paused days are added (before rolling,
   décret 2019-536); with ``"restart"`` the period runs again from the day the identity
   information arrived. A wait only counts if it starts while the period is still running
   (on or before its legal end as extended so far): a clock that has stopped cannot be
   paused. Overlapping waits are merged, so no day counts twice. A wait never shortens a
   period: both readings only ever move the end later.
4. The end is rolled past rest days where the rule set says so (Art. 3(4), chained).
5. The extension, where one exists, is computed whether or not it was decided, so the
   GUI can show "if extended"; ``extended_due`` is set only when it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.relativedelta import relativedelta

from dpo_desk.domain.deadlines.calendar import SATURDAY, RestDay
from dpo_desk.domain.deadlines.errors import DeadlineError, ExtensionRefused
from dpo_desk.domain.deadlines.explain import Step, fmt_en, fmt_fr, month_en, month_fr
from dpo_desk.domain.deadlines.readings import Readings
from dpo_desk.domain.deadlines.rulesets import Period, PeriodKind, RuleSet, get_ruleset

#: Latest receipt accepted: holiday rules encoded today say nothing reliable beyond it,
#: and it keeps every date computation far from ``date.max`` (year 9999).
MAX_RECEIPT = date(2199, 12, 31)

_SOURCE_COUNT = "Reg. 1182/71 Art. 3(1): the day of receipt is not counted"
_SOURCE_TZ = "contested point: date of receipt read in the organisation's time zone"
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class DeadlineResult:
    """A computed deadline with everything needed to justify it.

    Attributes:
        jurisdiction: Code of the rule set used.
        received: Day of receipt, in the organisation's time zone.
        due: The reply deadline (end of that day).
        extension_notice_by: Last day to notify an extension with its reasons (the first
            due date), or None where no extension exists.
        extended_due_if_extended: The deadline if the period is (or were) extended; None
            where no extension exists.
        extended_due: Same, but only when the extension was decided (``extended=True``).
        extended: Whether the extension was decided.
        suspended_days: Days added for identity waits (0 with the restart reading).
        timezone: Zone in which the day of receipt was read.
        readings: The contested-point settings used (zone resolved).
        steps: The explanation, in order.
        sources: The legal sources of the rule set.
    """

    jurisdiction: str
    received: date
    due: date
    extension_notice_by: date | None
    extended_due_if_extended: date | None
    extended_due: date | None
    extended: bool
    suspended_days: int
    timezone: str
    readings: Readings
    steps: tuple[Step, ...]
    sources: tuple[str, ...]

    @property
    def final_due(self) -> date:
        """The deadline that binds now: the extended one if decided, else the first."""
        return self.extended_due or self.due

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values: ISO dates, plain strings, lists."""

        def iso(day: date | None) -> str | None:
            return day.isoformat() if day else None

        return {
            "jurisdiction": self.jurisdiction,
            "received": self.received.isoformat(),
            "due": self.due.isoformat(),
            "extension_notice_by": iso(self.extension_notice_by),
            "extended_due_if_extended": iso(self.extended_due_if_extended),
            "extended_due": iso(self.extended_due),
            "extended": self.extended,
            "suspended_days": self.suspended_days,
            "timezone": self.timezone,
            "readings": self.readings.to_dict(),
            "steps": [s.to_dict() for s in self.steps],
            "sources": list(self.sources),
        }


def parse_received(text: str, tz: str | tzinfo | None = None) -> date | datetime:
    """Read a receipt from user input: ``YYYY-MM-DD`` or ISO 8601 date-time with offset.

    A date-time without an offset is refused: the day of receipt depends on the zone,
    and guessing it would silently move a deadline by a day.

    Args:
        text: The user's text.
        tz: If given, a date-time is converted to this zone (the date is unchanged).

    Returns:
        A ``date``, or an aware ``datetime``.

    Raises:
        DeadlineError: malformed text, impossible date (2025-02-29) or missing offset.
    """
    raw = text.strip()
    try:
        if _DATE_RE.match(raw):
            return date.fromisoformat(raw)
        if "T" not in raw and " " not in raw:
            raise DeadlineError(
                f"not a date: {text!r}; use YYYY-MM-DD or an ISO 8601 date-time with "
                "offset, e.g. 2025-01-31T23:30:00-05:00"
            )
        moment = datetime.fromisoformat(raw)
    except DeadlineError:
        raise
    except ValueError as exc:
        raise DeadlineError(f"not a valid date: {text!r} ({exc})") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DeadlineError(
            f"date-time {text!r} has no time-zone offset; add one (e.g. +01:00 or Z) "
            "or give the date only"
        )
    if tz is None:
        return moment
    try:
        return moment.astimezone(_zone(tz))
    except OverflowError:
        raise DeadlineError(f"date out of the supported range: {text!r}") from None


def _zone(tz: str | tzinfo) -> tzinfo:
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise DeadlineError(
            f"unknown time zone {tz!r} (use an IANA name such as Europe/Paris)"
        ) from None


def add_period(start: date, period: Period) -> date:
    """The unrolled end of ``period`` counted from ``start`` (day not counted).

    Months follow Reg. 1182/71 Art. 3(2)(c): the same date, or the month's last day when
    that date does not exist, which is what ``relativedelta`` does.
    """
    if period.kind is PeriodKind.MONTHS:
        return start + relativedelta(months=period.amount)
    return start + timedelta(days=period.amount)


def _merge_waits(waits: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Union of the waits, sorted, so that no paused day counts twice."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(waits):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


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

    def add(self, code: str, dates: tuple[date, ...], en: str, fr: str, source: str) -> None:
        self.steps.append(Step(code, dates, en, fr, source))

    def roll(self, day: date) -> tuple[date, list[RestDay]]:
        """Move ``day`` past rest days (chained), returning the days skipped."""
        calendar = self.ruleset.calendar
        skipped: list[RestDay] = []
        if calendar is None:
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


def _local_receipt(
    received: date | datetime, zone: tzinfo, zone_name: str, count_source: str = _SOURCE_COUNT
) -> tuple[date, Step]:
    if isinstance(received, datetime):
        if received.tzinfo is None or received.utcoffset() is None:
            raise DeadlineError(
                f"receipt time {received.isoformat()} has no time zone; give an aware "
                "date-time (with offset) or a plain date"
            )
        local = received.astimezone(zone).date()
        stamp = received.isoformat()
        return local, Step(
            "receipt",
            (local,),
            f"Received at {stamp}, i.e. on {fmt_en(local)} in {zone_name}",
            f"Reçue à {stamp}, soit le {fmt_fr(local)} à l'heure de {zone_name}",
            _SOURCE_TZ,
        )
    return received, Step(
        "receipt",
        (received,),
        f"Received on {fmt_en(received)} (day of receipt, {zone_name})",
        f"Reçue le {fmt_fr(received)} (jour de réception, {zone_name})",
        count_source,
    )


def _check_bounds(ruleset: RuleSet, received: date, today: date) -> None:
    if received < ruleset.lower_bound:
        raise DeadlineError(
            f"receipt {received.isoformat()} is before {ruleset.lower_bound.isoformat()}: "
            f"{ruleset.lower_bound_reason}"
        )
    if received > today:
        raise DeadlineError(
            f"receipt {received.isoformat()} is in the future (today is {today.isoformat()})"
        )
    if received > MAX_RECEIPT:
        raise DeadlineError(
            f"receipt {received.isoformat()} is after {MAX_RECEIPT.isoformat()}, the last "
            "date whose holidays DPO Desk can vouch for"
        )


def _check_waits(waits: Iterable[tuple[date, date]], received: date) -> list[tuple[date, date]]:
    """Refuse impossible waits. An end after today is accepted: it is a projection
    ("if the ID arrives on ..."), which the GUI uses for an open wait."""
    checked = []
    for start, end in waits:
        if end < start:
            raise DeadlineError(
                f"identity wait ends ({end.isoformat()}) before it starts ({start.isoformat()})"
            )
        if start < received:
            raise DeadlineError(
                f"identity wait starts ({start.isoformat()}) before the receipt "
                f"({received.isoformat()})"
            )
        checked.append((start, end))
    return checked


def compute_deadline(
    ruleset: RuleSet | str,
    received: date | datetime,
    *,
    suspensions: Iterable[tuple[date, date]] = (),
    extended: bool = False,
    readings: Readings | None = None,
    tz: str | tzinfo | None = None,
    today: date | None = None,
) -> DeadlineResult:
    """Compute the reply deadline of a request, with its explanation.

    Args:
        ruleset: A rule set or its code (``"FR"``, ``"CA-QC"`` ...).
        received: Day of receipt, or an aware date-time (converted to the zone first).
        suspensions: Identity waits as (asked on, received on) pairs.
        extended: Whether the extension was decided (see :func:`check_extension`).
        readings: Contested-point settings; the defaults of law.md when None.
        tz: Zone of the organisation; overrides ``readings.receipt_timezone`` and the rule
            set's default zone.
        today: Today's date in that zone (for tests); receipts after it are refused.

    Returns:
        The frozen result, with steps and sources.

    Raises:
        DeadlineError: naive date-time, receipt outside the law's bounds or in the
            future, inconsistent identity waits.
        ExtensionRefused: ``extended=True`` where the rule set has no extension.
        UnknownJurisdiction: unknown rule set code.
    """
    rules = get_ruleset(ruleset) if isinstance(ruleset, str) else ruleset
    readings = readings or Readings()
    zone = _zone(tz or readings.receipt_timezone or rules.timezone)
    zone_name = str(zone)
    readings = replace(readings, receipt_timezone=zone_name)
    if extended and rules.extension is None:
        raise ExtensionRefused(f"no extension exists under {rules.code} ({rules.name})")
    try:
        return _compute(rules, received, suspensions, extended, readings, zone, today)
    except OverflowError:
        raise DeadlineError("date out of the supported range (years 1-9999)") from None


def _compute(
    rules: RuleSet,
    received: date | datetime,
    suspensions: Iterable[tuple[date, date]],
    extended: bool,
    readings: Readings,
    zone: tzinfo,
    today: date | None,
) -> DeadlineResult:
    zone_name = str(zone)
    # Reg. 1182/71 governs EU periods only; elsewhere cite the rule set's own period rule.
    eu = any("1182/71" in src for src in rules.sources)
    count_source = (
        _SOURCE_COUNT if eu else f"{rules.period.source}: the day of receipt is not counted"
    )
    local, receipt_step = _local_receipt(received, zone, zone_name, count_source)
    today = today or datetime.now(zone).date()
    _check_bounds(rules, local, today)
    waits = _merge_waits(_check_waits(suspensions, local))

    c = _Computer(rules, readings)
    c.steps.append(receipt_step)
    start = local
    suspended = 0
    if waits and rules.suspension_source is None:
        c.add(
            "suspension-not-applied",
            tuple(d for w in waits for d in w),
            f"Identity waits are not counted under {rules.code}: the clock keeps running",
            f"Les attentes d'identité ne suspendent pas le délai sous {rules.code}",
            "; ".join(rules.notes) or rules.period.source,
        )
        waits = []

    if readings.id_wait == "restart":
        for s, e in waits:
            if s > c.legal_end(add_period(start, rules.period)):
                _ignored_wait(c, s, e)
                continue
            start = e
            c.add(
                "restart",
                (s, e),
                f"Identity asked on {fmt_en(s)}, received on {fmt_en(e)}: the period "
                f"restarts from {fmt_en(e)}",
                f"Identité demandée le {fmt_fr(s)}, reçue le {fmt_fr(e)} : le délai "
                f"repart du {fmt_fr(e)}",
                f"reading id_wait=restart; {rules.suspension_source}",
            )
    unrolled = add_period(start, rules.period)
    c.describe_period(start, rules.period, unrolled, "base")
    if readings.id_wait == "suspend":
        for s, e in waits:
            if s > c.legal_end(unrolled):
                _ignored_wait(c, s, e)
                continue
            days = (e - s).days
            suspended += days
            new = unrolled + timedelta(days=days)
            c.add(
                "suspension",
                (s, e),
                f"Identity asked on {fmt_en(s)}, received on {fmt_en(e)}: {days} days "
                f"suspended, {fmt_en(unrolled)} + {days} = {fmt_en(new)}",
                f"Identité demandée le {fmt_fr(s)}, reçue le {fmt_fr(e)} : {days} jours "
                f"de suspension, {fmt_fr(unrolled)} + {days} = {fmt_fr(new)}",
                f"{rules.suspension_source}; paused days added before rolling",
            )
            unrolled = new

    due, skipped = c.roll(unrolled)
    c.describe_roll(skipped, "Deadline")
    _saturday_note(c, due)
    if rules.calendar is None:
        c.add(
            "no-roll",
            (due,),
            f"Not moved for weekends or holidays: {rules.roll_note}",
            "Pas de report pour week-end ou jour férié : jours calendaires (choix documenté, "
            "lecture la plus prudente)",
            rules.roll_note,
        )
    c.add(
        "due",
        (due,),
        f"Due date: {fmt_en(due)}",
        f"Date limite de réponse : {fmt_fr(due)}",
        rules.period.source,
    )

    notice_by, if_extended = _extension(c, start, suspended, due, extended)
    return DeadlineResult(
        jurisdiction=rules.code,
        received=local,
        due=due,
        extension_notice_by=notice_by,
        extended_due_if_extended=if_extended,
        extended_due=if_extended if extended else None,
        extended=extended,
        suspended_days=suspended,
        timezone=zone_name,
        readings=readings,
        steps=tuple(c.steps),
        sources=rules.sources,
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
            "CQLR I-16 s. 61(23) (Saturday not listed; contested point)",
        )


def _extension(
    c: _Computer, start: date, suspended: int, due: date, extended: bool
) -> tuple[date | None, date | None]:
    """Compute the notice date and the extended due date; add their steps."""
    rules = c.ruleset
    policy = rules.extension
    if policy is None:
        c.add(
            "no-extension",
            (),
            f"No extension exists under {rules.code}",
            f"Aucune prolongation n'est prévue sous {rules.code}",
            "; ".join(rules.notes) or rules.period.source,
        )
        return None, None
    c.add(
        "extension-notice",
        (due,),
        f"An extension must be notified, with its reasons, by {fmt_en(due)}",
        f"Une prolongation doit être notifiée, motivée, au plus tard le {fmt_fr(due)}",
        policy.notice_source,
    )
    prefix_en = "Extended due date" if extended else "If extended, the due date would be"
    prefix_fr = "Date limite prolongée" if extended else "En cas de prolongation, la date serait"
    if not policy.gdpr_readings:
        unrolled = add_period(due, policy.period)
        c.describe_period(due, policy.period, unrolled, "extension")
        result, skipped = c.roll(unrolled)
        c.describe_roll(skipped, "Extended deadline")
        c.add(
            "extended-due",
            (result,),
            f"{prefix_en}: {fmt_en(result)}",
            f"{prefix_fr} : {fmt_fr(result)}",
            policy.period.source,
        )
        return due, result

    reading = c.readings.extension_reading
    total = Period(rules.period.amount + policy.period.amount, PeriodKind.MONTHS, "")
    a_unrolled = add_period(start, total) + timedelta(days=suspended)
    a, a_skipped = c.roll(a_unrolled)
    b_unrolled = add_period(due, policy.period)
    b, b_skipped = c.roll(b_unrolled)
    source = f"{policy.period.source}; contested point, reading {reading}"
    if reading in ("earlier-of", "receipt-plus-3"):
        extra = f" + {suspended} suspended days" if suspended else ""
        extra_fr = f" + {suspended} jours de suspension" if suspended else ""
        c.add(
            "extension-a",
            (a,),
            f"Reading A: {fmt_en(start)} + 3 months{extra} = {fmt_en(a_unrolled)}"
            + _rolled_en(a_skipped, a),
            f"Lecture A : {fmt_fr(start)} + 3 mois{extra_fr} = {fmt_fr(a_unrolled)}"
            + _rolled_fr(a_skipped, a),
            source,
        )
    if reading in ("earlier-of", "due-plus-2"):
        c.add(
            "extension-b",
            (b,),
            f"Reading B: first due date {fmt_en(due)} + 2 months = {fmt_en(b_unrolled)}"
            + _rolled_en(b_skipped, b),
            f"Lecture B : première échéance {fmt_fr(due)} + 2 mois = {fmt_fr(b_unrolled)}"
            + _rolled_fr(b_skipped, b),
            source,
        )
    chosen = {"earlier-of": min(a, b), "receipt-plus-3": a, "due-plus-2": b}[reading]
    why_en = " (the earlier of A and B)" if reading == "earlier-of" else ""
    why_fr = " (la plus proche de A et B)" if reading == "earlier-of" else ""
    c.add(
        "extended-due",
        (chosen,),
        f"{prefix_en}: {fmt_en(chosen)}{why_en}",
        f"{prefix_fr} : {fmt_fr(chosen)}{why_fr}",
        source,
    )
    return due, chosen


def _rolled_en(skipped: list[RestDay], final: date) -> str:
    if not skipped:
        return ""
    names = ", ".join(f"{r.day.isoformat()} {r.name_en}" for r in skipped)
    return f", moved to {fmt_en(final)} ({names})"


def _rolled_fr(skipped: list[RestDay], final: date) -> str:
    if not skipped:
        return ""
    names = ", ".join(f"{r.day.isoformat()} {r.name_fr}" for r in skipped)
    return f", reportée au {fmt_fr(final)} ({names})"
