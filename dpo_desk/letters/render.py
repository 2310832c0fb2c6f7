"""Render a ``LetterData`` to PDF with reportlab platypus (A4, window-envelope layout).

Page 1: letterhead top-left, the addressee in the envelope window, place and date,
references, subject, body from the template, signature. Later pages: a small running
header. Every page: the organisation's identity and "Page x / y" in the footer.

Writing is atomic: the PDF is built in memory, written to a temporary file in the target
folder (owner-only permissions), fsynced, then ``os.replace``d onto ``out``.

This module puts the story together and writes the PDF; the parts live beside it:
``layout`` (geometry, styles), ``context`` (per-render state, placeholder values),
``blocks`` (the ``[[block]]`` expansions) and ``canvas`` (page decoration). The names
other code imports from here (``_render``, ``_Ctx``, ``_story``, ``_fields``,
``_BLOCKS``, ``_NumberedCanvas``...) are re-exported.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from dpo_desk.errors import InvalidValue
from dpo_desk.fsio import atomic_write
from dpo_desk.letters import fonts
from dpo_desk.letters.blocks import _BLOCKS, _block_signature, _is_heading
from dpo_desk.letters.canvas import _Decor, _NumberedCanvas
from dpo_desk.letters.context import CHANNELS, _Ctx, _fields, format_letter_date
from dpo_desk.letters.data import LetterData
from dpo_desk.letters.kinds import KINDS, LANGS, t
from dpo_desk.letters.layout import (
    CONTENT_W,
    FIRST_FRAME_TOP,
    FRAME_BOTTOM,
    LATER_FRAME_TOP,
    LIST_GAP,
    MARGIN_L,
    MARGIN_R,
    styles,
)
from dpo_desk.letters.templates import Block, Bullets, Para, Template, load_template
from dpo_desk.letters.text import clean, fill, text_markup, value_markup

__all__ = [
    "CHANNELS",
    "_BLOCKS",
    "RenderResult",
    "_Ctx",
    "_Decor",
    "_NumberedCanvas",
    "_fields",
    "_render",
    "_story",
    "format_letter_date",
    "render_letter",
    "render_letter_bytes",
    "styles",
]


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


def _body_frame(frame_id: str, top_mm: float) -> Frame:
    """The frame the story flows in: full content width, from ``top_mm`` to the footer."""
    return Frame(
        MARGIN_L * mm,
        FRAME_BOTTOM * mm,
        CONTENT_W * mm,
        (297.0 - top_mm - FRAME_BOTTOM) * mm,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


# --- Public API --------------------------------------------------------------------------
def _render(data: LetterData, templates_dir: Path | None) -> tuple[bytes, int, tuple[str, ...]]:
    if data.kind not in KINDS:
        raise InvalidValue(
            "unknown letter kind {kind!r}; use one of: {kinds}",
            kind=data.kind,
            kinds=", ".join(KINDS),
        )
    if data.lang not in LANGS:
        raise InvalidValue(
            "unknown letter language {lang!r}; use one of: {langs}",
            lang=data.lang,
            langs=", ".join(LANGS),
        )
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
    first = _body_frame("first", FIRST_FRAME_TOP)
    later = _body_frame("later", LATER_FRAME_TOP)
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
    atomic_write(out, pdf)
    return RenderResult(
        path=out,
        sha256=hashlib.sha256(pdf).hexdigest(),
        pages=pages,
        size=len(pdf),
        warnings=warnings,
    )
