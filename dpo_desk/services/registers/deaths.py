"""Death notifications (Loi 78-17 art. 85): a case for the heirs' or executor's request,
the deceased marked so that no marketing reaches them, directives found and applied,
what was done recorded, a reply, then the death certificate and proof of capacity purged.

``notify_death`` is one audited transaction: the case is opened (``cases.add_case_in``),
the evidence sealed and attached (``documents.NewFiles``, ``documents.add_document``), the
notification recorded, the person marked deceased and their other open cases flagged; a
failure at any step leaves nothing, neither a row nor a vault file. What can be refused
from the notice alone (names, capacity, requests, files) is checked before it begins.

The actions and the heirs' answer are in ``death_answers``, the evidence in
``death_evidence`` and the shared vocabulary in ``death_common``; their names are
re-exported here so that callers of this module keep finding them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_desk.domain.registers import HEIRS_REQUESTS, NOTIFIER_CAPACITIES
from dpo_desk.domain.rights import Right
from dpo_desk.domain.text import NAME_MAX
from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import audit, cases, documents
from dpo_desk.services.context import Context
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers.death_answers import answer_heirs, heirs_reply, record_action
from dpo_desk.services.registers.death_common import (
    ACTION_KINDS,
    DIRECTIVE_REQUESTS,
    EVIDENCE,
    FLAG,
    REQUESTS,
    load_notification,
    notification_view,
)
from dpo_desk.services.registers.death_evidence import (
    attach_death_evidence,
    link_evidence,
    precheck_file,
    purge_death_evidence,
)
from dpo_desk.services.registers.directives import match_subject, matching
from dpo_desk.services.registers.dto import DeathNotificationView
from dpo_desk.store.models import Case, DataSubject, DeathNotification

__all__ = [
    "ACTION_KINDS",
    "DIRECTIVE_REQUESTS",
    "EVIDENCE",
    "FLAG",
    "NO_DIRECTIVES",
    "REQUESTS",
    "DeathNotice",
    "answer_heirs",
    "attach_death_evidence",
    "get_notification",
    "heirs_reply",
    "list_notifications",
    "marketing_allowed",
    "notify_death",
    "purge_death_evidence",
    "record_action",
]

NO_DIRECTIVES = (
    "the deceased left no directive with us: without directives the heirs may only ask "
    "what the succession needs and that the death be taken into account (close the "
    "accounts, object to further processing, update the data), Loi 78-17 art. 85 II; "
    "allowed: " + ", ".join(HEIRS_REQUESTS)
)


@dataclass
class DeathNotice:
    """What ``directives notify-death`` or the death form collects."""

    deceased_name: str
    notifier_name: str
    capacity: str
    requests: list[str]
    death_date: date | None = None
    deceased_email: str = ""
    notifier_contact: str = ""
    notified_on: date | None = None
    channel: str = "post"
    death_certificate: Path | None = None
    capacity_proof: Path | None = None
    notes: str = ""
    evidence: dict[str, Path] = field(default_factory=dict)


def _requests(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        word = (value or "").strip().lower()
        if word not in REQUESTS:
            raise UserError(
                "request {value!r}: unknown; use one of: {requests}",
                value=value,
                requests=", ".join(REQUESTS),
            )
        if word not in out:
            out.append(word)
    if not out:
        raise UserError("requests: say what the notifier asks (e.g. close-accounts)")
    return out


def notify_death(ctx: Context, notice: DeathNotice) -> DeathNotificationView:
    """Open a ``post-mortem`` case for a notified death and apply its consequences.

    The case's subject is the deceased (the known data subject when the e-mail or the
    name matches one, else a new one); the notifier is recorded on the notification.
    """
    today = ctx.today()
    deceased = v.text(
        notice.deceased_name, "deceased", max_len=NAME_MAX, required=True, multiline=False
    )
    email = v.email(notice.deceased_email)
    notifier = v.text(
        notice.notifier_name, "notifier", max_len=NAME_MAX, required=True, multiline=False
    )
    capacity = v.word(notice.capacity, "capacity", NOTIFIER_CAPACITIES)
    contact = v.text(notice.notifier_contact, "notifier contact")
    notes = v.text(notice.notes, "notes")
    requests = _requests(list(notice.requests))
    death_date = v.iso_date(notice.death_date, "death date")
    v.not_future(death_date, "death date", today)
    notified_on = v.iso_date(notice.notified_on, "notified on") or today
    v.not_future(notified_on, "notified on", today)
    if death_date and notified_on < death_date:
        raise UserError("notified on: before the date of death")
    evidence = dict(notice.evidence)
    if notice.death_certificate:
        evidence["death-certificate"] = notice.death_certificate
    if notice.capacity_proof:
        evidence["capacity-proof"] = notice.capacity_proof
    for kind, path in evidence.items():
        if kind not in EVIDENCE:
            raise UserError(
                "evidence {kind!r}: use {evidence}", kind=kind, evidence=" or ".join(EVIDENCE)
            )
        precheck_file(Path(path), kind)

    with documents.new_files(ctx) as new_files:
        # Sealed before the writer lock is taken; deleted again if anything below fails.
        sealed = {kind: new_files.put(Path(path)) for kind, path in evidence.items()}
        with ctx.db.write() as session:
            subject = match_subject(session, deceased, email)
            subject_id = subject.id if subject else None
            directive_ids = [
                d.id
                for d in matching(session, deceased, email, subject_id=subject_id)
                if d.revoked_on is None
            ]
            beyond = [r for r in requests if r in DIRECTIVE_REQUESTS]
            if beyond and not directive_ids:
                raise UserError(
                    "request(s) {beyond} refused: {no_directives}",
                    beyond=", ".join(beyond),
                    no_directives=NO_DIRECTIVES,
                )
            case = cases.add_case_in(
                session,
                ctx,
                cases.NewCase(
                    name=deceased,
                    email=email,
                    subject_id=subject_id,
                    rights=[Right.POST_MORTEM.value],
                    received=notified_on,
                    channel=notice.channel,
                    notes=(
                        f"Death notified by {notifier} ({capacity}). "
                        f"Requests: {', '.join(requests)}." + (f"\n{notes}" if notes else "")
                    ),
                ),
            )
            for kind, new in sealed.items():
                documents.add_document(session, ctx, case, new, kind)
            person = case.subject
            _mark_deceased(session, ctx, person, death_date)
            n = DeathNotification(
                subject_id=person.id,
                case_id=case.id,
                deceased_name=deceased,
                death_date=death_date,
                notified_on=notified_on,
                notifier_name=notifier,
                notifier_capacity=capacity,
                notifier_contact=contact,
                requests=requests,
                directive_ids=directive_ids,
                actions=[],
            )
            session.add(n)
            session.flush()
            audit.record(
                session,
                ctx,
                "death.notify",
                "death_notification",
                str(n.id),
                {
                    "case": case.reference,
                    "capacity": capacity,
                    "requests": requests,
                    "directives": directive_ids,
                },
            )
            _flag_other_cases(session, ctx, person, case)
            link_evidence(session, ctx, n, case)
            session.flush()
            return notification_view(session, n)


def _mark_deceased(
    session: Session, ctx: Context, person: DataSubject, death_date: date | None
) -> None:
    """No marketing reaches the deceased any more; audited, in the caller's transaction."""
    before = {"deceased": person.deceased, "no_marketing": person.no_marketing}
    person.deceased = True
    person.deceased_on = death_date or person.deceased_on
    person.no_marketing = True
    audit.record(
        session,
        ctx,
        "subject.deceased",
        "data_subject",
        str(person.id),
        {"before": before, "deceased_on": person.deceased_on, "no_marketing": True},
    )


def _flag_other_cases(session: Session, ctx: Context, person: DataSubject, case: Case) -> None:
    """Flag the person's other open cases (whoever handles them learns of the death)."""
    for other in session.scalars(
        select(Case).where(
            Case.subject_id == person.id, Case.id != case.id, Case.status.in_(cases.OPEN_STATES)
        )
    ):
        if other.flagged != FLAG:
            audit.record(
                session,
                ctx,
                "case.flag",
                "case",
                other.reference,
                {"from": other.flagged, "to": FLAG},
            )
            other.flagged = FLAG


def get_notification(ctx: Context, notification_id: int) -> DeathNotificationView:
    with ctx.db.read() as session:
        return notification_view(session, load_notification(session, notification_id))


def list_notifications(ctx: Context, open_only: bool = False) -> list[DeathNotificationView]:
    with ctx.db.read() as session:
        stmt = select(DeathNotification).order_by(DeathNotification.id)
        if open_only:
            stmt = stmt.where(DeathNotification.answered_on.is_(None))
        return [notification_view(session, n) for n in session.scalars(stmt)]


def marketing_allowed(ctx: Context, who: int | str) -> bool:
    """False when the person (data subject id, or e-mail) is known deceased or objected
    to marketing; True for an unknown address (nothing says otherwise)."""
    with ctx.db.read() as session:
        if isinstance(who, int):
            subject = session.get(DataSubject, who)
            if subject is None:
                raise NotFound("no data subject with id {who}", who=who)
            subjects = [subject]
        else:
            address = who.strip().lower()
            if not address:
                raise UserError("give a data subject id or an e-mail")
            subjects = list(
                session.scalars(select(DataSubject).where(func.lower(DataSubject.email) == address))
            )
            ids = [s.id for s in subjects]
            if ids and session.scalar(
                select(func.count(DeathNotification.id)).where(
                    DeathNotification.subject_id.in_(ids)
                )
            ):
                return False
        return not any(s.deceased or s.no_marketing for s in subjects)
