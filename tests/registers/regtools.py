"""Helpers of the register tests."""

from __future__ import annotations

from datetime import date

from dpo_desk.services import audit, cases
from dpo_desk.services.context import Context

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def chain_ok(ctx: Context) -> bool:
    with ctx.db.read() as session:
        return audit.verify(session).ok


def audit_ops(ctx: Context) -> list[str]:
    from sqlalchemy import select

    from dpo_desk.store.models import AuditEvent

    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEvent.operation).order_by(AuditEvent.id)))


def new_case(
    ctx: Context,
    name: str = "Jeanne Lefèvre",
    email: str = "jeanne@example.fr",
    rights: tuple[str, ...] = ("access",),
    received: date = date(2026, 1, 20),
) -> str:
    detail = cases.add_case(
        ctx,
        cases.NewCase(
            name=name, email=email, rights=list(rights), received=received, channel="email"
        ),
    )
    return detail.reference
