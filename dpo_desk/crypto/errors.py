"""The two refusals of the crypto layer, both shown to the user as one line."""

from __future__ import annotations

from typing import Any

from dpo_desk.errors import UserError, template

#: The only message a wrong passphrase, a wrong recovery key or a damaged key file gives:
#: telling them apart would help whoever guesses.
GENERIC_UNLOCK_ERROR = template("wrong passphrase or damaged key file")


class WrongSecretError(UserError):
    """The secret offered does not unwrap the data key (or the key file was altered)."""

    def __init__(self, message: str = GENERIC_UNLOCK_ERROR, /, **params: Any) -> None:
        super().__init__(message, **params)


class DamagedError(UserError):
    """A sealed file or archive failed authentication: damaged, truncated or tampered."""
