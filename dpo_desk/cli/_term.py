"""Text from the store made safe to print on a terminal.

A name typed by a data subject can hold control characters (ESC sequences that move the
cursor, change the title or colour) and Unicode bidi controls (U+202E turns
``scan\u202efdp.exe`` into what looks like ``scanexe.pdf``). Printed raw, they rewrite
what the DPO sees (issue 13; reliability.md (c) 4: "shown escaped"). They are shown as
``\\u202e`` / ``\\x1b`` instead; every other character, accents, CJK, Arabic, emoji and
joiners included, is printed as it is. ``--json`` output is data, not display: unchanged.
"""

from __future__ import annotations

import unicodedata

#: Bidi embedding, override, isolate and mark characters (Unicode TR9), plus the line and
#: paragraph separators that break a table row.
BIDI = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: object, *, newlines: bool = False) -> str:
    """``text`` with control and bidi characters escaped (``\\x1b``, ``\\u202e``).

    ``newlines=True`` keeps line feeds (multi-line notes in ``case show``).
    """
    s = str(text)
    if s.isprintable() and not BIDI.intersection(s):
        return s
    out = []
    for ch in s:
        if ch == "\n" and newlines:
            out.append(ch)
        elif ch in BIDI or (unicodedata.category(ch) == "Cc"):
            out.append(_escape(ch))
        else:
            out.append(ch)
    return "".join(out)
