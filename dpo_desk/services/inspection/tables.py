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
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain import timeliness
from dpo_desk.domain.text import fold
from dpo_desk.services.spreadsheets import Sheet
from dpo_desk.store.models import (
    Case,
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


def request_log(session: Session, names: Names, today: date, lang: str) -> Sheet:
    """Every request, oldest first, each deadline and whether it was met."""
    yes, no = ("oui", "non") if lang == "fr" else ("yes", "no")
    rows = []
    cases = session.scalars(
        select(Case)
        .options(
            selectinload(Case.rights),
            selectinload(Case.identity_checks),
            selectinload(Case.subject),
        )
        .order_by(Case.received_on, Case.reference)
    ).all()
    for c in cases:
        in_time = timeliness.notice_in_time(c.extension_notice_by, c.extended_on)
        rows.append(
            [
                c.reference,
                c.kind,
                _d(c.received_on),
                ", ".join(sorted(r.right for r in c.rights)),
                c.channel,
                c.jurisdiction,
                "" if c.anonymised else names(c.subject.full_name),
                c.status,
                yes if any(i.outcome == "verified" for i in c.identity_checks) else no,
                _d(c.due_date),
                _d(c.extension_notice_by),
                _d(c.extended_on),
                "" if in_time is None else (yes if in_time else no),
                _d(c.extended_due_date),
                _d(timeliness.binding_due(c.due_date, c.extended_due_date)),
                _d(c.answered_on),
                timeliness.outcome(c.due_date, c.extended_due_date, c.answered_on, today),
                c.outcome,
            ]
        )
    title = "Registre des demandes" if lang == "fr" else "Request log"
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
