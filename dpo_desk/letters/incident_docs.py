"""Breach documents as PDF: the notification summary for the authority (GDPR Art. 33(3)
and the CNIL's online form), the written notice to the Commission d'accès à l'information
(Regulation respecting confidentiality incidents, CQLR c. P-39.1, r. 3.1, s. 3) and the
notice to the persons (GDPR Art. 34(2); r. 3.1 s. 5).

The wording around the facts comes from editable templates in the letters' format
(``resources/letters/incidents/<kind>.<lang>.txt``; the DPO's copies in
``<data>/letters/incidents`` win), with ``{field}`` placeholders from ``FIELDS`` and the
blocks ``[[form]]`` (the labelled facts, one row per field of the form, ready to copy)
and ``[[signature]]``. Values are escaped like the letters' (``letters.text``). No Qt, no
SQL: the services hand over plain strings already written in the document's language.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from dpo_desk.letters import fonts
from dpo_desk.letters.layout import GREY, HEADER_BG, RULE, styles
from dpo_desk.letters.resources import shipped_templates_dir
from dpo_desk.letters.templates import Block, Bullets, Para, Template, parse_template
from dpo_desk.letters.text import fill, value_markup

#: kind -> (English title, French title, legal basis)
DOC_KINDS: dict[str, tuple[str, str, str]] = {
    "authority-summary": (
        "Breach notification summary",
        "Synthèse de notification de violation",
        "GDPR Art. 33(3)",
    ),
    "cai-notice": (
        "Notice of a confidentiality incident to the CAI",
        "Avis d'incident de confidentialité à la CAI",
        "CQLR c. P-39.1, r. 3.1, s. 3",
    ),
    "persons-notice": (
        "Notice to the persons concerned",
        "Avis aux personnes concernées",
        "GDPR Art. 34(2); CQLR c. P-39.1, r. 3.1, s. 5",
    ),
}
LANGS = ("fr", "en")

#: Placeholders a template may use.
FIELDS = (
    "reference",
    "document_date",
    "organisation_name",
    "organisation_address",
    "dpo_name",
    "dpo_email",
    "dpo_phone",
    "dpo_contact",
    "authority_name",
    "title",
    "aware_at",
    "occurred",
    "circumstances",
    "data_description",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "person_advice",
    "notice_type",
    "city",
    # "Notre déléguée à la protection des données" (start of a sentence, the
    # profile's title); the law that requires telling the persons.
    "dpo_role",
    "persons_law",
    # where a person may complain, by the incident's law (CNIL, CAI or both)
    "complaint_to",
)


@dataclass(frozen=True)
class IncidentDoc:
    """Everything a document prints, already in its language.

    Attributes:
        fields: the values of ``FIELDS``.
        form: the labelled rows of ``[[form]]``, in the order of the authority's form.
        letterhead: the organisation's name, then its address lines.
    """

    kind: str
    lang: str
    fields: dict[str, str]
    form: tuple[tuple[str, str], ...]
    letterhead: tuple[str, ...]
    signature: tuple[str, ...] = ()
    #: For the authority summary: initial, complementary or complete (GDPR Art. 33(4)).
    notice_type: str = ""


def templates_dir_of(user_dir: Path | None) -> Path | None:
    folder = None if user_dir is None else user_dir / "letters" / "incidents"
    return folder if folder is not None and folder.is_dir() else None


def template_for(kind: str, lang: str, user_dir: Path | None = None) -> Template:
    """The DPO's edited template when present, else the shipped one."""
    if kind not in DOC_KINDS or lang not in LANGS:
        raise ValueError(f"unknown incident document {kind}.{lang}")
    name = f"{kind}.{lang}.txt"
    edited = templates_dir_of(user_dir)
    path = (
        edited / name
        if edited and (edited / name).is_file()
        else (shipped_templates_dir() / "incidents" / name)
    )
    return parse_template(path.read_text(encoding="utf-8", errors="replace"), path)


def _form(rows: Sequence[tuple[str, str]]) -> Table:
    st = styles()
    data = [
        [Paragraph(value_markup(k), st["cellhead"]), Paragraph(value_markup(v or "—"), st["cell"])]
        for k, v in rows
    ]
    table = Table(data, colWidths=[55 * mm, 115 * mm], hAlign="LEFT", spaceBefore=2, spaceAfter=8)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _story(doc: IncidentDoc, template: Template) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(value_markup(doc.letterhead[0] if doc.letterhead else ""), st["lh_name"])
    ]
    story += [Paragraph(value_markup(line), st["lh"]) for line in doc.letterhead[1:]]
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(fill(template.subject, doc.fields), st["subject"]))
    for item in template.items:
        if isinstance(item, Para):
            story.append(Paragraph(fill(item.text, doc.fields), st["body"]))
        elif isinstance(item, Bullets):
            story += [
                Paragraph(fill(t, doc.fields), st["bullet"], bulletText="•") for t in item.items
            ]
        elif isinstance(item, Block) and item.name == "form":
            story.append(_form(doc.form))
        elif isinstance(item, Block) and item.name == "signature":
            story.append(Spacer(1, 6 * mm))
            story += [Paragraph(value_markup(line), st["body"]) for line in doc.signature]
        else:
            story.append(Paragraph(value_markup(f"[[{getattr(item, 'name', '')}]]"), st["body"]))
    return story


def render_incident_doc(doc: IncidentDoc, user_dir: Path | None = None) -> bytes:
    """The PDF of ``doc`` (A4, fonts embedded, "Page n" and the reference in the footer)."""
    fonts.register_fonts()
    template = template_for(doc.kind, doc.lang, user_dir)
    footer = f"{doc.fields.get('organisation_name', '')} — {doc.fields.get('reference', '')}"

    def decorate(canvas: Canvas, pdf: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.drawRightString(190 * mm, 10 * mm, f"Page {canvas.getPageNumber()}")
        canvas.restoreState()

    buf = io.BytesIO()
    title = DOC_KINDS[doc.kind][1 if doc.lang == "fr" else 0]
    pdf = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=doc.fields.get("organisation_name", ""),
    )
    pdf.build(_story(doc, template), onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


def render_register(
    title: str, header: Sequence[str], rows: Sequence[Sequence[str]], footer: str
) -> bytes:
    """The register for the authority (GDPR Art. 33(5); r. 3.1 s. 6): a landscape table,
    one row per incident, header repeated on every page."""
    from reportlab.lib.pagesizes import landscape

    fonts.register_fonts()
    st = styles()
    # Wider columns for the texts; 273 mm in all (A4 landscape less the margins).
    shares = (22, 20, 20, 34, 26, 17, 24, 22, 16, 20, 14, 16, 28)
    base = (
        [w * 273 / sum(shares) for w in shares]
        if len(header) == len(shares)
        else [273 / len(header)] * len(header)
    )
    widths = [w * mm for w in base]
    from reportlab.lib.styles import ParagraphStyle

    head = ParagraphStyle("reghead", parent=st["cellhead"], fontSize=7, leading=8.5)
    cell = ParagraphStyle("regcell", parent=st["cell"], fontSize=7, leading=8.5)
    data = [[Paragraph(value_markup(h), head) for h in header]]
    data += [[Paragraph(value_markup(v or "—"), cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )

    def decorate(canvas: Canvas, pdf: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(12 * mm, 8 * mm, footer)
        canvas.drawRightString(285 * mm, 8 * mm, f"Page {canvas.getPageNumber()}")
        canvas.restoreState()

    buf = io.BytesIO()
    pdf = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=title,
    )
    pdf.build(
        [Paragraph(value_markup(title), st["subject"]), table],
        onFirstPage=decorate,
        onLaterPages=decorate,
    )
    return buf.getvalue()
