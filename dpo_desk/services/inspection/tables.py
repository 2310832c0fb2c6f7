"""The registers of an inspection pack as workbook sheets: the request log with every
deadline and whether it was met, the incident register, post-mortem directives, the
recipients and transfers. Read inside the pack's one read transaction.

Minimisation (GDPR Art. 5(1)(c)): the authority checks how requests were handled, not who
made them. Unless the DPO ticks "include names", persons appear as pseudonyms (keyed
HMAC-SHA-256 with a salt made for this pack and never stored: the same person has the
same pseudonym within one pack, and no pack can be linked to another), and no e-mail,
address, note or free text about a person is written.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterator
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain import timeliness
from dpo_desk.domain.text import fold
from dpo_desk.services import exports
from dpo_desk.services.spreadsheets import Sheet
from dpo_desk.store.models import (
    Case,
    DataSubject,
    Incident,
    PostMortemDirective,
    Recipient,
)


class Names:
    """Names as written, or as pseudonyms keyed by ``salt`` (``include`` False)."""

    def __init__(self, include: bool, salt: bytes) -> None:
        self.include, self._salt = include, salt

    def __call__(self, name: str) -> str:
        if self.include or not name:
            return name
        tag = hmac.new(self._salt, fold(name).encode("utf-8"), hashlib.sha256).hexdigest()
        return "P-" + tag[:10].upper()


def _d(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.isoformat(timespec="minutes") if isinstance(value, datetime) else value.isoformat()


def _h(pairs: tuple[tuple[str, str], ...], lang: str) -> list[str]:
    return [fr if lang == "fr" else en for en, fr in pairs]


REQUEST_HEADER = (
    ("Reference", "Référence"),
    ("Kind", "Type"),
    ("Received", "Reçue le"),
    ("Rights", "Droits"),
    ("Channel", "Canal"),
    ("Rule set", "Régime"),
    ("Person", "Personne"),
    ("Status", "Statut"),
    ("Identity verified", "Identité vérifiée"),
    ("Due (Art. 12(3))", "Échéance (art. 12(3))"),
    ("Extension notice by", "Prolongation à notifier avant le"),
    ("Extended on", "Prolongée le"),
    ("Notice in time", "Notification dans le délai"),
    ("Extended due", "Échéance prolongée"),
    ("Binding due", "Échéance applicable"),
    ("Answered", "Répondue le"),
    ("Deadline", "Délai"),
    ("Outcome", "Issue"),
)


class RequestLogRows:
    """The request log's rows, read from the store each time they are iterated (the
    pack writes them once per workbook format): streamed a thousand cases at a time, so
    that a million cases never sit in memory (11 GB foreseen when they were loaded as
    objects, 1.19 GB of RSS at 100,000)."""

    def __init__(
        self,
        session: Session,
        names: Names,
        today: date,
        lang: str,
        tick: Callable[[int], None] | None = None,
    ) -> None:
        self._session, self._names, self._today = session, names, today
        self._yes, self._no = ("oui", "non") if lang == "fr" else ("yes", "no")
        #: Told the rows written so far, every thousand (progress; it may raise to stop).
        self._tick = tick

    def __iter__(self) -> Iterator[list[str]]:
        yes, no, names, today = self._yes, self._no, self._names, self._today
        rows = self._session.execute(
            select(
                Case.reference,
                Case.kind,
                Case.received_on,
                exports.rights_listed(),
                Case.channel,
                Case.jurisdiction,
                Case.anonymised,
                DataSubject.full_name,
                Case.status,
                exports.identity_verified(),
                Case.due_date,
                Case.extension_notice_by,
                Case.extended_on,
                Case.extended_due_date,
                Case.answered_on,
                Case.outcome,
            )
            .join(DataSubject, Case.subject_id == DataSubject.id)
            .order_by(Case.received_on, Case.reference),
            execution_options={"yield_per": exports.STEP},
        )
        tick = self._tick
        with rows:  # closed when the reader stops early (the column widths' first rows)
            for n, r in enumerate(rows, 1):
                if tick is not None and n % exports.STEP == 0:
                    tick(n)
                in_time = timeliness.notice_in_time(r.extension_notice_by, r.extended_on)
                yield [
                    r.reference,
                    r.kind,
                    _d(r.received_on),
                    exports.sorted_rights(r.rights),
                    r.channel,
                    r.jurisdiction,
                    "" if r.anonymised else names(r.full_name),
                    r.status,
                    yes if r.verified else no,
                    _d(r.due_date),
                    _d(r.extension_notice_by),
                    _d(r.extended_on),
                    "" if in_time is None else (yes if in_time else no),
                    _d(r.extended_due_date),
                    _d(timeliness.binding_due(r.due_date, r.extended_due_date)),
                    _d(r.answered_on),
                    timeliness.outcome(r.due_date, r.extended_due_date, r.answered_on, today),
                    r.outcome,
                ]


def request_log(
    session: Session,
    names: Names,
    today: date,
    lang: str,
    tick: Callable[[int], None] | None = None,
) -> Sheet:
    """Every request, oldest first, each deadline and whether it was met."""
    title = "Registre des demandes" if lang == "fr" else "Request log"
    rows = RequestLogRows(session, names, today, lang, tick)
    return Sheet(title, _h(REQUEST_HEADER, lang), rows)


INCIDENT_HEADER = (
    ("Reference", "Référence"),
    ("Title", "Intitulé"),
    ("Status", "Statut"),
    ("Aware at (UTC)", "Connaissance le (UTC)"),
    ("Notify by (Art. 33)", "À notifier avant"),
    ("Nature", "Nature"),
    ("People", "Personnes"),
    ("Records", "Enregistrements"),
    ("Data categories", "Catégories de données"),
    ("Risk", "Risque"),
    ("Decision", "Décision"),
    ("Measures taken", "Mesures prises"),
    ("Notices (to, sent, late)", "Notifications (à, envoyée, en retard)"),
)


def incident_register(session: Session, lang: str) -> Sheet:
    """The breach register (GDPR Art. 33(5)): facts, effects, remedial action, notices."""
    rows = []
    for i in session.scalars(
        select(Incident).options(selectinload(Incident.notices)).order_by(Incident.aware_at)
    ):
        notices = "; ".join(
            f"{n.addressee}, {_d(n.sent_at)}{', late' if n.late else ''}" for n in i.notices
        )
        rows.append(
            [
                i.reference,
                i.title,
                i.status,
                _d(i.aware_at),
                _d(i.due_at),
                ", ".join(i.natures or ()),
                "" if i.people_count is None else str(i.people_count),
                "" if i.records_count is None else str(i.records_count),
                ", ".join(i.data_categories or ()),
                i.risk_level,
                i.decision,
                i.measures_taken,
                notices,
            ]
        )
    title = "Registre des violations" if lang == "fr" else "Incident register"
    return Sheet(title, _h(INCIDENT_HEADER, lang), rows)


DIRECTIVE_HEADER = (
    ("Registered", "Enregistrée le"),
    ("Person", "Personne"),
    ("Action", "Action"),
    ("Scope", "Périmètre"),
    ("Designated person", "Personne désignée"),
    ("Consent evidence", "Preuve du consentement"),
    ("Revoked", "Révoquée le"),
)


def directives(session: Session, names: Names, lang: str) -> Sheet:
    """Particular post-mortem directives (Loi 78-17 art. 85)."""
    rows = [
        [
            _d(d.registered_on),
            names(d.person_name),
            d.action,
            d.scope,
            names(d.designated_person),
            yes_no(bool(d.consent_evidence), lang),
            _d(d.revoked_on),
        ]
        for d in session.scalars(
            select(PostMortemDirective).order_by(PostMortemDirective.registered_on)
        )
    ]
    title = "Directives post mortem" if lang == "fr" else "Post-mortem directives"
    return Sheet(title, _h(DIRECTIVE_HEADER, lang), rows)


def yes_no(value: bool, lang: str) -> str:
    return ("oui" if value else "non") if lang == "fr" else ("yes" if value else "no")


def recipients_and_transfers(session: Session, lang: str) -> list[Sheet]:
    """The recipients (Art. 30(1)(d)) and the transfers with their safeguards and TIAs
    (Art. 30(1)(e), Chapter V)."""
    recs = session.scalars(
        select(Recipient)
        .options(selectinload(Recipient.transfers), selectinload(Recipient.activities))
        .order_by(Recipient.name)
    ).all()
    r_head = (
        ("Name", "Nom"),
        ("Category", "Catégorie"),
        ("Service", "Service"),
        ("Country", "Pays"),
        ("Activities", "Traitements"),
    )
    t_head = (
        ("Recipient", "Destinataire"),
        ("Country", "Pays"),
        ("Adequacy", "Adéquation"),
        ("Checked on", "Vérifiée le"),
        ("Safeguard", "Garanties"),
        ("SCC module", "Module CCT"),
        ("Document", "Document"),
        ("Valid from", "Valide du"),
        ("Valid until", "Valide jusqu'au"),
        ("TIA on", "ÉIT le"),
        ("TIA conclusion", "Conclusion de l'ÉIT"),
    )
    return [
        Sheet(
            "Destinataires" if lang == "fr" else "Recipients",
            _h(r_head, lang),
            [
                [
                    r.name,
                    r.category,
                    r.service,
                    r.country,
                    "; ".join(sorted(a.name for a in r.activities)),
                ]
                for r in recs
            ],
        ),
        Sheet(
            "Transferts" if lang == "fr" else "Transfers",
            _h(t_head, lang),
            [
                [
                    r.name,
                    t.country,
                    t.adequacy_status,
                    _d(t.adequacy_checked_on),
                    t.safeguard,
                    t.scc_module,
                    t.safeguard_document,
                    _d(t.valid_from),
                    _d(t.valid_until),
                    _d(t.tia_on),
                    t.tia_conclusion,
                ]
                for r in recs
                for t in r.transfers
            ],
        ),
    ]
