"""What replies draw from the record of processing activities: the Art. 15(1) description
of each active processing for an access reply, and what an erasure request leaves kept
(Art. 17(3)) and until when.

Apart from the register's use cases (``activities``) because these only read it, and
carry the legal reasoning of the replies.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.domain import retention
from dpo_desk.domain.registers import EEA, LEGAL_BASES, RECIPIENT_CATEGORIES
from dpo_desk.services.cases import load_case
from dpo_desk.services.context import Context
from dpo_desk.services.registers.activities import activities_query, parsed_rule, rule_text
from dpo_desk.services.registers.dto import (
    AccessActivity,
    AccessRecipient,
    ErasureAssessment,
    ErasureItem,
)
from dpo_desk.services.registers.recipient_rules import transfer_view
from dpo_desk.store.models import ProcessingActivity


def _active(session: Session) -> list[ProcessingActivity]:
    """The active processings, by name: every reply lists them all."""
    return list(
        session.scalars(
            activities_query()
            .where(ProcessingActivity.active.is_(True))
            .order_by(ProcessingActivity.name)
        )
    )


def for_access_reply(ctx: Context) -> list[AccessActivity]:
    """What an access reply says of each active processing: (a) purposes, (b) categories,
    (c) recipients, third-country ones with their transfers and safeguards (Art. 15(2)),
    (d) retention, (g) source, (h) automated decisions."""
    today = ctx.today()
    with ctx.db.read() as session:
        out = []
        for a in _active(session):
            recipients = tuple(
                AccessRecipient(
                    name=r.name,
                    category=r.category,
                    category_label=RECIPIENT_CATEGORIES.get(r.category, (r.category, ""))[0],
                    country=r.country,
                    third_country=r.country not in EEA,
                    transfers=tuple(transfer_view(t, today) for t in r.transfers),
                )
                for r in a.recipients
            )
            out.append(
                AccessActivity(
                    name=a.name,
                    purposes=a.purposes,
                    legal_basis=a.legal_basis,
                    legal_basis_label=LEGAL_BASES.get(a.legal_basis, (a.legal_basis,))[0],
                    data_categories=tuple(a.data_categories or ()),
                    recipients=recipients,
                    retention=a.retention,
                    retention_rule_text=rule_text(a.retention_rule or {}),
                    source=a.sources,
                    automated_decision=a.automated_decision or None,
                )
            )
        return out


ERASURE_NOTE = (
    "Simplification: retention periods are counted from the case's date of receipt "
    "({date}), taken as the date of the event each rule runs from (last contact, order, "
    "last payment...); the real date is in the business systems and, if earlier, the data "
    "may be kept for less time, never longer. Periods running from an event still ahead "
    "(card expiry, end of contract) get no date. Every active processing of the register "
    "is listed; strike those that do not concern the person."
)


def _assess(a: ProcessingActivity, received: Any) -> ErasureItem:
    rule = parsed_rule(a.retention_rule or {})
    text = retention.describe(rule) if rule else ""
    forward = rule is not None and rule.event in retention.FORWARD_EVENTS
    until = retention.keep_until(rule, received) if rule and not forward else None
    basis = a.legal_basis
    source = LEGAL_BASES.get(basis, (basis, "", ""))[2]
    if basis == "consent":
        decision, keep, reason = (
            "erase",
            None,
            (
                f"based on consent ({source}): once consent is withdrawn nothing is kept on this "
                "basis (GDPR Art. 17(1)(b))"
            ),
        )
    elif until is not None and until.archive_until is not None:
        decision, keep, reason = (
            "archive",
            until.final,
            (
                f"erase from the active base (it ran until {until.active_until.isoformat()} at "
                "most); keep in intermediate archive, with restricted access, for legal, "
                "accounting and tax obligations and legal claims (GDPR Art. 17(3)(b), (e)), "
                f"until {until.final.isoformat()}: {text}"
            ),
        )
    elif basis == "legal-obligation":
        decision, keep = "keep", until.final if until else None
        reason = f"legal obligation ({source}): erasure does not apply (GDPR Art. 17(3)(b))" + (
            f"; keep until {until.final.isoformat()}: {text}"
            if until
            else f"; keep {text} (that date is in the business systems)"
            if forward
            else "; no machine retention rule, see the retention text"
        )
    elif forward:
        decision, keep, reason = (
            "review",
            None,
            f"{basis} ({source}): kept only while necessary for its purpose (GDPR Art. "
            f"17(1)(a)), at most {text}; that date is in the business systems",
        )
    elif until is None:
        decision, keep, reason = (
            "review",
            None,
            f"{basis} ({source}): no machine retention rule; decide from the retention text",
        )
    elif basis == "legitimate-interest":
        decision, keep, reason = (
            "review",
            until.final,
            (
                f"legitimate interest ({source}): erase unless compelling legitimate grounds "
                "override the person's interests (GDPR Art. 17(1)(c), 21(1)); otherwise kept "
                f"at most until {until.final.isoformat()}: {text}"
            ),
        )
    else:
        decision, keep, reason = (
            "review",
            until.final,
            (
                f"{basis} ({source}): kept only while necessary for its purpose (GDPR Art. "
                f"17(1)(a)), at most until {until.final.isoformat()}: {text}"
            ),
        )
    return ErasureItem(
        activity=a.name,
        legal_basis=basis,
        decision=decision,
        reason=reason,
        keep_until=keep,
        retention=a.retention,
        retention_rule_text=text,
    )


def erasure_assessment(ctx: Context, case_ref: str) -> ErasureAssessment:
    """What must be kept after an erasure request, why and until when (see ERASURE_NOTE)."""
    with ctx.db.read() as session:
        case = load_case(session, case_ref)
        received = case.received_on
        items = tuple(_assess(a, received) for a in _active(session))
        return ErasureAssessment(
            case_reference=case.reference,
            reference_date=received,
            items=items,
            note=ERASURE_NOTE.format(date=received),
        )
