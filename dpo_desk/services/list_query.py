"""What the case list is asked for (its filters, a dashboard queue, an order), without
SQL: the window's first paint is built before SQLAlchemy is loaded (issue 19), and its
cases page holds these. ``services.cases``, ``case_list`` and ``dashboard`` turn them
into queries and re-export them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

#: The dashboard's queues, which the case list can also show.
QUEUES = ("overdue", "due-soon", "extension-notice", "awaiting-identity", "suspended")
#: Keys the list can be ordered by (a click on a column header).
ORDER_KEYS = ("reference", "name", "status", "received", "due")


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows: every field optional, combined with AND."""

    statuses: tuple[str, ...] = ()
    right: str | None = None
    jurisdiction: str | None = None
    due_before: date | None = None
    due_after: date | None = None
    open_only: bool = False
    text: str = ""
    limit: int | None = None
    offset: int = 0
    order: str = "due"
    # Only the cases assigned to this person ("my cases", issue 16).
    assigned_to: str | None = None


@dataclass(frozen=True)
class ListQuery:
    """One state of the case list: filters, an optional dashboard queue, an order."""

    filter: CaseFilter = field(default_factory=CaseFilter)
    queue: str | None = None
    order: str = "due"
    descending: bool = False


def narrowed(query: ListQuery) -> bool:
    """Does anything but the search text narrow ``query`` (a status, a right, a law, a
    deadline window, a dashboard queue, "my cases")?"""
    bare = CaseFilter(text=query.filter.text)
    flt = replace(query.filter, limit=None, offset=0, order=bare.order)
    return query.queue is not None or flt != bare
