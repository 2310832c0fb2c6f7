"""Completing an incident after intake: the facts arrive over days.

GDPR Art. 33(4) expects the information "in phases"; the notice to the persons needs the
consequences and the measures (Art. 34(2)) and, in Quebec, what the person can do to
reduce the risk (CQLR c. P-39.1, r. 3.1, s. 5). ``update_incident`` changes any fact of the
intake in one transaction, validated by the intake's own checks, audited with the before
and after of the fields that changed only.

The awareness instant is not among them: the clock started there and every notice already
recorded was judged on time or late against it. Changing it would silently turn a late
notice into a timely one. A wrong instant is corrected by recording the incident again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from dpo_desk.domain import incidents as rules
from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.incident_dto import IncidentDetail
from dpo_desk.services.incidents import (
    EDITABLE,
    FACTS,
    check_fact,
    check_period,
    detail_of,
    link_cases,
    link_recipients,
    load_incident,
)
from dpo_desk.store.models import Incident

#: Longer texts are shortened in the audit entry (it says what changed, not the text).
AUDIT_TEXT = 200


def _audited(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str) and len(value) > AUDIT_TEXT:
        return value[:AUDIT_TEXT] + "…"
    if isinstance(value, (list, tuple)):
        return [_audited(v) for v in value]
    return value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return list(a) == list(b)
    return bool(a == b)


def _current(row: Incident, name: str) -> Any:
    if name == "recipients":
        return [r.name for r in row.recipients]
    if name == "cases":
        return [c.reference for c in row.cases]
    value = getattr(row, name)
    return (
        list(value or ()) if name in ("natures", "subject_categories", "data_categories") else value
    )


def _refuse_unknown(changes: Mapping[str, Any]) -> None:
    if "aware_at" in changes:
        raise UserError(
            "the awareness instant stays as recorded: the 72-hour clock started "
            "there and the notices were judged against it"
        )
    unknown = sorted(k for k in changes if k not in EDITABLE)
    if unknown:
        raise UserError(
            "{fields}: not a field of an incident that can be changed; use one of: {choices}",
            fields=", ".join(unknown),
            choices=", ".join(EDITABLE),
        )


def _regimes(row: Incident, wanted: dict[str, Any]) -> tuple[bool, bool]:
    """The regimes after the change: people in Quebec bring the Quebec act in (as at
    intake); a regime with a notice or an assessment recorded cannot be dropped."""
    gdpr = row.gdpr if wanted.get("gdpr") is None else bool(wanted["gdpr"])
    quebec = row.quebec if wanted.get("quebec") is None else bool(wanted["quebec"])
    if wanted.get("quebec") is None and wanted.get("quebec_people"):
        quebec = True
    if not (gdpr or quebec):
        raise UserError("an incident falls under the GDPR, the Quebec act, or both")
    if (
        row.gdpr
        and not gdpr
        and (row.risk_level or any(n.addressee == "authority" for n in row.notices))
    ):
        raise UserError(
            "{reference} has a GDPR assessment or notice recorded; it stays under the GDPR",
            reference=row.reference,
        )
    if (
        row.quebec
        and not quebec
        and (row.qc_serious is not None or any(n.addressee == "cai" for n in row.notices))
    ):
        raise UserError(
            "{reference} has a Quebec assessment or notice recorded; it stays under the Quebec act",
            reference=row.reference,
        )
    return gdpr, quebec


def update_incident(ctx: Context, reference: str, changes: Mapping[str, Any]) -> IncidentDetail:
    """Change the facts of an open incident named in ``changes`` (field name to new
    value; the names of ``NewIncident`` but ``aware_at``); one transaction, audited.

    A count or an instant given as None is cleared; ``gdpr`` and ``quebec`` given as None
    stay as they are. Values equal to the recorded ones are not changes: when nothing
    differs, nothing is written and no audit entry is made.

    Raises:
        UserError: no change given, an unknown field or the awareness instant, a value the
            intake would refuse, a closed incident, or a regime that can no longer be
            dropped.
        NotFound: no such incident, recipient or case.
    """
    if not changes:
        raise UserError("nothing to change: give at least one field of the incident")
    _refuse_unknown(changes)
    wanted = {name: check_fact(name, value) for name, value in changes.items() if name in FACTS}
    for name in ("recipients", "cases"):
        if name in changes:
            wanted[name] = [str(v).strip() for v in changes[name] if str(v).strip()]
    for name in ("gdpr", "quebec"):
        if name in changes:
            wanted[name] = changes[name]
    with ctx.db.write() as session:
        row = load_incident(session, reference)
        if row.status == "closed":
            raise UserError(
                "{reference} is closed; a closed incident can no longer be changed",
                reference=row.reference,
            )
        check_period(
            wanted.get("occurred_from", row.occurred_from),
            wanted.get("occurred_to", row.occurred_to),
            row.aware_at,
        )
        gdpr, quebec = _regimes(row, wanted)
        wanted["gdpr"], wanted["quebec"] = gdpr, quebec
        if "recipients" in wanted:
            recipients = link_recipients(session, wanted["recipients"])
            wanted["recipients"] = [r.name for r in recipients]
        if "cases" in wanted:
            cases = link_cases(session, wanted["cases"])
            wanted["cases"] = [c.reference for c in cases]
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for name, value in wanted.items():
            old = _current(row, name)
            if name in ("recipients", "cases"):
                if sorted(old) == sorted(value):
                    continue
            elif _same(old, value):
                continue
            before[name], after[name] = _audited(old), _audited(value)
            if name == "recipients":
                row.recipients = recipients
            elif name == "cases":
                row.cases = cases
            else:
                setattr(row, name, value)
        if "quebec" in after:
            aware_on = row.aware_at.astimezone(ZoneInfo(row.aware_tz)).date()
            keep = rules.keep_until(aware_on, row.quebec)
            if keep != row.keep_until:
                before["keep_until"], after["keep_until"] = row.keep_until, keep
                row.keep_until = keep
        if after:
            session.flush()
            audit.record(
                session,
                ctx,
                "incident.update",
                "incident",
                row.reference,
                {"before": before, "after": after},
            )
        return detail_of(row)
