"""The record of processing activities (GDPR Art. 30(1)) and what replies draw from it:
the Art. 15 description of each processing, and what an erasure request leaves kept."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain import retention
from dpo_desk.domain.registers import EEA, LEGAL_BASES, RECIPIENT_CATEGORIES
from dpo_desk.domain.text import fold
from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import audit
from dpo_desk.services.cases import load_case
from dpo_desk.services.context import Context
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers import csvio
from dpo_desk.services.registers.dto import (
    AccessActivity,
    AccessRecipient,
    ActivityView,
    ErasureAssessment,
    ErasureItem,
    ImportReport,
)
from dpo_desk.services.registers.recipients import transfer_view
from dpo_desk.store.models import ProcessingActivity, Recipient


@dataclass
class NewActivity:
    """What ``register add`` or the register form collects."""

    name: str
    purposes: str
    legal_basis: str
    data_categories: list[str] = field(default_factory=list)
    subject_categories: list[str] = field(default_factory=list)
    sources: str = ""
    retention: str = ""
    #: e.g. {"from": "last-contact", "years": 3}; see domain/retention.py.
    retention_rule: dict[str, Any] | None = None
    recipients: list[str] = field(default_factory=list)
    automated_decision: str = ""
    active: bool = True


FIELDS = (
    "name",
    "purposes",
    "legal_basis",
    "data_categories",
    "subject_categories",
    "sources",
    "retention",
    "retention_rule",
    "automated_decision",
    "active",
)


def check_activity(new: NewActivity) -> tuple[dict[str, Any], list[str]]:
    """Validated column values and the recipient names; raises UserError."""
    try:
        rule = retention.parse_rule(new.retention_rule)
    except retention.RetentionError as exc:
        raise UserError(str(exc)) from None
    if not isinstance(new.active, bool):
        raise UserError("active: expected yes or no")
    values = {
        "name": v.name(new.name),
        "purposes": v.text(new.purposes, "purposes", required=True),
        "legal_basis": v.word(new.legal_basis, "legal basis", LEGAL_BASES),
        "data_categories": v.items(new.data_categories, "data categories"),
        "subject_categories": v.items(new.subject_categories, "subject categories"),
        "sources": v.text(new.sources, "sources"),
        "retention": v.text(new.retention, "retention"),
        "retention_rule": rule.to_dict() if rule else {},
        "automated_decision": v.text(new.automated_decision, "automated decision"),
        "active": new.active,
    }
    return values, v.items(new.recipients, "recipients")


def _rule_text(rule: dict[str, Any]) -> str:
    try:
        parsed = retention.parse_rule(rule)
    except retention.RetentionError:
        return ""
    return retention.describe(parsed) if parsed else ""


def activity_view(a: ProcessingActivity) -> ActivityView:
    label, _fr, source = LEGAL_BASES.get(a.legal_basis, (a.legal_basis, "", ""))
    return ActivityView(
        id=a.id,
        name=a.name,
        purposes=a.purposes,
        legal_basis=a.legal_basis,
        legal_basis_label=label,
        legal_basis_source=source,
        data_categories=tuple(a.data_categories or ()),
        subject_categories=tuple(a.subject_categories or ()),
        sources=a.sources,
        retention=a.retention,
        retention_rule=dict(a.retention_rule or {}),
        retention_rule_text=_rule_text(a.retention_rule or {}),
        recipients=tuple(r.name for r in a.recipients),
        automated_decision=a.automated_decision,
        active=a.active,
    )


def _query() -> Any:
    return select(ProcessingActivity).options(
        selectinload(ProcessingActivity.recipients).selectinload(Recipient.transfers)
    )


def _find(session: Session, name: str) -> ProcessingActivity:
    wanted = (name or "").strip()
    found = session.scalars(_query().where(ProcessingActivity.name == wanted)).first()
    if found is not None:
        return found
    matches = [a for a in session.scalars(_query()) if fold(a.name) == fold(wanted)]
    if len(matches) == 1:
        return matches[0]
    raise NotFound(f"no processing activity named {name!r}")


def _recipients(session: Session, names: list[str]) -> list[Recipient]:
    found = {r.name: r for r in session.scalars(select(Recipient).where(Recipient.name.in_(names)))}
    missing = [n for n in names if n not in found]
    if missing:
        raise UserError(
            f"unknown recipient(s): {', '.join(missing)} (add them to the "
            "recipients register first)"
        )
    return [found[n] for n in names]


def _summary(values: dict[str, Any], recipients: list[str]) -> dict[str, Any]:
    return {
        "name": values["name"],
        "legal_basis": values["legal_basis"],
        "retention_rule": values["retention_rule"],
        "recipients": recipients,
        "active": values["active"],
    }


# --- CRUD -----------------------------------------------------------------------------


def add_activity(ctx: Context, new: NewActivity) -> ActivityView:
    values, names = check_activity(new)
    with ctx.db.write() as session:
        if session.scalar(
            select(ProcessingActivity.id).where(ProcessingActivity.name == values["name"])
        ):
            raise UserError(f"a processing activity named {values['name']!r} already exists")
        act = ProcessingActivity(**values, recipients=_recipients(session, names))
        session.add(act)
        session.flush()
        audit.record(
            session,
            ctx,
            "activity.create",
            "processing_activity",
            str(act.id),
            _summary(values, names),
        )
        return activity_view(act)


def _changes(act: ProcessingActivity, values: dict[str, Any], names: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, val in values.items():
        before = getattr(act, key)
        if before != val:
            # long texts: say that they changed, not what they say
            short = key in ("name", "legal_basis", "retention_rule", "active")
            out[key] = {"from": before, "to": val} if short else "changed"
    before_names = [r.name for r in act.recipients]
    if sorted(before_names) != sorted(names):
        out["recipients"] = {"from": before_names, "to": names}
    return out


def update_activity(ctx: Context, name: str, new: NewActivity) -> ActivityView:
    """Replace every field of the activity ``name`` (it may be renamed)."""
    values, names = check_activity(new)
    with ctx.db.write() as session:
        act = _find(session, name)
        if values["name"] != act.name and session.scalar(
            select(ProcessingActivity.id).where(ProcessingActivity.name == values["name"])
        ):
            raise UserError(f"a processing activity named {values['name']!r} already exists")
        changes = _changes(act, values, names)
        for key, val in values.items():
            setattr(act, key, val)
        act.recipients = _recipients(session, names)
        session.flush()
        if changes:
            audit.record(
                session, ctx, "activity.update", "processing_activity", str(act.id), changes
            )
        return activity_view(act)


def delete_activity(ctx: Context, name: str) -> None:
    """Delete an activity for good (to keep it for history, update it with active=False)."""
    with ctx.db.write() as session:
        act = _find(session, name)
        audit.record(
            session, ctx, "activity.delete", "processing_activity", str(act.id), {"name": act.name}
        )
        session.delete(act)


def get_activity(ctx: Context, name: str) -> ActivityView:
    with ctx.db.read() as session:
        return activity_view(_find(session, name))


def list_activities(ctx: Context, include_inactive: bool = True) -> list[ActivityView]:
    with ctx.db.read() as session:
        stmt = _query().order_by(ProcessingActivity.name)
        if not include_inactive:
            stmt = stmt.where(ProcessingActivity.active.is_(True))
        return [activity_view(a) for a in session.scalars(stmt)]


# --- replies --------------------------------------------------------------------------


def for_access_reply(ctx: Context) -> list[AccessActivity]:
    """What an access reply says of each active processing: (a) purposes, (b) categories,
    (c) recipients, third-country ones with their transfers and safeguards (Art. 15(2)),
    (d) retention, (g) source, (h) automated decisions."""
    today = ctx.today()
    with ctx.db.read() as session:
        out = []
        for a in session.scalars(
            _query().where(ProcessingActivity.active.is_(True)).order_by(ProcessingActivity.name)
        ):
            recipients = tuple(
                AccessRecipient(
                    name=r.name,
                    category=r.category,
                    category_label=RECIPIENT_CATEGORIES.get(r.category, (r.category, ""))[0],
                    country=r.country,
                    third_country=r.country not in EEA,
                    transfers=tuple(transfer_view(t, today) for t in r.transfers),
                )
                for r in a.recipients
            )
            out.append(
                AccessActivity(
                    name=a.name,
                    purposes=a.purposes,
                    legal_basis=a.legal_basis,
                    legal_basis_label=LEGAL_BASES.get(a.legal_basis, (a.legal_basis,))[0],
                    data_categories=tuple(a.data_categories or ()),
                    recipients=recipients,
                    retention=a.retention,
                    retention_rule_text=_rule_text(a.retention_rule or {}),
                    source=a.sources,
                    automated_decision=a.automated_decision or None,
                )
            )
        return out


ERASURE_NOTE = (
    "Simplification: retention periods are counted from the case's date of receipt "
    "({date}), taken as the date of the event each rule runs from (last contact, order, "
    "last payment...); the real date is in the business systems and, if earlier, the data "
    "may be kept for less time, never longer. Periods running from an event still ahead "
    "(card expiry, end of contract) get no date. Every active processing of the register "
    "is listed; strike those that do not concern the person."
)


def _assess(a: ProcessingActivity, received: Any) -> ErasureItem:
    try:
        rule = retention.parse_rule(a.retention_rule or {})
    except retention.RetentionError:
        rule = None
    text = retention.describe(rule) if rule else ""
    forward = rule is not None and rule.event in retention.FORWARD_EVENTS
    until = retention.keep_until(rule, received) if rule and not forward else None
    basis = a.legal_basis
    source = LEGAL_BASES.get(basis, (basis, "", ""))[2]
    if basis == "consent":
        decision, keep, reason = (
            "erase",
            None,
            (
                f"based on consent ({source}): once consent is withdrawn nothing is kept on this "
                "basis (GDPR Art. 17(1)(b))"
            ),
        )
    elif until is not None and until.archive_until is not None:
        decision, keep, reason = (
            "archive",
            until.final,
            (
                f"erase from the active base (it ran until {until.active_until.isoformat()} at "
                "most); keep in intermediate archive, with restricted access, for legal, "
                "accounting and tax obligations and legal claims (GDPR Art. 17(3)(b), (e)), "
                f"until {until.final.isoformat()}: {text}"
            ),
        )
    elif basis == "legal-obligation":
        decision, keep = "keep", until.final if until else None
        reason = f"legal obligation ({source}): erasure does not apply (GDPR Art. 17(3)(b))" + (
            f"; keep until {until.final.isoformat()}: {text}"
            if until
            else f"; keep {text} (that date is in the business systems)"
            if forward
            else "; no machine retention rule, see the retention text"
        )
    elif forward:
        decision, keep, reason = (
            "review",
            None,
            f"{basis} ({source}): kept only while necessary for its purpose (GDPR Art. "
            f"17(1)(a)), at most {text}; that date is in the business systems",
        )
    elif until is None:
        decision, keep, reason = (
            "review",
            None,
            f"{basis} ({source}): no machine retention rule; decide from the retention text",
        )
    elif basis == "legitimate-interest":
        decision, keep, reason = (
            "review",
            until.final,
            (
                f"legitimate interest ({source}): erase unless compelling legitimate grounds "
                "override the person's interests (GDPR Art. 17(1)(c), 21(1)); otherwise kept "
                f"at most until {until.final.isoformat()}: {text}"
            ),
        )
    else:
        decision, keep, reason = (
            "review",
            until.final,
            (
                f"{basis} ({source}): kept only while necessary for its purpose (GDPR Art. "
                f"17(1)(a)), at most until {until.final.isoformat()}: {text}"
            ),
        )
    return ErasureItem(
        activity=a.name,
        legal_basis=basis,
        decision=decision,
        reason=reason,
        keep_until=keep,
        retention=a.retention,
        retention_rule_text=text,
    )


def erasure_assessment(ctx: Context, case_ref: str) -> ErasureAssessment:
    """What must be kept after an erasure request, why and until when (see ERASURE_NOTE)."""
    with ctx.db.read() as session:
        case = load_case(session, case_ref)
        received = case.received_on
        items = tuple(
            _assess(a, received)
            for a in session.scalars(
                _query()
                .where(ProcessingActivity.active.is_(True))
                .order_by(ProcessingActivity.name)
            )
        )
        return ErasureAssessment(
            case_reference=case.reference,
            reference_date=received,
            items=items,
            note=ERASURE_NOTE.format(date=received),
        )


# --- import / export ------------------------------------------------------------------

CSV_COLUMNS = (
    "name",
    "purposes",
    "legal_basis",
    "data_categories",
    "subject_categories",
    "sources",
    "retention",
    "retention_rule",
    "recipients",
    "automated_decision",
    "active",
)
_YES = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}


def _entry(a: ProcessingActivity) -> dict[str, Any]:
    return {
        "name": a.name,
        "purposes": a.purposes,
        "legal_basis": a.legal_basis,
        "data_categories": list(a.data_categories or []),
        "subject_categories": list(a.subject_categories or []),
        "sources": a.sources,
        "retention": a.retention,
        "retention_rule": dict(a.retention_rule or {}),
        "recipients": [r.name for r in a.recipients],
        "automated_decision": a.automated_decision,
        "active": a.active,
    }


def export_activities(ctx: Context, path: Path, fmt: str | None = None) -> int:
    """Write the whole register to ``path`` (CSV for Excel, or JSON); returns the count."""
    kind = csvio.pick_format(path, fmt)
    with ctx.db.write() as session:
        entries = [_entry(a) for a in session.scalars(_query().order_by(ProcessingActivity.name))]
        if kind == "csv":
            csvio.write_csv(
                path,
                CSV_COLUMNS,
                [
                    [
                        e["name"],
                        e["purposes"],
                        e["legal_basis"],
                        csvio.join_list(e["data_categories"]),
                        csvio.join_list(e["subject_categories"]),
                        e["sources"],
                        e["retention"],
                        json.dumps(e["retention_rule"], ensure_ascii=False)
                        if e["retention_rule"]
                        else "",
                        csvio.join_list(e["recipients"]),
                        e["automated_decision"],
                        "yes" if e["active"] else "no",
                    ]
                    for e in entries
                ],
            )
        else:
            csvio.write_json(path, "activities", entries)
        audit.record(
            session,
            ctx,
            "register.export",
            "processing_activity",
            path.name,
            {"format": kind, "count": len(entries)},
        )
        return len(entries)


def _from_csv_row(row: dict[str, str]) -> NewActivity:
    rule_cell = row["retention_rule"].strip()
    try:
        rule = json.loads(rule_cell) if rule_cell else None
    except json.JSONDecodeError:
        raise UserError(
            'retention_rule: not JSON, expected e.g. {"from": "last-contact", "years": 3}'
        ) from None
    active = _YES.get(row["active"].strip().lower())
    if active is None:
        raise UserError(f"active: {row['active']!r}, expected yes or no")
    return NewActivity(
        name=row["name"],
        purposes=row["purposes"],
        legal_basis=row["legal_basis"],
        data_categories=csvio.split_list(row["data_categories"]),
        subject_categories=csvio.split_list(row["subject_categories"]),
        sources=row["sources"],
        retention=row["retention"],
        retention_rule=rule,
        recipients=csvio.split_list(row["recipients"]),
        automated_decision=row["automated_decision"],
        active=active,
    )


def _from_json(entry: dict[str, Any]) -> NewActivity:
    unknown = set(entry) - set(CSV_COLUMNS)
    if unknown:
        raise UserError(f"unknown field(s): {', '.join(sorted(unknown))}")
    for key in ("data_categories", "subject_categories", "recipients"):
        if not isinstance(entry.get(key, []), list):
            raise UserError(f"{key}: expected a list")
    for key in ("name", "purposes", "legal_basis", "sources", "retention", "automated_decision"):
        if not isinstance(entry.get(key) or "", str):
            raise UserError(f"{key}: expected text")
    return NewActivity(
        name=entry.get("name") or "",
        purposes=entry.get("purposes") or "",
        legal_basis=entry.get("legal_basis") or "",
        data_categories=entry.get("data_categories") or [],
        subject_categories=entry.get("subject_categories") or [],
        sources=entry.get("sources") or "",
        retention=entry.get("retention") or "",
        retention_rule=entry.get("retention_rule") or None,
        recipients=entry.get("recipients") or [],
        automated_decision=entry.get("automated_decision") or "",
        active=entry.get("active", True),
    )


def import_activities(ctx: Context, path: Path, fmt: str | None = None) -> ImportReport:
    """Create or update activities (matched by name) from a file, all or nothing.
    Recipients are named, and must already be in the recipients register."""
    kind = csvio.pick_format(path, fmt)
    parsed: list[tuple[str, dict[str, Any], list[str]]] = []
    seen: dict[str, str] = {}
    if kind == "csv":
        raw = [(f"line {n}", row) for n, row in csvio.read_csv(path, CSV_COLUMNS)]
    else:
        raw = [
            (f"entry {i}", e)
            for i, e in enumerate(csvio.json_entries(path, csvio.read_json(path), "activities"), 1)
        ]
    for where, row in raw:
        try:
            new = _from_csv_row(row) if kind == "csv" else _from_json(row)
            values, names = check_activity(new)
        except UserError as exc:
            raise csvio.ImportRefused(path.name, where, str(exc)) from None
        if values["name"] in seen:
            raise csvio.ImportRefused(
                path.name,
                where,
                f"activity {values['name']!r} is already on {seen[values['name']]}",
            )
        seen[values["name"]] = where
        parsed.append((where, values, names))
    created = updated = unchanged = 0
    with ctx.db.write() as session:
        for where, values, names in parsed:
            try:
                recipients = _recipients(session, names)
            except UserError as exc:
                raise csvio.ImportRefused(path.name, where, str(exc)) from None
            act = session.scalars(_query().where(ProcessingActivity.name == values["name"])).first()
            if act is None:
                act = ProcessingActivity(**values, recipients=recipients)
                session.add(act)
                session.flush()
                audit.record(
                    session,
                    ctx,
                    "activity.create",
                    "processing_activity",
                    str(act.id),
                    {**_summary(values, names), "import": path.name},
                )
                created += 1
                continue
            changes = _changes(act, values, names)
            if not changes:
                unchanged += 1
                continue
            for key, val in values.items():
                setattr(act, key, val)
            act.recipients = recipients
            session.flush()
            audit.record(
                session,
                ctx,
                "activity.update",
                "processing_activity",
                str(act.id),
                {**changes, "import": path.name},
            )
            updated += 1
        audit.record(
            session,
            ctx,
            "register.import",
            "processing_activity",
            path.name,
            {"format": kind, "created": created, "updated": updated, "unchanged": unchanged},
        )
    return ImportReport("activities", created, updated, unchanged)
