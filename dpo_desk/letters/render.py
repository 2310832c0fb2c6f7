"""Render a ``LetterData`` to PDF with reportlab platypus (A4, window-envelope layout).

Page 1: letterhead top-left, the addressee in the envelope window, place and date,
references, subject, body from the template, signature. Later pages: a small running
header. Every page: the organisation's identity and "Page x / y" in the footer.

Writing is atomic: the PDF is built in memory, written to a temporary file in the target
folder (owner-only permissions), fsynced, then ``os.replace``d onto ``out``.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
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
    TableStyle,
)

from dpo_desk.domain.rights import ARTICLES, Channel, Right
from dpo_desk.domain.rights import label as right_label
from dpo_desk.letters import fonts
from dpo_desk.letters.data import LetterData, RecipientEntry
from dpo_desk.letters.kinds import ARTICLES_FR, KINDS, LANGS, refusal_label, t
from dpo_desk.letters.templates import FIELDS, Block, Bullets, Para, Template, load_template
from dpo_desk.letters.text import clean, fill, text_markup, value_markup

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


# --- Result ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RenderResult:
    path: Path
    sha256: str
    pages: int
    #: Size of the PDF in bytes.
    size: int
    #: Things the DPO should check before sending (empty placeholder, bidi control shown
    #: escaped, address too long for the window, Arabic without shaping...).
    warnings: tuple[str, ...] = ()


# --- Helpers -----------------------------------------------------------------------------
CHANNELS: dict[str, tuple[str, str]] = {
    Channel.POST: ("post", "courrier postal"),
    Channel.EMAIL: ("e-mail", "courriel"),
    Channel.PHONE: ("telephone", "téléphone"),
    Channel.STORE: ("in store", "en magasin"),
    Channel.WEB_FORM: ("web form", "formulaire en ligne"),
}

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def format_letter_date(d: date | None, lang: str) -> str:
    """'21 novembre 2026' / '21 November 2026'; '' for None."""
    if d is None:
        return ""
    text = format_date(d, "long", locale=_LOCALES.get(lang, "en_GB"))
    if lang == "fr" and d.day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]  # French typography: "1er novembre", never "1 novembre"
    return text


def _lines(values: Iterable[str]) -> str:
    return ", ".join(v.strip() for v in values if v and v.strip())


class _Ctx:
    """Per-render state: the data, language, styles and warnings collected."""

    def __init__(self, data: LetterData) -> None:
        self.data = data
        self.lang = data.lang
        self.st = styles()
        self.flags: set[str] = set()
        self.warnings: set[str] = set()
        self.rtl_unshaped = False

    def t(self, key: str, **kw: str) -> str:
        text = t(key, self.lang)
        return text.format(**kw) if kw else text

    def para(self, markup: str, style: str | ParagraphStyle = "body", **kw: Any) -> Paragraph:
        st = self.st[style] if isinstance(style, str) else style
        if fonts.has_rtl(markup):
            if fonts.HAS_SHAPING:
                st = ParagraphStyle(st.name + "-rtl", parent=st, shaping=1)
            else:
                self.rtl_unshaped = True
        return Paragraph(fonts.apply_fallback(markup), st, **kw)

    def val(self, value: str) -> str:
        return value_markup(value, self.flags)


def _right_with_article(right: Right | str, lang: str) -> str:
    """'Accès – art. 15 du RGPD' / 'Access – GDPR Art. 15'."""
    r = Right(right)
    article = ARTICLES_FR[r.value] if lang == "fr" else ARTICLES[r]
    return f"{right_label(r, lang)} – {article}"


def _fields(data: LetterData) -> dict[str, str]:
    lang = data.lang
    org, case = data.organisation, data.case
    d = partial(format_letter_date, lang=lang)
    rights = [Right(r) for r in case.rights]
    channel = str(case.channel)
    en_fr = CHANNELS.get(channel)
    f: dict[str, str] = {
        "reference": case.reference,
        "letter_date": d(data.date),
        "received_date": d(case.received),
        "due_date": d(case.due),
        "extension_notice_by": d(case.extension_notice_by),
        "extended_due_date": d(case.extended_due),
        "rights": ", ".join(right_label(r, lang) for r in rights),
        "rights_articles": ", ".join(_right_with_article(r, lang) for r in rights),
        "channel": (en_fr[1] if lang == "fr" else en_fr[0]) if en_fr else channel,
        "organisation_name": org.name,
        "organisation_address": _lines(org.address),
        "dpo_name": org.dpo_name,
        "dpo_email": org.dpo_email,
        "dpo_address": _lines(org.dpo_address or org.address),
        "authority_name": org.authority_name,
        "authority_address": _lines(org.authority_address),
        "authority_url": org.authority_url,
        "city": org.city,
        "signature_name": org.signature_name or org.dpo_name,
        "signature_title": org.signature_title or t("dpo", lang),
        "recipient_name": data.addressee.name,
        "recipient_email": data.addressee.email,
        "doubt_reason": case.doubt_reason,
        "suspension_info": case.suspension_info,
        "refusal_reason": refusal_label(case.refusal_code, lang),
        "refusal_text": case.refusal_text,
        "person_name": data.directive.person_name if data.directive else "",
        "directive_date": d(data.directive.registered_on) if data.directive else "",
        "executor_name": data.directive.executor_name if data.directive else "",
        "deceased_name": data.heirs.deceased_name if data.heirs else "",
        "death_date": d(data.heirs.death_date) if data.heirs else "",
        "notifier_name": data.heirs.notifier_name if data.heirs else "",
        "notifier_capacity": data.heirs.notifier_capacity if data.heirs else "",
    }
    assert f.keys() == FIELDS.keys()
    return f


# --- Blocks ------------------------------------------------------------------------------
def _bullets(ctx: _Ctx, items: Iterable[str]) -> list[Flowable]:
    out: list[Flowable] = [
        ctx.para(ctx.val(item), "bullet", bulletText="•") for item in items if item.strip()
    ]
    return [*out, Spacer(1, LIST_GAP)] if out else out


def _table(
    ctx: _Ctx,
    header: Sequence[str] | None,
    rows: Iterable[Sequence[str]],
    widths_mm: Sequence[float],
    *,
    key_column: bool = False,
) -> Table:
    """A wrapped table; cells are plain user values, the header is fixed wording."""
    data: list[list[Flowable]] = []
    if header:
        data.append([ctx.para(value_markup(h), "cellhead") for h in header])
    for row in rows:
        data.append(
            [
                ctx.para(ctx.val(cell), "cellhead" if key_column and i == 0 else "cell")
                for i, cell in enumerate(row)
            ]
        )
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # default Helvetica: not embedded
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_BG))
    if key_column:
        style.append(("BACKGROUND", (0, 0), (0, -1), HEADER_BG))
    table = Table(
        data,
        colWidths=[w * mm for w in widths_mm],
        repeatRows=1 if header else 0,
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=8,
    )
    table.setStyle(TableStyle(style))
    return table


def _block_activities(ctx: _Ctx) -> list[Flowable]:
    if not ctx.data.activities:
        return [ctx.para(value_markup(ctx.t("no_activities")))]
    out: list[Flowable] = []
    for act in ctx.data.activities:
        rows: list[tuple[str, str]] = [
            (ctx.t("act_purposes"), "\n".join(act.purposes)),
            (ctx.t("act_basis"), act.legal_basis),
            (ctx.t("act_categories"), ", ".join(act.data_categories)),
        ]
        if act.subject_categories:
            rows.append((ctx.t("act_subjects"), ", ".join(act.subject_categories)))
        rows += [
            (ctx.t("act_recipients"), ", ".join(act.recipients) or ctx.t("none")),
            (ctx.t("act_retention"), act.retention),
            (ctx.t("act_source"), act.source),
            (ctx.t("act_automated"), act.automated_decision or ctx.t("none")),
        ]
        table = _table(ctx, None, rows, (52, CONTENT_W - 52), key_column=True)
        out.append(KeepTogether([ctx.para(ctx.val(act.name), "heading"), table]))
    return out


def _safeguard_text(ctx: _Ctx, r: RecipientEntry) -> str:
    if not r.third_country:
        return ctx.t("eea")
    parts = [p for p in (r.adequacy_status, r.safeguard_kind) if p.strip()]
    return (" ; " if ctx.lang == "fr" else "; ").join(parts) or ctx.t("third_country")


def _block_recipients(ctx: _Ctx) -> list[Flowable]:
    recs = ctx.data.recipients
    if not recs:
        return [ctx.para(value_markup(ctx.t("no_recipients")))]
    header = [ctx.t(k) for k in ("rec_name", "rec_category", "rec_country", "rec_safeguard")]
    rows = [
        (
            r.name,
            r.category,
            f"{r.country} ({ctx.t('third_country')})" if r.third_country else r.country,
            _safeguard_text(ctx, r),
        )
        for r in recs
    ]
    return [_table(ctx, header, rows, (45, 35, 32, 58))]


def _block_transfers(ctx: _Ctx) -> list[Flowable]:
    recs = [r for r in ctx.data.recipients if r.third_country]
    if not recs:
        return [ctx.para(value_markup(ctx.t("no_transfers")))]
    header = [ctx.t(k) for k in ("rec_name", "rec_country", "rec_safeguard", "rec_copy")]
    rows = [
        (
            r.name,
            r.country,
            "\n".join(p for p in (_safeguard_text(ctx, r), r.safeguard_document) if p.strip()),
            r.copy_how,
        )
        for r in recs
    ]
    return [_table(ctx, header, rows, (38, 25, 60, 47))]


def _block_automated(ctx: _Ctx) -> list[Flowable]:
    acts = [a for a in ctx.data.activities if a.automated_decision]
    if not acts:
        return [ctx.para(value_markup(ctx.t("no_automated")))]
    return _bullets(
        ctx,
        (
            ctx.t("automated_intro", activity=a.name, description=a.automated_decision or "")
            for a in acts
        ),
    )


def _block_directive(ctx: _Ctx) -> list[Flowable]:
    d = ctx.data.directive
    if d is None:
        ctx.warnings.add("[[directive]] used but the letter has no directive information")
        return []
    rows = [
        (ctx.t("directive_person"), d.person_name),
        (ctx.t("directive_registered"), format_letter_date(d.registered_on, ctx.lang)),
        (ctx.t("directive_content"), "\n".join(d.content)),
    ]
    if d.executor_name:
        executor = d.executor_name + (f" ({d.executor_contact})" if d.executor_contact else "")
        rows.append((ctx.t("directive_executor"), executor))
    return [_table(ctx, None, rows, (52, CONTENT_W - 52), key_column=True)]


def _block_heirs(ctx: _Ctx) -> list[Flowable]:
    h = ctx.data.heirs
    if h is None:
        ctx.warnings.add("[[heirs]] used but the letter has no heirs information")
        return []
    requester = h.notifier_name + (f" ({h.notifier_capacity})" if h.notifier_capacity else "")
    rows = [
        (ctx.t("deceased"), h.deceased_name),
        (ctx.t("death_date"), format_letter_date(h.death_date, ctx.lang)),
        (ctx.t("requester"), requester),
        (ctx.t("directive_found"), ctx.t("yes") if h.directive_found else ctx.t("no")),
    ]
    if h.directive_found and h.directive_content:
        rows.append((ctx.t("directive_content"), "\n".join(h.directive_content)))
    return [_table(ctx, None, rows, (52, CONTENT_W - 52), key_column=True)]


def _block_free_text(ctx: _Ctx) -> list[Flowable]:
    text = clean(ctx.data.free_text, ctx.flags)
    return [ctx.para(ctx.val(p.strip())) for p in text.split("\n\n") if p.strip()]


def _block_signature(ctx: _Ctx) -> list[Flowable]:
    org = ctx.data.organisation
    name = org.signature_name or org.dpo_name
    title = org.signature_title or ctx.t("dpo")
    lines = [f"<b>{ctx.val(name)}</b>"] if name else []
    lines.append(ctx.val(title))
    lines.append(ctx.val(org.name))
    return [Spacer(1, 6 * mm), ctx.para("<br/>".join(lines), "right")]


def _block_data_copy(ctx: _Ctx) -> list[Flowable]:
    copy = ctx.data.data_copy
    if copy is None:
        ctx.warnings.add("[[data_copy]] used but no copy of the data was given")
        return []
    out: list[Flowable] = [
        PageBreak(),
        ctx.para(value_markup(ctx.t("annex_title")), "annex"),
        ctx.para(
            ctx.val(
                ctx.t(
                    "annex_intro",
                    reference=ctx.data.case.reference,
                    date=format_letter_date(ctx.data.date, ctx.lang),
                )
            ),
            "refs",
        ),
    ]
    if copy.note.strip():
        out.append(ctx.para(ctx.val(copy.note)))
    header = (ctx.t("field"), ctx.t("value"))
    for section in copy.sections:
        out.append(ctx.para(ctx.val(section.title), "heading"))
        out.append(_table(ctx, header, section.rows, (55, CONTENT_W - 55)))
    return out


def _block_deadline(ctx: _Ctx) -> list[Flowable]:
    lines = _bullets(ctx, ctx.data.case.deadline_explanation)
    if not lines:
        return []
    return [ctx.para(value_markup(ctx.t("deadline_intro")), "lead"), *lines]


def _block_refusal(ctx: _Ctx) -> list[Flowable]:
    case = ctx.data.case
    out: list[Flowable] = []
    reason = refusal_label(case.refusal_code, ctx.lang)
    if reason:
        sentence = reason[0].upper() + reason[1:] + "."
        out += [ctx.para(ctx.val(sentence), "bullet", bulletText="•"), Spacer(1, LIST_GAP)]
    text = clean(case.refusal_text, ctx.flags)
    out += [ctx.para(ctx.val(p.strip())) for p in text.split("\n\n") if p.strip()]
    if not out:
        ctx.warnings.add("refusal letter without a reason")
    return out


_BLOCKS: dict[str, Callable[[_Ctx], list[Flowable]]] = {
    "deadline_explanation": _block_deadline,
    "refusal": _block_refusal,
    "heirs_actions": lambda c: _bullets(c, c.data.heirs.actions_executed if c.data.heirs else ()),
    "rights": lambda c: _bullets(
        c,
        (f"{right_label(Right(r), c.lang)} ({ARTICLES[Right(r)]})" for r in c.data.case.rights),
    ),
    "activities": _block_activities,
    "recipients": _block_recipients,
    "transfers": _block_transfers,
    "automated_decisions": _block_automated,
    "extension_reasons": lambda c: _bullets(c, c.data.case.extension_reasons),
    "actions_done": lambda c: _bullets(c, c.data.case.actions_done),
    "outcome_notes": lambda c: _bullets(c, c.data.case.outcome_notes),
    "notified_recipients": lambda c: (
        _bullets(c, (r.name for r in c.data.recipients))
        or [c.para(value_markup(c.t("notified_none")))]
    ),
    "directive": _block_directive,
    "heirs": _block_heirs,
    "free_text": _block_free_text,
    "signature": _block_signature,
    "data_copy": _block_data_copy,
}


def _is_heading(text: str) -> bool:
    """A paragraph that is entirely **bold** is a heading (kept with what follows)."""
    return text.startswith("**") and text.endswith("**") and text.count("**") == 2


# --- Story -------------------------------------------------------------------------------
def _story(ctx: _Ctx, template: Template, fields: dict[str, str]) -> list[Flowable]:
    data, org, case = ctx.data, ctx.data.organisation, ctx.data.case
    used: set[str] = set()
    story: list[Flowable] = []

    letter_date = format_letter_date(data.date, ctx.lang)
    place_date = ctx.t("place_date", city=org.city, date=letter_date) if org.city else letter_date
    story.append(ctx.para(ctx.val(place_date), "right"))
    story.append(Spacer(1, 3 * mm))

    refs = [f"{value_markup(ctx.t('our_ref'))} <b>{ctx.val(case.reference)}</b>"]
    request = ctx.t("your_request", date=format_letter_date(case.received, ctx.lang))
    if fields["channel"]:
        request += f" ({fields['channel']})"
    refs.append(ctx.val(request))
    story.append(ctx.para("<br/>".join(refs), "refs"))

    subject = fill(template.subject, fields, ctx.flags, used)
    story.append(ctx.para(f"{value_markup(ctx.t('subject'))} {subject}", "subject"))

    items = list(template.items)
    names = [i.name for i in items if isinstance(i, Block)]
    if data.data_copy is not None and "data_copy" not in names:
        items.append(Block("data_copy"))
        names.append("data_copy")
    if "signature" not in names:
        at = names.index("data_copy") if "data_copy" in names else None
        pos = len(items) if at is None else items.index(Block("data_copy"))
        items.insert(pos, Block("signature"))

    for item in items:
        if isinstance(item, Para):
            style = "section" if _is_heading(item.text) else "body"
            story.append(ctx.para(fill(item.text, fields, ctx.flags, used), style))
        elif isinstance(item, Bullets):
            for text in item.items:
                story.append(
                    ctx.para(fill(text, fields, ctx.flags, used), "bullet", bulletText="•")
                )
            story.append(Spacer(1, LIST_GAP))
        elif item.name == "signature" and story and isinstance(story[-1], Paragraph):
            # keep the closing formula on the signature's page
            story.append(KeepTogether([story.pop(), *_block_signature(ctx)]))
        else:
            expand = _BLOCKS.get(item.name)
            if expand is None:
                ctx.warnings.add(f"unknown block [[{item.name}]] printed as text")
                story.append(ctx.para(text_markup(f"[[{item.name}]]")))
            else:
                story.extend(expand(ctx))

    for name in sorted(used):
        if not fields[name].strip():
            ctx.warnings.add(f"placeholder {{{name}}} is empty")
    return story


# --- Page decoration ---------------------------------------------------------------------
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
            lh_lines.append(ctx.val(ctx.t("dpo_contact", who=org.dpo_name)))
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


# --- Public API --------------------------------------------------------------------------
def _render(data: LetterData, templates_dir: Path | None) -> tuple[bytes, int, tuple[str, ...]]:
    if data.kind not in KINDS:
        raise ValueError(f"unknown letter kind {data.kind!r}; use one of: {', '.join(KINDS)}")
    if data.lang not in LANGS:
        raise ValueError(f"unknown letter language {data.lang!r}; use one of: {', '.join(LANGS)}")
    fonts.register_fonts()
    ctx = _Ctx(data)
    template = load_template(data.kind, data.lang, templates_dir)
    fields = _fields(data)
    story = _story(ctx, template, fields)
    decor = _Decor(ctx)

    buf = io.BytesIO()
    kind = KINDS[data.kind]
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_L * mm,
        rightMargin=MARGIN_R * mm,
        topMargin=LATER_FRAME_TOP * mm,
        bottomMargin=FRAME_BOTTOM * mm,
        title=clean(f"{kind.label(data.lang)} · {data.case.reference}"),
        author=clean(data.organisation.name),
        subject=kind.label(data.lang),
        creator="DPO Desk",
        lang="fr-FR" if data.lang == "fr" else "en-GB",
        initialFontName=fonts.REGULAR,
    )
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    first = Frame(
        MARGIN_L * mm,
        FRAME_BOTTOM * mm,
        CONTENT_W * mm,
        (297.0 - FIRST_FRAME_TOP - FRAME_BOTTOM) * mm,
        id="first",
        **pad,
    )
    later = Frame(
        MARGIN_L * mm,
        FRAME_BOTTOM * mm,
        CONTENT_W * mm,
        (297.0 - LATER_FRAME_TOP - FRAME_BOTTOM) * mm,
        id="later",
        **pad,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=decor.first, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=decor.later),
        ]
    )
    counter: list[int] = []
    maker = partial(_NumberedCanvas, page_label=t("page", data.lang), counter=counter)
    doc.build(story, canvasmaker=maker)

    warnings = set(ctx.warnings) | ctx.flags
    if ctx.rtl_unshaped:
        warnings.add("right-to-left text printed without shaping (uharfbuzz not installed)")
    return buf.getvalue(), counter[-1], tuple(sorted(warnings))


def render_letter_bytes(data: LetterData, *, templates_dir: Path | None = None) -> bytes:
    """The PDF as bytes (for a preview); ``templates_dir`` holds the DPO's edited templates."""
    return _render(data, templates_dir)[0]


def render_letter(
    data: LetterData, out: Path, *, templates_dir: Path | None = None
) -> RenderResult:
    """Render ``data`` to ``out`` atomically: never a half-written PDF at ``out``.

    ``templates_dir`` is the folder of the DPO's edited templates (``<user_dir>/letters``);
    kinds without an edited copy use the shipped template.
    """
    out = Path(out)
    pdf, pages, warnings = _render(data, templates_dir)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return RenderResult(
        path=out,
        sha256=hashlib.sha256(pdf).hexdigest(),
        pages=pages,
        size=len(pdf),
        warnings=warnings,
    )
