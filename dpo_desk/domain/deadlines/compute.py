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

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from dpo_desk.domain.deadlines.counting import (
    _Computer,
    _ignored_wait,
    _saturday_note,
    add_period,
)
from dpo_desk.domain.deadlines.errors import DeadlineError, ExtensionRefused
from dpo_desk.domain.deadlines.explain import Step, fmt_en, fmt_fr
from dpo_desk.domain.deadlines.extension_steps import _extension
from dpo_desk.domain.deadlines.readings import Readings
from dpo_desk.domain.deadlines.receipt import (
    _SOURCE_COUNT,
    MAX_RECEIPT,
    _check_bounds,
    _check_waits,
    _local_receipt,
    _merge_waits,
    _zone,
    parse_received,
)
from dpo_desk.domain.deadlines.rulesets import RuleSet, get_ruleset

__all__ = [
    "MAX_RECEIPT",
    "DeadlineResult",
    "add_period",
    "compute_deadline",
    "parse_received",
]


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
        what_if: The receipt is after today: a projection, not a recorded request.
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
    what_if: bool = False

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
            "what_if": self.what_if,
        }


def compute_deadline(
    ruleset: RuleSet | str,
    received: date | datetime,
    *,
    suspensions: Iterable[tuple[date, date]] = (),
    extended: bool = False,
    readings: Readings | None = None,
    tz: str | tzinfo | None = None,
    today: date | None = None,
    what_if: bool = False,
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
        what_if: Accept a receipt after today (a projection, e.g. "if it arrives on
            Monday"): the result then says so in a "what-if" step instead of refusing.

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
        raise ExtensionRefused(
            "no extension exists under {code} ({name})", code=rules.code, name=rules.name
        )
    try:
        return _compute(rules, received, suspensions, extended, readings, zone, today, what_if)
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
    what_if: bool = False,
) -> DeadlineResult:
    zone_name = str(zone)
    # Reg. 1182/71 governs EU periods only; elsewhere cite the rule set's own period rule.
    eu = any("1182/71" in src for src in rules.sources)
    count_source = (
        _SOURCE_COUNT if eu else f"{rules.period.source}: the day of receipt is not counted"
    )
    local, receipt_step = _local_receipt(received, zone, zone_name, count_source)
    today = today or datetime.now(zone).date()
    _check_bounds(rules, local, today, what_if=what_if)
    waits = _merge_waits(_check_waits(suspensions, local))

    c = _Computer(rules, readings)
    c.steps.append(receipt_step)
    if local > today:
        c.add(
            "what-if",
            (local, today),
            f"What-if: {fmt_en(local)} is after today ({fmt_en(today)}); this is the deadline "
            "the request would have if it arrived on that day",
            f"Simulation : le {fmt_fr(local)} est après aujourd'hui ({fmt_fr(today)}) ; voici "
            "la date limite qu'aurait une demande reçue ce jour-là",
            "projection asked for (dpo-desk deadline); no request is recorded",
        )
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

    restart = readings.id_wait == "restart" or rules.id_wait_restarts is not None
    if restart:
        restart_source = rules.id_wait_restarts or (
            f"reading id_wait=restart; {rules.suspension_source}"
        )
        for s, e in waits:
            if s > c.legal_end(add_period(start, rules.period)):
                _ignored_wait(c, s, e)
                continue
            start = e
            c.add(
                "restart",
                (s, e),
                f"Identity asked on {fmt_en(s)}, received on {fmt_en(e)}: the period "
                f"restarts from {fmt_en(e)} (a new full period, not a pause)",
                f"Identité demandée le {fmt_fr(s)}, reçue le {fmt_fr(e)} : le délai "
                f"repart du {fmt_fr(e)} (un nouveau délai entier, pas une suspension)",
                restart_source,
            )
    unrolled = add_period(start, rules.period)
    c.describe_period(start, rules.period, unrolled, "base")
    if not restart:
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
    if rules.calendar is not None and not c.rolls:
        c.add(
            "no-roll",
            (due,),
            "Not moved for weekends or holidays: the organisation keeps the earlier, "
            f"calendar-day date (setting interpretation_roll=False; the law would roll: "
            f"{rules.roll_note})",
            "Pas de report pour week-end ou jour férié : l'organisation retient la date "
            "calendaire, plus précoce (réglage interpretation_roll=False)",
            rules.calendar.source,
        )
    elif rules.calendar is None:
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
        what_if=local > today,
    )
