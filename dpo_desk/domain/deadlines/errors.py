"""Errors raised by the deadline rules.

All are ``ValueError`` subclasses: they describe bad input (a date, a code, a late
decision), never a bug, so the GUI and the CLI can show their message as it is.
"""

from __future__ import annotations

from dpo_desk.errors import Refusal


class DeadlineError(Refusal, ValueError):
    """A deadline cannot be computed from the given facts; the message says why."""


class UnknownJurisdiction(DeadlineError):
    """No rule set has the requested code."""


class ExtensionRefused(DeadlineError):
    """An extension of the period is not lawful (none exists, too late, no reasons)."""
