"""The jurisdictions a case can be under, by the codes of their deadline rule sets.

The case list's filter offers them before the window's first paint, which does not load
the deadline machinery (its holiday calendars; issue 19). A test checks these are the
codes of ``deadlines.rulesets.RULESETS``, in its order.
"""

from __future__ import annotations

CODES = ("FR", "FR-57", "FR-67", "FR-68", "GB", "CA-QC", "US-CA", "CA", "BR")
