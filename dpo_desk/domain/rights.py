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

#: The same sources as a French reader quotes them (CNIL usage: "art. 15 du RGPD").
ARTICLES_FR: dict[Right, str] = {
    Right.ACCESS: "art. 15 du RGPD",
    Right.RECTIFICATION: "art. 16 du RGPD",
    Right.ERASURE: "art. 17 du RGPD",
    Right.RESTRICTION: "art. 18 du RGPD",
    Right.OBJECTION: "art. 21.1 du RGPD",
    Right.PROSPECTING_OBJECTION: "art. 21.2 et 21.3 du RGPD",
    Right.PORTABILITY: "art. 20 du RGPD",
    Right.CONSENT_WITHDRAWAL: "art. 7.3 du RGPD",
    Right.HUMAN_REVIEW: "art. 22.3 du RGPD",
    Right.COMPLAINT: "art. 77 du RGPD / réclamation interne",
    Right.POST_MORTEM: "loi 78-17, art. 84 et 85",
    Right.SAFEGUARDS_COPY: "art. 15.2 et 46 du RGPD",
}


def article(right: Right, lang: str) -> str:
    """The legal source of ``right`` as written in ``lang`` ('en' or 'fr')."""
    return ARTICLES_FR[right] if lang == "fr" else ARTICLES[right]


#: English and French labels: the one source for letters, exports and the window.
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


#: Shorter forms for check boxes, filters and table cells (same source, same meaning).
SHORT_LABELS: dict[Right, tuple[str, str]] = {
    Right.RESTRICTION: ("Restriction", "Limitation"),
    Right.PROSPECTING_OBJECTION: ("Objection to marketing", "Opposition à la prospection"),
    Right.HUMAN_REVIEW: ("Human review", "Intervention humaine"),
    Right.SAFEGUARDS_COPY: ("Copy of safeguards", "Copie des garanties"),
}


def label(right: Right, lang: str) -> str:
    """Human label of a right in ``lang`` ('en' or 'fr')."""
    en, fr = LABELS[right]
    return fr if lang == "fr" else en


def short_label(right: Right, lang: str) -> str:
    """The label in a narrow place (a check box, a filter, a table cell)."""
    en, fr = SHORT_LABELS.get(right, LABELS[right])
    return fr if lang == "fr" else en


class Channel(StrEnum):
    """How the request reached the organisation."""

    POST = "post"
    EMAIL = "email"
    PHONE = "phone"
    STORE = "store"
    WEB_FORM = "web-form"


#: How a request reached the organisation, as the window labels it (English, French):
#: the one source for the window's lists, filters and table cells.
CHANNEL_LABELS: dict[Channel, tuple[str, str]] = {
    Channel.POST: ("Post", "Courrier"),
    Channel.EMAIL: ("E-mail", "E-mail"),
    Channel.PHONE: ("Phone", "Téléphone"),
    Channel.STORE: ("In store", "En magasin"),
    Channel.WEB_FORM: ("Web form", "Formulaire web"),
}

#: The same channels as a letter says them mid-sentence ("your request, received by
#: post, ..."): lower case, the words a letter uses.
CHANNEL_PHRASES: dict[str, tuple[str, str]] = {
    Channel.POST: ("post", "courrier postal"),
    Channel.EMAIL: ("e-mail", "courriel"),
    Channel.PHONE: ("telephone", "téléphone"),
    Channel.STORE: ("in store", "en magasin"),
    Channel.WEB_FORM: ("web form", "formulaire en ligne"),
}


def channel_label(channel: Channel, lang: str) -> str:
    """The label of ``channel`` in ``lang`` ('en' or 'fr')."""
    en, fr = CHANNEL_LABELS[channel]
    return fr if lang == "fr" else en


class CaseKind(StrEnum):
    REQUEST = "request"
    COMPLAINT = "complaint"


def parse_right(text: str) -> Right:
    """Read a right from user input; raise ValueError naming the accepted words."""
    try:
        return Right(text.strip().lower())
    except ValueError:
        accepted = ", ".join(r.value for r in Right)
        raise InvalidValue(
            "unknown right {text!r}; use one of: {accepted}", text=text, accepted=accepted
        ) from None


def parse_channel(text: str) -> Channel:
    try:
        return Channel(text.strip().lower())
    except ValueError:
        accepted = ", ".join(c.value for c in Channel)
        raise InvalidValue(
            "unknown channel {text!r}; use one of: {accepted}", text=text, accepted=accepted
        ) from None
