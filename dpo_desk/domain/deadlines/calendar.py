"""Working-day calendars: which days a period may not end on, and why.

Each calendar answers one question for the roll rules (Reg. 1182/71 Art. 3(4), Quebec
Interpretation Act s. 52): "is this day a rest day, and what is it called?". Names come
in English and French because every explanation step is bilingual.

Holiday tables are built per year from the ``holidays`` package, then frozen and cached:
a dashboard computing hundreds of deadlines must not rebuild them, and a frozen mapping is
safe to share between threads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

from dateutil.easter import easter

#: (English, French) names of the weekdays, Monday first (``date.weekday()`` order).
WEEKDAY_NAMES: tuple[tuple[str, str], ...] = (
    ("Monday", "lundi"),
    ("Tuesday", "mardi"),
    ("Wednesday", "mercredi"),
    ("Thursday", "jeudi"),
    ("Friday", "vendredi"),
    ("Saturday", "samedi"),
    ("Sunday", "dimanche"),
)

SATURDAY = 5
SUNDAY = 6

#: A holiday table for one year: date -> (English name, French name).
HolidayTable = Mapping[date, tuple[str, str]]


@dataclass(frozen=True)
class RestDay:
    """Why a day is not a working day, in both languages, with the rule behind it."""

    day: date
    name_en: str
    name_fr: str
    source: str


def _merge(en: Mapping[date, str], fr: Mapping[date, str]) -> dict[date, tuple[str, str]]:
    return {d: (name, fr.get(d, name)) for d, name in en.items()}


def _france_table(year: int, subdiv: str | None) -> dict[date, tuple[str, str]]:
    """French public holidays (Code du travail L3133-1), plus L3134-13 where asked.

    ``holidays`` 0.109 knows subdivisions '57' (Moselle) and '6AE' (Alsace: Bas-Rhin 67
    and Haut-Rhin 68), both adding Good Friday and 26 December, so no day is added by hand.
    """
    import holidays  # imported on first use: it loads slowly (start-up)

    en = holidays.France(years=year, subdiv=subdiv, language="en_US")
    fr = holidays.France(years=year, subdiv=subdiv, language="fr")
    return _merge(en, fr)


def _uk_england_table(year: int) -> dict[date, tuple[str, str]]:
    """Bank holidays of England and Wales (Banking and Financial Dealings Act 1971).

    ``holidays`` has no French names for the UK: the English name is used in both texts.
    Substitute days (e.g. Christmas on a Saturday -> Monday 27) are real bank holidays, so
    ``observed`` stays on.
    """
    import holidays  # imported on first use: it loads slowly (start-up)

    en = holidays.UK(years=year, subdiv="ENG", language="en_GB")
    return _merge(en, {})


def _quebec_table(year: int) -> dict[date, tuple[str, str]]:
    """Holidays of the Quebec Interpretation Act (CQLR, c. I-16), s. 61(23), Sundays aside.

    Built from ``holidays.Canada(subdiv='QC')`` without "observed" days: the Act lists
    its own days, and its only substitute is 2 July when 1 July is a Sunday (so 25 June
    is NOT added when 24 June is a Sunday; the Sunday already rolls to Monday 25 anyway).
    Added by hand because the package lacks them: Easter Monday (s. 61(23)), 2 July when
    1 July is a Sunday, and the Monday before 25 May (the package omits it before 2003,
    when the same Monday was Victoria Day / fête de Dollard).
    """
    import holidays  # imported on first use: it loads slowly (start-up)

    en = holidays.Canada(years=year, subdiv="QC", observed=False, language="en_CA")
    fr = holidays.Canada(years=year, subdiv="QC", observed=False, language="fr")
    table = _merge(en, fr)
    easter_monday = easter(year) + timedelta(days=1)
    table.setdefault(easter_monday, ("Easter Monday", "Lundi de Pâques"))
    july_1 = date(year, 7, 1)
    if july_1.weekday() == SUNDAY:
        table.setdefault(
            date(year, 7, 2),
            ("Canada Day (1 July is a Sunday)", "Fête du Canada (le 1er juillet est un dimanche)"),
        )
    may_25 = date(year, 5, 25)
    monday_before = may_25 - timedelta(days=(may_25.weekday() or 7))
    table.setdefault(
        monday_before,
        ("National Patriots' Day", "Journée nationale des patriotes"),
    )
    return table


def _canada_federal_table(year: int) -> dict[date, tuple[str, str]]:
    """Holidays of the federal Interpretation Act (R.S.C. 1985, c. I-21) s. 35(1).

    Sundays aside, s. 35(1) lists New Year's Day, Good Friday, Easter Monday, Christmas
    Day, Victoria Day, Canada Day, Labour Day, Remembrance Day, Thanksgiving, Boxing Day
    and the National Day for Truth and Reconciliation (added in 2021). The ``holidays``
    package has them in its public, government and optional categories, except Easter
    Monday, added by hand. Saturday is not listed: it stays a working day. Provincial
    non-juridical days are not added (they depend on the province where the act is done).
    """
    import holidays  # imported on first use: it loads slowly (start-up)

    cats = ("public", "government", "optional")
    en = holidays.Canada(years=year, observed=False, categories=cats, language="en_CA")
    fr = holidays.Canada(years=year, observed=False, categories=cats, language="fr")
    table = _merge(en, fr)
    table.setdefault(easter(year) + timedelta(days=1), ("Easter Monday", "Lundi de Pâques"))
    return table


def _california_table(year: int) -> dict[date, tuple[str, str]]:
    """California state holidays (Gov. Code §6700, Civ. Code §7), as Code Civ. Proc.
    §12a counts them; Saturdays and Sundays are added by the calendar's weekend.

    ``holidays`` has no French names for the United States: English in both texts.
    """
    import holidays  # imported on first use: it loads slowly (start-up)

    return _merge(holidays.US(years=year, subdiv="CA", language="en_US"), {})


def _brazil_table(year: int) -> dict[date, tuple[str, str]]:
    """Brazilian national holidays (Lei 662/1949, Lei 6.802/1980, Lei 14.759/2023).

    State and municipal holidays are not added: they depend on where the controller is.
    ``holidays`` has no French names for Brazil: English in both texts.
    """
    import holidays  # imported on first use: it loads slowly (start-up)

    return _merge(holidays.Brazil(years=year, language="en_US"), {})


@dataclass(frozen=True)
class Calendar:
    """A set of rest days: fixed weekdays plus a per-year holiday table.

    Attributes:
        code: Short identifier, e.g. ``"FR"``, ``"FR-ALSACE-MOSELLE"``.
        name: Human name of the calendar.
        weekend: Weekdays (0 = Monday) that are never working days.
        source: The rule that makes these days rest days, quoted in explanations.
        table: Builds the holiday table of one year (cached by :func:`_table`).
    """

    code: str
    name: str
    weekend: frozenset[int]
    source: str
    table: Callable[[int], dict[date, tuple[str, str]]]

    def holidays_of(self, year: int) -> HolidayTable:
        """The holiday table of ``year`` (read-only, cached)."""
        return _table(self, year)

    def rest_day(self, day: date, *, extra_weekend: frozenset[int] = frozenset()) -> RestDay | None:
        """Why ``day`` is not a working day, or None if it is one.

        Args:
            day: The day to test.
            extra_weekend: Weekdays treated as rest days on top of ``weekend`` (the
                Quebec Saturday setting).
        """
        named = self.holidays_of(day.year).get(day)
        if named is not None:
            return RestDay(day, named[0], named[1], self.source)
        if day.weekday() in self.weekend | extra_weekend:
            en, fr = WEEKDAY_NAMES[day.weekday()]
            return RestDay(day, en, fr, self.source)
        return None


@lru_cache(maxsize=512)
def _table(calendar: Calendar, year: int) -> HolidayTable:
    return MappingProxyType(calendar.table(year))


FRANCE = Calendar(
    code="FR",
    name="France (metropolitan)",
    weekend=frozenset({SATURDAY, SUNDAY}),
    source="Reg. 1182/71 Art. 3(4); Code du travail L3133-1",
    table=lambda year: _france_table(year, None),
)

MOSELLE = Calendar(
    code="FR-57",
    name="France, Moselle (57)",
    weekend=frozenset({SATURDAY, SUNDAY}),
    source="Reg. 1182/71 Art. 3(4); Code du travail L3133-1 and L3134-13",
    table=lambda year: _france_table(year, "57"),
)

ALSACE = Calendar(
    code="FR-6AE",
    name="France, Alsace (67, 68)",
    weekend=frozenset({SATURDAY, SUNDAY}),
    source="Reg. 1182/71 Art. 3(4); Code du travail L3133-1 and L3134-13",
    table=lambda year: _france_table(year, "6AE"),
)

ENGLAND = Calendar(
    code="GB-ENG",
    name="England and Wales",
    weekend=frozenset({SATURDAY, SUNDAY}),
    source="UK GDPR Art. 12(3) as read by the ICO; bank holidays of England and Wales",
    table=_uk_england_table,
)

QUEBEC = Calendar(
    code="CA-QC",
    name="Quebec",
    weekend=frozenset({SUNDAY}),
    source="Interpretation Act (CQLR, c. I-16), s. 52 and 61(23)",
    table=_quebec_table,
)

CANADA = Calendar(
    code="CA",
    name="Canada (federal Interpretation Act)",
    weekend=frozenset({SUNDAY}),
    source="Interpretation Act (R.S.C. 1985, c. I-21) s. 26 and 35(1)",
    table=_canada_federal_table,
)

CALIFORNIA = Calendar(
    code="US-CA",
    name="California",
    weekend=frozenset({SATURDAY, SUNDAY}),
    source="Cal. Civ. Code §§10-12; Code Civ. Proc. §12a (Saturdays and state holidays)",
    table=_california_table,
)

BRAZIL = Calendar(
    code="BR",
    name="Brazil (national holidays)",
    weekend=frozenset({SATURDAY, SUNDAY}),
    source="Código Civil art. 132 §1; CPC art. 224 §1 (first working day after)",
    table=_brazil_table,
)
