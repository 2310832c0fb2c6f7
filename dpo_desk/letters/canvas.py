"""What is drawn on the page itself rather than flowed: letterhead, window address,
fold marks, running header, footer and "Page x / y".

reportlab calls these as page callbacks (``_Decor``) and through a canvas class
(``_NumberedCanvas``); they depend on the page geometry only, not on the template, so
they are kept out of the story and the blocks.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Paragraph

from dpo_desk.letters import fonts
from dpo_desk.letters.context import _Ctx, _lines
from dpo_desk.letters.kinds import t
from dpo_desk.letters.layout import (
    ADDRESS_MAX_CHARS,
    ADDRESS_MAX_H,
    ADDRESS_MAX_LINES,
    ADDRESS_TOP,
    ADDRESS_W,
    ADDRESS_X,
    CONTENT_W,
    FOLD_MARKS,
    FOOTER_Y,
    GREY,
    LETTERHEAD_TOP,
    LETTERHEAD_W,
    MARGIN_L,
    PAGE_H,
    RULE,
    _y,
)
from dpo_desk.letters.text import clean, value_markup


def _draw_para(canvas: Canvas, p: Paragraph, x_mm: float, top_mm: float, w_mm: float) -> float:
    """Draw a paragraph with its top at ``top_mm``; return its height in mm."""
    _, h = p.wrapOn(canvas, w_mm * mm, PAGE_H)
    p.drawOn(canvas, x_mm * mm, _y(top_mm) - h)
    return float(h) / mm


def _load_logo(ctx: _Ctx) -> ImageReader | None:
    logo = ctx.data.organisation.logo
    if logo is None:
        return None
    try:
        # Read the local file ourselves: ImageReader would also open URLs.
        return ImageReader(io.BytesIO(Path(logo).read_bytes()))
    except Exception as exc:  # a broken logo must not stop a legal letter
        ctx.warnings.add(f"logo not printed: {type(exc).__name__}")
        return None


class _Decor:
    """onPage callbacks: letterhead and window address (page 1), header (later pages)."""

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        org = ctx.data.organisation
        self.logo = _load_logo(ctx)
        self.head_name = ctx.para(ctx.val(org.name), "lh_name")
        lh_lines = [ctx.val(line) for line in org.address if line.strip()]
        if org.dpo_name.strip():
            # The same title as the signature (gender and language cannot differ).
            title = org.signature_title or ctx.t("dpo")
            sep = " : " if ctx.lang == "fr" else ": "
            lh_lines.append(ctx.val(f"{title}{sep}{org.dpo_name}"))
        if org.dpo_email.strip():
            lh_lines.append(ctx.val(org.dpo_email))
        self.head_lines = ctx.para("<br/>".join(lh_lines), "lh") if lh_lines else None
        self.address = self._address_para()
        footer = [org.name, _lines(org.address), org.registration]
        self.footer = ctx.para(ctx.val(" · ".join(p for p in footer if p.strip())), "footer")
        running = f"{org.name} · {t('our_ref', ctx.lang)} {ctx.data.case.reference}"
        self.running = ctx.para(ctx.val(running), "footer")

    def _address_para(self) -> Paragraph:
        a = self.ctx.data.addressee
        lines = [a.name, *a.address] if a.address else [a.name, a.email]
        lines = [clean(line, self.ctx.flags).strip() for line in lines if line and line.strip()]
        if len(lines) > ADDRESS_MAX_LINES:
            self.ctx.warnings.add(
                f"address has {len(lines)} lines; the window shows {ADDRESS_MAX_LINES} "
                "(NF Z 10-011: 6, or 7 abroad)"
            )
        if any(len(line) > ADDRESS_MAX_CHARS for line in lines):
            self.ctx.warnings.add(
                f"an address line is longer than {ADDRESS_MAX_CHARS} characters (NF Z 10-011)"
            )
        markup = "<br/>".join(value_markup(line) for line in lines)
        style = self.ctx.st["address"]
        para = self.ctx.para(markup, style)
        # Shrink (down to 7 pt) until the block fits the always-visible window area.
        size = style.fontSize
        while size > 7:
            _, h = para.wrap(ADDRESS_W * mm, PAGE_H)
            if h <= ADDRESS_MAX_H * mm:
                break
            size -= 0.5
            smaller = ParagraphStyle("address-s", parent=style, fontSize=size, leading=size * 1.2)
            para = self.ctx.para(markup, smaller)
        else:
            self.ctx.warnings.add("the address does not fit the envelope window")
        return para

    def first(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = LETTERHEAD_TOP
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            scale = min(40 * mm / iw, 18 * mm / ih)
            w, h = iw * scale, ih * scale
            canvas.drawImage(self.logo, MARGIN_L * mm, _y(top) - h, w, h, mask="auto")
            top += h / mm + 2
        top += _draw_para(canvas, self.head_name, MARGIN_L, top, LETTERHEAD_W)
        if self.head_lines is not None:
            _draw_para(canvas, self.head_lines, MARGIN_L, top, LETTERHEAD_W)
        _draw_para(canvas, self.address, ADDRESS_X, ADDRESS_TOP, ADDRESS_W)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        for fold in FOLD_MARKS:
            canvas.line(4 * mm, _y(fold), 8 * mm, _y(fold))
        self._footer(canvas)
        canvas.restoreState()

    def later(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        _draw_para(canvas, self.running, MARGIN_L, 10, CONTENT_W)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_L * mm, _y(15), (MARGIN_L + CONTENT_W) * mm, _y(15))
        self._footer(canvas)
        canvas.restoreState()

    def _footer(self, canvas: Canvas) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(
            MARGIN_L * mm, (FOOTER_Y + 6) * mm, (MARGIN_L + CONTENT_W) * mm, (FOOTER_Y + 6) * mm
        )
        _, h = self.footer.wrapOn(canvas, (CONTENT_W - 30) * mm, PAGE_H)
        self.footer.drawOn(canvas, MARGIN_L * mm, (FOOTER_Y + 5) * mm - h)


class _NumberedCanvas(Canvas):
    """Defers showPage so that every page can print "Page x / y" once y is known."""

    def __init__(self, *args: Any, page_label: str, counter: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._counter = counter
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        self._counter.append(total)
        for n, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 7)
            self.setFillColor(GREY)
            label = self._page_label.format(n=n, total=total)
            self.drawRightString((MARGIN_L + CONTENT_W) * mm, (FOOTER_Y + 2) * mm, label)
            super().showPage()
        super().save()
