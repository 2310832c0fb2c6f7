"""What the register needs beyond the first forms (GDPR Art. 30(1), the CNIL model
register): the company's list of security measures (Art. 32) and, for each activity, the
measures applied, joint controllers and processors with their contracts (Art. 26, 28),
the owning department, the DPIA screening (Art. 35, WP248), review dates; and for each
transfer its transfer impact assessment (CJEU C-311/18; EDPB Recommendations 01/2020).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.domain import dpia
from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers.dto import MeasureView, TransferView
from dpo_desk.services.registers.recipient_rules import check_tia, transfer_view
from dpo_desk.store.models import SecurityMeasure, Transfer

#: Art. 26 joint controllers, Art. 28 processors.
PARTY_ROLES: dict[str, tuple[str, str, str]] = {
    "joint-controller": ("Joint controller", "Responsable conjoint", "GDPR Art. 26"),
    "processor": ("Processor", "Sous-traitant", "GDPR Art. 28"),
}


@dataclass
class Party:
    """A joint controller or a processor of an activity, and its contract."""

    role: str
    name: str
    #: a date, or its ISO text as typed (checked here)
    contract_on: date | str | None = None
    #: The contract was checked to hold the Art. 28(3) clauses (processors) or the
    #: Art. 26(1) arrangement (joint controllers).
    clauses_checked: bool = False


@dataclass
class ActivityDetails:
    """The register fields beyond the first form; ``None`` in ``NewActivity``: untouched."""

    department: str = ""
    parties: list[Party] = field(default_factory=list)
    dpia_criteria: list[str] = field(default_factory=list)
    #: dates, or their ISO text as typed (checked by ``check_details``)
    dpia_done_on: date | str | None = None
    dpia_link: str = ""
    last_review_on: date | str | None = None
    next_review_on: date | str | None = None
    measures: list[str] = field(default_factory=list)


@dataclass
class NewMeasure:
    name: str
    category: str = ""
    description: str = ""
    texts_fr: dict[str, str] | None = None


def check_party(p: Party) -> dict[str, Any]:
    if not isinstance(p.clauses_checked, bool):
        raise UserError("clauses checked: expected yes or no")
    contract = v.iso_date(p.contract_on, "contract date")
    return {
        "role": v.word(p.role, "party role", PARTY_ROLES),
        "name": v.name(p.name, "party name"),
        "contract_on": contract.isoformat() if contract else "",
        "clauses_checked": p.clauses_checked,
    }


def check_details(d: ActivityDetails, today: date) -> dict[str, Any]:
    """Column values (and ``measures``: names) of checked details; raises UserError."""
    try:
        screening = dpia.screen(list(d.dpia_criteria))
    except dpia.DpiaError as exc:
        raise UserError(
            "unknown DPIA screening criterion: {criteria}; use one of: {known}",
            criteria=str(exc),
            known=", ".join(dpia.CRITERIA),
        ) from None
    done = v.iso_date(d.dpia_done_on, "DPIA date")
    v.not_future(done, "DPIA date", today)
    last = v.iso_date(d.last_review_on, "last review")
    v.not_future(last, "last review", today)
    nxt = v.iso_date(d.next_review_on, "next review")
    if last and nxt and nxt <= last:
        raise UserError(
            "next review ({next}) must come after the last review ({last})",
            next=nxt.isoformat(),
            last=last.isoformat(),
        )
    parties = [check_party(p) for p in d.parties]
    seen = {(p["role"], p["name"]) for p in parties}
    if len(seen) != len(parties):
        raise UserError("a joint controller or processor is listed twice")
    return {
        "department": v.text(d.department, "department", max_len=200, multiline=False),
        "parties": parties,
        "dpia_criteria": list(screening.criteria),
        "dpia_done_on": done,
        "dpia_link": v.text(d.dpia_link, "DPIA link", max_len=500, multiline=False),
        "last_review_on": last,
        "next_review_on": nxt,
        "measures": v.items(d.measures, "security measures"),
    }


def measures_named(session: Session, names: list[str]) -> list[SecurityMeasure]:
    found = {
        m.name: m
        for m in session.scalars(select(SecurityMeasure).where(SecurityMeasure.name.in_(names)))
    }
    missing = [n for n in names if n not in found]
    if missing:
        raise UserError(
            "unknown security measure(s): {missing} (add them to the measures list first)",
            missing=", ".join(missing),
        )
    return [found[n] for n in names]


# --- the measures list ------------------------------------------------------------------


def measure_view(m: SecurityMeasure) -> MeasureView:
    return MeasureView(
        id=m.id,
        name=m.name,
        category=m.category,
        description=m.description,
        texts_fr=dict(m.texts_fr or {}),
        activities=len(m.activities),
    )


def _check_measure(new: NewMeasure) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": v.name(new.name),
        "category": v.text(new.category, "category", max_len=64, multiline=False),
        "description": v.text(new.description, "description"),
    }
    if new.texts_fr is not None:
        values["texts_fr"] = v.check_texts_fr(new.texts_fr, ("name", "description"))
    return values


def _find_measure(session: Session, name: str) -> SecurityMeasure:
    found = session.scalars(select(SecurityMeasure).where(SecurityMeasure.name == name)).first()
    if found is None:
        raise NotFound("no security measure named {name!r}", name=name)
    return found


def _unique(session: Session, name: str, other_than: int | None = None) -> None:
    same = session.scalar(select(SecurityMeasure.id).where(SecurityMeasure.name == name))
    if same is not None and same != other_than:
        raise UserError("a security measure named {name!r} already exists", name=name)


def add_measure(ctx: Context, new: NewMeasure) -> MeasureView:
    """Add a measure to the company's list (Art. 32)."""
    values = _check_measure(new)
    with ctx.db.write() as session:
        _unique(session, values["name"])
        measure = SecurityMeasure(**values)
        session.add(measure)
        session.flush()
        audit.record(
            session,
            ctx,
            "measure.create",
            "security_measure",
            str(measure.id),
            {"name": measure.name, "category": measure.category},
        )
        return measure_view(measure)


def update_measure(ctx: Context, name: str, new: NewMeasure) -> MeasureView:
    """Rewrite a measure (it may be renamed: the activities follow)."""
    values = _check_measure(new)
    with ctx.db.write() as session:
        measure = _find_measure(session, name)
        _unique(session, values["name"], measure.id)
        changed = sorted(k for k, val in values.items() if getattr(measure, k) != val)
        for key, val in values.items():
            setattr(measure, key, val)
        if changed:
            audit.record(
                session,
                ctx,
                "measure.update",
                "security_measure",
                str(measure.id),
                {"name": measure.name, "changed": changed},
            )
        return measure_view(measure)


def delete_measure(ctx: Context, name: str) -> None:
    """Remove a measure from the list; refused while an activity still relies on it."""
    with ctx.db.write() as session:
        measure = _find_measure(session, name)
        users = sorted(a.name for a in measure.activities)
        if users:
            raise UserError(
                "{name!r} is applied to {activities}: remove it there first",
                name=measure.name,
                activities=", ".join(users),
            )
        audit.record(
            session,
            ctx,
            "measure.delete",
            "security_measure",
            str(measure.id),
            {"name": measure.name},
        )
        session.delete(measure)


def list_measures(ctx: Context) -> list[MeasureView]:
    with ctx.db.read() as session:
        return [
            measure_view(m)
            for m in session.scalars(select(SecurityMeasure).order_by(SecurityMeasure.name))
        ]


# --- transfer impact assessments ---------------------------------------------------------


def set_transfer_tia(
    ctx: Context, transfer_id: int, tia_on: date | str | None, conclusion: str
) -> TransferView:
    """Record the transfer impact assessment of a transfer: its date and conclusion."""
    checked = check_tia(tia_on, conclusion, ctx.today())
    when, text = checked["tia_on"], checked["tia_conclusion"]
    with ctx.db.write() as session:
        transfer = session.get(Transfer, transfer_id)
        if transfer is None:
            raise NotFound("no transfer with id {transfer_id}", transfer_id=transfer_id)
        before = transfer.tia_on
        transfer.tia_on, transfer.tia_conclusion = when, text
        session.flush()
        audit.record(
            session,
            ctx,
            "transfer.tia",
            "transfer",
            str(transfer.id),
            {
                "from": before.isoformat() if before else None,
                "to": when.isoformat() if when else None,
            },
        )
        return transfer_view(transfer, ctx.today())
