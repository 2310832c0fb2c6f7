"""Explanation steps: how a deadline was reached, in English and French, with sources.

The DPO must be able to justify a date to the data subject or to the CNIL, so each rule
applied by :mod:`.compute` leaves a :class:`Step`. Dates are formatted here by hand (no
locale): the output must not depend on the machine's settings.
"""

from __future__ import annotations

import re
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

    def source_text(self, lang: str = "en") -> str:
        """The source in ``lang``: citations are kept, the explaining words translated."""
        return source_fr(self.source) if lang == "fr" else self.source

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values (ISO dates)."""
        return {
            "code": self.code,
            "dates": [d.isoformat() for d in self.dates],
            "text_en": self.text_en,
            "text_fr": self.text_fr,
            "source": self.source,
            "source_fr": source_fr(self.source),
        }


#: English wording of the sources and its French counterpart, longest first. Citations
#: (article numbers, act names) stay as they are; French letters must not carry English.
_SOURCE_FR: tuple[tuple[str, str], ...] = (
    (
        "contested point: date of receipt read in the organisation's time zone",
        "point discuté : jour de réception lu dans le fuseau horaire de l'organisme",
    ),
    (
        "notice with reasons within one month of receipt",
        "notification motivée dans le mois suivant la réception",
    ),
    ("notice with reasons within one month", "notification motivée dans le mois"),
    (
        "the period is suspended while requested identity information is awaited",
        "le délai est suspendu tant que les informations d'identité demandées sont attendues",
    ),
    ("the day of receipt is not counted", "le jour de réception n'est pas compté"),
    (
        "paused days added before rolling",
        "jours de suspension ajoutés avant le report au jour ouvré",
    ),
    ("Saturday not listed; contested point", "samedi non cité ; point discuté"),
    ("contested point, reading earlier-of", "point discuté, lecture « la plus proche »"),
    ("contested point, reading receipt-plus-3", "point discuté, lecture « réception + 3 mois »"),
    ("contested point, reading due-plus-2", "point discuté, lecture « échéance + 2 mois »"),
    ("reading id_wait=restart", "lecture : le délai repart à la réception"),
    (
        "stop the clock while awaiting information",
        "arrêt du délai tant que les informations sont attendues",
    ),
    (
        "notice and explanation within the first 45 days",
        "notification motivée dans les 45 premiers jours",
    ),
    ("notice within 30 days after receipt", "notification dans les 30 jours de la réception"),
    (
        "as read by the ICO; bank holidays of England and Wales",
        "selon l'ICO ; jours fériés d'Angleterre et du pays de Galles",
    ),
    # Titles kept whole (their " and " is not translated), then the rule sets' sources.
    ("Data (Use and Access) Act 2025", "Data (Use and Access) Act 2025"),
    ("(stop the clock)", "(arrêt du délai)"),
    (
        "ICO guidance on the right of access (calendar month, next working day)",
        "lignes directrices de l'ICO sur le droit d'accès (mois calendaire, jour ouvré suivant)",
    ),
    ("Reg. (EEC, Euratom) 1182/71 Art.", "règl. (CEE, Euratom) 1182/71 art."),
    (
        "Act respecting the protection of personal information in the private sector "
        "(CQLR, c. P-39.1), s.",
        "Loi sur la protection des renseignements personnels dans le secteur privé "
        "(RLRQ, c. P-39.1), art.",
    ),
    ("Interpretation Act (CQLR, c. I-16), s.", "Loi d'interprétation (RLRQ, c. I-16), art."),
    # Quebec's acts as Quebec cites them in each language (Compilation of Quebec Laws and
    # Regulations / Recueil des lois et des règlements du Québec): "CQLR, c. P-39.1,
    # s. 32" is "RLRQ, c. P-39.1, art. 32".
    (
        "CQLR, c. P-39.1 has no extension clause; only the public-sector act has one",
        "la loi (RLRQ, c. P-39.1) ne prévoit aucune prolongation ; seule la loi du secteur "
        "public en prévoit une",
    ),
    ("CQLR, c. P-39.1, s.", "RLRQ, c. P-39.1, art."),
    ("CQLR, c. I-16, s.", "RLRQ, c. I-16, art."),
    ("2nd sentence", "2e phrase"),
    ("3rd sentence", "3e phrase"),
    ("UK GDPR Art.", "UK GDPR art."),
    ("GDPR Art.", "RGPD art."),
    ("Reg. 1182/71 Art.", "règl. 1182/71 art."),
    (" and ", " et "),
    # French typography: a space before ";" and ":".
    ("; ", " ; "),
    (": ", " : "),
)


_SOURCE_TABLE = dict(_SOURCE_FR)
#: One pass, longest wording first: a replaced part is never replaced again (the " and "
#: of an act's title stays).
_SOURCE_RE = re.compile(
    "|".join(re.escape(en) for en in sorted(_SOURCE_TABLE, key=len, reverse=True))
)


def source_fr(source: str) -> str:
    """The French wording of a step's source (see ``_SOURCE_FR``)."""
    return _SOURCE_RE.sub(lambda m: _SOURCE_TABLE[m.group(0)], source)


def render_steps(steps: list[Step], lang: str = "en") -> list[str]:
    """Numbered lines ``"1. text (source)"``, ready to print or to quote in a letter."""
    return [f"{i}. {s.text(lang)} ({s.source_text(lang)})" for i, s in enumerate(steps, start=1)]
