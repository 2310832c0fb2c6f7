"""What a restore will do, in the window's language (the confirmation's details).

``RestorePlan.lines()`` is the command line's English; a DPO working in French read
"backup: 100000 cases, 57081 documents" and an ISO time in a French dialog. The words
are the Backups page's (its translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from dpo_desk.services.backups import RestorePlan
from dpo_desk.ui.widgets import labels


def _counts(counts: dict[str, int], audit: int) -> list[str]:
    n = QLocale().toString
    return [n(counts.get("cases", 0)), n(counts.get("document", 0)), n(audit)]


def _fill(text: str, values: list[str]) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", value)
    return text


def plan_details(plan: RestorePlan) -> str:
    """The backup against what is there now, and what the restore will do about it."""
    when = labels.fmt_datetime(plan.backup_created_at) if plan.backup_created_at else "?"
    out = [
        _fill(
            QCoreApplication.translate(
                "BackupsPage", "The backup of %1: cases %2, documents %3, audit entries %4."
            ),
            [when, *_counts(plan.backup_counts, plan.backup_audit_count)],
        )
    ]
    if not plan.current_exists:
        out.append(
            QCoreApplication.translate("BackupsPage", "Now: no data yet (a new data directory).")
        )
    elif not plan.current_readable:
        out.append(
            QCoreApplication.translate(
                "BackupsPage",
                "Now: the current data cannot be read; they will be kept aside, not deleted.",
            )
        )
    else:
        out.append(
            _fill(
                QCoreApplication.translate(
                    "BackupsPage", "Now: cases %1, documents %2, audit entries %3."
                ),
                _counts(plan.current_counts, plan.current_audit_count),
            )
        )
        if plan.current_is_newer:
            out.append(
                QCoreApplication.translate(
                    "BackupsPage",
                    "The current data are newer than the backup: what was done since will be "
                    "replaced (it is backed up first).",
                )
            )
    if plan.foreign_journals:
        out.append(
            QCoreApplication.translate(
                "BackupsPage",
                "A rollback journal that DPO Desk did not write lies next to the database: "
                "it will be moved aside, never replayed.",
            )
        )
    return "\n".join(out)
