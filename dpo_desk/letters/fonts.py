"""Bundled fonts, registered once, and per-character fallback for scripts DejaVu lacks.

reportlab has no per-glyph font fallback: a glyph missing from the paragraph's font prints
as a box. DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Hebrew; Droid Sans
Fallback covers CJK (Han, kana, Hangul). :func:`apply_fallback` wraps each run of
characters that DejaVu lacks but Droid has in ``<font name="DroidFallback">``.

Right-to-left scripts: reportlab shapes Arabic only with ``uharfbuzz`` installed (not a
dependency of DPO Desk) and has no bidi reordering of multi-word runs without ``rlbidi``.
Without uharfbuzz, Arabic prints in isolated letter forms, left to right; the renderer
reports this in ``RenderResult.warnings``. With uharfbuzz, shaping is switched on only for
paragraphs that contain RTL text (it makes rendering about 3x slower).
"""

from __future__ import annotations

import importlib.util
import re
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dpo_desk.letters.resources import fonts_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidFallback"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}

_lock = threading.Lock()
_primary_chars: frozenset[int] = frozenset()
_fallback_chars: frozenset[int] = frozenset()
_registered = False

#: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic ext. and presentation forms.
RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")

HAS_SHAPING = importlib.util.find_spec("uharfbuzz") is not None


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (idempotent, thread-safe)."""
    global _registered, _primary_chars, _fallback_chars
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        faces: dict[str, TTFont] = {}
        for name, filename in _FILES.items():
            font = TTFont(name, str(folder / filename))
            pdfmetrics.registerFont(font)
            faces[name] = font
        # <b> and <i> inside paragraphs map through these families. No oblique face is
        # bundled: italic falls back to upright. Droid has a single weight.
        for family, normal, bold in ((REGULAR, REGULAR, BOLD), (FALLBACK, FALLBACK, FALLBACK)):
            addMapping(family, 0, 0, normal)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, normal)
            addMapping(family, 1, 1, bold)
        addMapping(BOLD, 0, 0, BOLD)
        addMapping(BOLD, 1, 0, BOLD)
        addMapping(BOLD, 0, 1, BOLD)
        addMapping(BOLD, 1, 1, BOLD)
        _primary_chars = frozenset(faces[REGULAR].face.charToGlyph)
        _fallback_chars = frozenset(faces[FALLBACK].face.charToGlyph) - _primary_chars
        _registered = True


def primary_has(char: str) -> bool:
    register_fonts()
    return ord(char) in _primary_chars


def apply_fallback(markup: str) -> str:
    """Wrap runs of characters only the fallback font has in ``<font name=...>``.

    Safe on escaped paragraph markup: tags and entities are ASCII, which DejaVu covers,
    so they are never split.
    """
    register_fonts()
    if markup.isascii():
        return markup
    out: list[str] = []
    run: list[str] = []
    for ch in markup:
        if ord(ch) in _fallback_chars:
            run.append(ch)
            continue
        if run:
            out.append(f'<font name="{FALLBACK}">{"".join(run)}</font>')
            run = []
        out.append(ch)
    if run:
        out.append(f'<font name="{FALLBACK}">{"".join(run)}</font>')
    return "".join(out)


def missing_glyphs(text: str) -> set[str]:
    """Characters neither bundled font can draw (they would print as boxes)."""
    register_fonts()
    return {
        ch
        for ch in set(text)
        if ord(ch) not in _primary_chars
        and ord(ch) not in _fallback_chars
        and not ch.isspace()
        and ord(ch) >= 0x20
    }


def has_rtl(text: str) -> bool:
    return RTL_RE.search(text) is not None
