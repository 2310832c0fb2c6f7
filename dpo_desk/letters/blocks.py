"""The ``[[block]]`` placeholders of a template, each expanded to reportlab flowables.

A template names blocks (``[[activities]]``, ``[[recipients]]``, ``[[signature]]``...);
``_BLOCKS`` maps each name to the function that builds it from the letter's data. They
are kept together, away from the page layout and the PDF writing, because adding a block
means touching only this module and ``templates.BLOCKS`` (a test checks both agree).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from babel import Locale
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from dpo_desk.domain.refusals import ground_sentence
from dpo_desk.domain.rights import ARTICLES, Right
from dpo_desk.domain.rights import label as right_label
from dpo_desk.letters import fonts
from dpo_desk.letters.context import _Ctx, format_letter_date, regime_of
from dpo_desk.letters.data import RecipientEntry
from dpo_desk.letters.layout import CONTENT_W, HEADER_BG, LIST_GAP, RULE
from dpo_desk.letters.regime_blocks import REGIME_BLOCKS
from dpo_desk.letters.text import clean, value_markup


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


def _key_table(ctx: _Ctx, rows: Iterable[Sequence[str]]) -> Table:
    """A two-column table of (label, value) rows, the labels in a shaded key column."""
    return _table(ctx, None, rows, (52, CONTENT_W - 52), key_column=True)


def _block_activities(ctx: _Ctx) -> list[Flowable]:
    if not ctx.data.activities:
        return [ctx.para(value_markup(ctx.t("no_activities")))]
    item = regime_of(ctx.data).citation("access_item", ctx.lang)

    def label(key: str, letter: str = "") -> str:
        """The row's name, with its item of GDPR Art. 15(1) where the case's law is the
        GDPR; another law does not number its items so (P-39.1 s. 27, PIPEDA 4.9...)."""
        text = ctx.t(key)
        return f"{text} ({item.format(x=letter)})" if item and letter else text

    out: list[Flowable] = []
    for act in ctx.data.activities:
        rows: list[tuple[str, str]] = [
            (label("act_purposes", "a"), "\n".join(act.purposes)),
            (label("act_basis"), act.legal_basis),
            (label("act_categories", "b"), ", ".join(act.data_categories)),
        ]
        if act.subject_categories:
            rows.append((label("act_subjects"), ", ".join(act.subject_categories)))
        if act.recipients:  # no "Recipients: None" row: the recipients section says it
            rows.append((label("act_recipients", "c"), ", ".join(act.recipients)))
        rows += [
            (label("act_retention", "d"), act.retention),
            (label("act_source", "g"), act.source),
            (label("act_automated", "h"), act.automated_decision or ctx.t("none")),
        ]
        table = _key_table(ctx, rows)
        out.append(KeepTogether([ctx.para(ctx.val(act.name), "heading"), table]))
    return out


def _safeguard_text(ctx: _Ctx, r: RecipientEntry) -> str:
    if not r.third_country:
        return ctx.t("eea")
    parts = [p for p in (r.adequacy_status, r.safeguard_kind) if p.strip()]
    return (" ; " if ctx.lang == "fr" else "; ").join(parts) or ctx.t("third_country")


def _country(code: str, lang: str) -> str:
    """'MA' -> 'Maroc' / 'Morocco' (babel); a name already spelled out stays as is."""
    if len(code.strip()) != 2:
        return code
    names = Locale.parse("fr_FR" if lang == "fr" else "en_GB").territories
    return str(names.get(code.strip().upper(), code))


def _block_recipients(ctx: _Ctx) -> list[Flowable]:
    recs = ctx.data.recipients
    if not recs:
        return [ctx.para(value_markup(ctx.t("no_recipients")))]
    header = [ctx.t(k) for k in ("rec_name", "rec_category", "rec_country", "rec_safeguard")]
    rows = [
        (
            r.name,
            r.category,
            f"{_country(r.country, ctx.lang)} ({ctx.t('third_country')})"
            if r.third_country
            else _country(r.country, ctx.lang),
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
            _country(r.country, ctx.lang),
            "\n".join(p for p in (_safeguard_text(ctx, r), r.safeguard_document) if p.strip()),
            r.copy_how,
        )
        for r in recs
    ]
    return [_table(ctx, header, rows, (38, 25, 60, 47))]


def _block_automated(ctx: _Ctx) -> list[Flowable]:
    """Art. 15(1)(h): each automated decision with "meaningful information about the logic
    involved, as well as the significance and the envisaged consequences" (CJEU C-203/22:
    the procedure and principles actually applied, explained so the person can understand
    and contest them)."""
    acts = [a for a in ctx.data.activities if a.automated_decision]
    if not acts:
        regime = regime_of(ctx.data)
        cite = regime.citation("automated", ctx.lang)
        if regime.key in ("gdpr-fr", "uk-gdpr"):  # Art. 22's own words, with its citation
            return [ctx.para(value_markup(ctx.t("no_automated", cite=cite)))]
        key = "no_automated_cited" if cite else "no_automated_plain"
        return [ctx.para(value_markup(ctx.t(key, cite=cite)))]
    out: list[Flowable] = []
    for a in acts:
        out += _bullets(
            ctx, [ctx.t("automated_intro", activity=a.name, description=a.automated_decision or "")]
        )
        rows = [
            (ctx.t(key), text or ctx.t("ad_missing"))
            for key, text in (
                ("ad_logic", a.decision_logic),
                ("ad_significance", a.decision_significance),
                ("ad_consequences", a.decision_consequences),
            )
        ]
        if not (a.decision_logic or a.decision_significance or a.decision_consequences):
            ctx.warnings.add(
                f"{a.name}: the register has no logic, significance or consequences of its "
                "automated decision (Art. 15(1)(h))"
            )
        out.append(_key_table(ctx, rows))
    return out


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
    return [_key_table(ctx, rows)]


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
    return [_key_table(ctx, rows)]


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


def _block_data_copy_statement(ctx: _Ctx) -> list[Flowable]:
    """Where the copy of the data is (Art. 15(3); CJEU C-487/21: a faithful copy is part of
    the reply): in the annex, or, said honestly, sent separately by the due date."""
    copy = ctx.data.data_copy
    cite = regime_of(ctx.data).citation("copy", ctx.lang)  # the law of the case, not GDPR's
    if copy is None or copy.follows_separately:
        case = ctx.data.case
        due = case.extended_due or case.due
        when = format_letter_date(due, ctx.lang) if due else "—"
        return [ctx.para(value_markup(ctx.t("copy_separately", due=when, cite=cite)))]
    return [ctx.para(value_markup(ctx.t("copy_in_annex", cite=cite)))]


def _block_data_copy(ctx: _Ctx) -> list[Flowable]:
    copy = ctx.data.data_copy
    if copy is not None and copy.follows_separately:
        return []
    if copy is None:
        ctx.warnings.add("[[data_copy]] used but no copy of the data was given")
        return []
    out: list[Flowable] = [
        PageBreak(),
        ctx.para(
            value_markup(ctx.t("annex_title", cite=regime_of(ctx.data).citation("copy", ctx.lang))),
            "annex",
        ),
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
    sentence = ground_sentence(case.refusal_code, ctx.regime, ctx.lang)
    if sentence:
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
    "notified_recipients": REGIME_BLOCKS["recipients_notice"],  # kept for edited templates
    "directive": _block_directive,
    "heirs": _block_heirs,
    "free_text": _block_free_text,
    "signature": _block_signature,
    "data_copy": _block_data_copy,
    **REGIME_BLOCKS,
    "data_copy_statement": _block_data_copy_statement,
}


def _is_heading(text: str) -> bool:
    """A paragraph that is entirely **bold** is a heading (kept with what follows)."""
    return text.startswith("**") and text.endswith("**") and text.count("**") == 2
