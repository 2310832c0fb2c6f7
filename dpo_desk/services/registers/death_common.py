"""The vocabulary of death notifications (what heirs may ask, what the DPO records as
done, the evidence expected) and how one notification is loaded and shown.

Shared by the notification itself (``deaths``), the actions and the heirs' answer
(``death_answers``) and the evidence (``death_evidence``), which would otherwise have to
import one another.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.domain.registers import HEIRS_REQUESTS
from dpo_desk.errors import NotFound
from dpo_desk.services import cases
from dpo_desk.services.registers.dto import DeathNotificationView, EvidenceFile
from dpo_desk.store.models import Case, DeathNotification, Document

#: What may be asked only when the deceased left directives (art. 85 I).
DIRECTIVE_REQUESTS: dict[str, tuple[str, str]] = {
    "execute-directives": (
        "Execute the deceased's directives",
        "Exécution des directives du défunt",
    ),
    "communicate-data": (
        "Communicate the deceased's data to the designated person",
        "Communication des données du défunt à la personne désignée",
    ),
    "delete-data": ("Delete the deceased's data", "Effacement des données du défunt"),
}
REQUESTS = {**HEIRS_REQUESTS, **DIRECTIVE_REQUESTS}

#: What the DPO records as done.
ACTION_KINDS: dict[str, tuple[str, str]] = {
    "closed-accounts": ("Accounts closed", "Comptes clôturés"),
    "deleted-data": ("Data deleted", "Données supprimées"),
    "communicated-data": ("Data communicated", "Données communiquées"),
    "information-given": (
        "Information for the succession given",
        "Informations utiles à la succession transmises",
    ),
    "objection-recorded": ("Further processing stopped", "Poursuite des traitements arrêtée"),
    "updated-data": ("Death recorded in our files", "Décès pris en compte dans nos fichiers"),
    "kept-data": ("Data kept as the directive asks", "Données conservées selon la directive"),
    "other": ("Other", "Autre"),
}
EVIDENCE = ("death-certificate", "capacity-proof")
FLAG = "subject deceased"


def load_notification(session: Session, notification_id: int) -> DeathNotification:
    row = session.get(DeathNotification, notification_id)
    if row is None:
        raise NotFound(
            "no death notification with id {notification_id}", notification_id=notification_id
        )
    return row


def evidence_docs(session: Session, n: DeathNotification) -> list[Document]:
    return list(
        session.scalars(
            select(Document).where(Document.death_notification_id == n.id).order_by(Document.id)
        )
    )


def notification_view(session: Session, n: DeathNotification) -> DeathNotificationView:
    case = session.get(Case, n.case_id) if n.case_id else None
    docs = evidence_docs(session, n)
    flagged: list[str] = []
    if n.subject_id is not None:
        flagged = list(
            session.scalars(
                select(Case.reference)
                .where(
                    Case.subject_id == n.subject_id,
                    Case.id != (n.case_id or 0),
                    Case.flagged == FLAG,
                    Case.status.in_(cases.OPEN_STATES),
                )
                .order_by(Case.id)
            )
        )
    return DeathNotificationView(
        id=n.id,
        case_reference=case.reference if case else "",
        subject_id=n.subject_id,
        deceased_name=n.deceased_name,
        death_date=n.death_date,
        notified_on=n.notified_on,
        notifier_name=n.notifier_name,
        notifier_capacity=n.notifier_capacity,
        notifier_contact=n.notifier_contact,
        requests=tuple(n.requests or ()),
        directive_ids=tuple(n.directive_ids or ()),
        actions=tuple(dict(a) for a in n.actions or ()),
        answered_on=n.answered_on,
        evidence_purged_at=n.evidence_purged_at,
        evidence=tuple(EvidenceFile(d.id, d.kind, d.size, d.sha256, d.purged_at) for d in docs),
        flagged_cases=tuple(flagged),
        missing_evidence=tuple(k for k in EVIDENCE if k not in {d.kind for d in docs}),
    )
