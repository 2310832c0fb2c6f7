"""Explanation steps: how a deadline was reached, in English and French, with sources.

The DPO must be able to justify a date to the data subject or to the CNIL, so each rule
applied by :mod:`.compute` leaves a :class:`Step`. Dates are formatted here by hand (no
locale): the output must not depend on the machine's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def month_en(month: int) -> str:
    """Short English month name (``Feb``), 1-based."""
    return _MONTHS_EN[month - 1]


def month_fr(month: int) -> str:
    """French month name (``février``), 1-based."""
    return _MONTHS_FR[month - 1]


def fmt_en(day: date) -> str:
    """``Fri 28 Feb 2025``."""
    return f"{_DAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def fmt_en_short(day: date) -> str:
    """``28 Feb 2025`` (used in refusal messages)."""
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def fmt_fr(day: date) -> str:
    """``vendredi 28 février 2025`` (``1er`` for the first of the month)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{_DAYS_FR[day.weekday()]} {number} {_MONTHS_FR[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Step:
    """One rule applied while computing a deadline.

    Attributes:
        code: Stable machine word (``receipt``, ``base``, ``suspension``, ``roll`` ...),
            for tests and for the GUI to pick an icon.
        dates: The date(s) the step is about (e.g. the skipped day).
        text_en: Human sentence in English.
        text_fr: The same in French.
        source: The rule applied (article), or our documented choice.
    """

    code: str
    dates: tuple[date, ...]
    text_en: str
    text_fr: str
    source: str

    def text(self, lang: str = "en") -> str:
        """The sentence in ``lang`` ('fr' or anything else for English)."""
        return self.text_fr if lang == "fr" else self.text_en

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values (ISO dates)."""
        return {
            "code": self.code,
            "dates": [d.isoformat() for d in self.dates],
            "text_en": self.text_en,
            "text_fr": self.text_fr,
            "source": self.source,
        }


def render_steps(steps: list[Step], lang: str = "en") -> list[str]:
    """Numbered lines ``"1. text (source)"``, ready to print or to quote in a letter."""
    return [f"{i}. {s.text(lang)} ({s.source})" for i, s in enumerate(steps, start=1)]
