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
from typing import Any, Self

#: Installed by the message catalogue (``dpo_desk.messages``) so that this module stays
#: free of file I/O: ``(template, lang) -> translated template or None``. A term (see
#: :class:`Term`) is looked up as ``"<context>\x04<term>"``, as gettext does.
_lookup: list[Callable[[str, str], str | None]] = []

#: gettext's separator between a message context and its id.
CONTEXT_SEP = "\x04"


def install_catalogue(lookup: Callable[[str, str], str | None]) -> None:
    """Let ``render`` find translations; the last one installed wins."""
    _lookup.append(lookup)


def _translate(key: str, lang: str) -> str | None:
    if not _lookup:
        # The catalogue installs itself on import; imported late so that this module
        # (imported by every layer) reads no file until a translation is asked for.
        import dpo_desk.messages  # noqa: F401

    return _lookup[-1](key, lang) if _lookup else None


class Term(str):
    """A word from a fixed vocabulary shown inside a message: a field's name, a kind.

    Services pass internal keys (``registered_on``, ``e-mail``); the reader sees a label
    in their own language ("date d'enregistrement"), never the key.
    """

    context = "field"

    def render(self, lang: str = "en") -> str:
        key = f"{self.context}{CONTEXT_SEP}{self}"
        found = _translate(key, lang) if lang != "en" else None
        if found:
            return found
        # English keeps the key: in an import it is the column the DPO has to correct.
        return str.__str__(self)


class Phrase(str):
    """A piece of a message that is itself a template ("line {n}"), usable as a ``str``.

    Its English text is the string; inside a refusal it is rendered in the reader's
    language, like a nested refusal.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Phrase:
        self = super().__new__(cls, format_message(template, params))
        self.template = template
        self.params = params
        return self

    def render(self, lang: str = "en") -> str:
        return format_message(self.template, self.params, lang)


class Both(str):
    """A parameter the caller already has in both languages (a law's citation from the
    regime table): English as the string, French when the refusal is shown in French."""

    french: str

    def __new__(cls, english: str, french: str) -> Both:
        self = super().__new__(cls, english)
        self.french = french
        return self

    def render(self, lang: str = "en") -> str:
        return self.french if lang == "fr" else str.__str__(self)


def template(text: str) -> str:
    """Mark a refusal template that is not raised where it is written (a wrapper, a
    default message) so that the catalogue check finds it; returns ``text``."""
    return text


def _param(value: Any, lang: str) -> Any:
    """A parameter as shown in ``lang``: nested refusals, phrases and terms translated."""
    if isinstance(value, Refusal | Term | Phrase | Both):
        return value.render(lang)
    return value


def format_message(template: str, params: dict[str, Any], lang: str = "en") -> str:
    """The template in ``lang`` (English when no translation exists), filled in."""
    text = template
    if lang != "en":
        text = _translate(template, lang) or template
    shown = {k: _param(v, lang) for k, v in params.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        pass
    # A broken translation must never hide the refusal: fall back to English, and to the
    # bare template if even that does not fill in (a wrong raise site is still readable).
    try:
        return template.format(**{k: _param(v, "en") for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return template


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

    @classmethod
    def carrying(cls, exc: BaseException) -> Self:
        """This kind of error with ``exc``'s message, still translatable.

        For a service that turns a domain refusal into a ``UserError``: ``raise
        UserError.carrying(exc) from None`` keeps the template and its parameters.
        """
        if isinstance(exc, Refusal):
            new = cls.__new__(cls)
            Refusal.__init__(new, exc.template, **exc.params)
            return new
        return cls("{reason}", reason=str(exc))


def render_error(exc: BaseException | str, lang: str = "en") -> str:
    """Any exception's (or phrase's) message in ``lang``: a Refusal or a Phrase is
    translated, others are shown as they are."""
    if isinstance(exc, Refusal | Phrase):
        return exc.render(lang)
    return str(exc)


class InvalidValue(Refusal, ValueError):
    """A word typed by a person that is not one of the accepted ones (a right, a state,
    a reading): a ``ValueError`` for the callers that catch those, translatable."""


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
