"""From the store to a ``LetterData``: what each kind of letter needs to say."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain.deadlines.explain import Step
from dpo_desk.domain.letter_rules import (
    ARTICLE_19,
    LetterFacts,
    LetterRefused,
    check_letter,
)
from dpo_desk.domain.regimes import french_citation, pick, regime_for
from dpo_desk.domain.registers import (
    NOTIFIER_CAPACITIES,
)
from dpo_desk.domain.rights import Right
from dpo_desk.domain.text import fold
from dpo_desk.errors import Both, UserError
from dpo_desk.letters import data as L
from dpo_desk.letters.kinds import KINDS
from dpo_desk.letters.render import format_letter_date
from dpo_desk.services import deadlines
from dpo_desk.services.cases import load_case
from dpo_desk.services.context import Context
from dpo_desk.services.letters.register_sections import (
    activity_entries,
    label_in,
    recipient_entries,
    scoped_activities,
    subject_section,
    text_lines,
)
from dpo_desk.services.organisation import OrganisationProfile, dpo_title, profile_in
from dpo_desk.services.registers.deaths import ACTION_KINDS
from dpo_desk.services.registers.notices import notices_of
from dpo_desk.services.registers.scope import active_activities
from dpo_desk.store.models import (
    Case,
    DeathNotification,
    PostMortemDirective,
    ProcessingActivity,
    Recipient,
)

#: What a confirmation says was done, per right (English, French).
DONE: dict[Right, tuple[str, str]] = {
    Right.RECTIFICATION: (
        "Your data were rectified as you asked.",
        "Vos données ont été rectifiées comme vous l'avez demandé.",
    ),
    Right.ERASURE: (
        "Your data were erased, except those we must keep by law.",
        "Vos données ont été effacées, à l'exception de celles que la loi nous "
        "impose de conserver.",
    ),
    Right.RESTRICTION: (
        "The processing of your data is restricted.",
        "Le traitement de vos données est limité.",
    ),
    Right.OBJECTION: (
        "Your data are no longer processed for the purposes you objected to.",
        "Vos données ne sont plus traitées pour les finalités auxquelles vous vous êtes opposé(e).",
    ),
    Right.PROSPECTING_OBJECTION: (
        "You will no longer receive any marketing from us.",
        "Vous ne recevrez plus aucune prospection de notre part.",
    ),
    Right.CONSENT_WITHDRAWAL: (
        "Your consent is withdrawn; the processing based on it stopped.",
        "Votre consentement est retiré ; les traitements fondés sur lui ont cessé.",
    ),
    Right.PORTABILITY: (
        "Your data are enclosed in a structured, machine-readable file.",
        "Vos données sont jointes dans un fichier structuré et lisible par machine.",
    ),
    Right.HUMAN_REVIEW: (
        "The decision was reviewed by a person of our staff.",
        "La décision a été réexaminée par un membre de notre personnel.",
    ),
}


def _organisation(p: OrganisationProfile, lang: str = "fr") -> L.Organisation:
    s = p.settings
    logo = s.get("letterhead_logo") or ""
    # The signature block set in Settings: first line the name, the rest the title.
    signature = text_lines(s.get("letterhead_signature") or "")
    return L.Organisation(
        name=p.name or "—",
        address=text_lines(p.address),
        registration=" · ".join(x for x in (p.legal_form, p.registration) if x),
        dpo_name=p.dpo_name,
        dpo_email=p.dpo_email,
        dpo_address=text_lines(p.dpo_address),
        authority_name=p.authority_name,
        authority_address=text_lines(p.authority_address),
        authority_url=p.authority_url.removeprefix("https://"),
        logo=Path(logo) if logo and Path(logo).is_file() else None,
        signature_name=signature[0] if signature else p.dpo_name,
        signature_title=", ".join(signature[1:]) if len(signature) > 1 else dpo_title(p, lang),
        city=p.city,
    )


def _steps_for(kind: str, result: deadlines.DeadlineResult) -> list[Step]:
    """The explanation a letter quotes: an extension notice explains the new date; the
    other letters explain the date that binds now, without the arithmetic of an extension
    that was not decided (the data subject needs the date and why, not every reading)."""
    if kind == "extension" or result.extended:
        steps = [s for s in result.steps if s.code not in ("extension-a", "extension-b")]
    else:
        steps = [
            s
            for s in result.steps
            if not s.code.startswith("extension") and s.code not in ("extended-due", "no-extension")
        ]
    # The readings of contested points are our reasoning, shown in the case view and the
    # CLI; a letter states the rule, not the debate (issue 11).
    return [
        replace(
            s, source=_no_debate(s.source), text_en=_plain(s.text_en), text_fr=_plain(s.text_fr)
        )
        for s in steps
    ]


def _no_debate(source: str) -> str:
    parts = [p for p in source.split(";") if "contested" not in p and "reading" not in p]
    return ";".join(parts).strip()


_READING = re.compile(r" \((?:the earlier of A and B|la plus proche de A et B)\)")
_ZONE = re.compile(r", [A-Z][A-Za-z]+/[A-Za-z_]+(?=\))")


def _plain(text: str) -> str:
    """A step as a letter says it: no reading of a contested point, no zone name."""
    return _ZONE.sub("", _READING.sub("", text))


def _cite(text: str, lang: str) -> str:
    """A step as a French letter cites it (the steps already cite Quebec's acts in each
    language's form, domain/deadlines/explain.py)."""
    if lang != "fr":
        return text
    return french_citation(text).replace(" and ", " et ")


def _letter_steps(steps: list[Step], lang: str) -> tuple[str, ...]:
    """The steps as bullet lines (the letter adds the bullets; no "1." numbering)."""
    return tuple(_cite(f"{s.text(lang)} ({s.source_text(lang)})", lang) for s in steps)


def letter_facts(case: Case, today: date) -> LetterFacts:
    """What ``domain.letter_rules`` needs to know about the case now."""
    result = deadlines.of_case(case, today)
    return LetterFacts(
        reference=case.reference,
        jurisdiction=case.jurisdiction,
        state=case.status,
        rights=tuple(r.right for r in case.rights),
        today=today,
        due=result.due,
        extended_due=result.extended_due,
        extension_notice_by=result.extension_notice_by,
        extended_on=case.extended_on,
        extension_reason=case.extension_reason,
        refusal_ground=case.outcome_reason if case.outcome == "refused" else "",
        refusal_facts=case.refusal_facts,
        identity_steps=tuple((c.outcome, c.doubt_reason) for c in case.identity_checks),
    )


#: What an identity request asks for, by the kind of step (English, French).
_ASK_DOCUMENT = (
    "a copy of an identity document (passport, identity card or driving "
    "licence); you may hide the photo and the document number",
    "la copie d'une pièce d'identité (passeport, carte d'identité ou permis de "
    "conduire) ; vous pouvez masquer la photo et le numéro du document",
)
_ASK_DETAILS = (
    "the postal address and e-mail address you use with us, and any customer "
    "or account number, so that we can match them with our records",
    "l'adresse postale et l'adresse électronique que vous utilisez avec nous, et "
    "le cas échéant votre numéro de client ou de compte, afin de les rapprocher "
    "de nos fichiers",
)


def _identity_asked(case: Case, lang: str) -> tuple[tuple[str, ...], bool]:
    """The list of what is asked, derived from the open identity step (never empty)."""
    pending = [c for c in case.identity_checks if c.outcome == "pending"]
    step = pending[-1] if pending else None
    document = step is not None and step.method == "document"
    items = [pick(_ASK_DETAILS, lang)]
    if document:
        items.insert(0, pick(_ASK_DOCUMENT, lang))
    return tuple(items), document


def _case_info(
    case: Case, kind: str, lang: str, today: date, actions: tuple[str, ...]
) -> L.CaseInfo:
    result = deadlines.of_case(case, today)
    doubt = ""
    suspension = ""
    answer_by: date | None = None
    for check in case.identity_checks:
        if check.doubt_reason:
            doubt = check.doubt_reason
        answer_by = check.answer_by if check.outcome == "pending" else answer_by
    opened = deadlines.open_suspension(case)
    if opened and regime_for(case.jurisdiction).identity_stops_clock:
        since = format_letter_date(opened, lang)
        suspension = (
            f"Le délai de réponse est suspendu depuis le {since} "
            "jusqu'à réception des informations demandées."
            if lang == "fr"
            else f"The reply period is suspended from {since} until we "
            "receive the information requested."
        )
    rights = [Right(r.right) for r in case.rights]
    done = actions or tuple(DONE[r][1 if lang == "fr" else 0] for r in rights if r in DONE)
    asked, asks_copy = _identity_asked(case, lang)
    return L.CaseInfo(
        reference=case.reference,
        received=case.received_on,
        rights=tuple(rights),
        channel=case.channel,
        due=result.due,
        extension_notice_by=result.extension_notice_by,
        extended_due=result.extended_due or result.extended_due_if_extended
        if kind == "extension"
        else result.extended_due,
        deadline_explanation=_letter_steps(_steps_for(kind, result), lang),
        doubt_reason=doubt,
        suspension_info=suspension,
        identity_answer_by=answer_by,
        extension_reasons=text_lines(case.extension_reason),
        refusal_code=case.outcome_reason if case.outcome == "refused" else "",
        refusal_text=case.refusal_facts if case.outcome == "refused" else "",
        actions_done=done if kind == "confirmation" else (),
        identity_asked=asked if kind == "id-request" else (),
        asks_id_copy=asks_copy,
        notify_recipients=kind == "confirmation" and bool(set(rights) & ARTICLE_19),
    )


def _authority(org: L.Organisation, jurisdiction: str, lang: str) -> L.Organisation:
    """The authority of the case's law; the profile's (CNIL by default) only for France."""
    regime = regime_for(jurisdiction)
    if regime.key == "gdpr-fr" and org.authority_name:
        return org
    a = regime.authority
    return L.Organisation(
        **{
            **org.__dict__,
            "authority_name": pick(a.name, lang),
            "authority_address": a.address,
            "authority_url": a.url,
        }
    )


def build_letter_data(
    ctx: Context,
    reference: str,
    kind: str,
    lang: str,
    *,
    free_text: str = "",
    data_copy: L.DataCopy | None = None,
    actions: tuple[str, ...] = (),
    late_reason: str = "",
    copy_separately: bool = False,
) -> L.LetterData:
    """Everything the letter of ``kind`` needs, read in one transaction (a preview).

    Raises:
        UserError: the kind does not exist under the case's law, or is not true for the
            case now (``domain.letter_rules``), with one line saying why.
    """
    with ctx.db.read() as session:
        return letter_data_in(
            session,
            ctx,
            reference,
            kind,
            lang,
            free_text=free_text,
            data_copy=data_copy,
            actions=actions,
            late_reason=late_reason,
            copy_separately=copy_separately,
        )


def letter_data_in(
    session: Session,
    ctx: Context,
    reference: str,
    kind: str,
    lang: str,
    *,
    free_text: str = "",
    data_copy: L.DataCopy | None = None,
    actions: tuple[str, ...] = (),
    late_reason: str = "",
    copy_separately: bool = False,
) -> L.LetterData:
    """``build_letter_data`` in the caller's session (never commits): ``generate`` reads
    the letter's data in the transaction that keeps the letter."""
    if kind not in KINDS:
        raise UserError(
            "unknown letter kind {kind!r}; use one of: {kinds}", kind=kind, kinds=", ".join(KINDS)
        )
    if lang not in ("fr", "en"):
        raise UserError("letter language: use fr or en")
    org = _organisation(profile_in(session), lang)
    case = load_case(session, reference)
    try:
        check_letter(kind, letter_facts(case, ctx.today()), late_reason)
    except LetterRefused as exc:
        raise UserError.carrying(exc) from None
    org = _authority(org, case.jurisdiction, lang)
    info = _case_info(case, kind, lang, ctx.today(), actions)
    acts = active_activities(session, order_by=ProcessingActivity.id)
    scope: set[tuple[str, int]] | None = None
    if kind == "access-reply":
        acts, scope = scoped_activities(session, case, acts)
    recipients: dict[int, Recipient] = {}
    for act in acts:
        for rec in act.recipients:
            if scope is None or ("recipient", rec.id) in scope:
                recipients.setdefault(rec.id, rec)
    if kind == "safeguards":
        recs = [
            r
            for r in session.scalars(select(Recipient).options(selectinload(Recipient.transfers)))
            if r.transfers
        ]
    elif kind == "confirmation":
        # GDPR Art. 19: only the recipients the DPO recorded as told for this case.
        told = [n.recipient_id for n in notices_of(session, case) if n.recipient_id]
        recs = list(
            session.scalars(
                select(Recipient).where(Recipient.id.in_(told)).order_by(Recipient.name)
            )
        )
    else:
        recs = list(recipients.values())
    subject = case.subject
    # The details of the case (given at intake), not whatever the person has now.
    addressee = L.Recipient(
        subject.full_name,
        text_lines(case.contact_address or subject.postal_address),
        case.contact_email or subject.email,
    )
    directive = heirs = None
    if kind in ("directive-ack", "heirs-reply"):
        directive, heirs, addressee = _post_mortem(session, case, kind, addressee, lang)
    copy = None
    if kind == "access-reply" and data_copy is None:
        if not copy_separately:
            copy_cite = regime_for(case.jurisdiction).cite.get("copy", ("", ""))
            raise UserError(
                "an access reply includes the copy of the data ({cite}): give "
                "the data file extracted from your systems, or say that the copy is "
                "sent separately",
                cite=Both(*copy_cite),
            )
        copy = L.DataCopy(follows_separately=True)
    elif kind == "access-reply":
        sections = [subject_section(case, lang)]
        if data_copy:
            sections.extend(data_copy.sections)
        copy = L.DataCopy(tuple(sections), data_copy.note if data_copy else "")
    return L.LetterData(
        kind=kind,
        lang=lang,
        date=ctx.today(),
        organisation=org,
        addressee=addressee,
        case=info,
        activities=activity_entries(acts, lang, scope) if kind == "access-reply" else (),
        recipients=recipient_entries(recs, lang, org.dpo_email, scope)
        if kind in ("access-reply", "safeguards", "confirmation")
        else (),
        directive=directive,
        heirs=heirs,
        data_copy=copy,
        free_text=free_text,
        regime=regime_for(case.jurisdiction).key,
    )


_EVIDENCE = {
    "death-certificate": ("death certificate", "acte de décès"),
    "capacity-proof": ("proof of your capacity", "justificatif de votre qualité"),
}


def _evidence(case: Case, fr: bool) -> tuple[str, ...]:
    """The evidence actually received for this case, as the heirs' letter names it."""
    kinds = {d.kind for d in case.documents}
    return tuple(label_in(_EVIDENCE, k, fr) for k in _EVIDENCE if k in kinds)


def _post_mortem(
    session: Session, case: Case, kind: str, addressee: L.Recipient, lang: str
) -> tuple[L.DirectiveInfo | None, L.HeirsInfo | None, L.Recipient]:
    directive_row = session.scalars(
        select(PostMortemDirective)
        .where(
            PostMortemDirective.subject_id == case.subject_id,
            PostMortemDirective.revoked_on.is_(None),
        )
        .order_by(PostMortemDirective.id.desc())
    ).first()
    if directive_row is None:
        directive_row = session.scalars(
            select(PostMortemDirective).where(
                PostMortemDirective.name_key == fold(case.subject.full_name),
                PostMortemDirective.revoked_on.is_(None),
            )
        ).first()
    directive = None
    if directive_row is not None:
        directive = L.DirectiveInfo(
            person_name=directive_row.person_name,
            registered_on=directive_row.registered_on,
            content=text_lines(directive_row.instructions) + text_lines(directive_row.scope),
            executor_name=directive_row.designated_person,
            executor_contact=directive_row.designated_contact,
        )
    if kind == "directive-ack":
        if directive is None:
            raise UserError(
                "{reference}: no post-mortem directive is registered for {full_name}",
                reference=case.reference,
                full_name=case.subject.full_name,
            )
        return directive, None, addressee
    note = session.scalars(
        select(DeathNotification).where(DeathNotification.case_id == case.id)
    ).first()
    if note is None:
        raise UserError(
            "{reference}: no death notification is linked to this case", reference=case.reference
        )
    fr = lang == "fr"
    actions = []
    for a in note.actions or []:
        label = label_in(ACTION_KINDS, str(a.get("action", "")), fr)
        actions.append(label + (f" — {a['detail']}" if a.get("detail") else ""))
    heirs = L.HeirsInfo(
        deceased_name=note.deceased_name,
        death_date=note.death_date,
        notifier_name=note.notifier_name,
        notifier_capacity=label_in(NOTIFIER_CAPACITIES, note.notifier_capacity, fr).lower(),
        directive_found=bool(note.directive_ids),
        directive_content=directive.content if directive and note.directive_ids else (),
        actions_executed=tuple(actions),
        evidence_received=_evidence(case, fr),
    )
    to = L.Recipient(note.notifier_name, text_lines(note.notifier_contact), "")
    return directive, heirs, to
