"""Whether a request's deadline was met, as the request log given to an authority says.

GDPR Art. 12(3): the controller acts "within one month of receipt", extendable by two
further months where the person was told within the first month. A reply on the due day
itself is in time (Reg. 1182/71 Art. 3(2)(c): the period ends at the *end* of that day).
The binding date is the extended one when the extension was granted, else the first one.
"""

from __future__ import annotations

from datetime import date

MET = "met"
MISSED = "missed"
PENDING = "pending"
OVERDUE = "overdue"
NO_DEADLINE = "no-deadline"


def binding_due(due: date | None, extended_due: date | None) -> date | None:
    """The date that binds: the extended one once granted (Art. 12(3)), else the first."""
    return extended_due or due


def outcome(
    due: date | None, extended_due: date | None, answered_on: date | None, today: date
) -> str:
    """``met`` / ``missed`` once answered; ``pending`` / ``overdue`` while open."""
    binding = binding_due(due, extended_due)
    if binding is None:
        return NO_DEADLINE
    if answered_on is not None:
        return MET if answered_on <= binding else MISSED
    return OVERDUE if today > binding else PENDING


def notice_in_time(notice_by: date | None, extended_on: date | None) -> bool | None:
    """Was the extension told within the first month (Art. 12(3))? None: no extension."""
    if extended_on is None:
        return None
    return notice_by is None or extended_on <= notice_by
