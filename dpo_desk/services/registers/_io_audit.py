"""The audit trail that every register import and export leaves, kept in one place so
that the three registers (activities, recipients, directives) record them alike: one
``register.export`` event with the count written, one ``register.import`` event with
what was created, updated and left unchanged."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.registers.dto import ImportReport


def record_export(
    session: Session, ctx: Context, entity: str, path: Path, kind: str, count: int
) -> int:
    """Audit an export of ``count`` entries of ``entity`` to ``path``; returns ``count``."""
    audit.record(
        session, ctx, "register.export", entity, path.name, {"format": kind, "count": count}
    )
    return count


@dataclass
class ImportTally:
    """What an import did, entry by entry, until ``close`` audits it and reports it."""

    #: The register, as ``ImportReport.kind`` names it ("activities").
    register: str
    #: The audited entity type ("processing_activity").
    entity: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def close(self, session: Session, ctx: Context, path: Path, kind: str) -> ImportReport:
        audit.record(
            session,
            ctx,
            "register.import",
            self.entity,
            path.name,
            {
                "format": kind,
                "created": self.created,
                "updated": self.updated,
                "unchanged": self.unchanged,
            },
        )
        return ImportReport(self.register, self.created, self.updated, self.unchanged)
