"""Two kinds of failure, told apart so that the user sees the right message.

A ``UserError`` comes from the world (bad input, a locked store, a full disk, a wrong
passphrase): its text is shown as is, on one line, and nothing has changed. Anything else
is a bug: it is logged with its traceback and reported as such.
"""

from __future__ import annotations


class DpoError(Exception):
    """Base of the errors DPO Desk raises on purpose."""


class UserError(DpoError):
    """A refusal the user can act on; the message is complete and human."""


class NotFound(UserError):
    """A reference that names nothing (unknown case, unknown record)."""


class StoreError(UserError):
    """The store cannot be opened or used (locked, corrupt, from a newer version...)."""


class BugError(DpoError):
    """An internal inconsistency: never shown without a crash report."""
