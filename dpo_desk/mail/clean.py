"""Cleaning what a sender controls: display names, subjects, file names, HTML bodies.

Everything in a message is written by a stranger. A display name may carry an address of
its own (``"Bank <admin@bank.example>" <evil@x.example>``), markup, control characters,
or a right-to-left override that makes ``cni‮fdp.exe`` read as ``cniexe.pdf``. Nothing
here is ever rendered: HTML becomes text, names become plain one-line strings.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape
from html.parser import HTMLParser

from dpo_desk.domain.text import BIDI_CONTROLS, NAME_MAX

#: Windows device names: a file called ``CON.pdf`` or ``nul`` cannot be saved there.
DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"COM{i}" for i in range(10)]
    + [f"LPT{i}" for i in range(10)]
)
FILE_NAME_MAX = 120
_TAG = re.compile(r"<[^<>]*>")
_SPACES = re.compile(r"[ \t\u00a0]+")
#: Characters that are never part of a name: controls, formats (zero-width, bidi
#: overrides), private use, unassigned and surrogates (a badly decoded byte).
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cn", "Cs"})


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def unescape_bytes(value: str) -> str:
    """Bytes the parser could not decode (an unknown charset: it keeps them as
    surrogates) read as Latin-1, which every byte is: "Zo\\udce9" becomes "Zoé"."""
    return _ESCAPED_BYTE.sub(lambda m: chr(ord(m.group()) - 0xDC00), value)


def one_line(value: str, max_len: int = NAME_MAX) -> str:
    """``value`` on one line, without controls, format characters or markup; cut to
    ``max_len`` (what a sender writes in a header has no legal weight: the original is
    sealed whole)."""
    text = _TAG.sub(" ", unescape_bytes(value))
    text = "".join(
        " " if ch in "\r\n\t" else ch
        for ch in text
        if ch in "\r\n\t" or unicodedata.category(ch) not in _DROP_CATEGORIES
    )
    text = text.replace("<", " ").replace(">", " ")
    text = " ".join(text.split()).strip(" \"'")
    return text[:max_len].strip()


def multiline(value: str) -> str:
    """Body text: controls other than line breaks and tabs removed, bidi controls kept
    out (they could reorder what the DPO reads), line ends unified."""
    text = unescape_bytes(value).replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch
        for ch in text
        if ch in "\n\t"
        or (unicodedata.category(ch) not in {"Cc", "Cs"} and ch not in BIDI_CONTROLS)
    )


def file_name(value: str, index: int) -> str:
    """A name to show and keep for an attachment: the last path component only (``/`` and
    ``\\`` are separators to an attacker), no controls or bidi overrides, never a Windows
    device name, at most ``FILE_NAME_MAX`` characters with the extension kept."""
    name = value.replace("\\", "/").rsplit("/", 1)[-1]
    name = one_line(name, max_len=10_000).strip(" .")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.split(".")[0].upper() in DEVICE_NAMES or name.upper() in DEVICE_NAMES:
        stem = "_" + stem
    ext = ext[:10]
    stem = stem[: FILE_NAME_MAX - len(ext) - 1] if ext else stem[:FILE_NAME_MAX]
    name = f"{stem}.{ext}" if ext and stem else (stem or "")
    return name or f"attachment-{index}"


class _TextOfHtml(HTMLParser):
    """The visible text of an HTML body: blocks become lines, scripts and styles go."""

    BLOCKS = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "table",
            "ul",
            "ol",
            "hr",
        }
    )
    HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The text of an HTML body, for reading only (never rendered: no image is fetched,
    no link followed, no script run)."""
    parser = _TextOfHtml()
    try:
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    except (AssertionError, ValueError):  # a broken document: its tags dropped bluntly
        text = unescape(_TAG.sub(" ", html))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def message_id(value: str) -> str:
    """A Message-ID without its angle brackets and spaces ("" for none)."""
    text = "".join(ch for ch in value if not ch.isspace() and unicodedata.category(ch) != "Cc")
    return text.strip("<>")[:900]


def message_ids(value: str) -> list[str]:
    """Every ``<id>`` in an In-Reply-To or References header, in order."""
    found = re.findall(r"<([^<>\s]+)>", value)
    return [message_id(f) for f in found][:100] or ([message_id(value)] if value.strip() else [])
