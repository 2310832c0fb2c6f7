"""The extension's steps: the notice date and the extended due date, with their readings.

Where the rule set extends by a plain further period, the extended date is counted and
rolled like the base one. Under the GDPR the length of the extension is a contested point
(``Readings.extension_reading``): reading A counts three months from the start, reading B
two months from the first due date; both are shown, and the chosen one is the result.
"""

from __future__ import annotations

from datetime import date, timedelta

from dpo_desk.domain.deadlines.calendar import RestDay
from dpo_desk.domain.deadlines.counting import _Computer, add_period
from dpo_desk.domain.deadlines.explain import fmt_en, fmt_fr
from dpo_desk.domain.deadlines.rulesets import Period, PeriodKind


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
        # Counted from the first period's unrolled end: the roll only moves a last day,
        # it never lengthens the whole (11 CCR §7021(b): "a maximum total of 90 calendar
        # days from the day the business receives the request"; PIPEDA s. 8(3)-(4)).
        base = add_period(start, rules.period) + timedelta(days=suspended)
        unrolled = add_period(base, policy.period)
        c.describe_period(base, policy.period, unrolled, "extension")
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
        _reading_step(
            c,
            "extension-a",
            f"Reading A: {fmt_en(start)} + 3 months{extra}",
            f"Lecture A : {fmt_fr(start)} + 3 mois{extra_fr}",
            a_unrolled,
            a,
            a_skipped,
            source,
        )
    if reading in ("earlier-of", "due-plus-2"):
        _reading_step(
            c,
            "extension-b",
            f"Reading B: first due date {fmt_en(due)} + 2 months",
            f"Lecture B : première échéance {fmt_fr(due)} + 2 mois",
            b_unrolled,
            b,
            b_skipped,
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


def _reading_step(
    c: _Computer,
    code: str,
    sum_en: str,
    sum_fr: str,
    unrolled: date,
    final: date,
    skipped: list[RestDay],
    source: str,
) -> None:
    """Step for one GDPR reading: "<sum> = <unrolled>", then where rolling moved it."""
    en = f"{sum_en} = {fmt_en(unrolled)}"
    fr = f"{sum_fr} = {fmt_fr(unrolled)}"
    if skipped:
        en += f", moved to {fmt_en(final)} ({_names(skipped, 'en')})"
        fr += f", reportée au {fmt_fr(final)} ({_names(skipped, 'fr')})"
    c.add(code, (final,), en, fr, source)


def _names(skipped: list[RestDay], lang: str) -> str:
    return ", ".join(
        f"{r.day.isoformat()} {r.name_fr if lang == 'fr' else r.name_en}" for r in skipped
    )
