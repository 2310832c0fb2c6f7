"""Human, translated labels for the stored words (rights, states, channels, queues...).

The stored values stay English command-line words; what a DPO reads goes through Qt's
translator (context ``Labels``), so a language switch changes every label at once.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTimeZone,
)

from dpo_desk.domain import rights as rights_domain
from dpo_desk.domain.rights import Channel, Right

_CTX = "Labels"

# The organisation's time zone: every instant is shown in it, whatever the machine's zone
# (a DPO in Paris on a laptop left in UTC must read Paris times). Set from the profile.
_zone = "UTC"

# Rule-set names (``domain.deadlines.rulesets``), translated for the window.
RULESET_NAMES: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("Labels", "France (GDPR, metropolitan calendar)"),
    QT_TRANSLATE_NOOP("Labels", "France, Moselle (GDPR, local law calendar)"),
    QT_TRANSLATE_NOOP("Labels", "France, Bas-Rhin (GDPR, local law calendar)"),
    QT_TRANSLATE_NOOP("Labels", "France, Haut-Rhin (GDPR, local law calendar)"),
    QT_TRANSLATE_NOOP("Labels", "United Kingdom (UK GDPR, England and Wales bank holidays)"),
    QT_TRANSLATE_NOOP("Labels", "Quebec (private sector, P-39.1)"),
    QT_TRANSLATE_NOOP("Labels", "California (CCPA / CPRA)"),
    QT_TRANSLATE_NOOP("Labels", "Canada, federal (PIPEDA)"),
    QT_TRANSLATE_NOOP("Labels", "Brazil (LGPD)"),
)

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

# The verb on the button that moves a case to a state.
STATE_ACTIONS: dict[str, object] = {
    "awaiting-identity": QT_TRANSLATE_NOOP("Labels", "Ask for identity"),
    "in-progress": QT_TRANSLATE_NOOP("Labels", "Start work"),
    "answered": QT_TRANSLATE_NOOP("Labels", "Mark answered"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Close"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refuse"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Record withdrawal"),
    "forwarded": QT_TRANSLATE_NOOP("Labels", "Forward"),
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
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired (no answer in time)"),
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
    "case.assign": QT_TRANSLATE_NOOP("Labels", "Case assigned"),
    "identity.request": QT_TRANSLATE_NOOP("Labels", "Identity information requested"),
    "identity.receive": QT_TRANSLATE_NOOP("Labels", "Identity information received"),
    "identity.verify": QT_TRANSLATE_NOOP("Labels", "Identity verified"),
    "identity.fail": QT_TRANSLATE_NOOP("Labels", "Identity not established"),
    "identity.expire": QT_TRANSLATE_NOOP("Labels", "Identity request expired"),
    "case.recipients_notified": QT_TRANSLATE_NOOP("Labels", "Recipients notified"),
    "document.attach": QT_TRANSLATE_NOOP("Labels", "Document attached"),
    "document.view": QT_TRANSLATE_NOOP("Labels", "Document viewed"),
    "document.purge": QT_TRANSLATE_NOOP("Labels", "Document destroyed"),
    "document.export": QT_TRANSLATE_NOOP("Labels", "Document exported"),
    "document.delete": QT_TRANSLATE_NOOP("Labels", "Document deleted"),
    "subject.contact": QT_TRANSLATE_NOOP("Labels", "Contact details replaced"),
    "letter.generate": QT_TRANSLATE_NOOP("Labels", "Letter generated"),
    "letter.sent": QT_TRANSLATE_NOOP("Labels", "Letter sent"),
    "letter.approve": QT_TRANSLATE_NOOP("Labels", "Letter approved (four-eyes review)"),
    "letter.email.sending": QT_TRANSLATE_NOOP("Labels", "Letter being sent by e-mail"),
    "letter.email.drafted": QT_TRANSLATE_NOOP("Labels", "Letter e-mail handed to the mail program"),
    "letter.email.failed": QT_TRANSLATE_NOOP("Labels", "Letter e-mail not sent"),
    "letter.email.withdrawn": QT_TRANSLATE_NOOP(
        "Labels", "Letter e-mail withdrawn (did not leave)"
    ),
    "case.import": QT_TRANSLATE_NOOP("Labels", "Requests imported from a file"),
    "settings.smtp_password": QT_TRANSLATE_NOOP("Labels", "SMTP password changed"),
    "letter.export": QT_TRANSLATE_NOOP("Labels", "Letter exported"),
    "letter.delivered": QT_TRANSLATE_NOOP("Labels", "Letter delivery recorded"),
    "case.scope": QT_TRANSLATE_NOOP("Labels", "Access reply scope chosen"),
    "case.refusal_facts": QT_TRANSLATE_NOOP("Labels", "Facts of the refusal recorded"),
    "case.anonymise": QT_TRANSLATE_NOOP("Labels", "Request anonymised"),
    "case.flag": QT_TRANSLATE_NOOP("Labels", "Request flagged"),
    "subject.create": QT_TRANSLATE_NOOP("Labels", "Data subject recorded"),
    "subject.deceased": QT_TRANSLATE_NOOP("Labels", "Data subject recorded as deceased"),
    "activity.create": QT_TRANSLATE_NOOP("Labels", "Processing activity added"),
    "activity.update": QT_TRANSLATE_NOOP("Labels", "Processing activity changed"),
    "activity.delete": QT_TRANSLATE_NOOP("Labels", "Processing activity removed"),
    "recipient.create": QT_TRANSLATE_NOOP("Labels", "Recipient added"),
    "recipient.update": QT_TRANSLATE_NOOP("Labels", "Recipient changed"),
    "recipient.delete": QT_TRANSLATE_NOOP("Labels", "Recipient removed"),
    "transfer.create": QT_TRANSLATE_NOOP("Labels", "Transfer added"),
    "transfer.update": QT_TRANSLATE_NOOP("Labels", "Transfer changed"),
    "transfer.delete": QT_TRANSLATE_NOOP("Labels", "Transfer removed"),
    "transfer.disclose": QT_TRANSLATE_NOOP("Labels", "Safeguards copy disclosed"),
    "directive.create": QT_TRANSLATE_NOOP("Labels", "Post-mortem directive registered"),
    "directive.update": QT_TRANSLATE_NOOP("Labels", "Post-mortem directive changed"),
    "directive.revoke": QT_TRANSLATE_NOOP("Labels", "Post-mortem directive revoked"),
    "death.notify": QT_TRANSLATE_NOOP("Labels", "Death notified"),
    "death.action": QT_TRANSLATE_NOOP("Labels", "Action after a death recorded"),
    "death.answer": QT_TRANSLATE_NOOP("Labels", "Heirs answered"),
    "death.evidence": QT_TRANSLATE_NOOP("Labels", "Death evidence attached"),
    "death.purge-evidence": QT_TRANSLATE_NOOP("Labels", "Death evidence destroyed"),
    "register.export": QT_TRANSLATE_NOOP("Labels", "Register exported"),
    "register.import": QT_TRANSLATE_NOOP("Labels", "Register imported"),
    "export.requests": QT_TRANSLATE_NOOP("Labels", "Requests exported"),
    "team.init": QT_TRANSLATE_NOOP("Labels", "Team server prepared"),
    "team.add_member": QT_TRANSLATE_NOOP("Labels", "Team member added"),
    "team.remove_member": QT_TRANSLATE_NOOP("Labels", "Team member removed"),
    "team.key_create": QT_TRANSLATE_NOOP("Labels", "Team key created"),
    "team.key_grant": QT_TRANSLATE_NOOP("Labels", "Team key given to a member"),
    "team.key_rotate": QT_TRANSLATE_NOOP("Labels", "Team key replaced"),
    "team.key_secret": QT_TRANSLATE_NOOP("Labels", "Team key secret changed"),
    "export.incidents": QT_TRANSLATE_NOOP("Labels", "Incident register exported"),
    "export.register": QT_TRANSLATE_NOOP("Labels", "Register of processing printed"),
    "export.inspection": QT_TRANSLATE_NOOP("Labels", "Inspection pack written"),
    "measure.create": QT_TRANSLATE_NOOP("Labels", "Security measure added"),
    "measure.update": QT_TRANSLATE_NOOP("Labels", "Security measure changed"),
    "measure.delete": QT_TRANSLATE_NOOP("Labels", "Security measure removed"),
    "transfer.tia": QT_TRANSLATE_NOOP("Labels", "Transfer impact assessment recorded"),
    "report.annual": QT_TRANSLATE_NOOP("Labels", "Annual report written"),
    "incident.create": QT_TRANSLATE_NOOP("Labels", "Incident registered"),
    "incident.assess": QT_TRANSLATE_NOOP("Labels", "Incident risk assessed"),
    "incident.decide": QT_TRANSLATE_NOOP("Labels", "Decision on notification recorded"),
    "incident.notice": QT_TRANSLATE_NOOP("Labels", "Incident notice sent"),
    "incident.document": QT_TRANSLATE_NOOP("Labels", "Incident document produced"),
    "incident.document.sent": QT_TRANSLATE_NOOP("Labels", "Incident document marked sent"),
    "incident.update": QT_TRANSLATE_NOOP("Labels", "Incident facts completed"),
    "incident.close": QT_TRANSLATE_NOOP("Labels", "Incident closed"),
    "incident.purge": QT_TRANSLATE_NOOP("Labels", "Incident entry removed (retention)"),
    "organisation.create": QT_TRANSLATE_NOOP("Labels", "Organisation set up"),
    "organisation.update": QT_TRANSLATE_NOOP("Labels", "Organisation settings changed"),
    "backup.create": QT_TRANSLATE_NOOP("Labels", "Backup made"),
    "backup.failed": QT_TRANSLATE_NOOP("Labels", "Backup failed"),
    "backup.restore": QT_TRANSLATE_NOOP("Labels", "Backup restored"),
    "team.migrate": QT_TRANSLATE_NOOP("Labels", "Desk moved to a team server"),
    "session.lock": QT_TRANSLATE_NOOP("Labels", "Window locked"),
    "session.unlock": QT_TRANSLATE_NOOP("Labels", "Window unlocked"),
    "session.unlock-failed": QT_TRANSLATE_NOOP("Labels", "Failed unlock attempt"),
    "session.reauthenticate": QT_TRANSLATE_NOOP("Labels", "Passphrase confirmed"),
    "suspension": QT_TRANSLATE_NOOP("Labels", "Deadline suspended"),
    "extension": QT_TRANSLATE_NOOP("Labels", "Extension period"),
    "mail.receive": QT_TRANSLATE_NOOP("Labels", "Request received by e-mail"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail (sealed original)"),
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
    """A right's label from its one source, ``domain.rights`` (letters use it too), in
    its short form: the window shows rights in check boxes, filters and table cells."""
    try:
        return rights_domain.short_label(Right(value), language())
    except ValueError:
        return value


def right_with_article(value: str) -> str:
    """ "Accès (art. 15 du RGPD)" / "Access (GDPR Art. 15)"."""
    try:
        lang, right_ = language(), Right(value)
        return f"{rights_domain.label(right_, lang)} ({rights_domain.article(right_, lang)})"
    except ValueError:
        return value


def ruleset(name: str) -> str:
    """A rule set's name (its English name in ``RULESETS``) in the program's language."""
    return tr(name)


def rights(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join(right(v) for v in values)


def state(value: str) -> str:
    return _label(STATES, value)


def state_action(value: str) -> str:
    return _label(STATE_ACTIONS, value)


def channel(value: str) -> str:
    """A channel's label from its one source, ``domain.rights`` (as ``right``)."""
    try:
        return rights_domain.channel_label(Channel(value), language())
    except ValueError:
        return value


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


def plain_tip(text: str) -> str:
    """A tooltip showing ``text`` exactly as typed. Qt reads a tooltip as HTML when it
    looks like markup: a name ``<b>Bob</b>`` would turn bold and an address in angle
    brackets (``Ann <ann@example.org>``) would vanish. Escaped, it is shown literally."""
    if not text:
        return ""
    import html  # its entity table: not before the first paint (issue 19)

    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def set_zone(name: str) -> None:
    """Show every instant in the zone ``name`` (the organisation's); unknown: UTC."""
    global _zone
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        name = "UTC"
    _zone = name


def zone() -> str:
    """The zone instants are shown in (an IANA name)."""
    return _zone


def local_day(moment: datetime, tz: str | None = None) -> date:
    """The calendar day of ``moment`` in the organisation's zone (or ``tz``)."""
    return moment.astimezone(ZoneInfo(tz or _zone)).date()


def fmt_datetime(moment: datetime | None, tz: str | None = None) -> str:
    """A moment in the organisation's zone (or ``tz``), in the program's language; the
    machine's own zone is never used, so the same instant reads the same everywhere."""
    if moment is None:
        return "—"
    qdt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone((tz or _zone).encode()))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def language() -> str:
    """``fr`` or ``en``: the language the program speaks now."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"
