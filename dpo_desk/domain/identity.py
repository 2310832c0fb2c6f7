"""Identity checks: how a requester was identified, and when an ID copy may be asked.

GDPR Art. 12(6) allows asking for more information only on reasonable doubt; the EDPB
(Guidelines 01/2022 §§ 60-78) and the CNIL add that an ID copy must not be systematic.
The helper below turns that into a rule the GUI enforces before a request letter is made.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from dpo_desk.errors import Phrase, Refusal


class IdentityMethod(StrEnum):
    """How identity was established (recorded instead of keeping the document)."""

    EMAIL_MATCH = "email-match"
    CUSTOMER_ACCOUNT = "customer-account"
    DOCUMENT = "document"
    IN_PERSON = "in-person"


class IdentityOutcome(StrEnum):
    """Result of the identity check."""

    PENDING = "pending"
    VERIFIED = "verified"
    FAILED = "failed"
    #: Asked, and nothing arrived by the day given to answer (see ``current_outcome``).
    EXPIRED = "expired"


#: The time given to answer an identity request when the DPO sets none: 30 days from the
#: request. No text fixes it: GDPR Art. 11(2) and 12(6) let the controller ask and then
#: refuse when it still cannot identify the person, and the EDPB (Guidelines 01/2022 on
#: the right of access, §§ 64-67) asks only that the controller act without undue delay
#: and say what it needs; it sets no period for the person's answer. 30 days is therefore
#: an organisation choice of DPO Desk, chosen to mirror the one-month reply period of
#: Art. 12(3) (and Quebec's 30 days, P-39.1 s. 32); the DPO can give another day per step.
DEFAULT_ANSWER_DAYS = 30


def answer_deadline(requested_on: date, answer_by: date | None = None) -> date:
    """The last day the requester has to send the identity information."""
    return answer_by or requested_on + timedelta(days=DEFAULT_ANSWER_DAYS)


def current_outcome(
    outcome: str,
    requested_on: date | None,
    received_on: date | None,
    answer_by: date | None,
    today: date,
) -> str:
    """The outcome of an identity step as of ``today``.

    A step still pending, asked on ``requested_on``, whose information has not been
    received by its answer day (``answer_deadline``) has expired: identity could not be
    established in the time given, which allows a refusal on that ground (GDPR Art. 11(2),
    12(2) and 12(6); ``domain.refusals.check_refusal``). Information that arrived, even
    late, keeps the step pending until the DPO verifies it or records a failure.
    """
    if outcome != IdentityOutcome.PENDING or requested_on is None or received_on is not None:
        return outcome
    if today > answer_deadline(requested_on, answer_by):
        return IdentityOutcome.EXPIRED.value
    return outcome


class IdentityPolicy(StrEnum):
    """House policy on ID documents."""

    #: Default: ask for a document only on a recorded reasonable doubt (GDPR 12(6)).
    PROPORTIONATE = "proportionate"
    #: Always ask; allowed as a house choice, but each use carries a warning.
    STRICT = "strict"


class IdentityPolicyError(Refusal, ValueError):
    """A document request the proportionate policy does not allow."""


#: The CNIL position, quoted in warnings and refusals.
CNIL_POSITION = (
    "CNIL: a copy of an identity document may be asked only where there is a reasonable "
    "doubt about the requester's identity, never systematically (GDPR Art. 12(6); EDPB "
    "Guidelines 01/2022 §§ 60-78); the copy is deleted once identity is verified (§ 78)"
)


def needs_document(
    policy: IdentityPolicy | str,
    has_reasonable_doubt: bool,
    doubt_reason: str | None,
) -> str | None:
    """Check a request for an ID document against the policy.

    Args:
        policy: ``proportionate`` (default house policy) or ``strict``.
        has_reasonable_doubt: Whether the DPO doubts the requester's identity.
        doubt_reason: Why (recorded in the case: the proof of proportionality).

    Returns:
        None when the request is justified; a warning quoting the CNIL when the strict
        policy asks without a recorded doubt.

    Raises:
        IdentityPolicyError: proportionate policy without a doubt, or without its reason.
    """
    chosen = IdentityPolicy(policy)
    reason = (doubt_reason or "").strip()
    justified = has_reasonable_doubt and bool(reason)
    if justified:
        return None
    if chosen is IdentityPolicy.STRICT:
        return Phrase(
            "House policy asks for an ID document without a recorded doubt. {cnil_position}",
            cnil_position=Phrase(CNIL_POSITION),
        )
    if not has_reasonable_doubt:
        raise IdentityPolicyError(
            "no reasonable doubt recorded: do not ask for a document. {cnil_position}",
            cnil_position=Phrase(CNIL_POSITION),
        )
    raise IdentityPolicyError(
        "record why the identity is in doubt before asking for a document. {cnil_position}",
        cnil_position=Phrase(CNIL_POSITION),
    )
