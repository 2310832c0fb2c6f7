"""The vocabulary of a case: which rights, through which channel, in which state.

Values are plain strings stored as such in the database (portable across SQLite and
PostgreSQL, readable in an export) and used as command-line words.
"""

from __future__ import annotations

from enum import StrEnum

from dpo_desk.errors import InvalidValue


class Right(StrEnum):
    """A right a data subject exercises, with its GDPR article (see ARTICLES)."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PROSPECTING_OBJECTION = "prospecting-objection"
    PORTABILITY = "portability"
    CONSENT_WITHDRAWAL = "consent-withdrawal"
    HUMAN_REVIEW = "human-review"
    COMPLAINT = "complaint"
    POST_MORTEM = "post-mortem"
    SAFEGUARDS_COPY = "safeguards-copy"


#: Legal source of each right; shown in the GUI and quoted in letters.
ARTICLES: dict[Right, str] = {
    Right.ACCESS: "GDPR Art. 15",
    Right.RECTIFICATION: "GDPR Art. 16",
    Right.ERASURE: "GDPR Art. 17",
    Right.RESTRICTION: "GDPR Art. 18",
    Right.OBJECTION: "GDPR Art. 21(1)",
    Right.PROSPECTING_OBJECTION: "GDPR Art. 21(2)-(3)",
    Right.PORTABILITY: "GDPR Art. 20",
    Right.CONSENT_WITHDRAWAL: "GDPR Art. 7(3)",
    Right.HUMAN_REVIEW: "GDPR Art. 22(3)",
    Right.COMPLAINT: "GDPR Art. 77 / internal complaint",
    Right.POST_MORTEM: "Loi 78-17 Art. 84-85",
    Right.SAFEGUARDS_COPY: "GDPR Art. 15(2), Art. 46",
}

#: English and French labels, for letters and exports (the GUI translates through Qt).
LABELS: dict[Right, tuple[str, str]] = {
    Right.ACCESS: ("Access", "Accès"),
    Right.RECTIFICATION: ("Rectification", "Rectification"),
    Right.ERASURE: ("Erasure", "Effacement"),
    Right.RESTRICTION: ("Restriction of processing", "Limitation du traitement"),
    Right.OBJECTION: ("Objection", "Opposition"),
    Right.PROSPECTING_OBJECTION: (
        "Objection to direct marketing",
        "Opposition à la prospection",
    ),
    Right.PORTABILITY: ("Portability", "Portabilité"),
    Right.CONSENT_WITHDRAWAL: ("Withdrawal of consent", "Retrait du consentement"),
    Right.HUMAN_REVIEW: (
        "Human review of an automated decision",
        "Intervention humaine sur une décision automatisée",
    ),
    Right.COMPLAINT: ("Complaint", "Réclamation"),
    Right.POST_MORTEM: ("Post-mortem request", "Demande post mortem"),
    Right.SAFEGUARDS_COPY: (
        "Copy of transfer safeguards",
        "Copie des garanties de transfert",
    ),
}


def label(right: Right, lang: str) -> str:
    """Human label of a right in ``lang`` ('en' or 'fr')."""
    en, fr = LABELS[right]
    return fr if lang == "fr" else en


class Channel(StrEnum):
    """How the request reached the organisation."""

    POST = "post"
    EMAIL = "email"
    PHONE = "phone"
    STORE = "store"
    WEB_FORM = "web-form"


class CaseKind(StrEnum):
    REQUEST = "request"
    COMPLAINT = "complaint"


def parse_right(text: str) -> Right:
    """Read a right from user input; raise ValueError naming the accepted words."""
    try:
        return Right(text.strip().lower())
    except ValueError:
        accepted = ", ".join(r.value for r in Right)
        raise InvalidValue("unknown right {text!r}; use one of: {accepted}",
            text=text, accepted=accepted) from None


def parse_channel(text: str) -> Channel:
    try:
        return Channel(text.strip().lower())
    except ValueError:
        accepted = ", ".join(c.value for c in Channel)
        raise InvalidValue("unknown channel {text!r}; use one of: {accepted}",
            text=text, accepted=accepted) from None
