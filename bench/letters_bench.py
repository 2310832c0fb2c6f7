"""Letters per second: DPO Desk's renderer vs bare reportlab building the same pages.

The bare baseline gets, for free, everything our engine computes: the paragraph markup
(already filled, escaped, with CJK font tags), the table cells and the page texts. It
only builds Paragraphs and Tables with the same fonts and styles, draws the same
letterhead, address and footer strings, and numbers pages "Page x / y" with a deferred
canvas. The difference is therefore our overhead: template loading, field computation,
escaping, font fallback scanning, the address fitting and the atomic write is excluded
(both render to memory).

    .venv/bin/python bench/letters_bench.py [letters per kind, default 100]
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from dpo_desk.letters import fonts, render, render_letter_bytes
from dpo_desk.letters.data import LetterData
from dpo_desk.letters.sample import data_copy, sample_letter
from dpo_desk.letters.templates import load_template

PAGE_H = A4[1]


def _spec(items: list[Flowable]) -> list[tuple[Any, ...]]:
    """Flatten our story into plain data the bare builder turns back into flowables."""
    out: list[tuple[Any, ...]] = []
    for f in items:
        if isinstance(f, KeepTogether):
            out += _spec(list(f._content))
        elif isinstance(f, Paragraph):
            out.append(("p", f.text, f.style, getattr(f, "bulletText", None)))
        elif isinstance(f, Table):
            cells = [[c.text for c in row] for row in f._cellvalues]
            styles = [[c.style for c in row] for row in f._cellvalues]
            out.append(("t", cells, styles, f._colWidths, f._linecmds + f._bkgrndcmds))
        elif isinstance(f, PageBreak):
            out.append(("pb",))
        elif isinstance(f, Spacer):
            out.append(("s", f.height))
    return out


def _prepare(data: LetterData) -> dict[str, Any]:
    ctx = render._Ctx(data)
    story = render._story(ctx, load_template(data.kind, data.lang), render._fields(data))
    org, a = data.organisation, data.addressee
    return {
        "spec": _spec(story),
        "head": [org.name, *org.address, org.dpo_name, org.dpo_email],
        "address": [a.name, *a.address],
        "footer": " · ".join([org.name, ", ".join(org.address), org.registration]),
        "running": f"{org.name} · N/Réf. : {data.case.reference}",
    }


class _BareNumbered(Canvas):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for n, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 7)
            self.drawRightString(190 * mm, 12 * mm, f"Page {n} / {total}")
            super().showPage()
        super().save()


def bare(prep: dict[str, Any]) -> bytes:
    """The same pages with plain reportlab: no templates, no escaping, no fallback scan."""
    story: list[Flowable] = []
    for item in prep["spec"]:
        if item[0] == "p":
            story.append(Paragraph(item[1], item[2], bulletText=item[3]))
        elif item[0] == "t":
            cells = [
                [Paragraph(text, st) for text, st in zip(row, srow, strict=True)]
                for row, srow in zip(item[1], item[2], strict=True)
            ]
            story.append(Table(cells, colWidths=item[3], style=item[4], repeatRows=1))
        elif item[0] == "pb":
            story.append(PageBreak())
        else:
            story.append(Spacer(1, item[1]))

    def first(c: Canvas, doc: BaseDocTemplate) -> None:
        c.setFont(fonts.BOLD, 12)
        c.drawString(20 * mm, PAGE_H - 19 * mm, prep["head"][0])
        c.setFont(fonts.REGULAR, 8.5)
        for i, line in enumerate(prep["head"][1:]):
            c.drawString(20 * mm, PAGE_H - (24 + 4 * i) * mm, line)
        c.setFont(fonts.REGULAR, 10)
        for i, line in enumerate(prep["address"]):
            c.drawString(110 * mm, PAGE_H - (56 + 4.4 * i) * mm, line)
        later(c, doc, running=False)

    def later(c: Canvas, doc: BaseDocTemplate, running: bool = True) -> None:
        c.setFont(fonts.REGULAR, 7)
        if running:
            c.drawString(20 * mm, PAGE_H - 12 * mm, prep["running"])
        c.drawString(20 * mm, 12 * mm, prep["footer"][:120])

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, initialFontName=fonts.REGULAR)
    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [Frame(20 * mm, 22 * mm, 170 * mm, 183 * mm, 0, 0, 0, 0)],
                onPage=first,
                autoNextPageTemplate="later",
            ),
            PageTemplate(
                "later", [Frame(20 * mm, 22 * mm, 170 * mm, 255 * mm, 0, 0, 0, 0)], onPage=later
            ),
        ]
    )
    doc.build(story, canvasmaker=_BareNumbered)
    return buf.getvalue()


def rate(fn: Callable[[], bytes], n: int) -> tuple[float, int]:
    fn()  # warm-up (font loading, caches)
    t0 = time.perf_counter()
    size = 0
    for _ in range(n):
        size = len(fn())
    return n / (time.perf_counter() - t0), size


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    fonts.register_fonts()
    cases = {
        "acknowledgement fr (1 page)": sample_letter("acknowledgement", "fr"),
        "refusal en (1 page)": sample_letter("refusal", "en"),
        "access-reply fr (4 pages)": sample_letter("access-reply", "fr"),
        "access-reply fr, 200-row annex": sample_letter(
            "access-reply", "fr", data_copy=data_copy(rows=200)
        ),
    }
    print(f"{n} letters per case; rates in letters/s")
    print(f"{'case':34} {'ours':>8} {'bare':>8} {'ratio':>6} {'KiB':>6}")
    ratios = []
    for label, data in cases.items():
        ours, size = rate(partial(render_letter_bytes, data), n)
        prep = _prepare(data)
        base, _ = rate(partial(bare, prep), n)
        ratios.append(ours / base)
        print(f"{label:34} {ours:8.1f} {base:8.1f} {ours / base:6.2f} {size / 1024:6.1f}")
    print(f"worst ratio ours/bare: {min(ratios):.2f} (goal >= 0.5)")


if __name__ == "__main__":
    main()
