"""The words of an incident: who reported it, its nature, origin and cause, and the
categories of data that make a breach more serious.

Values are plain strings stored as such (portable, readable in an export, usable as
command-line words). The origins are those of the CNIL's breach-notification form
("Circonstances de la violation"); the causes its four-way split ("acte interne / externe,
malveillant / accidentel", plus "unknown").
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from dpo_desk.errors import Refusal

E = TypeVar("E", bound=StrEnum)


class IncidentError(Refusal, ValueError):
    """Bad input about an incident (an unknown word, a missing reason, a naive instant)."""


class Reporter(StrEnum):
    """Who told the organisation: a processor must do so "without undue delay"
    (GDPR Art. 33(2)), which is when the controller's clock starts."""

    INTERNAL = "internal"
    PROCESSOR = "processor"
    THIRD_PARTY = "third-party"
    DATA_SUBJECT = "data-subject"
    AUTHORITY = "authority"


class Nature(StrEnum):
    """The security property lost (EDPB Guidelines 9/2022 §§ 15-18; CNIL form)."""

    CONFIDENTIALITY = "confidentiality"
    INTEGRITY = "integrity"
    AVAILABILITY = "availability"


class Origin(StrEnum):
    """How it happened, as the CNIL form lists the circumstances."""

    DEVICE_LOST_OR_STOLEN = "device-lost-or-stolen"
    PAPER_LOST_OR_STOLEN = "paper-lost-or-stolen"
    MAIL_LOST_OR_OPENED = "mail-lost-or-opened"
    HACKING = "hacking"
    MALWARE = "malware"
    PHISHING = "phishing"
    WRONG_RECIPIENT = "wrong-recipient"
    ACCIDENTAL_PUBLICATION = "accidental-publication"
    IMPROPER_DISPOSAL = "improper-disposal"
    VERBAL_DISCLOSURE = "verbal-disclosure"
    UNAUTHORISED_ACCESS = "unauthorised-access"
    OTHER = "other"


class Cause(StrEnum):
    """Internal or external, malicious or accidental (CNIL form), or not yet known."""

    INTERNAL_MALICIOUS = "internal-malicious"
    INTERNAL_ACCIDENTAL = "internal-accidental"
    EXTERNAL_MALICIOUS = "external-malicious"
    EXTERNAL_ACCIDENTAL = "external-accidental"
    UNKNOWN = "unknown"


class DataCategory(StrEnum):
    """Categories of personal data; ``SENSITIVE`` are those that raise the risk."""

    IDENTITY = "identity"
    CONTACT = "contact"
    IDENTIFICATION_NUMBER = "identification-number"
    FINANCIAL = "financial"
    LOCATION = "location"
    CREDENTIALS = "credentials"
    OFFICIAL_DOCUMENTS = "official-documents"
    HEALTH = "health"
    BIOMETRIC = "biometric"
    GENETIC = "genetic"
    RACIAL_ETHNIC = "racial-ethnic"
    POLITICAL = "political"
    RELIGIOUS = "religious"
    TRADE_UNION = "trade-union"
    SEX_LIFE = "sex-life"
    CRIMINAL = "criminal"
    MINORS = "minors"
    OTHER = "other"


#: GDPR Art. 9(1) special categories, Art. 10 criminal data, plus the data the EDPB
#: Guidelines 9/2022 and the CAI name as raising the severity (financial data,
#: credentials, identity documents, children). A breach of these is flagged.
SENSITIVE: frozenset[DataCategory] = frozenset(
    {
        DataCategory.HEALTH,
        DataCategory.BIOMETRIC,
        DataCategory.GENETIC,
        DataCategory.RACIAL_ETHNIC,
        DataCategory.POLITICAL,
        DataCategory.RELIGIOUS,
        DataCategory.TRADE_UNION,
        DataCategory.SEX_LIFE,
        DataCategory.CRIMINAL,
        DataCategory.FINANCIAL,
        DataCategory.CREDENTIALS,
        DataCategory.OFFICIAL_DOCUMENTS,
        DataCategory.IDENTIFICATION_NUMBER,
        DataCategory.MINORS,
    }
)


def parse_word(kind: type[E], value: str | E, what: str) -> E:
    """``value`` as a member of ``kind``, or a refusal naming the accepted words."""
    try:
        return kind(str(value).strip().lower())
    except ValueError:
        raise IncidentError(
            "unknown {what} {value!r}; use one of: {choices}",
            what=what,
            value=str(value),
            choices=", ".join(m.value for m in kind),
        ) from None


def sensitive_categories(categories: list[str] | tuple[str, ...]) -> list[str]:
    """The categories among ``categories`` that are flagged as sensitive."""
    return [c for c in categories if c in {s.value for s in SENSITIVE}]
