"""One vocabulary of refusal grounds, for the workflow and the letters alike.

A ground is lawful only for the rights it can answer (GDPR Art. 17(3) answers erasure,
not access; Art. 21(1) compelling grounds answer an objection only), only under a law
that has it (``regimes.Regime.grounds``, with the citation the letter prints), and never
for an objection to direct marketing, which is absolute (GDPR Art. 21(3): "the personal
data shall no longer be processed for such purposes"). "Identity not established" needs
an identity step that failed or expired (GDPR Art. 11(2), 12(2) and 12(6): the controller
must first ask, and may refuse only when it still cannot identify the person).

No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable

from dpo_desk.domain.lifecycle import IllegalTransition, RefusalReason
from dpo_desk.domain.regimes import Regime, pick
from dpo_desk.domain.rights import Right

_R = RefusalReason
_ALL = frozenset(Right) - {Right.PROSPECTING_OBJECTION}
_DATA_RIGHTS = frozenset(
    {
        Right.ACCESS,
        Right.RECTIFICATION,
        Right.ERASURE,
        Right.RESTRICTION,
        Right.OBJECTION,
        Right.PORTABILITY,
        Right.CONSENT_WITHDRAWAL,
        Right.HUMAN_REVIEW,
        Right.SAFEGUARDS_COPY,
    }
)

#: The rights each ground can answer (sources in the module docstring and GROUND_TEXT).
GROUND_RIGHTS: dict[RefusalReason, frozenset[Right]] = {
    _R.MANIFESTLY_UNFOUNDED: _ALL,
    _R.EXCESSIVE: _ALL,
    _R.IDENTITY_NOT_ESTABLISHED: _ALL,
    _R.LEGAL_EXEMPTION: _ALL,
    _R.NO_DATA: _DATA_RIGHTS,
    _R.LEGAL_OBLIGATION: frozenset({Right.ERASURE}),  # GDPR Art. 17(3)(b)
    _R.LEGAL_CLAIMS: frozenset({Right.ERASURE, Right.OBJECTION}),  # Art. 17(3)(e), 21(1)
    _R.COMPELLING_GROUNDS: frozenset({Right.OBJECTION}),  # Art. 21(1)
    _R.RIGHTS_OF_OTHERS: frozenset(
        {
            Right.ACCESS,
            Right.PORTABILITY,  # Art. 15(4), 20(4)
            Right.SAFEGUARDS_COPY,
        }
    ),
}

#: The ground as the letter states it (its citation comes from the case's law).
GROUND_TEXT: dict[RefusalReason, tuple[str, str]] = {
    _R.MANIFESTLY_UNFOUNDED: (
        "the request is manifestly unfounded",
        "la demande est manifestement infondée",
    ),
    _R.EXCESSIVE: (
        "the request is excessive, in particular because of its repetitive character",
        "la demande est excessive, notamment en raison de son caractère répétitif",
    ),
    _R.IDENTITY_NOT_ESTABLISHED: (
        "we are not in a position to identify you",
        "nous ne sommes pas en mesure de vous identifier",
    ),
    _R.NO_DATA: (
        "we hold no personal data concerning you",
        "nous ne détenons aucune donnée personnelle vous concernant",
    ),
    _R.LEGAL_OBLIGATION: (
        "we must keep the data to comply with a legal obligation",
        "nous devons conserver les données pour respecter une obligation légale",
    ),
    _R.LEGAL_CLAIMS: (
        "the data are needed for the establishment, exercise or defence of legal claims",
        "les données sont nécessaires à la constatation, à l'exercice ou à la "
        "défense de droits en justice",
    ),
    _R.COMPELLING_GROUNDS: (
        "we have compelling legitimate grounds for the processing which "
        "override your interests, rights and freedoms",
        "nous avons des motifs légitimes et impérieux pour le traitement "
        "qui prévalent sur vos intérêts, droits et libertés",
    ),
    _R.RIGHTS_OF_OTHERS: (
        "the communication would adversely affect the rights and freedoms of others",
        "la communication porterait atteinte aux droits et libertés d'autrui",
    ),
    _R.LEGAL_EXEMPTION: (
        "a legal provision restricts this right",
        "une disposition légale limite ce droit",
    ),
}


def parse_ground(text: str | RefusalReason) -> RefusalReason:
    try:
        return RefusalReason(str(text).strip().lower())
    except ValueError:
        accepted = ", ".join(r.value for r in RefusalReason)
        raise IllegalTransition(
            "unknown refusal ground {ground}; use one of: {accepted}",
            ground=str(text),
            accepted=accepted,
        ) from None


def ground_sentence(ground: str, regime: Regime, lang: str) -> str:
    """'We hold no personal data concerning you (RLRQ, c. P-39.1, art. 27).'"""
    try:
        reason = RefusalReason(ground)
    except ValueError:
        return ""
    text = pick(GROUND_TEXT[reason], lang)
    cite = pick(regime.grounds.get(reason.value, ("", "")), lang)
    sentence = text[0].upper() + text[1:]
    return f"{sentence} ({cite})." if cite else f"{sentence}."


def check_refusal(
    ground: str | RefusalReason,
    rights: Iterable[Right | str],
    regime: Regime,
    identity_outcomes: Iterable[str] = (),
) -> RefusalReason:
    """Refuse a refusal the law does not allow; return the parsed ground.

    Args:
        ground: The ground chosen by the DPO.
        rights: The rights of the case.
        regime: The law of the case.
        identity_outcomes: The outcomes of the case's identity steps ("pending",
            "verified", "failed", "expired").

    Raises:
        IllegalTransition: with one line naming what is wrong.
    """
    reason = parse_ground(ground)
    wanted = [Right(r) for r in rights]
    if Right.PROSPECTING_OBJECTION in wanted:
        raise IllegalTransition(
            "an objection to direct marketing cannot be refused: it is absolute "
            "(GDPR Art. 21(3)); stop the marketing and confirm it"
        )
    if reason.value not in regime.grounds:
        raise IllegalTransition(
            "the ground '{ground}' does not exist under {law}",
            ground=reason.value,
            law=regime.short,
        )
    beyond = [r.value for r in wanted if r not in GROUND_RIGHTS[reason]]
    if beyond:
        raise IllegalTransition(
            "the ground '{ground}' cannot answer the right(s): {rights}",
            ground=reason.value,
            rights=", ".join(beyond),
        )
    if reason is RefusalReason.IDENTITY_NOT_ESTABLISHED:
        outcomes = set(identity_outcomes)
        if "pending" in outcomes:
            raise IllegalTransition(
                "the identity information is still awaited: record the identity step as "
                "failed or expired before refusing on this ground (GDPR Art. 12(6))"
            )
        if not outcomes & {"failed", "expired"}:
            raise IllegalTransition(
                "refusing for identity needs an identity step that failed or expired: "
                "ask for the information first (GDPR Art. 11(2), 12(6))"
            )
    return reason
