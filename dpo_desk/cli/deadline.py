"""``dpo-desk deadline``: compute a reply deadline and explain it, without any store.

A DPO can check a date before registering a case, or justify one to a data subject;
nothing is read or written, so the command works before the desk is even set up.
"""

from __future__ import annotations

import argparse
from datetime import date

from dpo_desk.cli._base import emit, json_flag
from dpo_desk.domain.deadlines import (
    RULESETS,
    DeadlineError,
    DeadlineResult,
    Readings,
    compute_deadline,
    fmt_en,
    get_ruleset,
    parse_received,
    render_steps,
)
from dpo_desk.domain.deadlines.readings import EXTENSION_READINGS, ID_WAITS
from dpo_desk.domain.deadlines.receipt import receipt_zone
from dpo_desk.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg, unused-ignore]
    p = sub.add_parser(
        "deadline",
        help="compute and explain a reply deadline",
        description="Compute a reply deadline under a rule set and explain every step, "
        "with its legal source. Reads and writes nothing.",
    )
    p.add_argument(
        "--jurisdiction",
        required=True,
        metavar="CODE",
        help="rule set: " + ", ".join(r.code for r in RULESETS),
    )
    p.add_argument(
        "--received",
        required=True,
        metavar="DATE[TIME]",
        help="day of receipt, YYYY-MM-DD, or an ISO 8601 date-time; a time without offset "
        "is read in --tz (else the rule set's zone), as 'case add' reads it in the "
        "organisation's",
    )
    p.add_argument(
        "--suspended",
        action="append",
        default=[],
        metavar="FROM:TO",
        help="identity wait, YYYY-MM-DD:YYYY-MM-DD (asked on FROM, received on TO); repeatable",
    )
    p.add_argument("--extended", action="store_true", help="the extension was decided")
    p.add_argument(
        "--tz", metavar="ZONE", help="organisation's time zone (default: the rule set's)"
    )
    p.add_argument(
        "--extension-reading",
        choices=EXTENSION_READINGS,
        default="earlier-of",
        help="contested GDPR extension reading (default: earlier-of)",
    )
    p.add_argument(
        "--id-wait", choices=ID_WAITS, default="suspend", help="identity wait (default: suspend)"
    )
    p.add_argument(
        "--quebec-saturday-holiday",
        action="store_true",
        help="treat Saturday as a holiday in Quebec (default: a working day)",
    )
    p.add_argument(
        "--no-interpretation-roll",
        action="store_true",
        help="Canada, California, Brazil: keep the earlier calendar-day date instead of "
        "rolling past a weekend or holiday as their interpretation laws say",
    )
    p.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)  # reproducible tests
    p.add_argument("--lang", choices=("en", "fr"), default="en", help="language of the steps")
    json_flag(p)
    p.set_defaults(func=run_deadline)


def _date(text: str, what: str) -> date:
    value = parse_received(text)
    if not isinstance(value, date) or hasattr(value, "hour"):
        raise DeadlineError("{what}: {text!r} must be a date, YYYY-MM-DD", what=what, text=text)
    return value


def _wait(text: str) -> tuple[date, date]:
    start, sep, end = text.partition(":")
    if not sep:
        raise DeadlineError(
            "--suspended: {text!r} must be FROM:TO, e.g. 2025-03-12:2025-03-20", text=text
        )
    return _date(start, "--suspended"), _date(end, "--suspended")


def describe(result: DeadlineResult, lang: str = "en") -> list[str]:
    """The text output: the dates first, then the numbered explanation and the sources."""
    rules = get_ruleset(result.jurisdiction)
    if result.extended_due_if_extended is None:
        extended = f"no extension exists under {rules.code}"
        notice = "—"
    else:
        notice = fmt_en(result.extension_notice_by) if result.extension_notice_by else "—"
        extended = fmt_en(result.extended_due_if_extended)
        if not result.extended:
            extended += " (if extended)"
    lines = [
        *(
            [f"What-if: a receipt after today ({fmt_en(result.received)}); nothing is recorded"]
            if result.what_if
            else []
        ),
        f"Jurisdiction:        {rules.code} — {rules.name}",
        f"Received:            {fmt_en(result.received)} ({result.timezone})",
        f"Due:                 {fmt_en(result.due)}",
        f"Extension notice by: {notice}",
        f"Extended due date:   {extended}",
        "",
        "How it was computed:",
        *(f"  {line}" for line in render_steps(list(result.steps), lang)),
        "",
        "Sources: " + "; ".join(result.sources),
    ]
    return lines


def run_deadline(args: argparse.Namespace) -> int:
    try:
        rules = get_ruleset(args.jurisdiction)
        # The same rule as ``case add``: --tz plays the organisation's zone, and a time
        # without an offset is read in it.
        zone = receipt_zone(rules, None, args.tz)
        received = parse_received(args.received, naive_zone=zone)
        waits = [_wait(w) for w in args.suspended]
        today = _date(args.today, "--today") if args.today else None
        readings = Readings(
            extension_reading=args.extension_reading,
            id_wait=args.id_wait,
            quebec_saturday_is_holiday=args.quebec_saturday_holiday,
            interpretation_roll=not args.no_interpretation_roll,
        )
        result = compute_deadline(
            rules,
            received,
            suspensions=waits,
            extended=args.extended,
            readings=readings,
            tz=zone,
            today=today,
            # A receipt after today is a what-if: answered, with a note, not refused.
            what_if=True,
        )
    except ValueError as exc:  # DeadlineError and its kin: a refusal, not a bug
        raise UserError.carrying(exc) from None
    emit(args, result.to_dict(), describe(result, args.lang))
    return 0
