"""What a reply told a person about transfers to third countries, frozen as sent.

The snapshot is a list of plain dicts copied from the register at the time of the reply,
with the SHA-256 of its canonical JSON: editing or deleting a recipient afterwards never
rewrites what the person was told, and a snapshot edited outside the app is detected.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.domain.registers import SAFEGUARDS
from dpo_desk.domain.text import NAME_MAX
from dpo_desk.services import audit
from dpo_desk.services.cases import load_case
from dpo_desk.services.context import Context
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers.dto import DisclosureView
from dpo_desk.services.registers.recipient_rules import chosen_recipients
from dpo_desk.store.models import Case, TransferDisclosure


def snapshot_digest(snapshot: Sequence[dict[str, Any]]) -> str:
    canonical = json.dumps(
        list(snapshot), ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _view(d: TransferDisclosure, reference: str) -> DisclosureView:
    snapshot = tuple(dict(item) for item in d.snapshot or [])
    return DisclosureView(
        id=d.id,
        case_reference=reference,
        disclosed_at=d.disclosed_at,
        disclosed_to=d.disclosed_to,
        snapshot=snapshot,
        sha256=d.sha256,
        intact=snapshot_digest(snapshot) == d.sha256,
    )


def disclose_transfers(
    ctx: Context, case_ref: str, to_whom: str = "", recipient_names: Sequence[str] | None = None
) -> DisclosureView:
    """Record, on a case, the transfers told to ``to_whom`` (default: the case's subject):
    those of ``recipient_names``, or every transfer of the register."""
    to = v.text(to_whom, "disclosed to", max_len=NAME_MAX, multiline=False)
    with ctx.db.write() as session:
        case = load_case(session, case_ref)
        disclosure = disclose_in(session, ctx, case, to, recipient_names)
        return _view(disclosure, case.reference)


def disclose_in(
    session: Session,
    ctx: Context,
    case: Case,
    to: str = "",
    recipient_names: Sequence[str] | None = None,
) -> TransferDisclosure:
    """``disclose_transfers`` inside the caller's transaction (``to`` already checked);
    never commits."""
    snapshot: list[dict[str, Any]] = []
    for rec in chosen_recipients(session, recipient_names):
        for t in rec.transfers:
            snapshot.append(
                {
                    "recipient": rec.name,
                    "category": rec.category,
                    "service": rec.service,
                    "country": t.country,
                    "adequacy_status": t.adequacy_status,
                    "adequacy_checked_on": t.adequacy_checked_on.isoformat()
                    if t.adequacy_checked_on
                    else None,
                    "safeguard": t.safeguard,
                    "safeguard_label": SAFEGUARDS.get(t.safeguard, (t.safeguard,))[0],
                    "scc_module": t.scc_module,
                    "document": t.safeguard_document,
                    "valid_from": t.valid_from.isoformat() if t.valid_from else None,
                    "valid_until": t.valid_until.isoformat() if t.valid_until else None,
                }
            )
    disclosure = TransferDisclosure(
        case_id=case.id,
        disclosed_at=ctx.now(),
        disclosed_to=to or case.subject.full_name,
        snapshot=snapshot,
        sha256=snapshot_digest(snapshot),
    )
    session.add(disclosure)
    session.flush()
    audit.record(
        session,
        ctx,
        "transfer.disclose",
        "case",
        case.reference,
        {"disclosure": disclosure.id, "transfers": len(snapshot), "sha256": disclosure.sha256},
    )
    return disclosure


def disclosures_of(ctx: Context, case_ref: str) -> list[DisclosureView]:
    with ctx.db.read() as session:
        case = load_case(session, case_ref)
        rows = session.scalars(
            select(TransferDisclosure)
            .where(TransferDisclosure.case_id == case.id)
            .order_by(TransferDisclosure.id)
        )
        return [_view(d, case.reference) for d in rows]
