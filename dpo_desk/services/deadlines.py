"""The bridge between a stored case and the pure deadline rules of ``dpo_desk.domain``.

A case's due dates are recomputed from its facts (receipt, rule set, recorded readings,
suspensions, extension) every time one of them changes, and stored denormalised so that
lists can sort and filter in SQL.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from dpo_desk.domain.deadlines import compute as dl
from dpo_desk.domain.deadlines.errors import DeadlineError
from dpo_desk.domain.deadlines.readings import Readings
from dpo_desk.domain.deadlines.rulesets import get_ruleset
from dpo_desk.domain.jurisdictions import CODES as JURISDICTIONS
from dpo_desk.errors import UserError
from dpo_desk.store.models import Case

DeadlineResult = dl.DeadlineResult


def check_jurisdiction(code: str) -> str:
    """The canonical code of a rule set, or a UserError listing the known ones."""
    try:
        return get_ruleset(code.strip().upper()).code
    except DeadlineError as exc:
        raise UserError.carrying(exc) from None


def known_jurisdictions() -> list[str]:
    return list(JURISDICTIONS)


def readings_from(values: dict[str, Any] | None) -> Readings:
    known = {k: v for k, v in (values or {}).items() if k in Readings.__dataclass_fields__}
    try:
        return Readings(**known)
    except ValueError as exc:
        raise UserError.carrying(exc) from None


def suspensions_of(case: Case) -> list[tuple[date, date]]:
    """Closed suspension periods; an open one (identity still awaited) runs until today."""
    out: list[tuple[date, date]] = []
    for ev in case.deadline_events:
        if ev.kind == "suspension" and ev.ends_on is not None:
            out.append((ev.starts_on, ev.ends_on))
    return out


def open_suspension(case: Case) -> date | None:
    for ev in case.deadline_events:
        if ev.kind == "suspension" and ev.ends_on is None:
            return ev.starts_on
    return None


def compute(
    jurisdiction: str,
    received: date | datetime,
    *,
    readings: dict[str, Any] | None = None,
    suspensions: list[tuple[date, date]] | None = None,
    extended: bool = False,
    tz: str | None = None,
    today: date | None = None,
) -> DeadlineResult:
    """Compute a deadline; domain errors become UserErrors with the same message."""
    try:
        return dl.compute_deadline(
            get_ruleset(jurisdiction),
            received,
            suspensions=tuple(suspensions or ()),
            extended=extended,
            readings=readings_from(readings),
            tz=tz,
            today=today,
        )
    except DeadlineError as exc:
        raise UserError.carrying(exc) from None
    except ValueError as exc:
        raise UserError.carrying(exc) from None


def of_case(case: Case, today: date | None = None) -> DeadlineResult:
    """The deadline of a stored case, from its own facts."""
    return compute(
        case.jurisdiction,
        case.received_on,
        readings=case.readings,
        suspensions=suspensions_of(case),
        extended=case.extended_on is not None,
        today=max(today or case.received_on, case.received_on),
    )


def refresh(case: Case, today: date | None = None) -> DeadlineResult:
    """Recompute and store the due dates of ``case``."""
    result = of_case(case, today)
    case.due_date = result.due
    case.extension_notice_by = result.extension_notice_by
    case.extended_due_date = result.extended_due
    return result
