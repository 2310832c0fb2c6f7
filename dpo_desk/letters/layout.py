"""Page geometry, colours and paragraph styles of a letter (A4, French window envelope).

Kept apart from the rendering code so that the numbers a DPO may have to check against
the envelope (window position, fold marks, margins) sit in one short module, and so that
the blocks and the page decoration share one set of styles.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from dpo_desk.letters import fonts

PAGE_W, PAGE_H = A4  # 210 x 297 mm

# --- Layout, in mm from the top-left corner of the page ------------------------------
MARGIN_L = 20.0
MARGIN_R = 20.0
CONTENT_W = 210.0 - MARGIN_L - MARGIN_R  # 170 mm
LETTERHEAD_TOP = 14.0
LETTERHEAD_W = 82.0

# Addressee block for a French window envelope. A4 folded in three (99 mm panels) goes
# into a DL envelope (110 x 220 mm) whose window is 100 x 45 mm, 20 mm from the right
# edge and 15 mm from the bottom edge (the common French "DL fenêtre 45x100" placement;
# NF Z 10-011 itself governs the address lines: at most 6 lines, 7 abroad, 38 characters
# each, left-aligned). So the window spans x = 100..200 and y = 50..95 mm of the
# envelope. The sheet can slide about 10 mm sideways (220 vs 210) and 11 mm vertically
# (110 vs 99), so the part of the sheet always visible is about x = 100..190 mm and
# y = 50..84 mm. The block starts 10 mm inside that zone horizontally and 2 mm down.
ADDRESS_X = 110.0
ADDRESS_TOP = 52.0
ADDRESS_W = 80.0  # to x = 190 mm
ADDRESS_MAX_H = 32.0  # to y = 84 mm
ADDRESS_MAX_LINES = 7
ADDRESS_MAX_CHARS = 38

FIRST_FRAME_TOP = 92.0  # body starts under the always-visible window area (84 mm)
LATER_FRAME_TOP = 20.0
FRAME_BOTTOM = 22.0
FOOTER_Y = 10.0
FOLD_MARKS = (99.0, 198.0)  # tri-fold marks on the left edge

LIST_GAP = 7  # points after the last item of a list, like a paragraph's spaceAfter

GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.75, 0.75, 0.75)
HEADER_BG = colors.Color(0.92, 0.93, 0.95)


def _y(top_mm: float) -> float:
    """reportlab y coordinate (points from the bottom) of a distance from the top."""
    return PAGE_H - top_mm * mm


# --- Styles ----------------------------------------------------------------------------
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        bulletFontName=fonts.REGULAR,  # the default, Helvetica, would not be embedded
        fontSize=10,
        leading=14,
        spaceAfter=7,
        alignment=TA_LEFT,
    )
    return {
        "body": base,
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=6 * mm, bulletIndent=2 * mm, spaceAfter=3
        ),
        "section": ParagraphStyle(
            "section",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=8,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=4,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "annex": ParagraphStyle(
            "annex", parent=base, fontName=fonts.BOLD, fontSize=12, leading=16, spaceAfter=6
        ),
        "lead": ParagraphStyle("lead", parent=base, spaceAfter=3, keepWithNext=1),
        "subject": ParagraphStyle("subject", parent=base, fontName=fonts.BOLD, spaceAfter=10),
        "right": ParagraphStyle("right", parent=base, leftIndent=(ADDRESS_X - MARGIN_L) * mm),
        "refs": ParagraphStyle("refs", parent=base, fontSize=9, leading=12.5, spaceAfter=8),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellhead": ParagraphStyle(
            "cellhead", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        "address": ParagraphStyle("address", parent=base, fontSize=10, leading=12.5, spaceAfter=0),
        "lh_name": ParagraphStyle(
            "lh_name", parent=base, fontName=fonts.BOLD, fontSize=12, leading=15, spaceAfter=1
        ),
        "lh": ParagraphStyle(
            "lh", parent=base, fontSize=8.5, leading=11, textColor=GREY, spaceAfter=0
        ),
        "footer": ParagraphStyle(
            "footer", parent=base, fontSize=7, leading=9, textColor=GREY, spaceAfter=0
        ),
        "footer_r": ParagraphStyle(
            "footer_r", parent=base, fontSize=7, leading=9, textColor=GREY, alignment=TA_RIGHT
        ),
    }


_STYLES: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    global _STYLES
    if _STYLES is None:
        fonts.register_fonts()
        _STYLES = _styles()
    return _STYLES
