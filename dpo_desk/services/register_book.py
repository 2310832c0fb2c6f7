"""The record of processing activities as an authority reads it (GDPR Art. 30(1)), in
the layout of the CNIL's model register ("modèle de registre", one sheet per activity:
actors, purposes, security measures, data categories, persons, recipients, transfers),
with what DPO Desk adds: owning department, legal basis, processors' contracts, the DPIA
screening (Art. 35, WP248), the reviews. One read, in English or French (each text falls
back to the other language where it is missing); printed by ``letters/register_pdf.py``
and tabulated for XLSX/ODS here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain import dpia
from dpo_desk.domain.registers import LEGAL_BASES, RECIPIENT_CATEGORIES, SAFEGUARDS
from dpo_desk.letters.register_data import (
    ActivitySheet,
    RegisterBook,
    label,
    measure_category,
    source,
)
from dpo_desk.services import organisation
from dpo_desk.services.context import Context
from dpo_desk.services.spreadsheets import Sheet
from dpo_desk.store.models import ProcessingActivity, Recipient, SecurityMeasure


def _fr(texts: dict[str, Any] | None, key: str, english: str, lang: str) -> str:
    if lang == "fr":
        return str((texts or {}).get(key) or english)
    return english or str((texts or {}).get(key) or "")


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def _activity(a: ProcessingActivity, lang: str) -> ActivitySheet:
    yes, no = label("yes", lang), label("no", lang)
    tx = a.texts_fr or {}
    data = tuple(a.data_categories or ())
    if lang == "fr" and tx.get("data_categories"):
        data = tuple(x.strip() for x in str(tx["data_categories"]).split(";") if x.strip())
    subjects = tuple(a.subject_categories or ())
    if lang == "fr" and tx.get("subject_categories"):
        subjects = tuple(x.strip() for x in str(tx["subject_categories"]).split(";") if x.strip())
    parties = {"joint-controller": [], "processor": []}  # type: dict[str, list[Any]]
    for p in a.parties or ():
        parties.setdefault(p.get("role", ""), []).append(
            (p.get("name", ""), p.get("contract_on", ""), yes if p.get("clauses_checked") else no)
        )
    recipients, transfers = [], []
    for r in a.recipients:
        cat = RECIPIENT_CATEGORIES.get(r.category, (r.category, r.category))
        rname = _fr(r.texts_fr, "name", r.name, lang)
        recipients.append((rname, cat[1] if lang == "fr" else cat[0], r.country))
        for t in r.transfers:
            safe = SAFEGUARDS.get(t.safeguard, (t.safeguard, t.safeguard, ""))
            tia = f"{_d(t.tia_on)}: {t.tia_conclusion}".strip(": ") if t.tia_on else ""
            transfers.append(
                (
                    rname,
                    t.country,
                    f"{safe[1] if lang == 'fr' else safe[0]} ({source(safe[2], lang)})",
                    _fr(t.texts_fr, "safeguard_document", t.safeguard_document, lang),
                    tia,
                )
            )
    basis = LEGAL_BASES.get(a.legal_basis, (a.legal_basis, a.legal_basis, ""))
    criteria = [c for c in a.dpia_criteria or () if c in dpia.CRITERIA]
    return ActivitySheet(
        ref=f"T-{a.id:03d}",
        name=_fr(tx, "name", a.name, lang),
        created=a.created_at.date().isoformat(),
        updated=a.updated_at.date().isoformat(),
        active=a.active,
        department=a.department or "",
        joint=tuple(parties.get("joint-controller", [])),
        purposes=_fr(tx, "purposes", a.purposes, lang),
        legal_basis=f"{basis[1] if lang == 'fr' else basis[0]} ({source(basis[2], lang)})",
        measures=tuple(
            (
                _fr(m.texts_fr, "name", m.name, lang),
                measure_category(m.category, lang),
                _fr(m.texts_fr, "description", m.description, lang),
            )
            for m in a.measures
        ),
        data=data,
        retention=_fr(tx, "retention", a.retention, lang),
        subjects=subjects,
        sources=_fr(tx, "sources", a.sources, lang),
        recipients=tuple(recipients),
        processors=tuple(parties.get("processor", [])),
        transfers=tuple(transfers),
        dpia_criteria=tuple(dpia.label(c, lang) for c in dpia.screen(criteria).criteria),
        dpia_likely=dpia.screen(criteria).likely_needed,
        dpia_done=_d(a.dpia_done_on),
        dpia_link=a.dpia_link or "",
        automated=_fr(tx, "automated_decision", a.automated_decision, lang),
        last_review=_d(a.last_review_on),
        next_review=_d(a.next_review_on),
    )


def read_book(ctx: Context, lang: str = "en") -> RegisterBook:
    """The whole register in one read transaction."""
    with ctx.db.read() as session:
        return book_in(session, ctx.today(), lang)


def book_in(session: Session, today: date, lang: str) -> RegisterBook:
    """The whole register, read in ``session`` (the inspection pack's one read)."""
    profile = organisation.profile_in(session)
    acts = session.scalars(
        select(ProcessingActivity)
        .options(
            selectinload(ProcessingActivity.recipients).selectinload(Recipient.transfers),
            selectinload(ProcessingActivity.measures),
        )
        .order_by(ProcessingActivity.id)
    ).all()
    measures = session.scalars(select(SecurityMeasure).order_by(SecurityMeasure.name)).all()
    return RegisterBook(
        lang=lang,
        controller=_controller(profile.name, profile.legal_form),
        controller_address=_address(profile.address, profile.city),
        dpo=", ".join(x for x in (profile.dpo_name, profile.dpo_email) if x),
        made_on=today,
        activities=tuple(_activity(a, lang) for a in acts),
        measures=tuple(
            (
                _fr(m.texts_fr, "name", m.name, lang),
                measure_category(m.category, lang),
                _fr(m.texts_fr, "description", m.description, lang),
            )
            for m in measures
        ),
    )


def _controller(name: str, legal_form: str) -> str:
    """The name with its legal form, unless the name already ends with it."""
    if legal_form and not name.rstrip().endswith(legal_form):
        return f"{name} {legal_form}".strip()
    return name


def _address(address: str, city: str) -> str:
    """The address, with the city only when the address does not already name it."""
    if city and city not in address:
        return f"{address}, {city}".strip(", ")
    return address


def _join(items: tuple[Any, ...], sep: str = "; ") -> str:
    return sep.join(
        " / ".join(x for x in item if x) if isinstance(item, tuple) else str(item) for item in items
    )


#: The register sheet's columns: (label key, how the cell is read from a sheet).
COLUMNS = (
    "ref",
    "activity",
    "department",
    "purposes",
    "legal_basis",
    "data",
    "retention",
    "subjects",
    "sources",
    "recipients",
    "processors",
    "joint",
    "transfers",
    "measures",
    "criteria",
    "likely",
    "done",
    "link",
    "automated",
    "last_review",
    "next_review",
    "active",
    "created",
    "updated",
)


def register_row(s: ActivitySheet, lang: str) -> list[str]:
    yes, no = label("yes", lang), label("no", lang)
    values = {
        "ref": s.ref,
        "activity": s.name,
        "department": s.department,
        "purposes": s.purposes,
        "legal_basis": s.legal_basis,
        "data": _join(s.data),
        "retention": s.retention,
        "subjects": _join(s.subjects),
        "sources": s.sources,
        "recipients": _join(s.recipients),
        "processors": _join(s.processors),
        "joint": _join(s.joint),
        "transfers": _join(s.transfers),
        "measures": _join(tuple(m[0] for m in s.measures)),
        "criteria": _join(s.dpia_criteria),
        "likely": yes if s.dpia_likely else no,
        "done": s.dpia_done,
        "link": s.dpia_link,
        "automated": s.automated,
        "last_review": s.last_review,
        "next_review": s.next_review,
        "active": yes if s.active else no,
        "created": s.created,
        "updated": s.updated,
    }
    return [values[c] for c in COLUMNS]


def book_sheets(book: RegisterBook) -> list[Sheet]:
    """The register as workbook sheets: activities, the measures list, the transfers."""
    lang = book.lang
    return [
        Sheet(
            label("title", lang)[:31],
            [label(c, lang) for c in COLUMNS],
            [register_row(s, lang) for s in book.activities],
        ),
        Sheet(
            label("measures", lang).split(" (")[0],
            [label(k, lang) for k in ("name", "category", "description")],
            [list(m) for m in book.measures],
        ),
        Sheet(
            label("transfers", lang),
            [
                label(k, lang)
                for k in ("activity", "recipient", "country", "safeguard", "document", "tia")
            ],
            [[s.name, *t] for s in book.activities for t in s.transfers],
        ),
    ]
