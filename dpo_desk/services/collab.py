"""Working together on one store (issue 16): who works on a case ("my cases").

Saving over someone else's change is refused by :mod:`dpo_desk.services.versions`.
"""

from __future__ import annotations

from dpo_desk.domain.text import NAME_MAX, clean
from dpo_desk.errors import Phrase
from dpo_desk.services import audit
from dpo_desk.services.cases import load_case, summary_of
from dpo_desk.services.context import Context
from dpo_desk.services.dto import CaseSummary
from dpo_desk.services.versions import check_version, flush


def assign_case(
    ctx: Context, reference: str, person: str | None, version: int | None = None
) -> CaseSummary:
    """Give the case to ``person`` (a team member's login name), or to nobody (None or
    empty). Audited with the former and new assignee; ``version``: see the module."""
    name = clean(person or "", "assigned to", max_len=NAME_MAX) or None
    what = Phrase("this case")
    with ctx.db.write() as session:
        case = load_case(session, reference)
        check_version(ctx, session, case, version, what, "case", case.reference)
        before = case.assigned_to
        if before != name:
            case.assigned_to = name
            flush(ctx, session, what)
            audit.record(
                session,
                ctx,
                "case.assign",
                "case",
                case.reference,
                {"assigned_to": {"from": before or "", "to": name or ""}},
            )
        return summary_of(case)
