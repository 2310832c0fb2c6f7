"""The record of processing activities printed as the CNIL's model register: a cover
sheet (controller, DPO, list of activities), then one sheet per activity with the model's
bands: actors, purposes, security measures, data categories and retention, persons
concerned, recipients, transfers outside the EU; then DPO Desk's additions (processors'
contracts, DPIA screening, reviews). Every value is escaped (``letters.text``), so a name
like ``<img src=...>`` prints as typed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from dpo_desk.letters import fonts
from dpo_desk.letters.register_data import ActivitySheet, RegisterBook, label
from dpo_desk.letters.text import value_markup

BAND = colors.HexColor("#1f3b63")
LIGHT = colors.HexColor("#e8edf4")
GRID = colors.HexColor("#9aa7b8")
WIDTH = A4[0] - 36 * mm


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=8.5, leading=11)
    return {
        "cell": base,
        "head": ParagraphStyle("head", parent=base, fontName=fonts.BOLD),
        "band": ParagraphStyle(
            "band", parent=base, fontName=fonts.BOLD, fontSize=10, textColor=colors.white
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19, textColor=BAND
        ),
        "sub": ParagraphStyle("sub", parent=base, fontSize=9.5, leading=13),
    }


S: dict[str, ParagraphStyle] = {}


def _p(value: str, style: str = "cell") -> Paragraph:
    if not S:
        S.update(_styles())
    return Paragraph(fonts.apply_fallback(value_markup(value or "—")), S[style])


def _band(text: str) -> Table:
    t = Table([[_p(text, "band")]], colWidths=[WIDTH])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def _grid(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], empty: str
) -> Table:
    """A bordered table with a light header row; one row saying ``empty`` when none."""
    body = [[_p(c) for c in r] for r in rows] or [[_p(empty)] + [""] * (len(header) - 1)]
    t = Table(
        [[_p(h, "head") for h in header], *body],
        colWidths=[w * WIDTH for w in widths],
        repeatRows=1,
    )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if not rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    t.setStyle(TableStyle(style))
    return t


def _pairs(rows: Sequence[tuple[str, str]]) -> Table:
    """Label / value lines, the label column shaded (the model's header block)."""
    t = Table([[_p(k, "head"), _p(v)] for k, v in rows], colWidths=[0.3 * WIDTH, 0.7 * WIDTH])
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def _section(title: str, body: Flowable) -> KeepTogether:
    return KeepTogether([_band(title), Spacer(1, 1.5 * mm), body, Spacer(1, 4 * mm)])


def _sheet(book: RegisterBook, s: ActivitySheet) -> list[Flowable]:
    lang = book.lang
    L = lambda key: label(key, lang)  # noqa: E731 - a local shorthand
    yes, no, none = L("yes"), L("no"), L("none")
    colon = " : " if lang == "fr" else ": "  # French typography: a space before the colon
    out: list[Flowable] = [
        _p(f"{L('sheet')} — {s.name}", "title"),
        Spacer(1, 3 * mm),
        _pairs(
            [
                (L("ref"), s.ref),
                (L("created"), s.created),
                (L("updated"), s.updated),
                (L("active"), yes if s.active else no),
            ]
        ),
        Spacer(1, 4 * mm),
        _section(
            L("actors"),
            _pairs(
                [
                    (L("controller"), f"{book.controller}\n{book.controller_address}".strip()),
                    (L("dpo"), book.dpo),
                    (L("department"), s.department),
                    (
                        L("joint"),
                        "\n".join(
                            f"{n} ({L('contract')}{colon}{d or '—'}; {L('clauses')}{colon}{c})"
                            for n, d, c in s.joint
                        )
                        or none,
                    ),
                ]
            ),
        ),
        _section(
            L("purposes"),
            _pairs(
                [
                    (L("purposes"), s.purposes),
                    (L("legal_basis"), s.legal_basis),
                    (L("automated"), s.automated or none),
                ]
            ),
        ),
        _section(
            L("measures"),
            _grid([L("name"), L("category"), L("description")], s.measures, (0.3, 0.2, 0.5), none),
        ),
        _section(
            L("data"),
            _pairs(
                [
                    (L("data"), "\n".join(s.data) or none),
                    (L("retention"), s.retention),
                    (L("sources"), s.sources),
                ]
            ),
        ),
        _section(L("subjects"), _p("\n".join(s.subjects) or none)),
        _section(
            L("recipients"),
            _grid([L("name"), L("category"), L("country")], s.recipients, (0.55, 0.3, 0.15), none),
        ),
        _section(
            L("processors"),
            _grid([L("name"), L("contract"), L("clauses")], s.processors, (0.55, 0.25, 0.2), none),
        ),
        _section(
            L("transfers"),
            _grid(
                [L("recipient"), L("country"), L("safeguard"), L("document"), L("tia")],
                s.transfers,
                (0.2, 0.1, 0.24, 0.22, 0.24),
                none,
            ),
        ),
        _section(
            L("dpia"),
            _pairs(
                [
                    (L("criteria"), "\n".join(s.dpia_criteria) or none),
                    (L("likely"), yes if s.dpia_likely else no),
                    (L("done"), s.dpia_done),
                    (L("link"), s.dpia_link),
                ]
            ),
        ),
        _section(
            L("review"),
            _pairs([(L("last_review"), s.last_review), (L("next_review"), s.next_review)]),
        ),
    ]
    return out


def _cover(book: RegisterBook) -> list[Flowable]:
    lang = book.lang
    rows = [(s.ref, s.name, s.department, s.updated) for s in book.activities]
    return [
        _p(label("title", lang), "title"),
        Spacer(1, 3 * mm),
        _pairs(
            [
                (label("controller", lang), f"{book.controller}\n{book.controller_address}"),
                (label("dpo", lang), book.dpo),
                (label("made", lang), book.made_on.isoformat()),
            ]
        ),
        Spacer(1, 5 * mm),
        _grid(
            [
                label("ref", lang),
                label("activity", lang),
                label("department", lang),
                label("updated", lang),
            ],
            rows,
            (0.12, 0.5, 0.23, 0.15),
            label("none", lang),
        ),
    ]


def render_register(book: RegisterBook) -> bytes:
    """The register as PDF bytes: the cover, then one sheet (or more) per activity."""
    buf = io.BytesIO()
    title = label("title", book.lang)

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(18 * mm, 10 * mm, f"{title} — {book.controller}"[:110])
        canvas.drawRightString(
            A4[0] - 18 * mm, 10 * mm, f"{book.made_on.isoformat()} · {canvas.getPageNumber()}"
        )
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=book.controller,
        lang=book.lang,
    )
    story = _cover(book)
    for sheet in book.activities:
        story += [PageBreak(), *_sheet(book, sheet)]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
