"""Recipients of personal data and their transfers to third countries (GDPR Art. 30(1)(d)-(e),
Chapter V), with the safeguard documents a person may ask a copy of (Art. 15(2))."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain.registers import ADEQUACY_STATUSES, EEA, RECIPIENT_CATEGORIES, SAFEGUARDS
from dpo_desk.domain.text import fold
from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers import csvio
from dpo_desk.services.registers.dto import (
    ImportReport,
    RecipientView,
    SafeguardDocument,
    TransferView,
)
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


# --- validation (pure) ----------------------------------------------------------------


def check_recipient(new: NewRecipient) -> dict[str, Any]:
    return {
        "name": v.name(new.name),
        "category": v.word(new.category, "category", RECIPIENT_CATEGORIES),
        "service": v.text(new.service, "service"),
        "country": v.country(new.country),
    }


def check_transfer(new: NewTransfer, today: date) -> dict[str, Any]:
    country = v.country(new.country)
    if country in EEA:
        raise UserError(
            f"country {country}: not a third-country transfer (the EEA is not "
            "a third country, GDPR Chapter V); record the recipient only"
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
        raise UserError(f"scc module: only for standard contractual clauses, not {safeguard}")
    if safeguard == "adequacy" and status == "not-adequate":
        raise UserError(
            f"safeguard adequacy: {country} is recorded as not adequate; choose "
            "another safeguard or correct the adequacy status"
        )
    checked = v.iso_date(new.adequacy_checked_on, "adequacy checked on")
    v.not_future(checked, "adequacy checked on", today)
    valid_from = v.iso_date(new.valid_from, "valid from")
    valid_until = v.iso_date(new.valid_until, "valid until")
    if valid_from and valid_until and valid_until < valid_from:
        raise UserError(f"valid until: {valid_until} is before valid from ({valid_from})")
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


def _transfer_values(t: Transfer) -> dict[str, Any]:
    return {f: getattr(t, f) for f in TRANSFER_FIELDS}


# --- views ----------------------------------------------------------------------------


def transfer_warnings(t: Transfer, today: date) -> tuple[str, ...]:
    out = []
    if t.valid_until is not None and t.valid_until < today:
        out.append(f"validity ended on {t.valid_until.isoformat()}")
    if t.valid_from is not None and t.valid_from > today:
        out.append(f"not valid before {t.valid_from.isoformat()}")
    if t.adequacy_checked_on is None:
        out.append("adequacy status never checked")
    elif today - t.adequacy_checked_on > ADEQUACY_RECHECK:
        out.append(f"adequacy checked more than a year ago ({t.adequacy_checked_on.isoformat()})")
    if t.safeguard in ("scc", "bcr") and not t.safeguard_document:
        out.append("no safeguard document recorded")
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
    )


def recipient_view(r: Recipient, today: date) -> RecipientView:
    third = r.country not in EEA
    warnings = []
    if third and not any(t.country == r.country for t in r.transfers):
        warnings.append(
            f"based in {r.country}, outside the EEA, but no transfer to {r.country} is recorded"
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
    )


def _query() -> Any:
    return select(Recipient).options(
        selectinload(Recipient.transfers), selectinload(Recipient.activities)
    )


def find_recipient(session: Session, name: str) -> Recipient:
    """By exact name, else by a unique case- and accent-insensitive match."""
    wanted = (name or "").strip()
    found = session.scalars(_query().where(Recipient.name == wanted)).first()
    if found is not None:
        return found
    key = fold(wanted)
    matches = [r for r in session.scalars(_query()) if fold(r.name) == key]
    if len(matches) == 1:
        return matches[0]
    raise NotFound(f"no recipient named {name!r}")


# --- recipients -----------------------------------------------------------------------


def add_recipient(ctx: Context, new: NewRecipient) -> RecipientView:
    values = check_recipient(new)
    with ctx.db.write() as session:
        if session.scalar(select(Recipient.id).where(Recipient.name == values["name"])):
            raise UserError(f"a recipient named {values['name']!r} already exists")
        rec = Recipient(**values)
        session.add(rec)
        session.flush()
        audit.record(
            session,
            ctx,
            "recipient.create",
            "recipient",
            str(rec.id),
            {"name": rec.name, "category": rec.category, "country": rec.country},
        )
        return recipient_view(rec, ctx.today())


def update_recipient(ctx: Context, name: str, new: NewRecipient) -> RecipientView:
    """Replace a recipient's name, category, service and country."""
    values = check_recipient(new)
    with ctx.db.write() as session:
        rec = find_recipient(session, name)
        if values["name"] != rec.name and session.scalar(
            select(Recipient.id).where(Recipient.name == values["name"])
        ):
            raise UserError(f"a recipient named {values['name']!r} already exists")
        changes = {
            k: {"from": getattr(rec, k), "to": val}
            for k, val in values.items()
            if getattr(rec, k) != val
        }
        for key, val in values.items():
            setattr(rec, key, val)
        session.flush()
        if changes:
            audit.record(
                session,
                ctx,
                "recipient.update",
                "recipient",
                str(rec.id),
                {k: c if k != "service" else "changed" for k, c in changes.items()},
            )
        return recipient_view(rec, ctx.today())


def delete_recipient(ctx: Context, name: str) -> None:
    """Delete a recipient, its transfers and its links to activities. Disclosures already
    made on cases are snapshots and stay as they were."""
    with ctx.db.write() as session:
        rec = find_recipient(session, name)
        audit.record(
            session,
            ctx,
            "recipient.delete",
            "recipient",
            str(rec.id),
            {
                "name": rec.name,
                "transfers": len(rec.transfers),
                "activities": [a.name for a in rec.activities],
            },
        )
        session.delete(rec)


def get_recipient(ctx: Context, name: str) -> RecipientView:
    with ctx.db.read() as session:
        return recipient_view(find_recipient(session, name), ctx.today())


def list_recipients(ctx: Context) -> list[RecipientView]:
    with ctx.db.read() as session:
        today = ctx.today()
        return [
            recipient_view(r, today) for r in session.scalars(_query().order_by(Recipient.name))
        ]


# --- transfers ------------------------------------------------------------------------


def add_transfer(ctx: Context, recipient_name: str, new: NewTransfer) -> TransferView:
    values = check_transfer(new, ctx.today())
    with ctx.db.write() as session:
        rec = find_recipient(session, recipient_name)
        transfer = Transfer(**values)
        rec.transfers.append(transfer)
        session.flush()
        audit.record(
            session,
            ctx,
            "transfer.create",
            "transfer",
            str(transfer.id),
            {
                "recipient": rec.name,
                "country": transfer.country,
                "safeguard": transfer.safeguard,
                "scc_module": transfer.scc_module,
            },
        )
        return transfer_view(transfer, ctx.today())


def _transfer(session: Session, transfer_id: int) -> Transfer:
    transfer = session.get(Transfer, transfer_id)
    if transfer is None:
        raise NotFound(f"no transfer with id {transfer_id}")
    return transfer


def update_transfer(ctx: Context, transfer_id: int, new: NewTransfer) -> TransferView:
    values = check_transfer(new, ctx.today())
    with ctx.db.write() as session:
        transfer = _transfer(session, transfer_id)
        before = _transfer_values(transfer)
        for key, val in values.items():
            setattr(transfer, key, val)
        changes = {
            k: {"from": before[k], "to": val}
            for k, val in values.items()
            if before[k] != val and k != "notes"
        }
        if changes or before["notes"] != values["notes"]:
            audit.record(
                session,
                ctx,
                "transfer.update",
                "transfer",
                str(transfer.id),
                {"recipient": transfer.recipient.name, **changes},
            )
        return transfer_view(transfer, ctx.today())


def delete_transfer(ctx: Context, transfer_id: int) -> None:
    with ctx.db.write() as session:
        transfer = _transfer(session, transfer_id)
        audit.record(
            session,
            ctx,
            "transfer.delete",
            "transfer",
            str(transfer.id),
            {
                "recipient": transfer.recipient.name,
                "country": transfer.country,
                "safeguard": transfer.safeguard,
            },
        )
        session.delete(transfer)


def safeguards_for(
    ctx: Context, recipient_names: Sequence[str] | None = None
) -> list[SafeguardDocument]:
    """The safeguard documents that can be sent to a person asking for a copy
    (right ``safeguards-copy``, GDPR Art. 15(2) and 46): every transfer of the named
    recipients (all recipients when None), with a warning when there is no document."""
    today = ctx.today()
    with ctx.db.read() as session:
        if recipient_names is None:
            recipients = list(session.scalars(_query().order_by(Recipient.name)))
        else:
            recipients = [find_recipient(session, n) for n in recipient_names]
        out = []
        for rec in recipients:
            for t in rec.transfers:
                label, _fr, source = SAFEGUARDS.get(t.safeguard, (t.safeguard, "", ""))
                warnings = transfer_warnings(t, today)
                if not t.safeguard_document:
                    warnings = (*warnings, "no document to send: record it first")
                out.append(
                    SafeguardDocument(
                        recipient=rec.name,
                        country=t.country,
                        safeguard=t.safeguard,
                        safeguard_label=label,
                        safeguard_source=source,
                        scc_module=t.scc_module,
                        document=t.safeguard_document,
                        valid_until=t.valid_until,
                        warnings=tuple(dict.fromkeys(warnings)),
                    )
                )
        return out


# --- import / export ------------------------------------------------------------------

CSV_COLUMNS = (
    "name",
    "category",
    "service",
    "country",
    "transfer_country",
    "adequacy_status",
    "adequacy_checked_on",
    "safeguard",
    "scc_module",
    "safeguard_document",
    "valid_from",
    "valid_until",
    "transfer_notes",
)
_CSV_TRANSFER = dict(zip(CSV_COLUMNS[4:], TRANSFER_FIELDS, strict=True))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _json_transfer(t: Transfer) -> dict[str, Any]:
    out = {f: getattr(t, f) for f in TRANSFER_FIELDS}
    for key in ("adequacy_checked_on", "valid_from", "valid_until"):
        out[key] = out[key].isoformat() if out[key] else None
    return out


def export_recipients(ctx: Context, path: Path, fmt: str | None = None) -> int:
    """Write every recipient and transfer to ``path``; returns the number of recipients."""
    kind = csvio.pick_format(path, fmt)
    with ctx.db.write() as session:
        recipients = list(session.scalars(_query().order_by(Recipient.name)))
        if kind == "csv":
            rows: list[list[str]] = []
            for r in recipients:
                base = [r.name, r.category, r.service, r.country]
                if not r.transfers:
                    rows.append(base + [""] * len(TRANSFER_FIELDS))
                for t in r.transfers:
                    rows.append(base + [_cell(getattr(t, f)) for f in TRANSFER_FIELDS])
            csvio.write_csv(path, CSV_COLUMNS, rows)
        else:
            csvio.write_json(
                path,
                "recipients",
                [
                    {
                        "name": r.name,
                        "category": r.category,
                        "service": r.service,
                        "country": r.country,
                        "transfers": [_json_transfer(t) for t in r.transfers],
                    }
                    for r in recipients
                ],
            )
        audit.record(
            session,
            ctx,
            "register.export",
            "recipient",
            path.name,
            {"format": kind, "count": len(recipients)},
        )
        return len(recipients)


@dataclass
class _Parsed:
    where: str
    values: dict[str, Any]
    transfers: list[dict[str, Any]]


def _parse_csv(path: Path, today: date) -> list[_Parsed]:
    out: dict[str, _Parsed] = {}
    first_line: dict[str, int] = {}
    for line, row in csvio.read_csv(path, CSV_COLUMNS):
        where = f"line {line}"
        try:
            values = check_recipient(
                NewRecipient(row["name"], row["category"], row["service"], row["country"])
            )
            transfer_cells = {f: row[c] for c, f in _CSV_TRANSFER.items()}
            transfer = None
            if transfer_cells["country"].strip():
                transfer = check_transfer(
                    NewTransfer(
                        country=row["transfer_country"],
                        safeguard=row["safeguard"],
                        adequacy_status=row["adequacy_status"],
                        adequacy_checked_on=row["adequacy_checked_on"],
                        scc_module=row["scc_module"],
                        safeguard_document=row["safeguard_document"],
                        valid_from=row["valid_from"],
                        valid_until=row["valid_until"],
                        notes=row["transfer_notes"],
                    ),
                    today,
                )
            elif any(cell.strip() for cell in transfer_cells.values()):
                raise UserError("transfer_country: required when other transfer columns are filled")
        except UserError as exc:
            raise csvio.ImportRefused(path.name, where, str(exc)) from None
        parsed = out.get(values["name"])
        if parsed is None:
            out[values["name"]] = parsed = _Parsed(where, values, [])
            first_line[values["name"]] = line
        elif parsed.values != values:
            raise csvio.ImportRefused(
                path.name,
                where,
                f"recipient {values['name']!r} differs from line "
                f"{first_line[values['name']]} (name, category, service and country must be "
                "the same on every line of a recipient)",
            )
        if transfer is not None:
            parsed.transfers.append(transfer)
    return list(out.values())


def _parse_json(path: Path, today: date) -> list[_Parsed]:
    out: list[_Parsed] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(csvio.json_entries(path, csvio.read_json(path), "recipients"), 1):
        where = f"entry {i}"
        try:
            unknown = set(entry) - {"name", "category", "service", "country", "transfers"}
            if unknown:
                raise UserError(f"unknown field(s): {', '.join(sorted(unknown))}")
            values = check_recipient(
                NewRecipient(
                    entry.get("name") or "",
                    entry.get("category") or "",
                    entry.get("service") or "",
                    entry.get("country") or "",
                )
            )
            transfers_raw = entry.get("transfers") or []
            if not isinstance(transfers_raw, list):
                raise UserError("transfers: expected a list")
            transfers = []
            for t in transfers_raw:
                if not isinstance(t, dict) or set(t) - set(TRANSFER_FIELDS):
                    raise UserError(
                        "transfers: each transfer is an object with " + ", ".join(TRANSFER_FIELDS)
                    )
                for k, val in t.items():
                    if val is not None and not isinstance(val, str):
                        raise UserError(f"transfers: {k} must be text")
                transfers.append(
                    check_transfer(
                        NewTransfer(
                            country=t.get("country") or "",
                            safeguard=t.get("safeguard") or "",
                            adequacy_status=t.get("adequacy_status") or "",
                            adequacy_checked_on=t.get("adequacy_checked_on"),
                            scc_module=t.get("scc_module") or "",
                            safeguard_document=t.get("safeguard_document") or "",
                            valid_from=t.get("valid_from"),
                            valid_until=t.get("valid_until"),
                            notes=t.get("notes") or "",
                        ),
                        today,
                    )
                )
        except (UserError, TypeError) as exc:
            raise csvio.ImportRefused(path.name, where, str(exc)) from None
        if values["name"] in seen:
            raise csvio.ImportRefused(
                path.name,
                where,
                f"recipient {values['name']!r} is already entry {seen[values['name']]}",
            )
        seen[values["name"]] = i
        out.append(_Parsed(where, values, transfers))
    return out


def import_recipients(ctx: Context, path: Path, fmt: str | None = None) -> ImportReport:
    """Create or update recipients from a file, all or nothing.

    A recipient of the file replaces the one with the same name, transfers included;
    recipients not in the file are left alone.
    """
    kind = csvio.pick_format(path, fmt)
    today = ctx.today()
    parsed = _parse_csv(path, today) if kind == "csv" else _parse_json(path, today)
    created = updated = unchanged = 0
    with ctx.db.write() as session:
        for p in parsed:
            rec = session.scalars(_query().where(Recipient.name == p.values["name"])).first()
            if rec is None:
                rec = Recipient(**p.values)
                rec.transfers = [Transfer(**t) for t in p.transfers]
                session.add(rec)
                session.flush()
                audit.record(
                    session,
                    ctx,
                    "recipient.create",
                    "recipient",
                    str(rec.id),
                    {"name": rec.name, "transfers": len(p.transfers), "import": path.name},
                )
                created += 1
                continue
            same = (
                all(getattr(rec, k) == val for k, val in p.values.items())
                and [_transfer_values(t) for t in rec.transfers] == p.transfers
            )
            if same:
                unchanged += 1
                continue
            for key, val in p.values.items():
                setattr(rec, key, val)
            rec.transfers = [Transfer(**t) for t in p.transfers]
            session.flush()
            audit.record(
                session,
                ctx,
                "recipient.update",
                "recipient",
                str(rec.id),
                {"name": rec.name, "transfers": len(p.transfers), "import": path.name},
            )
            updated += 1
        audit.record(
            session,
            ctx,
            "register.import",
            "recipient",
            path.name,
            {"format": kind, "created": created, "updated": updated, "unchanged": unchanged},
        )
    return ImportReport("recipients", created, updated, unchanged)
