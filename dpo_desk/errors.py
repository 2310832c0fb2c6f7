"""Two kinds of failure, told apart so that the user sees the right message.

A ``UserError`` comes from the world (bad input, a locked store, a full disk, a wrong
passphrase): its text is shown on one line, and nothing has changed. Anything else is a
bug: it is logged with its traceback and reported as such.

A refusal is written once, in English, as a ``str.format`` template with named
parameters, and rendered in the reader's language where it is shown::

    raise UserError("no case with reference {reference}", reference=ref)

``str(exc)`` is the English text (logs, the CLI's default); ``exc.render("fr")`` is the
French one, looked up by the template in the services' message catalogue. The services
and the domain never import Qt: the window and the CLI choose the language. Never build
the text with an f-string before raising: the template is the message's identity.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Installed by the message catalogue (``dpo_desk.messages``) so that this module stays
#: free of file I/O: ``(template, lang) -> translated template or None``.
_lookup: list[Callable[[str, str], str | None]] = []


def install_catalogue(lookup: Callable[[str, str], str | None]) -> None:
    """Let ``render`` find translations; the last one installed wins."""
    _lookup.append(lookup)


def format_message(template: str, params: dict[str, Any], lang: str = "en") -> str:
    """The template in ``lang`` (English when no translation exists), filled in."""
    text = template
    if lang != "en" and _lookup:
        text = _lookup[-1](template, lang) or template
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A broken translation must never hide the refusal: fall back to English.
        return template.format(**params)


class Refusal(Exception):
    """A message with a template and named parameters, rendered per language.

    Mixed into every error whose text reaches a person (``UserError`` and the domain's
    ``ValueError`` subclasses alike).
    """

    template: str
    params: dict[str, Any]

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(format_message(template, params))

    def render(self, lang: str = "en") -> str:
        """The message in ``lang`` ("en" or "fr")."""
        return format_message(self.template, self.params, lang)


def render_error(exc: BaseException, lang: str = "en") -> str:
    """Any exception's message in ``lang``: a Refusal is translated, others as they are."""
    if isinstance(exc, Refusal):
        return exc.render(lang)
    return str(exc)


class DpoError(Refusal, Exception):
    """Base of the errors DPO Desk raises on purpose."""


class UserError(DpoError):
    """A refusal the user can act on; the message is complete and human."""


class NotFound(UserError):
    """A reference that names nothing (unknown case, unknown record)."""


class StoreError(UserError):
    """The store cannot be opened or used (locked, corrupt, from a newer version...)."""


class BugError(DpoError):
    """An internal inconsistency: never shown without a crash report."""
