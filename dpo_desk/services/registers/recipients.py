"""Recipients of personal data and their transfers to third countries (GDPR Art. 30(1)(d)-(e),
Chapter V), with the safeguard documents a person may ask a copy of (Art. 15(2)).

The use cases live here; the rules they share with the file import and the replies are in
``recipient_rules`` and the import and export in ``recipients_io``. Their names are
re-exported so that callers of this module keep finding them here.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.errors import NotFound, Phrase, UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.registers.dto import RecipientView, SafeguardDocument, TransferView
from dpo_desk.services.registers.recipient_rules import (
    ADEQUACY_RECHECK,
    SCC_MODULES,
    TRANSFER_FIELDS,
    NewRecipient,
    NewTransfer,
    check_recipient,
    check_transfer,
    chosen_recipients,
    find_recipient,
    recipient_view,
    safeguard_document,
    transfer_values,
    transfer_view,
    transfer_warnings,
)
from dpo_desk.services.registers.recipients_io import (
    CSV_COLUMNS,
    export_recipients,
    import_recipients,
)
from dpo_desk.services.versions import check_version, flush
from dpo_desk.store.models import Recipient, Transfer

__all__ = [
    "ADEQUACY_RECHECK",
    "CSV_COLUMNS",
    "SCC_MODULES",
    "TRANSFER_FIELDS",
    "NewRecipient",
    "NewTransfer",
    "add_recipient",
    "add_transfer",
    "check_recipient",
    "check_transfer",
    "delete_recipient",
    "delete_transfer",
    "export_recipients",
    "find_recipient",
    "get_recipient",
    "import_recipients",
    "list_recipients",
    "recipient_view",
    "safeguards_for",
    "transfer_view",
    "transfer_warnings",
    "update_recipient",
    "update_transfer",
]


# --- recipients -----------------------------------------------------------------------


def add_recipient(ctx: Context, new: NewRecipient) -> RecipientView:
    values = check_recipient(new)
    with ctx.db.write() as session:
        if session.scalar(select(Recipient.id).where(Recipient.name == values["name"])):
            raise UserError("a recipient named {name!r} already exists", name=values["name"])
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


def update_recipient(
    ctx: Context, name: str, new: NewRecipient, version: int | None = None
) -> RecipientView:
    """Replace a recipient's name, category, service and country; ``version``: the one
    the person loaded (``services.versions``), None for no check."""
    values = check_recipient(new)
    what = Phrase("this recipient")
    with ctx.db.write() as session:
        rec = find_recipient(session, name)
        check_version(ctx, session, rec, version, what, "recipient", str(rec.id))
        if values["name"] != rec.name and session.scalar(
            select(Recipient.id).where(Recipient.name == values["name"])
        ):
            raise UserError("a recipient named {name!r} already exists", name=values["name"])
        changes = {
            k: {"from": getattr(rec, k), "to": val}
            for k, val in values.items()
            if getattr(rec, k) != val
        }
        for key, val in values.items():
            setattr(rec, key, val)
        flush(ctx, session, what)
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
        return [recipient_view(r, today) for r in chosen_recipients(session, None)]


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
        raise NotFound("no transfer with id {transfer_id}", transfer_id=transfer_id)
    return transfer


def update_transfer(
    ctx: Context, transfer_id: int, new: NewTransfer, version: int | None = None
) -> TransferView:
    """Replace a transfer's facts; ``version``: see ``update_recipient``."""
    values = check_transfer(new, ctx.today())
    what = Phrase("this transfer")
    with ctx.db.write() as session:
        transfer = _transfer(session, transfer_id)
        check_version(ctx, session, transfer, version, what, "transfer", str(transfer.id))
        before = {
            **transfer_values(transfer),
            "tia_on": transfer.tia_on,
            "tia_conclusion": transfer.tia_conclusion,
            "texts_fr": dict(transfer.texts_fr or {}),
        }
        for key, val in values.items():
            setattr(transfer, key, val)
        changes = {
            k: {"from": before[k], "to": val}
            for k, val in values.items()
            if before[k] != val and k != "notes"
        }
        flush(ctx, session, what)
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
        return [
            safeguard_document(transfer_view(t, today))
            for rec in chosen_recipients(session, recipient_names)
            for t in rec.transfers
        ]
