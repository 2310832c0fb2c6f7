"""Assessing a breach: the risk to people, what must be notified, and how long the entry
is kept.

GDPR: no risk (documented only, Art. 33(5)), a risk (notify the authority, Art. 33(1)), a
high risk (also tell the people, Art. 34(1), unless an Art. 34(3) exception applies).

Quebec (CQLR c. P-39.1, s. 3.7): whether there is a "risk of serious injury" is assessed
from the sensitivity of the information, the anticipated consequences of its use and the
likelihood that it will be misused; if so, the CAI and the persons are notified (s. 3.5).
The Regulation respecting confidentiality incidents (CQLR c. P-39.1, r. 3.1) s. 6(6)
requires the register to record that assessment with its factors, whichever way it
concludes, and s. 7 to keep each entry at least five years after awareness.

Every conclusion carries its reasons: a decision not to notify is recorded with them
(GDPR Art. 33(5)). Pure functions, no I/O.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dpo_desk.domain.incidents.vocab import IncidentError, parse_word

REASONS_MAX = 4000


class RiskLevel(StrEnum):
    """The GDPR risk to the rights and freedoms of natural persons."""

    NONE = "none"
    RISK = "risk"
    HIGH = "high"


class Level(StrEnum):
    """One Quebec factor, on a three-step scale."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class PersonsException(StrEnum):
    """GDPR Art. 34(3): when a high risk need not be told to each person."""

    NONE = ""
    UNINTELLIGIBLE = "unintelligible"  # (a) encryption or other protection
    RISK_REMOVED = "risk-removed"  # (b) subsequent measures
    PUBLIC_NOTICE = "public-notice"  # (c) disproportionate effort: public notice


@dataclass(frozen=True)
class GdprAssessment:
    level: RiskLevel
    reasons: str
    persons_exception: PersonsException = PersonsException.NONE

    @property
    def notify_authority(self) -> bool:
        """Art. 33(1): unless the breach is unlikely to result in a risk."""
        return self.level is not RiskLevel.NONE

    @property
    def notify_persons(self) -> bool:
        """Art. 34(1), (3): a high risk, and no exception that removes the duty."""
        return self.level is RiskLevel.HIGH and self.persons_exception in (
            PersonsException.NONE,
            PersonsException.PUBLIC_NOTICE,
        )


@dataclass(frozen=True)
class QuebecAssessment:
    """The three factors of s. 3.7 and the conclusion (register item 6, r. 3.1 s. 6)."""

    sensitivity: Level
    consequences: Level
    likelihood: Level
    serious_injury: bool
    reasons: str

    @property
    def notify(self) -> bool:
        """s. 3.5: notice to the CAI and to the persons when injury is serious."""
        return self.serious_injury


def _reasons(text: str, what: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise IncidentError("the reasons for {what} are required", what=what)
    if len(cleaned) > REASONS_MAX:
        raise IncidentError(
            "the reasons are too long ({n} characters; at most {max})",
            n=len(cleaned),
            max=REASONS_MAX,
        )
    return cleaned


def assess_gdpr(level: str, reasons: str, persons_exception: str = "") -> GdprAssessment:
    """A GDPR assessment; the reasons are required whichever the level (Art. 33(5))."""
    risk = parse_word(RiskLevel, level, "risk level")
    exception = parse_word(PersonsException, persons_exception, "Art. 34(3) exception")
    if exception is not PersonsException.NONE and risk is not RiskLevel.HIGH:
        raise IncidentError("an Art. 34(3) exception only concerns a high risk")
    return GdprAssessment(risk, _reasons(reasons, "the risk assessment"), exception)


def assess_quebec(
    sensitivity: str, consequences: str, likelihood: str, serious_injury: bool, reasons: str
) -> QuebecAssessment:
    """A Quebec assessment: the three factors of s. 3.7 and the conclusion, both ways."""
    return QuebecAssessment(
        parse_word(Level, sensitivity, "sensitivity"),
        parse_word(Level, consequences, "level of consequences"),
        parse_word(Level, likelihood, "likelihood of misuse"),
        bool(serious_injury),
        _reasons(reasons, "the assessment of the risk of serious injury"),
    )


def suggested_quebec_conclusion(sensitivity: str, consequences: str, likelihood: str) -> bool:
    """A starting point only (the DPO decides): serious when misuse is at least likely
    and either the information is sensitive or the consequences are high."""
    s = parse_word(Level, sensitivity, "sensitivity")
    c = parse_word(Level, consequences, "level of consequences")
    li = parse_word(Level, likelihood, "likelihood of misuse")
    return li is not Level.LOW and (s is Level.HIGH or c is Level.HIGH)


@dataclass(frozen=True)
class Decision:
    """The decision on notifying the authority (or the CAI), with its reasons."""

    notify: bool
    reasons: str


def decide(notify: bool, reasons: str) -> Decision:
    """Reasons are required for a decision not to notify (GDPR Art. 33(5): the
    documentation lets the authority verify compliance; r. 3.1 s. 6)."""
    if not notify:
        return Decision(False, _reasons(reasons, "not notifying"))
    return Decision(True, reasons.strip())


#: Regulation respecting confidentiality incidents, CQLR c. P-39.1, r. 3.1, s. 7.
QUEBEC_RETENTION_YEARS = 5


def keep_until(aware_on: date, quebec: bool) -> date | None:
    """The day until which the register entry must be kept.

    Quebec entries: five years after the day of awareness (r. 3.1 s. 7); a date that does
    not exist (29 February) becomes the last day of the month. Other entries: no legal
    minimum (None): the GDPR only requires the documentation to be kept as long as it is
    needed to demonstrate compliance (Art. 5(2), 33(5)).
    """
    if not quebec:
        return None
    year = aware_on.year + QUEBEC_RETENTION_YEARS
    day = min(aware_on.day, calendar.monthrange(year, aware_on.month)[1])
    return date(year, aware_on.month, day)
