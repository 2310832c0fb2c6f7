"""The annual report as a PDF (A4, English or French): a first page a manager reads in one
minute (six headline figures, a sentence each), then the detail with its charts and the
definition of every figure that could be argued about."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from dpo_desk.domain.annual_report import AnnualFigures
from dpo_desk.letters.fonts import BOLD, REGULAR, register_fonts
from dpo_desk.services.reports import charts
from dpo_desk.services.reports.texts import (
    channel_label,
    days,
    ground_label,
    headlines,
    long_date,
    month_label,
    number,
    percent,
    register_label,
    right_label,
    t,
)

WIDTH = A4[0] - 36 * mm
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f5f99")
RULE = colors.HexColor("#c8d3de")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK)
    return {
        "base": base,
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=18, leading=23, textColor=ACCENT
        ),
        "org": ParagraphStyle("org", base, fontName=BOLD, fontSize=12, leading=16),
        "muted": ParagraphStyle("muted", base, textColor=MUTED, fontSize=8.5, leading=11.5),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=BOLD, fontSize=10, leading=14, spaceBefore=8, spaceAfter=3
        ),
        "figure": ParagraphStyle(
            "figure", base, fontName=BOLD, fontSize=24, leading=28, textColor=ACCENT
        ),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=10.5, leading=13),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5),
        "num": ParagraphStyle("num", base, fontSize=9, leading=11.5, alignment=2),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _summary(f: AnnualFigures, lang: str, org: str, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [
        Paragraph(_esc(t("title", lang)), st["title"]),
        Spacer(1, 2 * mm),
        Paragraph(_esc(org), st["org"]),
        Paragraph(
            _esc(
                t(
                    "period",
                    lang,
                    start=long_date(f.period.start, lang),
                    end=long_date(f.period.end, lang),
                )
            ),
            st["base"],
        ),
        Paragraph(_esc(t("as_of", lang, day=long_date(f.as_of, lang))), st["muted"]),
        Spacer(1, 6 * mm),
        Paragraph(_esc(t("summary", lang)), st["h1"]),
    ]
    cells = [
        [
            Paragraph(_esc(value), st["figure"]),
            Paragraph(_esc(head), st["head"]),
            Paragraph(_esc(sentence), st["base"]),
        ]
        for head, value, sentence in headlines(f, lang)
    ]
    rows = [[cells[i], cells[i + 1] if i + 1 < len(cells) else ""] for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[WIDTH / 2] * 2)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 11),
            ]
        )
    )
    out.append(table)
    if f.judged:
        out += [
            Spacer(1, 6 * mm),
            charts.on_time_bar(
                f.on_time,
                f.late,
                WIDTH,
                t(
                    "on_time_bar",
                    lang,
                    on_time=number(f.on_time, lang),
                    judged=number(f.judged, lang),
                    rate=percent(f.on_time_rate, lang),
                ),
            ),
        ]
    out += [Spacer(1, 5 * mm), Paragraph(_esc(t("on_time_def", lang)), st["muted"])]
    return out


def _pairs(
    rows: list[tuple[str, str]], st: dict[str, ParagraphStyle], indent: set[int] | None = None
) -> Table:
    """A two-column table of label and figure (indented rows: 'of which')."""
    data = [
        [
            Paragraph(("&nbsp;" * 6 if i in (indent or set()) else "") + _esc(label), st["cell"]),
            Paragraph(_esc(value), st["num"]),
        ]
        for i, (label, value) in enumerate(rows)
    ]
    table = Table(data, colWidths=[WIDTH * 0.72, WIDTH * 0.28])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _section(title: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [CondPageBreak(60 * mm), Paragraph(_esc(title), st["h1"])]


def _detail(f: AnnualFigures, lang: str, st: dict[str, ParagraphStyle]) -> list[Any]:
    n = lambda v: number(v, lang)  # noqa: E731 - a short local formatter
    months = list(f.per_month)
    several_years = len({m[:4] for m in months}) > 1
    out: list[Any] = _section(t("sec_requests", lang), st)
    out.append(
        _pairs(
            [(t("received", lang), n(f.received)), (t("complaints", lang), n(f.complaints))],
            st,
            {1},
        )
    )
    out.append(
        KeepTogether(
            [
                Paragraph(_esc(t("per_month", lang)), st["h2"]),
                charts.month_bars(
                    [month_label(m, lang, several_years or m.endswith("-01")) for m in months],
                    list(f.per_month.values()),
                    WIDTH,
                ),
            ]
        )
    )
    out.append(
        KeepTogether(
            [
                Paragraph(_esc(t("per_right", lang)), st["h2"]),
                charts.horizontal_bars(
                    [right_label(r, lang) for r in f.per_right], list(f.per_right.values()), WIDTH
                ),
            ]
        )
    )
    out.append(
        KeepTogether(
            [
                Paragraph(_esc(t("per_channel", lang)), st["h2"]),
                charts.horizontal_bars(
                    [channel_label(c, lang) for c in f.per_channel],
                    list(f.per_channel.values()),
                    WIDTH,
                    charts.GREY,
                ),
            ]
        )
    )
    out += _section(t("sec_time", lang), st)
    out.append(
        _pairs(
            [
                (t("judged", lang), n(f.judged)),
                (t("on_time", lang), n(f.on_time)),
                (t("on_time_rate", lang), percent(f.on_time_rate, lang)),
                (t("answered", lang), n(f.answered)),
                (t("median", lang), days(f.median_days, lang)),
                (t("p90", lang), days(f.p90_days, lang)),
                (t("extensions", lang), n(f.extensions)),
                (t("ext_late", lang), n(f.extensions_late_notice)),
            ],
            st,
            {7},
        )
    )
    out.append(Spacer(1, 2 * mm))
    out.append(Paragraph(_esc(t("on_time_def", lang)), st["muted"]))
    out += _section(t("sec_refusals", lang), st)
    out.append(Paragraph(_esc(t("refusals_by_ground", lang)), st["h2"]))
    if f.refusals:
        out.append(
            charts.horizontal_bars(
                [ground_label(g, lang) for g in f.refusals],
                list(f.refusals.values()),
                WIDTH,
                charts.RED,
            )
        )
    else:
        out.append(Paragraph(_esc(t("none", lang)), st["base"]))
    out.append(Spacer(1, 3 * mm))
    out.append(
        _pairs(
            [
                (t("id_requested", lang), n(f.id_requested)),
                (t("id_received", lang), n(f.id_received)),
                (t("id_verified", lang), n(f.id_verified)),
                (t("id_failed", lang), n(f.id_failed)),
            ],
            st,
            {1, 2, 3},
        )
    )
    out += _section(t("sec_incidents", lang), st)
    out.append(
        _pairs(
            [
                (t("incidents", lang), n(f.incidents)),
                (t("authority", lang), n(f.notified_authority)),
                (t("within_72h", lang), n(f.notified_within_72h)),
                (t("after_72h", lang), n(f.notified_authority - f.notified_within_72h)),
                (t("not_notified", lang), n(f.not_notified)),
                (t("persons", lang), n(f.notified_persons)),
            ],
            st,
            {2, 3},
        )
    )
    out += _section(t("sec_registers", lang), st)
    out.append(Paragraph(_esc(t("register_changes", lang)), st["h2"]))
    if f.register_changes:
        out.append(
            _pairs([(register_label(k, lang), n(v)) for k, v in f.register_changes.items()], st)
        )
    else:
        out.append(Paragraph(_esc(t("no_changes", lang)), st["base"]))
    out.append(Spacer(1, 3 * mm))
    out.append(
        _pairs(
            [
                (t("backups", lang), n(f.backups_verified)),
                (t("backups_failed", lang), n(f.backups_failed)),
                (t("restores", lang), n(f.restores)),
            ],
            st,
        )
    )
    return out


def _footer(f: AnnualFigures, lang: str, org: str) -> Callable[[Canvas, Any], None]:
    text = t(
        "footer",
        lang,
        org=org,
        start=long_date(f.period.start, lang),
        end=long_date(f.period.end, lang),
    )

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(18 * mm, 10 * mm, text)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, t("page", lang, n=doc.page))
        canvas.restoreState()

    return draw


def render(figures: AnnualFigures, lang: str, organisation: str) -> bytes:
    """The report's PDF bytes in ``lang`` ('en' or 'fr')."""
    register_fonts()
    st = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=t("title", lang),
        author=organisation,
        subject=t(
            "period",
            lang,
            start=figures.period.start.isoformat(),
            end=figures.period.end.isoformat(),
        ),
        lang=lang,
    )
    story = [*_summary(figures, lang, organisation, st), PageBreak(), *_detail(figures, lang, st)]
    footer = _footer(figures, lang, organisation)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
