"""The blocks whose words depend on the law of the case (``domain.regimes``).

Kept apart from ``blocks`` so that the law's wording lives in one place: the remedies and
their time limits, the extension a law allows or not, the identity clock, and the Art. 19
notice that only rectification, erasure and restriction call for.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable, Spacer

from dpo_desk.domain.regimes import pick, remedy_lines
from dpo_desk.letters.context import _Ctx, format_letter_date
from dpo_desk.letters.layout import LIST_GAP


def _bullets(ctx: _Ctx, items: Iterable[str]) -> list[Flowable]:
    out: list[Flowable] = [
        ctx.para(ctx.val(item), "bullet", bulletText="•") for item in items if item.strip()
    ]
    return [*out, Spacer(1, LIST_GAP)] if out else out


def _sentence(ctx: _Ctx, en: str, fr: str, **kw: str) -> list[Flowable]:
    text = (fr if ctx.lang == "fr" else en).format(**kw)
    return [ctx.para(ctx.val(text))]


def remedies(ctx: _Ctx) -> list[Flowable]:
    """One bullet per remedy of the case's law, with the authority's details."""
    org = ctx.data.organisation
    address = ", ".join(x.strip() for x in org.authority_address if x.strip())
    return _bullets(
        ctx, remedy_lines(ctx.regime, ctx.lang, org.authority_name, address, org.authority_url)
    )


def refusal_help(ctx: _Ctx) -> list[Flowable]:
    line = pick(ctx.regime.help_line, ctx.lang)
    if not line:
        return []
    org = ctx.data.organisation
    return [ctx.para(ctx.val(line.format(dpo_name=org.dpo_name, dpo_email=org.dpo_email)))]


def extension_possible(ctx: _Ctx) -> list[Flowable]:
    """Said only where the law has an extension (none in Quebec or Brazil)."""
    if not ctx.regime.has_kind("extension"):
        return []
    notice = format_letter_date(ctx.data.case.extension_notice_by, ctx.lang)
    return _sentence(
        ctx,
        "Should the complexity or the number of requests require it, this period could be "
        "extended ({cite}). We would then tell you, with the reasons, by {date}.",
        "Si la complexité ou le nombre de demandes l'exigeait, ce délai pourrait être "
        "prolongé ({cite}). Nous vous en informerions alors, motifs à l'appui, au plus tard "
        "le {date}.",
        cite=ctx.regime.citation("extension", ctx.lang),
        date=notice,
    )


def identity_asked(ctx: _Ctx) -> list[Flowable]:
    items = ctx.data.case.identity_asked
    if not items:
        ctx.warnings.add("identity request without the list of what is asked")
    return _bullets(ctx, items)


def identity_copy(ctx: _Ctx) -> list[Flowable]:
    """The ID copy sentence matches what is asked: never 'we do not ask' while asking."""
    if ctx.data.case.asks_id_copy:
        return _sentence(
            ctx,
            "The copy of the identity document will be used only for this check and deleted "
            "as soon as it is done; we keep only the fact that your identity was verified.",
            "La copie de la pièce d'identité ne servira qu'à cette vérification et sera "
            "supprimée dès celle-ci effectuée ; nous ne conserverons que la mention de la "
            "vérification.",
        )
    return _sentence(
        ctx,
        "We do not ask you for a copy of an identity document.",
        "Nous ne vous demandons pas de copie de pièce d'identité.",
    )


def identity_clock(ctx: _Ctx) -> list[Flowable]:
    """Whether the period stops while we wait: France (décret 2019-536) and the UK
    (Art. 12A) say so; elsewhere the period keeps running and the letter must not
    promise otherwise."""
    return _clock_sentence(ctx) + _answer_by(ctx)


def _answer_by(ctx: _Ctx) -> list[Flowable]:
    """The day the DPO gave to answer, so the person knows it (the step expires after)."""
    day = ctx.data.case.identity_answer_by
    if day is None:
        return []
    return _sentence(
        ctx,
        "The last day to send it is {day}.",
        "La date limite pour nous les adresser est le {day}.",
        day=format_letter_date(day, ctx.lang),
    )


def _clock_sentence(ctx: _Ctx) -> list[Flowable]:
    r, case = ctx.regime, ctx.data.case
    if r.identity_stops_clock:
        cite = r.citation("identity_stop", ctx.lang)
        if case.suspension_info:  # the dated sentence from the case, with its rule
            text = case.suspension_info.rstrip().rstrip(".")
            return [ctx.para(ctx.val(f"{text} ({cite})."))]
        return _sentence(
            ctx,
            "The one-month period for our reply does not run until we receive this "
            "information ({cite}).",
            "Le délai de réponse d'un mois est suspendu jusqu'à la réception de ces "
            "informations ({cite}).",
            cite=cite,
        )
    return _sentence(
        ctx,
        "We must reply within {period} of receiving your request ({cite}): please send "
        "this information as soon as possible.",
        "Nous devons vous répondre dans les {period} suivant la réception de votre demande "
        "({cite}) : merci de nous adresser ces informations dans les meilleurs délais.",
        period=pick(r.period, ctx.lang),
        cite=r.citation("reply", ctx.lang),
    )


#: The Art. 19 operations, in the three forms the sentences need (English, French
#: "de cette ...", French "de la ..."): a letter names only the right exercised.
_ART19_WORDS = {
    "rectification": ("rectification", "de cette rectification", "de la rectification"),
    "erasure": ("erasure", "de cet effacement", "de l'effacement"),
    "restriction": ("restriction", "de cette limitation", "de la limitation"),
}


def _joined(words: list[str], lang: str) -> str:
    last = " and " if lang == "en" else " et "
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + last + words[-1]


def recipients_notice(ctx: _Ctx) -> list[Flowable]:
    """GDPR Art. 19: only for rectification, erasure, restriction, and only under a law
    that has it. Names only the recipients given as notified and only the operations the
    person asked for; with none recorded, says what Art. 19 obliges (inform the
    recipients, give their list on request), never that there were none."""
    case = ctx.data.case
    cite = ctx.regime.citation("recipients_notice", ctx.lang)
    if not case.notify_recipients or not cite:
        return []
    asked = [_ART19_WORDS[str(r)] for r in case.rights if str(r) in _ART19_WORDS] or list(
        _ART19_WORDS.values()
    )
    this_en = "this " + _joined([w[0] for w in asked], "en")
    this_fr = _joined([w[1] for w in asked], "fr")
    the_en = "the " + _joined([w[0] for w in asked], "en")
    the_fr = _joined([w[2] for w in asked], "fr")
    names = [r.name for r in ctx.data.recipients]
    if not names:
        return _sentence(
            ctx,
            "Where your data had been disclosed to recipients, we inform each of them of "
            "{this}, unless this proves impossible or involves disproportionate effort; we "
            "will give you their list on request ({cite}).",
            "Si vos données avaient été communiquées à des destinataires, nous informons "
            "chacun d'eux {this}, à moins qu'une telle communication se révèle impossible ou "
            "exige des efforts disproportionnés ; nous vous en communiquerons la liste sur "
            "simple demande ({cite}).",
            cite=cite,
            this=this_fr if ctx.lang == "fr" else this_en,
        )
    return [
        *_sentence(
            ctx,
            "We informed the following recipients of your data of {the} ({cite}):",
            "Nous avons informé {the} les destinataires suivants de vos données ({cite}) :",
            cite=cite,
            the=the_fr if ctx.lang == "fr" else the_en,
        ),
        *_bullets(ctx, names),
    ]


def heirs_evidence(ctx: _Ctx) -> list[Flowable]:
    """Names only the evidence actually received: never a death certificate that was not."""
    h = ctx.data.heirs
    if h is None or not h.evidence_received:
        return []
    items = ", ".join(h.evidence_received)
    return _sentence(
        ctx,
        "The supporting documents you sent us ({items}) will be deleted as soon as they are "
        "no longer needed to handle your request.",
        "Les pièces justificatives que vous nous avez transmises ({items}) seront supprimées "
        "dès qu'elles ne seront plus nécessaires au traitement de votre demande.",
        items=items,
    )


def ack_note(ctx: _Ctx) -> list[Flowable]:
    line = pick(ctx.regime.ack_note, ctx.lang)
    return [ctx.para(ctx.val(line))] if line else []


REGIME_BLOCKS = {
    "ack_note": ack_note,
    "remedies": remedies,
    "refusal_help": refusal_help,
    "extension_possible": extension_possible,
    "identity_asked": identity_asked,
    "identity_copy": identity_copy,
    "identity_clock": identity_clock,
    "recipients_notice": recipients_notice,
    "heirs_evidence": heirs_evidence,
}
