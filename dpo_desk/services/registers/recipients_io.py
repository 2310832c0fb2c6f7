"""The recipients register in and out of files: CSV for Excel (one line per transfer, the
recipient repeated on each) and JSON (transfers nested in their recipient).

Apart from the use cases in ``recipients`` because a file is a different way in: it is
refused as a whole, naming the line or entry, and applied in one transaction.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.registers import csvio
from dpo_desk.services.registers._io_audit import ImportTally, record_export
from dpo_desk.services.registers.dto import ImportReport
from dpo_desk.services.registers.recipient_rules import (
    TRANSFER_FIELDS,
    NewRecipient,
    NewTransfer,
    check_recipient,
    check_transfer,
    recipients_query,
    transfer_values,
)
from dpo_desk.store.models import Recipient, Transfer

_RECIPIENT_FIELDS = ("name", "category", "service", "country")
_TRANSFER_DATES = ("adequacy_checked_on", "valid_from", "valid_until")

#: A line per transfer: the recipient, then the transfer's fields (its country and notes
#: prefixed, as the recipient has a country too).
CSV_COLUMNS = (
    *_RECIPIENT_FIELDS,
    "transfer_country",
    *TRANSFER_FIELDS[1:-1],
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
    out = transfer_values(t)
    for key in _TRANSFER_DATES:
        out[key] = out[key].isoformat() if out[key] else None
    return out


def export_recipients(ctx: Context, path: Path, fmt: str | None = None) -> int:
    """Write every recipient and transfer to ``path``; returns the number of recipients."""
    kind = csvio.pick_format(path, fmt)
    with ctx.db.write() as session:
        recipients = list(session.scalars(recipients_query().order_by(Recipient.name)))
        if kind == "csv":
            rows: list[list[str]] = []
            for r in recipients:
                base = [getattr(r, f) for f in _RECIPIENT_FIELDS]
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
                        **{f: getattr(r, f) for f in _RECIPIENT_FIELDS},
                        "transfers": [_json_transfer(t) for t in r.transfers],
                    }
                    for r in recipients
                ],
            )
        return record_export(session, ctx, "recipient", path, kind, len(recipients))


# --- import ---------------------------------------------------------------------------


@dataclass
class _Parsed:
    where: str
    values: dict[str, Any]
    transfers: list[dict[str, Any]]


def _new_recipient(cells: dict[str, Any]) -> NewRecipient:
    """A recipient from a CSV line or a JSON entry (a missing or empty field is "")."""
    name, category, service, country = (str(cells.get(f) or "") for f in _RECIPIENT_FIELDS)
    return NewRecipient(name, category, service, country)


def _new_transfer(cells: dict[str, Any]) -> NewTransfer:
    """A transfer from a CSV line's transfer cells or a JSON transfer (text fields
    missing or empty are "", dates are left to ``check_transfer``)."""
    fields: dict[str, Any] = {
        f: cells.get(f) if f in _TRANSFER_DATES else cells.get(f) or "" for f in TRANSFER_FIELDS
    }
    return NewTransfer(**fields)


def _parse_csv(path: Path, today: date) -> list[_Parsed]:
    out: dict[str, _Parsed] = {}
    for where, row in csvio.entries(path, "csv", CSV_COLUMNS, "recipients"):
        with csvio.refused_at(path, where):
            values = check_recipient(_new_recipient(row))
            transfer_cells = {f: row[c] for c, f in _CSV_TRANSFER.items()}
            transfer = None
            if transfer_cells["country"].strip():
                transfer = check_transfer(_new_transfer(transfer_cells), today)
            elif any(cell.strip() for cell in transfer_cells.values()):
                raise UserError("transfer_country: required when other transfer columns are filled")
        parsed = out.get(values["name"])
        if parsed is None:
            out[values["name"]] = parsed = _Parsed(where, values, [])
        elif parsed.values != values:
            raise csvio.ImportRefused(
                path.name,
                where,
                "recipient {name!r} differs from {where} (name, category, service and country "
                "must be the same on every line of a recipient)",
                name=values["name"],
                where=parsed.where,
            )
        if transfer is not None:
            parsed.transfers.append(transfer)
    return list(out.values())


def _json_transfers(raw: Any, today: date) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        raise UserError("transfers: expected a list")
    transfers = []
    for t in raw:
        if not isinstance(t, dict) or set(t) - set(TRANSFER_FIELDS):
            raise UserError(
                "transfers: each transfer is an object with {fields}",
                fields=", ".join(TRANSFER_FIELDS),
            )
        for k, val in t.items():
            if val is not None and not isinstance(val, str):
                raise UserError("transfers: {k} must be text", k=k)
        transfers.append(check_transfer(_new_transfer(t), today))
    return transfers


def _parse_json(path: Path, today: date) -> list[_Parsed]:
    out: list[_Parsed] = []
    seen: dict[str, str] = {}
    for where, entry in csvio.entries(path, "json", CSV_COLUMNS, "recipients"):
        with csvio.refused_at(path, where, (UserError, TypeError)):
            unknown = set(entry) - {*_RECIPIENT_FIELDS, "transfers"}
            if unknown:
                raise UserError("unknown field(s): {unknown}", unknown=", ".join(sorted(unknown)))
            values = check_recipient(_new_recipient(entry))
            transfers = _json_transfers(entry.get("transfers") or [], today)
        if values["name"] in seen:
            raise csvio.ImportRefused(
                path.name,
                where,
                "recipient {name!r} is already {value}",
                name=values["name"],
                value=seen[values["name"]],
            )
        seen[values["name"]] = where
        out.append(_Parsed(where, values, transfers))
    return out


def _apply(session: Session, ctx: Context, p: _Parsed, source: str, tally: ImportTally) -> None:
    """Create the recipient of ``p`` or replace the one of that name, transfers included."""
    rec = session.scalars(recipients_query().where(Recipient.name == p.values["name"])).first()
    if rec is None:
        rec = Recipient(**p.values)
        action = "recipient.create"
        tally.created += 1
    else:
        same = (
            all(getattr(rec, k) == val for k, val in p.values.items())
            and [transfer_values(t) for t in rec.transfers] == p.transfers
        )
        if same:
            tally.unchanged += 1
            return
        for key, val in p.values.items():
            setattr(rec, key, val)
        action = "recipient.update"
        tally.updated += 1
    rec.transfers = [Transfer(**t) for t in p.transfers]
    session.add(rec)
    session.flush()
    audit.record(
        session,
        ctx,
        action,
        "recipient",
        str(rec.id),
        {"name": rec.name, "transfers": len(p.transfers), "import": source},
    )


def import_recipients(
    ctx: Context,
    path: Path,
    fmt: str | None = None,
    *,
    progress: csvio.Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Create or update recipients from a file, all or nothing.

    A recipient of the file replaces the one with the same name, transfers included;
    recipients not in the file are left alone. ``progress``/``cancel``: as
    ``import_activities``.
    """
    kind = csvio.pick_format(path, fmt)
    today = ctx.today()
    parsed = _parse_csv(path, today) if kind == "csv" else _parse_json(path, today)
    tally = ImportTally("recipients", "recipient")
    with ctx.db.write() as session:
        for done, p in enumerate(parsed):
            csvio.step(done, len(parsed), progress, cancel)
            _apply(session, ctx, p, path.name, tally)
        csvio.step(len(parsed), len(parsed), progress, cancel)
        report = tally.close(session, ctx, path, kind)
    return report
