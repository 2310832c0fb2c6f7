"""Particular post-mortem directives (Loi 78-17 art. 85 I): registered with us, with the
person's specific consent, revocable at any time, kept for history once revoked but
never executed."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dpo_desk.domain.registers import DIRECTIVE_ACTIONS
from dpo_desk.domain.text import NAME_MAX, fold
from dpo_desk.errors import NotFound, Term, UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers import csvio
from dpo_desk.services.registers._io_audit import ImportTally, record_export
from dpo_desk.services.registers.dto import DirectiveView, ImportReport
from dpo_desk.store.models import DataSubject, PostMortemDirective

CONSENT_REQUIRED = (
    "consent evidence: required. A particular directive needs the person's specific "
    "consent, not mere acceptance of terms (Loi 78-17 art. 85 I): say how it was given "
    "(e.g. signed form received on ..., dedicated online form with its own box)"
)


@dataclass
class NewDirective:
    person_name: str
    action: str
    consent_evidence: str
    registered_on: date | None = None
    person_email: str = ""
    person_birth_date: date | None = None
    scope: str = ""
    instructions: str = ""
    designated_person: str = ""
    designated_contact: str = ""


def check_directive(new: NewDirective, today: date) -> dict[str, Any]:
    person = v.text(new.person_name, "person", max_len=NAME_MAX, required=True, multiline=False)
    action = v.word(new.action, "action", DIRECTIVE_ACTIONS)
    evidence = v.text(new.consent_evidence, "consent evidence")
    if not evidence:
        raise UserError(CONSENT_REQUIRED)
    registered = v.iso_date(new.registered_on, "registered on") or today
    v.not_future(registered, "registered on", today)
    birth = v.iso_date(new.person_birth_date, "birth date")
    v.not_future(birth, "birth date", today)
    if birth and birth > registered:
        raise UserError("birth date: after the date the directive was registered")
    designated = v.text(
        new.designated_person, "designated person", max_len=NAME_MAX, multiline=False
    )
    if action == "communicate" and not designated:
        raise UserError("designated person: required to communicate the data (to whom?)")
    return {
        "person_name": person,
        "name_key": fold(person),
        "person_email": v.email(new.person_email),
        "person_birth_date": birth,
        "registered_on": registered,
        "action": action,
        "scope": v.text(new.scope, "scope"),
        "instructions": v.text(new.instructions, "instructions"),
        "designated_person": designated,
        "designated_contact": v.text(new.designated_contact, "designated contact"),
        "consent_evidence": evidence,
    }


def directive_view(d: PostMortemDirective) -> DirectiveView:
    return DirectiveView(
        id=d.id,
        person_name=d.person_name,
        person_email=d.person_email,
        person_birth_date=d.person_birth_date,
        registered_on=d.registered_on,
        action=d.action,
        action_label=DIRECTIVE_ACTIONS.get(d.action, (d.action, ""))[0],
        scope=d.scope,
        instructions=d.instructions,
        designated_person=d.designated_person,
        designated_contact=d.designated_contact,
        consent_evidence=d.consent_evidence,
        subject_id=d.subject_id,
        revoked_on=d.revoked_on,
        revocation_note=d.revocation_note,
    )


def match_subject(session: Session, name: str, email: str = "") -> DataSubject | None:
    """The data subject with this e-mail, else the only one with this folded name."""
    if email.strip():
        by_email = list(
            session.scalars(
                select(DataSubject)
                .where(func.lower(DataSubject.email) == email.strip().lower())
                .order_by(DataSubject.id)
            )
        )
        if len(by_email) == 1:
            return by_email[0]
        if by_email:
            named = [s for s in by_email if s.name_key == fold(name)]
            return named[0] if len(named) == 1 else None
    by_name = list(session.scalars(select(DataSubject).where(DataSubject.name_key == fold(name))))
    return by_name[0] if len(by_name) == 1 else None


def matching(
    session: Session,
    name: str,
    email: str = "",
    birth_date: date | None = None,
    subject_id: int | None = None,
) -> list[PostMortemDirective]:
    """Directives whose folded name or e-mail matches (or linked to ``subject_id``); a
    different recorded birth date rules a name match out."""
    conditions = [PostMortemDirective.name_key == fold(name)]
    if email.strip():
        conditions.append(func.lower(PostMortemDirective.person_email) == email.strip().lower())
    if subject_id is not None:
        conditions.append(PostMortemDirective.subject_id == subject_id)
    rows = session.scalars(
        select(PostMortemDirective)
        .where(or_(*conditions))
        .order_by(PostMortemDirective.registered_on, PostMortemDirective.id)
    )
    return [
        d
        for d in rows
        if birth_date is None or d.person_birth_date is None or d.person_birth_date == birth_date
    ]


# --- use cases ------------------------------------------------------------------------


def _insert(session: Session, values: dict[str, Any]) -> PostMortemDirective:
    """Add a checked directive, linked to a known data subject when the e-mail or the
    name matches."""
    subject = match_subject(session, values["person_name"], values["person_email"])
    directive = PostMortemDirective(**values, subject_id=subject.id if subject else None)
    session.add(directive)
    session.flush()
    return directive


def add_directive(ctx: Context, new: NewDirective) -> DirectiveView:
    """Register a particular directive; linked to a known data subject when the e-mail
    or the name matches."""
    values = check_directive(new, ctx.today())
    with ctx.db.write() as session:
        directive = _insert(session, values)
        audit.record(
            session,
            ctx,
            "directive.create",
            "post_mortem_directive",
            str(directive.id),
            {
                "action": directive.action,
                "registered_on": directive.registered_on,
                "subject": directive.subject_id,
            },
        )
        return directive_view(directive)


def _get(session: Session, directive_id: int) -> PostMortemDirective:
    directive = session.get(PostMortemDirective, directive_id)
    if directive is None:
        raise NotFound("no post-mortem directive with id {directive_id}", directive_id=directive_id)
    return directive


def revoke_directive(
    ctx: Context, directive_id: int, on: date | None = None, note: str = ""
) -> DirectiveView:
    """Revoke a directive (Loi 78-17 art. 85 I: revocable at any time). It is kept for
    history and never executed."""
    today = ctx.today()
    revoked = on or today
    v.not_future(revoked, "revoked on", today)
    text = v.text(note, "note")
    with ctx.db.write() as session:
        directive = _get(session, directive_id)
        if directive.revoked_on is not None:
            raise UserError(
                "directive {directive_id} was already revoked on {value}",
                directive_id=directive_id,
                value=directive.revoked_on.isoformat(),
            )
        if revoked < directive.registered_on:
            raise UserError(
                "revoked on: {revoked} is before the directive was registered ({registered_on})",
                revoked=revoked,
                registered_on=directive.registered_on,
            )
        directive.revoked_on = revoked
        directive.revocation_note = text
        audit.record(
            session,
            ctx,
            "directive.revoke",
            "post_mortem_directive",
            str(directive.id),
            {"revoked_on": revoked},
        )
        return directive_view(directive)


def get_directive(ctx: Context, directive_id: int) -> DirectiveView:
    with ctx.db.read() as session:
        return directive_view(_get(session, directive_id))


def list_directives(ctx: Context, include_revoked: bool = True) -> list[DirectiveView]:
    with ctx.db.read() as session:
        stmt = select(PostMortemDirective).order_by(
            PostMortemDirective.name_key, PostMortemDirective.id
        )
        if not include_revoked:
            stmt = stmt.where(PostMortemDirective.revoked_on.is_(None))
        return [directive_view(d) for d in session.scalars(stmt)]


def find_directives(
    ctx: Context, name: str, email: str | None = None, birth_date: date | None = None
) -> list[DirectiveView]:
    """Directives of a person, found by name ("LEFEVRE" finds "Lefèvre") or e-mail;
    revoked ones included (see ``DirectiveView.active``)."""
    if not (name or "").strip() and not (email or "").strip():
        raise UserError("give a name or an e-mail to search for")
    with ctx.db.read() as session:
        return [directive_view(d) for d in matching(session, name or "", email or "", birth_date)]


# --- import / export ------------------------------------------------------------------

CSV_COLUMNS = (
    "person_name",
    "person_email",
    "person_birth_date",
    "registered_on",
    "action",
    "scope",
    "instructions",
    "designated_person",
    "designated_contact",
    "consent_evidence",
    "revoked_on",
    "revocation_note",
)
_DATES = ("person_birth_date", "registered_on", "revoked_on")


def _entry(d: PostMortemDirective) -> dict[str, Any]:
    return {
        c: (getattr(d, c).isoformat() if getattr(d, c) else None) if c in _DATES else getattr(d, c)
        for c in CSV_COLUMNS
    }


def export_directives(ctx: Context, path: Path, fmt: str | None = None) -> int:
    kind = csvio.pick_format(path, fmt)
    with ctx.db.write() as session:
        entries = [
            _entry(d)
            for d in session.scalars(select(PostMortemDirective).order_by(PostMortemDirective.id))
        ]
        if kind == "csv":
            csvio.write_csv(path, CSV_COLUMNS, [[e[c] or "" for c in CSV_COLUMNS] for e in entries])
        else:
            csvio.write_json(path, "directives", entries)
        return record_export(session, ctx, "post_mortem_directive", path, kind, len(entries))


def _parse(entry: dict[str, Any], today: date) -> dict[str, Any]:
    unknown = set(entry) - set(CSV_COLUMNS)
    if unknown:
        raise UserError("unknown field(s): {unknown}", unknown=", ".join(sorted(unknown)))
    for key, value in entry.items():
        if value is not None and not isinstance(value, str):
            raise UserError("{key}: expected text", key=Term(key))
    values = check_directive(
        NewDirective(
            person_name=entry.get("person_name") or "",
            action=entry.get("action") or "",
            consent_evidence=entry.get("consent_evidence") or "",
            registered_on=v.iso_date(entry.get("registered_on"), "registered_on"),
            person_email=entry.get("person_email") or "",
            person_birth_date=v.iso_date(entry.get("person_birth_date"), "person_birth_date"),
            scope=entry.get("scope") or "",
            instructions=entry.get("instructions") or "",
            designated_person=entry.get("designated_person") or "",
            designated_contact=entry.get("designated_contact") or "",
        ),
        today,
    )
    if not entry.get("registered_on"):
        raise UserError("registered_on: required")
    revoked = v.iso_date(entry.get("revoked_on"), "revoked_on")
    v.not_future(revoked, "revoked_on", today)
    if revoked and revoked < values["registered_on"]:
        raise UserError("revoked_on: before registered_on")
    note = v.text(entry.get("revocation_note") or "", "revocation_note")
    if note and not revoked:
        raise UserError("revocation_note: given but revoked_on is empty")
    return {**values, "revoked_on": revoked, "revocation_note": note}


_KEY = ("name_key", "person_birth_date", "registered_on", "action", "scope")


def import_directives(
    ctx: Context,
    path: Path,
    fmt: str | None = None,
    *,
    progress: csvio.Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Create or update directives, all or nothing. A directive is the same when the
    person (folded name, birth date), the registration date, the action and the scope
    are; a revocation in the file is applied, one in the store is never undone.
    ``progress``/``cancel``: as ``import_activities``."""
    kind = csvio.pick_format(path, fmt)
    today = ctx.today()
    parsed: list[tuple[str, dict[str, Any]]] = []
    seen: dict[tuple[Any, ...], str] = {}
    for where, row in csvio.entries(path, kind, CSV_COLUMNS, "directives"):
        with csvio.refused_at(path, where):
            values = _parse(row, today)
        key = tuple(values[k] for k in _KEY)
        if key in seen:
            raise csvio.ImportRefused(
                path.name, where, "same directive as {value}", value=seen[key]
            )
        seen[key] = where
        parsed.append((where, values))
    tally = ImportTally("directives", "post_mortem_directive")
    with ctx.db.write() as session:
        for done, (where, values) in enumerate(parsed):
            csvio.step(done, len(parsed), progress, cancel)
            existing = session.scalars(
                select(PostMortemDirective).where(
                    *(
                        getattr(PostMortemDirective, k) == values[k]
                        if values[k] is not None
                        else getattr(PostMortemDirective, k).is_(None)
                        for k in _KEY
                    )
                )
            ).first()
            if existing is None:
                new = _insert(session, values)
                audit.record(
                    session,
                    ctx,
                    "directive.create",
                    "post_mortem_directive",
                    str(new.id),
                    {"action": new.action, "import": path.name, "revoked_on": new.revoked_on},
                )
                tally.created += 1
                continue
            if existing.revoked_on is not None and values["revoked_on"] is None:
                raise csvio.ImportRefused(
                    path.name,
                    where,
                    "directive {id} was revoked on {revoked_on}; a revocation cannot be undone "
                    "by an import",
                    id=existing.id,
                    revoked_on=existing.revoked_on,
                )
            changed = {k: "changed" for k, val in values.items() if getattr(existing, k) != val}
            if not changed:
                tally.unchanged += 1
                continue
            for field_name, val in values.items():
                setattr(existing, field_name, val)
            audit.record(
                session,
                ctx,
                "directive.update",
                "post_mortem_directive",
                str(existing.id),
                {**changed, "import": path.name},
            )
            tally.updated += 1
        report = tally.close(session, ctx, path, kind)
    return report
