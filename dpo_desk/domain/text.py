"""Rules for the text people type: what is refused, what is kept exactly as typed.

Names and notes are kept as typed (accents, any script, emoji, zero-width joiners): a DPO
must answer "Lefèvre", not "Lefevre". What is refused is what no person can mean and what
breaks files and letters: NUL bytes and other control characters, whitespace-only values,
absurd lengths (reliability.md, hostile inputs 5, 6, 9).
"""

from __future__ import annotations

import unicodedata

from dpo_desk.errors import Term, UserError

NAME_MAX = 300
EMAIL_MAX = 320
ADDRESS_MAX = 1000
NOTE_MAX = 100_000  # about 50 pages of text; larger pastes are refused, never truncated

#: Bidirectional overrides and isolates: legitimate in Arabic or Hebrew text, but they can
#: disguise a file name (``scan\u202efdp.exe``); they are kept and shown escaped.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class TextError(UserError, ValueError):
    """A value that cannot be stored; the message names the field and the rule."""


def clean(
    value: str | None,
    field: str,
    *,
    max_len: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """Validate ``value`` and return it with surrounding whitespace removed.

    Raises:
        TextError: NUL or control characters, too long, or missing when required.
    """
    text = (value or "").strip()
    if "\x00" in text:
        raise TextError("{field}: contains a NUL byte", field=Term(field))
    allowed = {"\n", "\t", "\r"} if multiline else set()
    for ch in text:
        if unicodedata.category(ch) == "Cc" and ch not in allowed:
            raise TextError(
                "{field}: contains a control character (U+{code:04X})",
                field=Term(field),
                code=ord(ch),
            )
    if required and not text:
        raise TextError("{field}: is required", field=Term(field))
    if len(text) > max_len:
        raise TextError(
            "{field}: {length} characters, the limit is {max_len}",
            field=Term(field),
            length=len(text),
            max_len=max_len,
        )
    return text


def fold(text: str) -> str:
    """Lower-case, accent-free key for search: "Lefèvre" and "LEFEVRE" give "lefevre"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def show_controls(text: str) -> str:
    """Make invisible direction controls visible, e.g. for a file name in a list."""
    return "".join(f"\\u{ord(ch):04x}" if ch in BIDI_CONTROLS else ch for ch in text)


def check_email(value: str | None, *, required: bool = False) -> str:
    """Accept an address if it has a non-empty local part and domain, and keep it as typed.

    DPO Desk never sends mail: the rule guards against typos, not against RFC 5321 corner
    cases. ``用户@例子.广告``, its punycode form, ``"a b"@example.com`` and ``a@b`` are all
    accepted unchanged (reliability.md input 10).
    """
    text = clean(value, "e-mail", max_len=EMAIL_MAX, required=required)
    if not text:
        return text
    local, sep, domain = text.rpartition("@")
    if not sep or not local or not domain or any(ch.isspace() for ch in domain):
        raise TextError("e-mail: {text!r} is not an address (expected name@domain)", text=text)
    if any(ch.isspace() for ch in local) and not (local.startswith('"') and local.endswith('"')):
        raise TextError("e-mail: {text!r} has a space outside quotes", text=text)
    return text
