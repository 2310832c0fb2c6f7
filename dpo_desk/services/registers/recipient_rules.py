"""What a recipient and a transfer to a third country are (GDPR Art. 30(1)(d)-(e),
Chapter V): their validation, their views and how one is found by name.

These rules are shared by the recipient and transfer use cases (``recipients``), the
file import and export (``recipients_io``), the access reply (``activity_replies``) and
the disclosures (``disclosures``); they live apart from all of them so that each can use
them without importing the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain.registers import ADEQUACY_STATUSES, EEA, RECIPIENT_CATEGORIES, SAFEGUARDS
from dpo_desk.domain.text import fold
from dpo_desk.errors import NotFound, Phrase, UserError
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers.dto import RecipientView, SafeguardDocument, TransferView
from dpo_desk.store.models import Recipient, Transfer

SCC_MODULES = ("1", "2", "3", "4")
#: An adequacy status older than this is to be checked again on the Commission's list.
ADEQUACY_RECHECK = timedelta(days=365)


@dataclass
class NewRecipient:
    name: str
    category: str
    service: str = ""
    country: str = "FR"
    #: French texts (``name``, ``service``); the plain fields hold English and each
    #: language falls back to the other in letters. None (imports): left as they are.
    texts_fr: dict[str, str] | None = None


@dataclass
class NewTransfer:
    country: str
    safeguard: str
    adequacy_status: str = "not-adequate"
    #: Dates as ``date`` or ``YYYY-MM-DD`` text (import files).
    adequacy_checked_on: date | str | None = None
    scc_module: str = ""
    safeguard_document: str = ""
    valid_from: date | str | None = None
    valid_until: date | str | None = None
    notes: str = ""
    #: French texts (``safeguard_document``, ``notes``); the plain fields hold English.
    #: None (imports): left as they are.
    texts_fr: dict[str, str] | None = None
    #: Transfer impact assessment (CJEU C-311/18; EDPB Recommendations 01/2020): its date
    #: and conclusion. ``tia_conclusion`` None (imports): both left as they are.
    tia_on: date | str | None = None
    tia_conclusion: str | None = None


# --- validation (pure) ----------------------------------------------------------------


def check_recipient(new: NewRecipient) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": v.name(new.name),
        "category": v.word(new.category, "category", RECIPIENT_CATEGORIES),
        "service": v.text(new.service, "service"),
        "country": v.country(new.country),
    }
    if new.texts_fr is not None:
        values["texts_fr"] = v.check_texts_fr(new.texts_fr, ("name", "service"))
    return values


def check_transfer(new: NewTransfer, today: date) -> dict[str, Any]:
    country = v.country(new.country)
    if country in EEA:
        raise UserError(
            "country {country}: not a third-country transfer (the EEA is not a third country, "
            "GDPR Chapter V); record the recipient only",
            country=country,
        )
    safeguard = v.word(new.safeguard, "safeguard", SAFEGUARDS)
    status = v.word(new.adequacy_status, "adequacy status", ADEQUACY_STATUSES)
    module = (new.scc_module or "").strip().lower().removeprefix("module").strip()
    if safeguard == "scc":
        if module not in SCC_MODULES:
            raise UserError(
                "scc module: standard contractual clauses need their module, "
                "1 (controller to controller), 2 (controller to processor), "
                "3 (processor to processor) or 4 (processor to controller)"
            )
    elif module:
        raise UserError(
            "scc module: only for standard contractual clauses, not {safeguard}",
            safeguard=safeguard,
        )
    if safeguard == "adequacy" and status == "not-adequate":
        raise UserError(
            "safeguard adequacy: {country} is recorded as not adequate; choose another "
            "safeguard or correct the adequacy status",
            country=country,
        )
    checked = v.iso_date(new.adequacy_checked_on, "adequacy checked on")
    v.not_future(checked, "adequacy checked on", today)
    valid_from = v.iso_date(new.valid_from, "valid from")
    valid_until = v.iso_date(new.valid_until, "valid until")
    if valid_from and valid_until and valid_until < valid_from:
        raise UserError(
            "valid until: {valid_until} is before valid from ({valid_from})",
            valid_until=valid_until,
            valid_from=valid_from,
        )
    return {
        "country": country,
        "adequacy_status": status,
        "adequacy_checked_on": checked,
        "safeguard": safeguard,
        "scc_module": module,
        "safeguard_document": v.text(
            new.safeguard_document, "safeguard document", max_len=300, multiline=False
        ),
        "valid_from": valid_from,
        "valid_until": valid_until,
        "notes": v.text(new.notes, "notes"),
        **(
            {"texts_fr": v.check_texts_fr(new.texts_fr, ("safeguard_document", "notes"))}
            if new.texts_fr is not None
            else {}
        ),
        **(
            check_tia(new.tia_on, new.tia_conclusion, today)
            if new.tia_conclusion is not None
            else {}
        ),
    }


TRANSFER_FIELDS = (
    "country",
    "adequacy_status",
    "adequacy_checked_on",
    "safeguard",
    "scc_module",
    "safeguard_document",
    "valid_from",
    "valid_until",
    "notes",
)


def check_tia(tia_on: date | str | None, conclusion: str, today: date) -> dict[str, Any]:
    """A transfer impact assessment: a past date, and a conclusion only with its date."""
    when = v.iso_date(tia_on, "TIA date")
    v.not_future(when, "TIA date", today)
    text = v.text(conclusion, "TIA conclusion")
    if when is None and text:
        raise UserError("TIA date: required with a conclusion")
    return {"tia_on": when, "tia_conclusion": text}


def transfer_values(t: Transfer) -> dict[str, Any]:
    """The stored columns of a transfer, as ``check_transfer`` returns them."""
    return {f: getattr(t, f) for f in TRANSFER_FIELDS}


# --- views ----------------------------------------------------------------------------


def transfer_warnings(t: Transfer, today: date) -> tuple[str, ...]:
    out = []
    if t.valid_until is not None and t.valid_until < today:
        out.append(Phrase("validity ended on {date}", date=t.valid_until.isoformat()))
    if t.valid_from is not None and t.valid_from > today:
        out.append(Phrase("not valid before {date}", date=t.valid_from.isoformat()))
    if t.adequacy_checked_on is None:
        out.append(Phrase("adequacy status never checked"))
    elif today - t.adequacy_checked_on > ADEQUACY_RECHECK:
        out.append(
            Phrase(
                "adequacy checked more than a year ago ({date})",
                date=t.adequacy_checked_on.isoformat(),
            )
        )
    if t.safeguard in ("scc", "bcr") and not t.safeguard_document:
        out.append(Phrase("no safeguard document recorded"))
    return tuple(out)


def transfer_view(t: Transfer, today: date) -> TransferView:
    label, _fr, source = SAFEGUARDS.get(t.safeguard, (t.safeguard, t.safeguard, ""))
    return TransferView(
        id=t.id,
        recipient=t.recipient.name,
        country=t.country,
        adequacy_status=t.adequacy_status,
        adequacy_checked_on=t.adequacy_checked_on,
        safeguard=t.safeguard,
        safeguard_label=label,
        safeguard_source=source,
        scc_module=t.scc_module,
        safeguard_document=t.safeguard_document,
        valid_from=t.valid_from,
        valid_until=t.valid_until,
        notes=t.notes,
        warnings=transfer_warnings(t, today),
        texts_fr=dict(t.texts_fr or {}),
        tia_on=t.tia_on,
        tia_conclusion=t.tia_conclusion or "",
        version=t.version,
    )


#: What a ``SafeguardDocument`` takes over from the ``TransferView`` unchanged.
_SAFEGUARD_FIELDS = (
    "recipient",
    "country",
    "safeguard",
    "safeguard_label",
    "safeguard_source",
    "scc_module",
    "valid_until",
)


def safeguard_document(view: TransferView) -> SafeguardDocument:
    """The transfer as a copy of its safeguard a person may receive: its warnings, plus
    one when there is no document to send."""
    warnings = view.warnings
    if not view.safeguard_document:
        warnings = (*warnings, Phrase("no document to send: record it first"))
    return SafeguardDocument(
        **{f: getattr(view, f) for f in _SAFEGUARD_FIELDS},
        document=view.safeguard_document,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def recipient_view(r: Recipient, today: date) -> RecipientView:
    third = r.country not in EEA
    warnings = []
    if third and not any(t.country == r.country for t in r.transfers):
        warnings.append(
            Phrase(
                "based in {country}, outside the EEA, but no transfer to {country} is recorded",
                country=r.country,
            )
        )
    return RecipientView(
        id=r.id,
        name=r.name,
        category=r.category,
        category_label=RECIPIENT_CATEGORIES.get(r.category, (r.category, ""))[0],
        service=r.service,
        country=r.country,
        third_country=third,
        transfers=tuple(transfer_view(t, today) for t in r.transfers),
        activities=tuple(sorted(a.name for a in r.activities)),
        warnings=tuple(warnings),
        texts_fr=dict(r.texts_fr or {}),
        version=r.version,
    )


# --- lookups --------------------------------------------------------------------------


def recipients_query() -> Any:
    """Recipients with their transfers and activities loaded (the views need both)."""
    return select(Recipient).options(
        selectinload(Recipient.transfers), selectinload(Recipient.activities)
    )


def find_recipient(session: Session, name: str) -> Recipient:
    """By exact name, else by a unique case- and accent-insensitive match."""
    wanted = (name or "").strip()
    found = session.scalars(recipients_query().where(Recipient.name == wanted)).first()
    if found is not None:
        return found
    key = fold(wanted)
    matches = [r for r in session.scalars(recipients_query()) if fold(r.name) == key]
    if len(matches) == 1:
        return matches[0]
    raise NotFound("no recipient named {name!r}", name=name)


def chosen_recipients(session: Session, names: Sequence[str] | None) -> list[Recipient]:
    """The recipients named (each as ``find_recipient`` finds it), or all of them by name
    when ``names`` is None."""
    if names is None:
        return list(session.scalars(recipients_query().order_by(Recipient.name)))
    return [find_recipient(session, n) for n in names]
