"""Turning untrusted text into safe reportlab paragraph markup.

Every user value and every template line is *plain text*: it goes through
:func:`clean` (control characters) and ``xml.sax.saxutils.escape`` before it reaches a
``Paragraph``, so ``<img src="http://...">`` or ``S&P <b>`` print literally and nothing is
fetched. The only markup a DPO can write in a template is ``**bold**``.

Decisions:

- C0/C1 control characters are removed, except newline (kept as a line break) and tab
  (printed as a space). NUL is removed too (the store rejects it earlier).
- Bidirectional *override/embedding/isolate* controls (U+202A-U+202E, U+2066-U+2069),
  which can make a name or filename read backwards, are never passed to the PDF: each is
  replaced by the visible text ``[U+202E]`` and reported in ``RenderResult.warnings``. The
  DPO sees exactly what was typed. Zero-width joiners, LRM/RLM, combining marks and emoji
  are kept unchanged.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
_BOLD_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def clean(value: str, flags: set[str] | None = None) -> str:
    """Plain text with controls removed and bidi overrides made visible.

    ``flags`` (if given) receives a note per suspicious character found.
    """
    if not value:
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if _CONTROL_RE.search(value):
        if flags is not None:
            flags.add("control characters removed")
        value = _CONTROL_RE.sub("", value)
    if _BIDI_RE.search(value):

        def visible(m: re.Match[str]) -> str:
            code = f"U+{ord(m.group()):04X}"
            if flags is not None:
                flags.add(f"bidirectional control {code} shown as [{code}]")
            return f"[{code}]"

        value = _BIDI_RE.sub(visible, value)
    return value


def value_markup(value: str, flags: set[str] | None = None) -> str:
    """Markup for a user value: cleaned, escaped, newlines as line breaks.

    ``*`` becomes a character reference so a value can never open or close **bold**.
    """
    text = escape(clean(value, flags)).replace("*", "&#42;")
    return text.replace("\n", "<br/>")


def text_markup(text: str, flags: set[str] | None = None) -> str:
    """Markup for template text: escaped; ``**bold**`` is the only formatting."""
    return _BOLD_RE.sub(r"<b>\1</b>", value_markup(text, flags).replace("&#42;", "*"))


# A placeholder is {name} with a plain identifier; anything else in braces is literal.
PLACEHOLDER_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(
    template: str,
    fields: dict[str, str],
    flags: set[str] | None = None,
    used: set[str] | None = None,
) -> str:
    """Substitute allow-listed ``{field}`` placeholders and return paragraph markup.

    Not ``str.format``: unknown names, ``{a.b}``, ``{0}``, ``{x!r}`` and stray braces are
    kept literally; nothing is evaluated. Values are inserted after the template text is
    parsed, so a value containing ``{reference}`` or ``**`` stays literal too.
    """
    parts: list[str] = []
    pos = 0
    for m in PLACEHOLDER_RE.finditer(template):
        name = m.group(1)
        if name not in fields:
            continue  # stays literal, copied with the surrounding text
        parts.append(value_markup(template[pos : m.start()], flags).replace("&#42;", "*"))
        value = fields[name]
        if used is not None:
            used.add(name)
        parts.append(value_markup(value, flags))
        pos = m.end()
    parts.append(value_markup(template[pos:], flags).replace("&#42;", "*"))
    return _BOLD_RE.sub(r"<b>\1</b>", "".join(parts))
