"""Death notifications (Loi 78-17 art. 85): a case for the heirs' or executor's request,
the deceased marked so that no marketing reaches them, directives found and applied,
what was done recorded, a reply, then the death certificate and proof of capacity purged.

``notify_death`` runs as a short sequence of steps, each its own audited transaction:
the case is opened by ``services.cases.add_case`` and the evidence attached by
``services.documents.attach`` (they own their transactions), then one transaction records
the notification, marks the person deceased and flags their other open cases. Everything
that can be refused (names, capacity, requests, files) is checked before the first step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_desk.domain import files
from dpo_desk.domain.registers import HEIRS_REQUESTS, NOTIFIER_CAPACITIES
from dpo_desk.domain.rights import Right
from dpo_desk.domain.text import NAME_MAX
from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import audit, cases, documents
from dpo_desk.services.context import Context
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers.directives import directive_view, match_subject, matching
from dpo_desk.services.registers.dto import (
    DeathNotificationView,
    EvidenceFile,
    HeirsReply,
)
from dpo_desk.store.models import (
    Case,
    DataSubject,
    DeathNotification,
    Document,
    PostMortemDirective,
)

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

NO_DIRECTIVES = (
    "the deceased left no directive with us: without directives the heirs may only ask "
    "what the succession needs and that the death be taken into account (close the "
    "accounts, object to further processing, update the data), Loi 78-17 art. 85 II; "
    "allowed: " + ", ".join(HEIRS_REQUESTS)
)

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


def _precheck_file(path: Path, what: str) -> None:
    """The checks ``documents.attach`` will make, done before anything is written."""
    try:
        size = path.stat().st_size
        files.check_size(size)
        with path.open("rb") as fh:
            files.sniff(fh.read(4096))
    except files.FileRefused as exc:
        raise UserError(f"{what} {path.name}: {exc}") from None
    except OSError as exc:
        raise UserError(f"cannot read {what} {path.name}: {exc.strerror}") from None


def _requests(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        word = (value or "").strip().lower()
        if word not in REQUESTS:
            raise UserError(f"request {value!r}: unknown; use one of: {', '.join(REQUESTS)}")
        if word not in out:
            out.append(word)
    if not out:
        raise UserError("requests: say what the notifier asks (e.g. close-accounts)")
    return out


def _notification(session: Session, notification_id: int) -> DeathNotification:
    row = session.get(DeathNotification, notification_id)
    if row is None:
        raise NotFound(f"no death notification with id {notification_id}")
    return row


def _evidence_docs(session: Session, n: DeathNotification) -> list[Document]:
    return list(
        session.scalars(
            select(Document).where(Document.death_notification_id == n.id).order_by(Document.id)
        )
    )


def _view(session: Session, n: DeathNotification) -> DeathNotificationView:
    case = session.get(Case, n.case_id) if n.case_id else None
    docs = _evidence_docs(session, n)
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


def _link_evidence(session: Session, ctx: Context, n: DeathNotification, case: Case) -> None:
    for doc in session.scalars(
        select(Document).where(
            Document.case_id == case.id,
            Document.kind.in_(EVIDENCE),
            Document.death_notification_id.is_(None),
        )
    ):
        doc.death_notification_id = n.id
        audit.record(
            session,
            ctx,
            "death.evidence",
            "death_notification",
            str(n.id),
            {"document": doc.id, "kind": doc.kind},
        )


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
            raise UserError(f"evidence {kind!r}: use {' or '.join(EVIDENCE)}")
        _precheck_file(Path(path), kind)

    with ctx.db.read() as session:
        subject = match_subject(session, deceased, email)
        subject_id = subject.id if subject else None
        directive_ids = [
            d.id
            for d in matching(session, deceased, email, subject_id=subject_id)
            if d.revoked_on is None
        ]
    beyond = [r for r in requests if r in DIRECTIVE_REQUESTS]
    if beyond and not directive_ids:
        raise UserError(f"request(s) {', '.join(beyond)} refused: {NO_DIRECTIVES}")

    detail = cases.add_case(
        ctx,
        cases.NewCase(
            name=deceased,
            email=email,
            subject_id=subject_id,
            rights=[Right.POST_MORTEM.value],
            received=notified_on,
            channel=notice.channel,
            notes=(
                f"Death notified by {notifier} ({capacity}). Requests: {', '.join(requests)}."
                + (f"\n{notes}" if notes else "")
            ),
        ),
    )
    for kind, path in evidence.items():
        documents.attach(ctx, detail.reference, Path(path), kind)

    with ctx.db.write() as session:
        case = cases.load_case(session, detail.reference)
        person = case.subject
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
        _link_evidence(session, ctx, n, case)
        session.flush()
        return _view(session, n)


def attach_death_evidence(
    ctx: Context, notification_id: int, path: Path, kind: str
) -> DeathNotificationView:
    """Add a death certificate or proof of capacity received after the notification."""
    if kind not in EVIDENCE:
        raise UserError(f"evidence {kind!r}: use {' or '.join(EVIDENCE)}")
    with ctx.db.read() as session:
        n = _notification(session, notification_id)
        if n.evidence_purged_at is not None:
            raise UserError(f"the evidence of notification {n.id} was already purged")
        case = session.get(Case, n.case_id) if n.case_id else None
        if case is None:
            raise UserError(f"notification {n.id} has no case to attach to")
        reference = case.reference
    documents.attach(ctx, reference, Path(path), kind)
    with ctx.db.write() as session:
        n = _notification(session, notification_id)
        case = cases.load_case(session, reference)
        _link_evidence(session, ctx, n, case)
        session.flush()
        return _view(session, n)


def record_action(
    ctx: Context,
    notification_id: int,
    action: str,
    detail: str = "",
    on: date | None = None,
    directive_id: int | None = None,
) -> DeathNotificationView:
    """Record what was done for the notification (account closed, data communicated to
    X...); the heirs' reply lists these actions."""
    kind = v.word(action, "action", ACTION_KINDS)
    text = v.text(detail, "detail", max_len=2000)
    if kind in ("other", "communicated-data") and not text:
        raise UserError(f"detail: required for {kind} (what, to whom)")
    today = ctx.today()
    done_on = on or today
    v.not_future(done_on, "done on", today)
    with ctx.db.write() as session:
        n = _notification(session, notification_id)
        if n.answered_on is not None:
            raise UserError(
                f"notification {n.id} was answered on {n.answered_on}; record "
                "actions before answering"
            )
        if directive_id is not None and directive_id not in (n.directive_ids or []):
            raise UserError(
                f"directive {directive_id} is not among those found for this "
                f"death ({', '.join(map(str, n.directive_ids)) or 'none'})"
            )
        if done_on < n.notified_on:
            raise UserError(f"done on: {done_on} is before the notification ({n.notified_on})")
        entry: dict[str, Any] = {
            "action": kind,
            "detail": text,
            "on": done_on.isoformat(),
            "by": ctx.actor,
        }
        if directive_id is not None:
            entry["directive_id"] = directive_id
        n.actions = [*(n.actions or []), entry]
        audit.record(
            session,
            ctx,
            "death.action",
            "death_notification",
            str(n.id),
            {"action": kind, "on": done_on, "directive": directive_id},
        )
        return _view(session, n)


def _reply(session: Session, n: DeathNotification) -> HeirsReply:
    view = _view(session, n)
    directives = [session.get(PostMortemDirective, i) for i in n.directive_ids or []]
    applied = tuple(directive_view(d) for d in directives if d is not None)
    lines = []
    for a in n.actions or []:
        label = ACTION_KINDS.get(a["action"], (a["action"],))[0]
        lines.append(f"{a['on']}: {label}" + (f" — {a['detail']}" if a.get("detail") else ""))
    return HeirsReply(
        notification_id=n.id,
        case_reference=view.case_reference,
        deceased_name=n.deceased_name,
        death_date=n.death_date,
        notifier_name=n.notifier_name,
        notifier_capacity=n.notifier_capacity,
        notifier_capacity_label=NOTIFIER_CAPACITIES.get(
            n.notifier_capacity, (n.notifier_capacity,)
        )[0],
        notifier_contact=n.notifier_contact,
        notified_on=n.notified_on,
        requests=tuple(n.requests or ()),
        request_labels=tuple(REQUESTS.get(r, (r,))[0] for r in n.requests or ()),
        directive_found=bool(applied),
        directives=applied,
        actions_done=tuple(lines),
        actions=view.actions,
        answered_on=n.answered_on,
    )


def heirs_reply(ctx: Context, notification_id: int) -> HeirsReply:
    """Everything the "heirs-reply" letter needs."""
    with ctx.db.read() as session:
        return _reply(session, _notification(session, notification_id))


def answer_heirs(ctx: Context, notification_id: int, on: date | None = None) -> HeirsReply:
    """Mark the heirs answered (the letter itself is made from ``heirs_reply``); the
    post-mortem case moves to answered."""
    today = ctx.today()
    answered = on or today
    v.not_future(answered, "answered on", today)
    with ctx.db.write() as session:
        n = _notification(session, notification_id)
        if n.answered_on is not None:
            raise UserError(f"notification {n.id} was already answered on {n.answered_on}")
        if not n.actions:
            raise UserError(
                "record what was done first (directives action): the heirs are "
                "told what was done (Loi 78-17 art. 85)"
            )
        if answered < n.notified_on:
            raise UserError(f"answered on: {answered} is before the notification")
        n.answered_on = answered
        audit.record(
            session,
            ctx,
            "death.answer",
            "death_notification",
            str(n.id),
            {"answered_on": answered, "actions": len(n.actions)},
        )
        case = session.get(Case, n.case_id) if n.case_id else None
        reference = case.reference if case and case.status in cases.OPEN_STATES else None
    if reference:
        from dpo_desk.services import workflow

        workflow.transition(ctx, reference, "answered")
    return heirs_reply(ctx, notification_id)


def purge_death_evidence(ctx: Context, notification_id: int) -> DeathNotificationView:
    """Destroy the death certificate and proof of capacity once the heirs are answered;
    the facts (notification, actions, audit) remain. Safe to repeat."""
    with ctx.db.write() as session:
        n = _notification(session, notification_id)
        if n.answered_on is None:
            raise UserError(
                f"notification {n.id} is not answered yet: the evidence "
                "supports the reply; answer first"
            )
        vault = documents.vault(ctx)
        count = 0
        for doc in _evidence_docs(session, n):
            if doc.purged_at is None:
                vault.delete(doc.stored_name)
                doc.purged_at = ctx.now()
                doc.original_name = ""
                count += 1
                audit.record(
                    session,
                    ctx,
                    "document.purge",
                    "document",
                    str(doc.id),
                    {"kind": doc.kind, "why": "heirs answered"},
                )
        if n.evidence_purged_at is None:
            n.evidence_purged_at = ctx.now()
            audit.record(
                session,
                ctx,
                "death.purge-evidence",
                "death_notification",
                str(n.id),
                {"documents": count},
            )
        session.flush()
        return _view(session, n)


def get_notification(ctx: Context, notification_id: int) -> DeathNotificationView:
    with ctx.db.read() as session:
        return _view(session, _notification(session, notification_id))


def list_notifications(ctx: Context, open_only: bool = False) -> list[DeathNotificationView]:
    with ctx.db.read() as session:
        stmt = select(DeathNotification).order_by(DeathNotification.id)
        if open_only:
            stmt = stmt.where(DeathNotification.answered_on.is_(None))
        return [_view(session, n) for n in session.scalars(stmt)]


def marketing_allowed(ctx: Context, who: int | str) -> bool:
    """False when the person (data subject id, or e-mail) is known deceased or objected
    to marketing; True for an unknown address (nothing says otherwise)."""
    with ctx.db.read() as session:
        if isinstance(who, int):
            subject = session.get(DataSubject, who)
            if subject is None:
                raise NotFound(f"no data subject with id {who}")
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
