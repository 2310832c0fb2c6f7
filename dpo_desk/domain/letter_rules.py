"""Which letters are true for a case now: its law, its state, and what the DPO recorded.

A letter says things about the case ("we refuse, because...", "we extend, because...",
"we need this to identify you"). It is offered only when those things are recorded, so
that no letter goes out with an empty reason or for a step that never happened:

- the law must have the kind (``regimes.Regime.kinds``: Quebec and Brazil have no
  extension; the post-mortem letters are French law, loi 78-17 art. 84-85);
- refusal: the case is refused, with its ground and the facts the DPO wrote (GDPR
  Art. 12(4); P-39.1 s. 34: the reasons and the provision relied on);
- extension: decided, with reasons (GDPR Art. 12(3): "together with the reasons");
- identity request: an identity step is open, with its reason (GDPR Art. 12(6): only on
  reasonable doubts);
- confirmation: only for rights that are carried out and confirmed: rectification,
  erasure, restriction (Art. 16-19), objection (Art. 21) and withdrawal of consent
  (Art. 7(3));
- access reply and copy of safeguards: an access request (Art. 15) not refused.

A reply sent after its date (the extension notice after the notice date, a reply after
the binding deadline) is allowed only with a recorded reason, and is marked late.

No Qt, no SQL: the services fill a ``LetterFacts`` from the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dpo_desk.domain.lifecycle import CaseState
from dpo_desk.domain.regimes import Regime, regime_for
from dpo_desk.domain.rights import Right
from dpo_desk.errors import Refusal

#: The rights a confirmation letter can confirm.
CONFIRMABLE: frozenset[Right] = frozenset(
    {
        Right.RECTIFICATION,
        Right.ERASURE,
        Right.RESTRICTION,
        Right.OBJECTION,
        Right.PROSPECTING_OBJECTION,
        Right.CONSENT_WITHDRAWAL,
    }
)
#: The rights whose confirmation tells that recipients were notified (GDPR Art. 19).
ARTICLE_19: frozenset[Right] = frozenset({Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION})

_ENDED = {CaseState.REFUSED.value, CaseState.WITHDRAWN.value, CaseState.FORWARDED.value}
#: Letters that answer the request, and so can be late.
REPLIES = frozenset({"access-reply", "confirmation", "refusal", "safeguards"})


class LetterRefused(Refusal, ValueError):
    """This kind of letter is not true for the case now."""


@dataclass(frozen=True)
class LetterFacts:
    """What the rules need to know about a case."""

    reference: str
    jurisdiction: str
    state: str
    rights: tuple[str, ...]
    today: date
    due: date | None = None
    extended_due: date | None = None
    extension_notice_by: date | None = None
    extended_on: date | None = None
    extension_reason: str = ""
    refusal_ground: str = ""
    refusal_facts: str = ""
    #: (outcome, doubt reason) of each identity step, oldest first.
    identity_steps: tuple[tuple[str, str], ...] = ()

    @property
    def regime(self) -> Regime:
        return regime_for(self.jurisdiction)


def late_since(kind: str, facts: LetterFacts) -> date | None:
    """The date this letter was due by, when it is written after it; else None."""
    if kind == "extension":
        limit = facts.extension_notice_by
    elif kind in REPLIES:
        limit = facts.extended_due or facts.due
    else:
        return None
    if limit is not None and facts.today > limit:
        return limit
    return None


def check_letter(kind: str, facts: LetterFacts, late_reason: str = "") -> None:
    """Refuse a letter that would not be true, with one line saying why.

    Raises:
        LetterRefused: the law has no such letter, the case is not in the state the
            letter describes, or the letter is late and no reason was given.
    """
    regime = facts.regime
    ref = facts.reference
    rights = {Right(r) for r in facts.rights}
    if not regime.has_kind(kind):
        raise LetterRefused(
            "{reference}: the law of this case ({law}) has no '{kind}' letter",
            reference=ref,
            law=regime.short,
            kind=kind,
        )
    if kind == "refusal":
        if facts.state != CaseState.REFUSED.value and not (
            facts.state == CaseState.CLOSED.value and facts.refusal_ground
        ):
            raise LetterRefused(
                "{reference}: a refusal letter needs a refused case; refuse it "
                "first (with its ground and facts)",
                reference=ref,
            )
        if not facts.refusal_ground or not facts.refusal_facts.strip():
            raise LetterRefused(
                "{reference}: the refusal has no ground or no facts recorded; "
                "record them before writing the letter",
                reference=ref,
            )
    elif kind == "extension":
        if facts.extended_on is None:
            raise LetterRefused(
                "{reference}: no extension was decided for this case", reference=ref
            )
        if not facts.extension_reason.strip():
            raise LetterRefused("{reference}: the extension has no reasons recorded", reference=ref)
    elif kind == "id-request":
        open_steps = [reason for outcome, reason in facts.identity_steps if outcome == "pending"]
        if not open_steps:
            raise LetterRefused(
                "{reference}: no identity information is being asked for; "
                "record the identity step first",
                reference=ref,
            )
        if not open_steps[-1].strip():
            raise LetterRefused(
                "{reference}: the identity step has no reason for the doubt (GDPR Art. 12(6))",
                reference=ref,
            )
    elif kind == "confirmation":
        if not rights & CONFIRMABLE:
            raise LetterRefused(
                "{reference}: a confirmation is only for rectification, "
                "erasure, restriction, objection or withdrawal of consent",
                reference=ref,
            )
        if facts.state in _ENDED:
            raise LetterRefused(
                "{reference}: the case was {state}: nothing was carried out to confirm",
                reference=ref,
                state=facts.state,
            )
        if facts.state in (CaseState.RECEIVED.value, CaseState.AWAITING_IDENTITY.value):
            raise LetterRefused(
                "{reference}: the case is {state}: nothing was carried out yet to confirm",
                reference=ref,
                state=facts.state,
            )
    elif kind in ("access-reply", "safeguards"):
        wanted = {Right.ACCESS} if kind == "access-reply" else {Right.ACCESS, Right.SAFEGUARDS_COPY}
        if not rights & wanted:
            raise LetterRefused("{reference}: this case has no access request", reference=ref)
        if facts.state in _ENDED or facts.state == CaseState.AWAITING_IDENTITY.value:
            raise LetterRefused(
                "{reference}: an access reply cannot be sent to a case that is {state}",
                reference=ref,
                state=facts.state,
            )
    elif kind in ("directive-ack", "heirs-reply") and Right.POST_MORTEM not in rights:
        raise LetterRefused("{reference}: this case is not a post-mortem request", reference=ref)
    late = late_since(kind, facts)
    if late is not None and not late_reason.strip():
        raise LetterRefused(
            "{reference}: this letter is late (due by {date}); give the reason "
            "for the delay to write it",
            reference=ref,
            date=late.isoformat(),
        )


def available_kinds(facts: LetterFacts, kinds: tuple[str, ...]) -> list[str]:
    """The kinds of ``kinds`` that are true for the case now (a late one still counts)."""
    out = []
    for kind in kinds:
        try:
            check_letter(kind, facts, late_reason="(late)")
        except LetterRefused:
            continue
        out.append(kind)
    return out
