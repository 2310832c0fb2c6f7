"""The rule sets: one frozen description per jurisdiction of how a reply period runs.

A rule set is data, not code: :mod:`.compute` reads it. Each field carries its legal
source so that every explanation step can quote it. Where the law leaves a choice to us
(roll or not, lower bound), the choice is written down in ``notes`` and shown to the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from dpo_desk.domain.deadlines import calendar as cal
from dpo_desk.domain.deadlines.errors import UnknownJurisdiction
from dpo_desk.errors import Both


class PeriodKind(StrEnum):
    """How a period is counted."""

    #: Calendar months, Reg. 1182/71 Art. 3(2)(c): same date, else last day of the month.
    MONTHS = "months"
    #: Calendar days after the day of receipt.
    DAYS = "days"


@dataclass(frozen=True)
class Period:
    """A length of time and the rule that sets it."""

    amount: int
    kind: PeriodKind
    source: str


@dataclass(frozen=True)
class ExtensionPolicy:
    """How a period may be extended, and until when the subject must be told.

    Attributes:
        period: The extra time.
        notice_source: The rule saying the notice (with reasons) is due within the first
            period; the notice deadline is therefore the first due date.
        gdpr_readings: True where the contested GDPR reading (receipt + 3 months vs
            first due date + 2 months) applies; see ``Readings.extension_reading``.
        notice_source_fr: ``notice_source`` in French, for a refusal shown in French.
    """

    period: Period
    notice_source: str
    gdpr_readings: bool = False
    notice_source_fr: str = ""

    def notice_citation(self) -> Both:
        """The notice rule in the reader's language (English where no French is set)."""
        return Both(self.notice_source, self.notice_source_fr or self.notice_source)


@dataclass(frozen=True)
class RuleSet:
    """Everything needed to compute one jurisdiction's reply deadline.

    Attributes:
        code: Registry key, e.g. ``"FR-57"``; also the CLI's ``--jurisdiction`` word.
        name: Human name.
        sources: Legal sources, most specific first; copied into every result.
        period: The reply period.
        extension: The extension policy, or None where the law offers none.
        calendar: Rest days a deadline rolls past, or None when it does not roll.
        roll_note: Why the deadline rolls (or not), with its source.
        timezone: The organisation's default zone, where "the day of receipt" is read.
        lower_bound: Earliest receipt date accepted (the law's date of application).
        lower_bound_reason: Why, quoted in the error message.
        suspension_source: The rule letting an identity wait stop the clock, or None when
            the law keeps the clock running (the wait is then shown but not counted).
        saturday_setting: True where ``Readings.quebec_saturday_is_holiday`` applies.
        roll_setting: True where the roll comes from an interpretation law that the
            organisation may choose not to rely on (``Readings.interpretation_roll``: the
            earlier, unrolled date is then kept).
        id_wait_restarts: Where the law itself makes the period run again from the day
            the identity information arrives (whatever ``Readings.id_wait`` says), the
            rule saying so; None elsewhere.
        notes: Our documented choices, shown with the sources.
    """

    code: str
    name: str
    sources: tuple[str, ...]
    period: Period
    extension: ExtensionPolicy | None
    calendar: cal.Calendar | None
    roll_note: str
    timezone: str
    lower_bound: date
    lower_bound_reason: str
    suspension_source: str | None = None
    saturday_setting: bool = False
    roll_setting: bool = False
    id_wait_restarts: str | None = None
    notes: tuple[str, ...] = field(default=())


_GDPR_MONTH = Period(
    1,
    PeriodKind.MONTHS,
    "GDPR Art. 12(3); Reg. 1182/71 Art. 3(1) and 3(2)(c)",
)
_GDPR_EXTENSION = ExtensionPolicy(
    period=Period(2, PeriodKind.MONTHS, "GDPR Art. 12(3), 2nd sentence"),
    notice_source="GDPR Art. 12(3), 3rd sentence: notice with reasons within one month of receipt",
    notice_source_fr="RGPD art. 12.3, 3e phrase : information motivée dans le mois suivant la "
    "réception",
    gdpr_readings=True,
)
_GDPR_START = date(2018, 5, 25)
_GDPR_START_REASON = "the GDPR applies from 25 May 2018 (Art. 99(2))"
_FR_SUSPENSION = (
    "décret n° 2019-536 (Loi 78-17): the period is suspended while requested "
    "identity information is awaited"
)


def _france(code: str, name: str, calendar: cal.Calendar, extra: tuple[str, ...]) -> RuleSet:
    return RuleSet(
        code=code,
        name=name,
        sources=(
            "GDPR Art. 12(3)",
            "Reg. (EEC, Euratom) 1182/71 Art. 3",
            "Code du travail L3133-1",
            *extra,
            _FR_SUSPENSION,
        ),
        period=_GDPR_MONTH,
        extension=_GDPR_EXTENSION,
        calendar=calendar,
        roll_note=(
            "a period ending on a Saturday, Sunday or public holiday ends on the next "
            "working day (Reg. 1182/71 Art. 3(4)), chained"
        ),
        timezone="Europe/Paris",
        lower_bound=_GDPR_START,
        lower_bound_reason=_GDPR_START_REASON,
        suspension_source=_FR_SUSPENSION,
    )


FR = _france("FR", "France (GDPR, metropolitan calendar)", cal.FRANCE, ())
FR_57 = _france(
    "FR-57",
    "France, Moselle (GDPR, local law calendar)",
    cal.MOSELLE,
    ("Code du travail L3134-13",),
)
FR_67 = _france(
    "FR-67",
    "France, Bas-Rhin (GDPR, local law calendar)",
    cal.ALSACE,
    ("Code du travail L3134-13",),
)
FR_68 = _france(
    "FR-68",
    "France, Haut-Rhin (GDPR, local law calendar)",
    cal.ALSACE,
    ("Code du travail L3134-13",),
)

#: UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025): the period runs
#: from "the relevant time", the latest of the receipt of the request, of the information
#: asked to confirm identity (Art. 12(6)) and of a fee. The ICO's right-of-access guidance
#: says the same ("within one month of receipt of any information requested to confirm
#: the requester's identity"). So an identity wait restarts the month; it is not a pause.
_UK_RESTART = (
    "UK GDPR Art. 12A (Data (Use and Access) Act 2025): the month runs from the latest of "
    "the receipt of the request and of the identity information; ICO right-of-access guidance"
)

GB = RuleSet(
    code="GB",
    name="United Kingdom (UK GDPR, England and Wales bank holidays)",
    sources=(
        "UK GDPR Art. 12(3) and 12A",
        "ICO guidance on the right of access (calendar month, next working day)",
        "Data (Use and Access) Act 2025",
    ),
    period=Period(1, PeriodKind.MONTHS, "UK GDPR Art. 12(3); ICO: to the corresponding date"),
    extension=ExtensionPolicy(
        period=Period(2, PeriodKind.MONTHS, "UK GDPR Art. 12(3), 2nd sentence"),
        notice_source="UK GDPR Art. 12(3), 3rd sentence: notice with reasons within one month",
        notice_source_fr="UK GDPR art. 12.3, 3e phrase : information motivée dans le mois",
        gdpr_readings=True,
    ),
    calendar=cal.ENGLAND,
    roll_note=(
        "a period ending on a weekend or bank holiday ends on the next working day "
        "(ICO guidance), chained"
    ),
    timezone="Europe/London",
    lower_bound=_GDPR_START,
    lower_bound_reason=_GDPR_START_REASON + " (Data Protection Act 2018 in the UK)",
    suspension_source=_UK_RESTART,
    id_wait_restarts=_UK_RESTART,
    notes=(
        "Identity wait: the month restarts from the day the identity information arrives "
        "(UK GDPR Art. 12A), whatever the organisation's id_wait setting.",
    ),
)

CA_QC = RuleSet(
    code="CA-QC",
    name="Quebec (private sector, P-39.1)",
    sources=(
        "Act respecting the protection of personal information in the private sector "
        "(CQLR, c. P-39.1), s. 32",
        "Interpretation Act (CQLR, c. I-16), s. 52 and 61(23)",
    ),
    period=Period(30, PeriodKind.DAYS, "CQLR, c. P-39.1, s. 32"),
    extension=None,
    calendar=cal.QUEBEC,
    roll_note=(
        "a deadline falling on a holiday moves to the next day that is not a holiday "
        "(CQLR, c. I-16, s. 52); Saturday is not a listed holiday (s. 61(23))"
    ),
    timezone="America/Toronto",
    lower_bound=date(1994, 1, 1),
    lower_bound_reason="CQLR, c. P-39.1 is in force from 1 January 1994",
    saturday_setting=True,
    notes=("CQLR, c. P-39.1 has no extension clause; only the public-sector act has one",),
)

US_CA = RuleSet(
    code="US-CA",
    name="California (CCPA / CPRA)",
    sources=(
        "Cal. Civ. Code §1798.130(a)(2)",
        "11 CCR §7021",
        "Cal. Civ. Code §§10-12; Code Civ. Proc. §12a",
    ),
    period=Period(45, PeriodKind.DAYS, "11 CCR §7021(b); Cal. Civ. Code §1798.130(a)(2)(A)"),
    extension=ExtensionPolicy(
        period=Period(45, PeriodKind.DAYS, "11 CCR §7021(b): once, by 45 more calendar days"),
        notice_source="11 CCR §7021(b): notice and explanation within the first 45 days",
    ),
    calendar=cal.CALIFORNIA,
    roll_note=(
        "the last day is excluded when it is a holiday, Saturday or Sunday, so the period "
        "ends on the next business day (Civ. Code §§10-12; Code Civ. Proc. §12a), chained"
    ),
    roll_setting=True,
    timezone="America/Los_Angeles",
    lower_bound=date(2020, 1, 1),
    lower_bound_reason="the CCPA is operative from 1 January 2020 (Civ. Code §1798.198)",
    notes=(
        "The period runs regardless of the time needed to verify the request "
        "(11 CCR §7021(b)): an identity wait does not stop the clock.",
    ),
)

CA = RuleSet(
    code="CA",
    name="Canada, federal (PIPEDA)",
    sources=(
        "PIPEDA (S.C. 2000, c. 5) s. 8(3)-(5)",
        "Interpretation Act (R.S.C. 1985, c. I-21) s. 26",
    ),
    period=Period(30, PeriodKind.DAYS, "PIPEDA s. 8(3)"),
    extension=ExtensionPolicy(
        period=Period(30, PeriodKind.DAYS, "PIPEDA s. 8(4)(a)-(b): by up to 30 more days"),
        notice_source="PIPEDA s. 8(4): notice within 30 days after receipt",
        notice_source_fr="LPRPDE art. 8(4) : avis dans les 30 jours suivant la réception",
    ),
    calendar=cal.CANADA,
    roll_note=(
        "a time limit expiring on a holiday (Sunday or a day listed in s. 35(1)) ends on "
        "the next day that is not a holiday (Interpretation Act R.S.C. 1985 c. I-21 s. 26); "
        "Saturday is not listed, chained"
    ),
    roll_setting=True,
    timezone="America/Toronto",
    lower_bound=date(2001, 1, 1),
    lower_bound_reason="PIPEDA Part 1 is in force from 1 January 2001",
    notes=(
        "PIPEDA has no identity-wait suspension: the clock keeps running.",
        "No reply within the period is a deemed refusal (s. 8(5)).",
    ),
)

BR = RuleSet(
    code="BR",
    name="Brazil (LGPD)",
    sources=("LGPD (Lei 13.709/2018) art. 19 II", "Código Civil art. 132 §1; CPC art. 224 §1"),
    period=Period(15, PeriodKind.DAYS, "LGPD art. 19 II"),
    extension=None,
    calendar=cal.BRAZIL,
    roll_note=(
        "a period ending on a holiday or a day without business (Saturday, Sunday) ends on "
        "the next working day (Código Civil art. 132 §1; CPC art. 224 §1, applied in "
        "practice to LGPD periods), chained"
    ),
    roll_setting=True,
    timezone="America/Sao_Paulo",
    lower_bound=date(2020, 9, 18),
    lower_bound_reason="the LGPD is in force from 18 September 2020 (art. 65)",
    notes=("LGPD has no identity-wait suspension: the clock keeps running.",),
)

#: Every rule set, in display order.
RULESETS: tuple[RuleSet, ...] = (FR, FR_57, FR_67, FR_68, GB, CA_QC, US_CA, CA, BR)

_BY_CODE: dict[str, RuleSet] = {r.code: r for r in RULESETS}


def get_ruleset(code: str) -> RuleSet:
    """Find a rule set by its code (case-insensitive, spaces trimmed).

    Raises:
        UnknownJurisdiction: no rule set has this code; the message lists the known ones.
    """
    found = _BY_CODE.get(code.strip().upper())
    if found is None:
        known = ", ".join(_BY_CODE)
        raise UnknownJurisdiction(
            "unknown jurisdiction {code!r}; known codes: {known}", code=code, known=known
        )
    return found
