"""The record of processing activities in and out of files: CSV for Excel (lists in one
cell, the retention rule as JSON) and JSON.

Apart from the register's use cases (``activities``) because a file is a different way
in: it is refused as a whole, naming the line or entry, and applied in one transaction.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from dpo_desk.errors import Term, UserError
from dpo_desk.services.context import Context
from dpo_desk.services.registers import csvio
from dpo_desk.services.registers._io_audit import ImportTally, record_export
from dpo_desk.services.registers.activities import (
    NewActivity,
    activities_query,
    activity_changes,
    check_activity,
    create_activity,
    recipients_named,
    replace_activity,
)
from dpo_desk.services.registers.dto import ImportReport
from dpo_desk.store.models import ProcessingActivity

CSV_COLUMNS = (
    "name",
    "purposes",
    "legal_basis",
    "data_categories",
    "subject_categories",
    "sources",
    "retention",
    "retention_rule",
    "recipients",
    "automated_decision",
    "active",
)
_YES = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}
#: The columns that hold a list (one cell: ``a; b``) and those that hold plain text.
_LISTS = ("data_categories", "subject_categories", "recipients")
_TEXTS = ("name", "purposes", "legal_basis", "sources", "retention", "automated_decision")


def _entry(a: ProcessingActivity) -> dict[str, Any]:
    return {
        "name": a.name,
        "purposes": a.purposes,
        "legal_basis": a.legal_basis,
        "data_categories": list(a.data_categories or []),
        "subject_categories": list(a.subject_categories or []),
        "sources": a.sources,
        "retention": a.retention,
        "retention_rule": dict(a.retention_rule or {}),
        "recipients": [r.name for r in a.recipients],
        "automated_decision": a.automated_decision,
        "active": a.active,
    }


def _csv_cell(column: str, value: Any) -> Any:
    """The CSV cell of an export entry's ``column``."""
    if column in _LISTS:
        return csvio.join_list(value)
    if column == "retention_rule":
        return json.dumps(value, ensure_ascii=False) if value else ""
    if column == "active":
        return "yes" if value else "no"
    return value  # text, as stored


def export_activities(ctx: Context, path: Path, fmt: str | None = None) -> int:
    """Write the whole register to ``path`` (CSV for Excel, or JSON); returns the count."""
    kind = csvio.pick_format(path, fmt)
    with ctx.db.write() as session:
        entries = [
            _entry(a) for a in session.scalars(activities_query().order_by(ProcessingActivity.name))
        ]
        if kind == "csv":
            csvio.write_csv(
                path, CSV_COLUMNS, [[_csv_cell(c, e[c]) for c in CSV_COLUMNS] for e in entries]
            )
        else:
            csvio.write_json(path, "activities", entries)
        return record_export(session, ctx, "processing_activity", path, kind, len(entries))


def _from_csv_row(row: dict[str, str]) -> NewActivity:
    rule_cell = row["retention_rule"].strip()
    try:
        rule = json.loads(rule_cell) if rule_cell else None
    except json.JSONDecodeError:
        raise UserError(
            'retention_rule: not JSON, expected e.g. {{"from": "last-contact", "years": 3}}'
        ) from None
    active = _YES.get(row["active"].strip().lower())
    if active is None:
        raise UserError("active: {active!r}, expected yes or no", active=row["active"])
    cells: dict[str, Any] = {k: row[k] for k in _TEXTS}
    cells.update({k: csvio.split_list(row[k]) for k in _LISTS})
    return NewActivity(**cells, retention_rule=rule, active=active)


def _from_json(entry: dict[str, Any]) -> NewActivity:
    unknown = set(entry) - set(CSV_COLUMNS)
    if unknown:
        raise UserError("unknown field(s): {unknown}", unknown=", ".join(sorted(unknown)))
    for key in _LISTS:
        if not isinstance(entry.get(key, []), list):
            raise UserError("{key}: expected a list", key=Term(key))
    for key in _TEXTS:
        if not isinstance(entry.get(key) or "", str):
            raise UserError("{key}: expected text", key=Term(key))
    fields: dict[str, Any] = {k: entry.get(k) or "" for k in _TEXTS}
    fields.update({k: entry.get(k) or [] for k in _LISTS})
    return NewActivity(
        **fields,
        retention_rule=entry.get("retention_rule") or None,
        active=entry.get("active", True),
    )


def import_activities(
    ctx: Context,
    path: Path,
    fmt: str | None = None,
    *,
    progress: csvio.Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Create or update activities (matched by name) from a file, all or nothing.
    Recipients are named, and must already be in the recipients register.

    ``progress(done, total)`` is called now and then; setting ``cancel`` rolls the whole
    import back (``csvio.ImportCancelled``)."""
    kind = csvio.pick_format(path, fmt)
    parsed: list[tuple[str, dict[str, Any], list[str]]] = []
    seen: dict[str, str] = {}
    for where, row in csvio.entries(path, kind, CSV_COLUMNS, "activities"):
        with csvio.refused_at(path, where):
            values, names = check_activity(_from_csv_row(row) if kind == "csv" else _from_json(row))
        if values["name"] in seen:
            raise csvio.ImportRefused(
                path.name,
                where,
                "activity {name!r} is already on {value}",
                name=values["name"],
                value=seen[values["name"]],
            )
        seen[values["name"]] = where
        parsed.append((where, values, names))
    tally = ImportTally("activities", "processing_activity")
    with ctx.db.write() as session:
        for done, (where, values, names) in enumerate(parsed):
            csvio.step(done, len(parsed), progress, cancel)
            with csvio.refused_at(path, where):
                recipients = recipients_named(session, names)
            act = session.scalars(
                activities_query().where(ProcessingActivity.name == values["name"])
            ).first()
            note = {"import": path.name}
            if act is None:
                create_activity(session, ctx, values, names, recipients, note)
                tally.created += 1
                continue
            changes = activity_changes(act, values, names)
            if not changes:
                tally.unchanged += 1
                continue
            replace_activity(session, ctx, act, values, recipients, changes, note)
            tally.updated += 1
        csvio.step(len(parsed), len(parsed), progress, cancel)
        report = tally.close(session, ctx, path, kind)
    return report
