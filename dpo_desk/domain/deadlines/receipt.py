"""The inputs of a computation, read and checked before any counting starts.

The day of receipt decides everything after it, and reading it is a contested point (the
organisation's time zone, a date-time with no offset refused rather than guessed), so it
lives apart from the counting: parsing user input, the zone, the law's bounds and the
identity waits (refused when impossible, merged so no day counts twice).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dpo_desk.domain.deadlines.errors import DeadlineError
from dpo_desk.domain.deadlines.explain import Step, fmt_en, fmt_fr
from dpo_desk.domain.deadlines.rulesets import RuleSet

#: Latest receipt accepted: holiday rules encoded today say nothing reliable beyond it,
#: and it keeps every date computation far from ``date.max`` (year 9999).
MAX_RECEIPT = date(2199, 12, 31)

_SOURCE_COUNT = "Reg. 1182/71 Art. 3(1): the day of receipt is not counted"
_SOURCE_TZ = "contested point: date of receipt read in the organisation's time zone"
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_received(
    text: str, tz: str | tzinfo | None = None, naive_zone: str | None = None
) -> date | datetime:
    """Read a receipt from user input: ``YYYY-MM-DD`` or ISO 8601 date-time with offset.

    A date-time without an offset is read in ``naive_zone``: the organisation's receipt
    zone (``receipt_zone``, law.md contested point "date of receipt": the organisation's
    time zone), the same for ``case add`` and ``deadline``. Without ``naive_zone`` it is
    refused: guessing the zone would silently move a deadline by a day.

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
                "not a date: {text!r}; use YYYY-MM-DD or an ISO 8601 date-time with offset, "
                "e.g. 2025-01-31T23:30:00-05:00",
                text=text,
            )
        moment = datetime.fromisoformat(raw)
    except DeadlineError:
        raise
    except ValueError as exc:
        raise DeadlineError(
            "not a valid date: {text!r} ({reason})", text=text, reason=exc
        ) from None
    if (moment.tzinfo is None or moment.utcoffset() is None) and naive_zone:
        moment = moment.replace(tzinfo=_zone(naive_zone))
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DeadlineError(
            "date-time {text!r} has no time-zone offset; add one (e.g. +01:00 or Z) or give "
            "the date only",
            text=text,
        )
    if tz is None:
        return moment
    try:
        return moment.astimezone(_zone(tz))
    except OverflowError:
        raise DeadlineError("date out of the supported range: {text!r}", text=text) from None


def receipt_zone(
    ruleset: RuleSet, reading: str | None = None, organisation: str | None = None
) -> str:
    """The one zone in which "the day of receipt" of an instant is read.

    Both ``dpo-desk case add`` and ``dpo-desk deadline`` (and the window) go through this
    function, so the same instant gives the same day everywhere: the organisation's
    ``receipt_timezone`` reading (e.g. UTC) first, then the organisation's own zone, then
    the rule set's default zone (law.md, contested point "date of receipt").
    """
    return reading or organisation or ruleset.timezone


def _zone(tz: str | tzinfo) -> tzinfo:
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise DeadlineError(
            "unknown time zone {tz!r} (use an IANA name such as Europe/Paris)", tz=tz
        ) from None


def _merge_waits(waits: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Union of the waits, sorted, so that no paused day counts twice."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(waits):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _local_receipt(
    received: date | datetime, zone: tzinfo, zone_name: str, count_source: str = _SOURCE_COUNT
) -> tuple[date, Step]:
    if isinstance(received, datetime):
        if received.tzinfo is None or received.utcoffset() is None:
            raise DeadlineError(
                "receipt time {value} has no time zone; give an aware date-time (with offset) "
                "or a plain date",
                value=received.isoformat(),
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


def _check_bounds(ruleset: RuleSet, received: date, today: date, *, what_if: bool = False) -> None:
    """Refuse a receipt the law does not cover; a future one only when not a what-if."""
    if received < ruleset.lower_bound:
        raise DeadlineError(
            "receipt {value} is before {value2}: {lower_bound_reason}",
            value=received.isoformat(),
            value2=ruleset.lower_bound.isoformat(),
            lower_bound_reason=ruleset.lower_bound_reason,
        )
    if received > today and not what_if:
        raise DeadlineError(
            "receipt {value} is in the future (today is {value2})",
            value=received.isoformat(),
            value2=today.isoformat(),
        )
    if received > MAX_RECEIPT:
        raise DeadlineError(
            "receipt {value} is after {value2}, the last date whose holidays DPO Desk can "
            "vouch for",
            value=received.isoformat(),
            value2=MAX_RECEIPT.isoformat(),
        )


def _check_waits(waits: Iterable[tuple[date, date]], received: date) -> list[tuple[date, date]]:
    """Refuse impossible waits. An end after today is accepted: it is a projection
    ("if the ID arrives on ..."), which the GUI uses for an open wait."""
    checked = []
    for start, end in waits:
        if end < start:
            raise DeadlineError(
                "identity wait ends ({value}) before it starts ({start})",
                value=end.isoformat(),
                start=start.isoformat(),
            )
        if start < received:
            raise DeadlineError(
                "identity wait starts ({start}) before the receipt ({value})",
                start=start.isoformat(),
                value=received.isoformat(),
            )
        checked.append((start, end))
    return checked
