"""What one rendering works from: the letter's data, its language, the placeholder values.

``_Ctx`` carries the per-render state (styles, the warnings and the text flags collected
on the way) through the blocks, the story and the page decoration; ``_fields`` turns a
``LetterData`` into the values of the template placeholders. Both are needed by every
other part of the renderer, so they live below all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial
from typing import Any

from babel.dates import format_date
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from dpo_desk.domain.refusals import ground_sentence
from dpo_desk.domain.regimes import REGIMES, Regime, pick
from dpo_desk.domain.rights import ARTICLES, CHANNEL_PHRASES, Right
from dpo_desk.domain.rights import label as right_label
from dpo_desk.letters import fonts
from dpo_desk.letters.data import LetterData
from dpo_desk.letters.kinds import ARTICLES_FR, t
from dpo_desk.letters.layout import styles
from dpo_desk.letters.templates import FIELDS
from dpo_desk.letters.text import value_markup

#: The channel as a letter says it mid-sentence; one source: ``domain.rights``.
CHANNELS: dict[str, tuple[str, str]] = CHANNEL_PHRASES

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}

#: The citations a template can print as ``{cite_<role>}`` (see ``domain.regimes``).
CITE_ROLES = ("reply", "identity", "extension", "refusal", "access", "copy", "rights", "free")


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
        self.regime = regime_of(data)

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


def regime_of(data: LetterData) -> Regime:
    """The law the letter is written under (France when unknown)."""
    return next((r for r in REGIMES if r.key == data.regime), REGIMES[0])


def _right_with_article(right: Right | str, lang: str, regime: Regime) -> str:
    """'Accès – art. 15 du RGPD' / 'Access – GDPR Art. 15'; outside the GDPR the article
    numbers mean nothing, so only the right is named (the law is cited in the letter)."""
    r = Right(right)
    if regime.key not in ("gdpr-fr", "uk-gdpr"):
        return right_label(r, lang)
    article = ARTICLES_FR[r.value] if lang == "fr" else ARTICLES[r]
    if regime.key == "uk-gdpr":
        article = article.replace("GDPR", "UK GDPR").replace("RGPD", "UK GDPR")
    return f"{right_label(r, lang)} – {article}"


def our_dpo(title: str) -> str:
    """ "Déléguée à la protection des données" -> "notre déléguée à la protection des
    données": the profile's own title in a French sentence (so its gender agrees with the
    signature); "" when the title is not a délégué(e) one."""
    title = title.strip()
    return "notre " + title[0].lower() + title[1:] if title.lower().startswith("délégué") else ""


def _dpo_role(data: LetterData, regime: Regime) -> str:
    """Who answers, in the body: the law's name for the role, but in French under the
    GDPR the profile's own title when it is one ("notre déléguée à la protection des
    données"), so the body, the letterhead and the signature agree in gender."""
    ours = our_dpo(data.organisation.signature_title)
    if data.lang == "fr" and regime.key == "gdpr-fr" and ours:
        return ours
    return pick(regime.dpo_role, data.lang)


def _fields(data: LetterData) -> dict[str, str]:
    lang = data.lang
    org, case = data.organisation, data.case
    d = partial(format_letter_date, lang=lang)
    rights = [Right(r) for r in case.rights]
    regime = regime_of(data)
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
        "rights_articles": ", ".join(_right_with_article(r, lang, regime) for r in rights),
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
        "refusal_reason": ground_sentence(case.refusal_code, regime, lang).rstrip("."),
        "refusal_text": case.refusal_text,
        "person_name": data.directive.person_name if data.directive else "",
        "directive_date": d(data.directive.registered_on) if data.directive else "",
        "executor_name": data.directive.executor_name if data.directive else "",
        "deceased_name": data.heirs.deceased_name if data.heirs else "",
        "death_date": d(data.heirs.death_date) if data.heirs else "",
        "notifier_name": data.heirs.notifier_name if data.heirs else "",
        "notifier_capacity": data.heirs.notifier_capacity if data.heirs else "",
        "law": pick(regime.law, lang),
        "dpo_role": _dpo_role(data, regime),
        "reply_period": pick(regime.period, lang),
        "other_rights": pick(regime.other_rights, lang),
        **{f"cite_{role}": regime.citation(role, lang) for role in CITE_ROLES},
    }
    assert f.keys() == FIELDS.keys()
    return f
