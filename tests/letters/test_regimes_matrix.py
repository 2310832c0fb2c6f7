"""Every letter kind x every rule set x fr/en, read back from the PDF: the authority, the
remedies and the citations of the case's law, and no word of another law (issue 11).

Rendered in-process from the sample letter, with the law's authority as the service
puts it (``services.letters.build._authority``), so the matrix stays fast.
"""

from __future__ import annotations

import time

import pytest

from dpo_desk.domain.deadlines.rulesets import RULESETS
from dpo_desk.domain.regimes import REGIMES, pick, regime_for
from dpo_desk.letters.kinds import KINDS
from dpo_desk.letters.render import render_letter_bytes
from dpo_desk.letters.sample import sample_letter
from dpo_desk.services.letters.build import _authority

from ._pdf import flat, pdf_text

#: Which citation role each kind must print (besides the remedies where it has them).
ROLE = {
    "acknowledgement": "reply",
    "id-request": "identity",
    "extension": "extension",
    "refusal": "refusal",
    "access-reply": "access",
    "confirmation": None,
    "safeguards": "access",
    "directive-ack": None,
    "heirs-reply": None,
}
WITH_REMEDIES = {"refusal", "access-reply", "confirmation", "safeguards", "heirs-reply"}

CELLS = [
    (k, rs.code, lang)
    for k in KINDS
    for rs in RULESETS
    for lang in ("fr", "en")
    if regime_for(rs.code).has_kind(k)
]


def _render(kind: str, code: str, lang: str) -> str:
    regime = regime_for(code)
    data = sample_letter(kind, lang)
    org = _authority(data.organisation, code, lang)
    case = data.case.__class__(
        **{
            **data.case.__dict__,
            "refusal_code": "identity-not-established",
            "refusal_text": "Nothing in our files matches.",
            # the sample's steps are the GDPR engine's; the real
            # steps per rule set are tested with the engine
            "deadline_explanation": (),
        }
    )
    changed = data.__class__(
        **{**data.__dict__, "organisation": org, "case": case, "regime": regime.key}
    )
    return flat(pdf_text(render_letter_bytes(changed)))


def test_the_matrix_covers_every_law_and_renders_fast() -> None:
    assert {regime_for(rs.code).key for rs in RULESETS} == {r.key for r in REGIMES}
    start = time.perf_counter()
    for kind, code, lang in CELLS[:12]:
        _render(kind, code, lang)
    assert (time.perf_counter() - start) / 12 < 0.4  # the whole matrix well under 60 s


@pytest.mark.parametrize(("kind", "code", "lang"), CELLS)
def test_letter_speaks_the_law_of_the_case(kind: str, code: str, lang: str) -> None:
    regime = regime_for(code)
    text = _render(kind, code, lang)
    role = ROLE[kind]
    if role:
        assert regime.citation(role, lang) in text
    if kind in WITH_REMEDIES:
        assert pick(regime.authority.name, lang) in text
        assert regime.authority.url in text
        for remedy in regime.remedies:  # each remedy's own citation, e.g. its time limit
            tail = pick(remedy, lang).rstrip(" ;.").rsplit("(", 1)[-1].rstrip(")")
            assert tail in text, tail
    if kind == "access-reply":  # the other rights as this law has them (P-39.1 s. 28...)
        assert pick(regime.other_rights, lang) in text
    if kind == "refusal":
        assert pick(regime.grounds["identity-not-established"], lang) in text
        assert "Nothing in our files matches." in text
        help_line = pick(regime.help_line, lang)
        if help_line:
            assert help_line.split("{", 1)[0].strip() in text
    for other in REGIMES:
        if other.key == regime.key:
            continue
        for word in other.own_words:
            if word not in regime.own_words:
                assert word not in text, f"{word!r} from {other.key} in a {code} letter"
    if lang == "fr":
        assert "GDPR" not in text.replace("UK GDPR", "")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quebec_has_its_30_days_remedy_and_no_month(lang: str) -> None:
    refusal = _render("refusal", "CA-QC", lang)
    if lang == "fr":
        assert (
            "dans les 30 jours du refus ou de l'expiration du délai pour répondre (RLRQ, "
            "c. P-39.1, art. 42 et 43)"
        ) in refusal
        assert "RLRQ, c. P-39.1, art. 34" in refusal
    else:
        assert (
            "within 30 days of the refusal or of the expiry of the time to reply (CQLR, "
            "c. P-39.1, ss. 42 and 43)"
        ) in refusal
    for kind in ("acknowledgement", "id-request"):
        text = _render(kind, "CA-QC", lang)
        assert "un mois" not in text and "one month" not in text.lower()
        assert "prolong" not in text and "extended" not in text


def test_california_acknowledgement_confirms_within_10_business_days() -> None:
    assert "10 business days required by 11 CCR §7021(a)" in _render(
        "acknowledgement", "US-CA", "en"
    )
    assert "10 jours ouvrables prévus par 11 CCR §7021(a)" in _render(
        "acknowledgement", "US-CA", "fr"
    )


def test_french_dpo_title_agrees_in_gender_everywhere() -> None:
    data = sample_letter("refusal", "fr")
    org = data.organisation.__class__(
        **{**data.organisation.__dict__, "signature_title": "Déléguée à la protection des données"}
    )
    text = flat(
        pdf_text(render_letter_bytes(data.__class__(**{**data.__dict__, "organisation": org})))
    )
    assert "notre déléguée à la protection des données" in text
    assert "Déléguée à la protection des données : " in text  # the letterhead
    assert "Délégué à" not in text and "notre délégué " not in text
