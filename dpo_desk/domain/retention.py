"""Retention rules: how long data may be kept, as a date ("keep until").

A register entry has a retention text for people ("5 years after the order, then 5 years
of intermediate archive") and a machine rule, a small dict such as::

    {"from": "last-contact", "years": 3}                    # prospects (CNIL)
    {"from": "order", "years": 5, "archive_years": 5}       # orders: active + archive
    {"from": "card-expiry", "days": 1}                      # card data: expiry + 1 day

``from`` names the event the period runs from (a lower-case word); ``years``, ``months``
and ``days`` give the period in the active base; ``archive_years``, ``archive_months`` and
``archive_days`` an intermediate archive that follows it (restricted access, kept only
for legal obligations or litigation). An empty dict means "no machine rule".

Calendar arithmetic: years and months are added to the calendar date, and a date that
does not exist is replaced by the last day of the month (29 Feb 2024 + 1 year = 28 Feb
2025), as in Regulation 1182/71 Art. 3(2)(c). Pure functions, no I/O.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dpo_desk.errors import Refusal

#: Events a rule usually runs from, as an English phrase and the French one with its
#: preposition (any other word is allowed).
KNOWN_EVENTS: dict[str, tuple[str, str]] = {
    "last-contact": ("the last contact", "du dernier contact"),
    "order": ("the order", "de la commande"),
    "contract-end": ("the end of the contract", "de la fin du contrat"),
    "last-payment": ("the last payment", "du dernier paiement"),
    "card-expiry": ("the card's expiry date", "de la date d'expiration de la carte"),
    "collection": ("collection", "de la collecte"),
    "review": ("the review", "de l'avis"),
    "alert": ("the alert", "de l'alerte"),
    "recording": ("the recording", "de l'enregistrement"),
}

#: Events that usually lie ahead when a request arrives: a period running from them cannot
#: be counted from the date of receipt (the date is looked up in the business systems).
FORWARD_EVENTS = frozenset({"card-expiry", "contract-end"})

_EVENT = re.compile(r"^[a-z][a-z0-9-]{0,39}$")
_PERIOD_KEYS = ("years", "months", "days")
_ARCHIVE_KEYS = ("archive_years", "archive_months", "archive_days")
_KEYS = ("from", *_PERIOD_KEYS, *_ARCHIVE_KEYS)
MAX_YEARS = 200  # beyond this a rule is a typo, and date arithmetic would overflow


class RetentionError(Refusal, ValueError):
    """A retention rule that cannot be used; the message says which part and why."""


@dataclass(frozen=True)
class RetentionRule:
    """A parsed rule; ``event`` is the ``from`` word."""

    event: str
    years: int = 0
    months: int = 0
    days: int = 0
    archive_years: int = 0
    archive_months: int = 0
    archive_days: int = 0

    @property
    def has_archive(self) -> bool:
        return bool(self.archive_years or self.archive_months or self.archive_days)

    def to_dict(self) -> dict[str, Any]:
        """The stored form: only the non-zero parts, ``from`` first."""
        out: dict[str, Any] = {"from": self.event}
        for key in (*_PERIOD_KEYS, *_ARCHIVE_KEYS):
            value = getattr(self, key)
            if value:
                out[key] = value
        return out


@dataclass(frozen=True)
class KeepUntil:
    """The result of a rule applied to the date of its event."""

    start: date
    #: Last day in the active base.
    active_until: date
    #: Last day in the intermediate archive (None: no archive).
    archive_until: date | None = None

    @property
    def final(self) -> date:
        """The day after which nothing may be kept."""
        return self.archive_until or self.active_until


def parse_rule(value: dict[str, Any] | None) -> RetentionRule | None:
    """Read a stored rule; None for an empty one.

    Raises:
        RetentionError: unknown keys, a missing or malformed ``from``, a negative or
            non-integer count, or no period at all.
    """
    if not value:
        return None
    if not isinstance(value, dict):
        raise RetentionError('retention rule: expected an object like {{"from": ..., "years": 3}}')
    unknown = sorted(set(value) - set(_KEYS))
    if unknown:
        raise RetentionError(
            "retention rule: unknown key(s) {unknown}; use {_keys}",
            unknown=", ".join(unknown),
            _keys=", ".join(_KEYS),
        )
    event = value.get("from")
    if not isinstance(event, str) or not _EVENT.match(event):
        raise RetentionError(
            'retention rule: "from" must name the starting event in lower-case words '
            "joined by '-', e.g. last-contact, order, card-expiry"
        )
    counts: dict[str, int] = {}
    for key in (*_PERIOD_KEYS, *_ARCHIVE_KEYS):
        raw = value.get(key, 0)
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            raise RetentionError("retention rule: {key} must be a whole number, 0 or more", key=key)
        limit = MAX_YEARS * (1 if "years" in key else 12 if "months" in key else 366)
        if raw > limit:
            raise RetentionError(
                "retention rule: {key}={raw} is beyond {max_years} years",
                key=key,
                raw=raw,
                max_years=MAX_YEARS,
            )
        counts[key] = raw
    rule = RetentionRule(event=event, **counts)
    if not (rule.years or rule.months or rule.days or rule.has_archive):
        raise RetentionError("retention rule: give a period (years, months or days)")
    return rule


def add_period(start: date, years: int = 0, months: int = 0, days: int = 0) -> date:
    """``start`` plus a calendar period; a missing day becomes the month's last day.

    Raises:
        RetentionError: the result is outside the calendar (after 31 Dec 9999).
    """
    total = start.month - 1 + months + 12 * years
    year, month = start.year + total // 12, total % 12 + 1
    if year > 9999:
        raise RetentionError(
            "{start} plus the period is after the year 9999", start=start.isoformat()
        )
    day = min(start.day, calendar.monthrange(year, month)[1])
    try:
        return date(year, month, day) + timedelta(days=days)
    except OverflowError:
        raise RetentionError(
            "{start} plus the period is after the year 9999", start=start.isoformat()
        ) from None


def keep_until(rule: RetentionRule, start: date) -> KeepUntil:
    """Apply ``rule`` to the date its event happened."""
    active = add_period(start, rule.years, rule.months, rule.days)
    archive = (
        add_period(active, rule.archive_years, rule.archive_months, rule.archive_days)
        if rule.has_archive
        else None
    )
    return KeepUntil(start=start, active_until=active, archive_until=archive)


def _period_text(years: int, months: int, days: int, lang: str) -> str:
    words = {
        "en": (("year", "years"), ("month", "months"), ("day", "days")),
        "fr": (("an", "ans"), ("mois", "mois"), ("jour", "jours")),
    }[lang]
    parts = [
        f"{n} {w[0] if n == 1 else w[1]}"
        for n, w in zip((years, months, days), words, strict=True)
        if n
    ]
    return (" and " if lang == "en" else " et ").join(parts) or (
        "0 days" if lang == "en" else "0 jour"
    )


def describe(rule: RetentionRule, lang: str = "en") -> str:
    """A sentence for a reply: "3 years from the last contact"."""
    en, fr = KNOWN_EVENTS.get(rule.event, (rule.event, f"de : {rule.event}"))
    period = _period_text(rule.years, rule.months, rule.days, lang)
    text = f"{period} from {en}" if lang == "en" else f"{period} à compter {fr}"
    if rule.has_archive:
        archive = _period_text(rule.archive_years, rule.archive_months, rule.archive_days, lang)
        text += (
            f", then {archive} in intermediate archive"
            if lang == "en"
            else f", puis {archive} en archivage intermédiaire"
        )
    return text
