"""Human, translated labels for the stored words (rights, states, channels, queues...).

The stored values stay English command-line words; what a DPO reads goes through Qt's
translator (context ``Labels``), so a language switch changes every label at once.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale

_CTX = "Labels"

RIGHTS: dict[str, object] = {
    "access": QT_TRANSLATE_NOOP("Labels", "Access"),
    "rectification": QT_TRANSLATE_NOOP("Labels", "Rectification"),
    "erasure": QT_TRANSLATE_NOOP("Labels", "Erasure"),
    "restriction": QT_TRANSLATE_NOOP("Labels", "Restriction"),
    "objection": QT_TRANSLATE_NOOP("Labels", "Objection"),
    "prospecting-objection": QT_TRANSLATE_NOOP("Labels", "Objection to marketing"),
    "portability": QT_TRANSLATE_NOOP("Labels", "Portability"),
    "consent-withdrawal": QT_TRANSLATE_NOOP("Labels", "Consent withdrawal"),
    "human-review": QT_TRANSLATE_NOOP("Labels", "Human review"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "post-mortem": QT_TRANSLATE_NOOP("Labels", "Post-mortem request"),
    "safeguards-copy": QT_TRANSLATE_NOOP("Labels", "Copy of safeguards"),
}

STATES: dict[str, object] = {
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "awaiting-identity": QT_TRANSLATE_NOOP("Labels", "Awaiting identity"),
    "in-progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "extended": QT_TRANSLATE_NOOP("Labels", "Extended"),
    "answered": QT_TRANSLATE_NOOP("Labels", "Answered"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    "forwarded": QT_TRANSLATE_NOOP("Labels", "Forwarded"),
}

#: The verb on the button that moves a case to a state.
STATE_ACTIONS: dict[str, object] = {
    "awaiting-identity": QT_TRANSLATE_NOOP("Labels", "Ask for identity"),
    "in-progress": QT_TRANSLATE_NOOP("Labels", "Start work"),
    "answered": QT_TRANSLATE_NOOP("Labels", "Mark answered"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Close"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refuse"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Record withdrawal"),
    "forwarded": QT_TRANSLATE_NOOP("Labels", "Forward"),
}

CHANNELS: dict[str, object] = {
    "post": QT_TRANSLATE_NOOP("Labels", "Post"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "store": QT_TRANSLATE_NOOP("Labels", "In store"),
    "web-form": QT_TRANSLATE_NOOP("Labels", "Web form"),
}

QUEUES: dict[str, object] = {
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "due-soon": QT_TRANSLATE_NOOP("Labels", "Due this week"),
    "extension-notice": QT_TRANSLATE_NOOP("Labels", "Extension notices due"),
    "awaiting-identity": QT_TRANSLATE_NOOP("Labels", "Awaiting identity"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Suspended"),
}

METHODS: dict[str, object] = {
    "email-match": QT_TRANSLATE_NOOP("Labels", "E-mail matches the account"),
    "customer-account": QT_TRANSLATE_NOOP("Labels", "Signed in to the customer account"),
    "document": QT_TRANSLATE_NOOP("Labels", "Identity document"),
    "in-person": QT_TRANSLATE_NOOP("Labels", "In person"),
}

OUTCOMES: dict[str, object] = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending"),
    "verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "failed": QT_TRANSLATE_NOOP("Labels", "Failed"),
}

REFUSALS: dict[str, object] = {
    "manifestly-unfounded": QT_TRANSLATE_NOOP("Labels", "Manifestly unfounded"),
    "excessive": QT_TRANSLATE_NOOP("Labels", "Excessive (repetitive)"),
    "identity-not-established": QT_TRANSLATE_NOOP("Labels", "Identity not established"),
    "no-data": QT_TRANSLATE_NOOP("Labels", "No data held"),
    "legal-obligation": QT_TRANSLATE_NOOP("Labels", "Legal obligation to keep the data"),
    "legal-claims": QT_TRANSLATE_NOOP("Labels", "Legal claims"),
    "compelling-grounds": QT_TRANSLATE_NOOP("Labels", "Compelling legitimate grounds"),
    "rights-of-others": QT_TRANSLATE_NOOP("Labels", "Rights and freedoms of others"),
    "legal-exemption": QT_TRANSLATE_NOOP("Labels", "Legal exemption"),
}

OPERATIONS: dict[str, object] = {
    "case.create": QT_TRANSLATE_NOOP("Labels", "Request registered"),
    "case.transition": QT_TRANSLATE_NOOP("Labels", "Status changed"),
    "case.extend": QT_TRANSLATE_NOOP("Labels", "Deadline extended"),
    "identity.request": QT_TRANSLATE_NOOP("Labels", "Identity information requested"),
    "identity.receive": QT_TRANSLATE_NOOP("Labels", "Identity information received"),
    "identity.verify": QT_TRANSLATE_NOOP("Labels", "Identity verified"),
    "identity.fail": QT_TRANSLATE_NOOP("Labels", "Identity not established"),
    "document.attach": QT_TRANSLATE_NOOP("Labels", "Document attached"),
    "document.view": QT_TRANSLATE_NOOP("Labels", "Document viewed"),
    "document.purge": QT_TRANSLATE_NOOP("Labels", "Document destroyed"),
    "letter.generate": QT_TRANSLATE_NOOP("Labels", "Letter generated"),
    "letter.sent": QT_TRANSLATE_NOOP("Labels", "Letter sent"),
    "suspension": QT_TRANSLATE_NOOP("Labels", "Deadline suspended"),
    "extension": QT_TRANSLATE_NOOP("Labels", "Extension period"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "Attachment"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "id-evidence": QT_TRANSLATE_NOOP("Labels", "Identity evidence"),
    "death-certificate": QT_TRANSLATE_NOOP("Labels", "Death certificate"),
    "capacity-proof": QT_TRANSLATE_NOOP("Labels", "Proof of capacity"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _label(table: dict[str, object], value: str) -> str:
    source = table.get(value)
    return tr(str(source)) if source else value


def right(value: str) -> str:
    return _label(RIGHTS, value)


def rights(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join(right(v) for v in values)


def state(value: str) -> str:
    return _label(STATES, value)


def state_action(value: str) -> str:
    return _label(STATE_ACTIONS, value)


def channel(value: str) -> str:
    return _label(CHANNELS, value)


def queue(value: str) -> str:
    return _label(QUEUES, value)


def method(value: str) -> str:
    return _label(METHODS, value)


def outcome(value: str) -> str:
    return _label(OUTCOMES, value)


def refusal(value: str) -> str:
    return _label(REFUSALS, value)


def operation(value: str) -> str:
    return _label(OPERATIONS, value)


def fmt_date(day: date | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A date in the program's language (QLocale default, set by i18n)."""
    if day is None:
        return "—"
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def fmt_long_date(day: date | None) -> str:
    return fmt_date(day, QLocale.FormatType.LongFormat)


def fmt_datetime(moment: datetime | None) -> str:
    """A moment shown in local time, in the program's language."""
    if moment is None:
        return "—"
    qdt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def language() -> str:
    """``fr`` or ``en``: the language the program speaks now."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"
