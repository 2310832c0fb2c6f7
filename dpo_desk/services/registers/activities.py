"""The record of processing activities (GDPR Art. 30(1)): what an activity is, its
validation and view, and the use cases that keep the register.

What replies draw from the register (``activity_replies``) and the file import and export
(``activities_io``) are apart: they are other ways to read or fill it, and share only the
rules and lookups defined here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain import dpia, retention
from dpo_desk.domain.registers import LEGAL_BASES
from dpo_desk.domain.text import fold
from dpo_desk.errors import NotFound, Phrase, UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers.activity_extra import (
    ActivityDetails,
    check_details,
    measures_named,
)
from dpo_desk.services.registers.dto import ActivityView
from dpo_desk.services.versions import check_version
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
    #: Art. 15(1)(h), CJEU C-203/22: the logic involved, its significance, its
    #: envisaged consequences (only where there is an automated decision).
    #: None (imports, ``register add``): left as they are on an update, empty on a new one.
    ad_logic: str | None = None
    ad_significance: str | None = None
    ad_consequences: str | None = None
    #: French texts of the fields in ``FR_FIELDS`` (the plain fields hold English); each
    #: language falls back to the other in letters. None: left as they are.
    texts_fr: dict[str, str] | None = None
    #: Measures, parties, department, DPIA, reviews; None (imports): left as they are.
    details: ActivityDetails | None = None


#: The texts of an activity that exist in French and English (``data_categories`` in
#: French is one text, the items separated by semicolons).
FR_FIELDS = (
    "name",
    "purposes",
    "data_categories",
    "subject_categories",
    "sources",
    "retention",
    "automated_decision",
    "ad_logic",
    "ad_significance",
    "ad_consequences",
)


check_texts_fr = v.check_texts_fr


def check_activity(new: NewActivity, today: date | None = None) -> tuple[dict[str, Any], list[str]]:
    """Validated column values and the recipient names; raises UserError.

    With ``details``, ``values["measures"]`` holds the measure names (not a column):
    ``create_activity`` and ``replace_activity`` link them."""
    try:
        rule = retention.parse_rule(new.retention_rule)
    except retention.RetentionError as exc:
        raise UserError.carrying(exc) from None
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
    # Fields an import file does not carry are left out, so an import never wipes them.
    for key, what in (
        ("ad_logic", "logic of the automated decision"),
        ("ad_significance", "significance of the automated decision"),
        ("ad_consequences", "consequences of the automated decision"),
    ):
        given = getattr(new, key)
        if given is not None:
            values[key] = v.text(given, what)
    if new.texts_fr is not None:
        values["texts_fr"] = check_texts_fr(new.texts_fr, FR_FIELDS)
    if new.details is not None:
        values.update(check_details(new.details, today or date.today()))
    return values, v.items(new.recipients, "recipients")


def parsed_rule(rule: dict[str, Any]) -> retention.RetentionRule | None:
    """A stored machine retention rule, None when there is none or it no longer parses."""
    try:
        return retention.parse_rule(rule)
    except retention.RetentionError:
        return None


def rule_text(rule: dict[str, Any]) -> str:
    """The stored rule in words ("3 years from the last contact"), "" without one."""
    parsed = parsed_rule(rule)
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
        retention_rule_text=rule_text(a.retention_rule or {}),
        recipients=tuple(r.name for r in a.recipients),
        automated_decision=a.automated_decision,
        active=a.active,
        ad_logic=a.ad_logic,
        ad_significance=a.ad_significance,
        ad_consequences=a.ad_consequences,
        texts_fr=dict(a.texts_fr or {}),
        department=a.department or "",
        parties=tuple(dict(p) for p in a.parties or ()),
        dpia_criteria=tuple(a.dpia_criteria or ()),
        dpia_likely_needed=dpia.screen(
            [c for c in a.dpia_criteria or () if c in dpia.CRITERIA]
        ).likely_needed,
        dpia_done_on=a.dpia_done_on,
        dpia_link=a.dpia_link or "",
        last_review_on=a.last_review_on,
        next_review_on=a.next_review_on,
        measures=tuple(m.name for m in a.measures),
        version=a.version,
    )


def activities_query() -> Any:
    return select(ProcessingActivity).options(
        selectinload(ProcessingActivity.recipients).selectinload(Recipient.transfers),
        selectinload(ProcessingActivity.measures),
    )


def find_activity(session: Session, name: str) -> ProcessingActivity:
    wanted = (name or "").strip()
    found = session.scalars(activities_query().where(ProcessingActivity.name == wanted)).first()
    if found is not None:
        return found
    matches = [a for a in session.scalars(activities_query()) if fold(a.name) == fold(wanted)]
    if len(matches) == 1:
        return matches[0]
    raise NotFound("no processing activity named {name!r}", name=name)


def recipients_named(session: Session, names: list[str]) -> list[Recipient]:
    found = {r.name: r for r in session.scalars(select(Recipient).where(Recipient.name.in_(names)))}
    missing = [n for n in names if n not in found]
    if missing:
        raise UserError(
            "unknown recipient(s): {missing} (add them to the recipients register first)",
            missing=", ".join(missing),
        )
    return [found[n] for n in names]


def _audit_summary(values: dict[str, Any], recipients: list[str]) -> dict[str, Any]:
    return {
        "name": values["name"],
        "legal_basis": values["legal_basis"],
        "retention_rule": values["retention_rule"],
        "recipients": recipients,
        "active": values["active"],
    }


# --- CRUD -----------------------------------------------------------------------------


def add_activity(ctx: Context, new: NewActivity) -> ActivityView:
    values, names = check_activity(new, ctx.today())
    with ctx.db.write() as session:
        if session.scalar(
            select(ProcessingActivity.id).where(ProcessingActivity.name == values["name"])
        ):
            raise UserError(
                "a processing activity named {name!r} already exists", name=values["name"]
            )
        return activity_view(
            create_activity(session, ctx, values, names, recipients_named(session, names))
        )


def create_activity(
    session: Session,
    ctx: Context,
    values: dict[str, Any],
    names: list[str],
    recipients: list[Recipient],
    note: dict[str, Any] | None = None,
) -> ProcessingActivity:
    """Add a checked activity and audit it (``note``: what the audit adds, e.g. the
    import file)."""
    columns = {k: val for k, val in values.items() if k != "measures"}
    act = ProcessingActivity(**columns, recipients=recipients)
    if "measures" in values:
        act.measures = measures_named(session, values["measures"])
    session.add(act)
    session.flush()
    audit.record(
        session,
        ctx,
        "activity.create",
        "processing_activity",
        str(act.id),
        {**_audit_summary(values, names), **(note or {})},
    )
    return act


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def activity_changes(
    act: ProcessingActivity, values: dict[str, Any], names: list[str]
) -> dict[str, Any]:
    """What giving ``act`` these values and recipients changes, for the audit trail
    (empty: nothing)."""
    out: dict[str, Any] = {}
    for key, val in values.items():
        if key == "measures":
            before_m = [m.name for m in act.measures]
            if sorted(before_m) != sorted(val):
                out["measures"] = {"from": before_m, "to": val}
            continue
        before = getattr(act, key)
        if before != val:
            # long texts: say that they changed, not what they say
            short = key in (
                "name",
                "legal_basis",
                "retention_rule",
                "active",
                "department",
                "dpia_criteria",
            )
            if isinstance(val, date) or isinstance(before, date):
                val, before = _iso(val), _iso(before)
                short = True
            out[key] = {"from": before, "to": val} if short else "changed"
    before_names = [r.name for r in act.recipients]
    if sorted(before_names) != sorted(names):
        out["recipients"] = {"from": before_names, "to": names}
    return out


def update_activity(
    ctx: Context, name: str, new: NewActivity, version: int | None = None
) -> ActivityView:
    """Replace every field of the activity ``name`` (it may be renamed); ``version``:
    the one the person loaded (``services.versions``), None for no check."""
    values, names = check_activity(new, ctx.today())
    what = Phrase("this processing activity")
    with ctx.db.write() as session:
        act = find_activity(session, name)
        check_version(ctx, session, act, version, what, "processing_activity", str(act.id))
        if values["name"] != act.name and session.scalar(
            select(ProcessingActivity.id).where(ProcessingActivity.name == values["name"])
        ):
            raise UserError(
                "a processing activity named {name!r} already exists", name=values["name"]
            )
        changes = activity_changes(act, values, names)
        if changes:
            act.updated_at = ctx.now()  # a change of links alone raises the version too
        replace_activity(session, ctx, act, values, recipients_named(session, names), changes)
        return activity_view(act)


def replace_activity(
    session: Session,
    ctx: Context,
    act: ProcessingActivity,
    values: dict[str, Any],
    recipients: list[Recipient],
    changes: dict[str, Any],
    note: dict[str, Any] | None = None,
) -> None:
    """Give ``act`` the checked ``values`` and ``recipients``; audit the ``changes``
    (``activity_changes``, computed before), if any, with ``note``."""
    for key, val in values.items():
        if key == "measures":
            act.measures = measures_named(session, val)
        else:
            setattr(act, key, val)
    act.recipients = recipients
    session.flush()
    if changes:
        audit.record(
            session,
            ctx,
            "activity.update",
            "processing_activity",
            str(act.id),
            {**changes, **(note or {})},
        )


def delete_activity(ctx: Context, name: str) -> None:
    """Delete an activity for good (to keep it for history, update it with active=False)."""
    with ctx.db.write() as session:
        act = find_activity(session, name)
        audit.record(
            session, ctx, "activity.delete", "processing_activity", str(act.id), {"name": act.name}
        )
        session.delete(act)


def get_activity(ctx: Context, name: str) -> ActivityView:
    with ctx.db.read() as session:
        return activity_view(find_activity(session, name))


def list_activities(ctx: Context, include_inactive: bool = True) -> list[ActivityView]:
    with ctx.db.read() as session:
        stmt = activities_query().order_by(ProcessingActivity.name)
        if not include_inactive:
            stmt = stmt.where(ProcessingActivity.active.is_(True))
        return [activity_view(a) for a in session.scalars(stmt)]


def set_details(ctx: Context, name: str, details: ActivityDetails) -> ActivityView:
    """Replace the register details of one activity (``register details``): department,
    measures, parties, DPIA screening, reviews; the rest of the activity is untouched."""
    values = check_details(details, ctx.today())
    with ctx.db.write() as session:
        act = find_activity(session, name)
        names = [r.name for r in act.recipients]
        changes = activity_changes(act, values, names)
        replace_activity(session, ctx, act, values, list(act.recipients), changes)
        return activity_view(act)
