"""The proportionality rule for ID documents (GDPR 12(6), EDPB 01/2022, CNIL)."""

from __future__ import annotations

import pytest

from dpo_desk.domain.identity import (
    IdentityMethod,
    IdentityOutcome,
    IdentityPolicy,
    IdentityPolicyError,
    needs_document,
)


def test_enums_values() -> None:
    assert [m.value for m in IdentityMethod] == [
        "email-match",
        "customer-account",
        "document",
        "in-person",
    ]
    assert [o.value for o in IdentityOutcome] == ["pending", "verified", "failed", "expired"]


@pytest.mark.parametrize("policy", ["proportionate", IdentityPolicy.STRICT])
def test_document_allowed_on_recorded_doubt(policy: str) -> None:
    assert needs_document(policy, True, "email differs from the account address") is None


def test_proportionate_refuses_without_doubt() -> None:
    with pytest.raises(IdentityPolicyError, match="no reasonable doubt.*CNIL"):
        needs_document(IdentityPolicy.PROPORTIONATE, False, None)


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_proportionate_needs_the_doubt_reason(reason: str | None) -> None:
    with pytest.raises(IdentityPolicyError, match="record why"):
        needs_document("proportionate", True, reason)


def test_strict_warns() -> None:
    warning = needs_document("strict", False, None)
    assert warning is not None and "never systematically" in warning


def test_unknown_policy() -> None:
    with pytest.raises(ValueError):
        needs_document("lenient", False, None)


def test_a_pending_step_expires_after_its_answer_day() -> None:
    from datetime import date

    from dpo_desk.domain.identity import DEFAULT_ANSWER_DAYS, answer_deadline, current_outcome

    asked = date(2026, 1, 5)
    assert DEFAULT_ANSWER_DAYS == 30  # house choice documented in domain.identity
    assert answer_deadline(asked) == date(2026, 2, 4)
    assert answer_deadline(asked, date(2026, 1, 20)) == date(2026, 1, 20)
    # The DPO's day wins; the answer day itself is still in time.
    assert (
        current_outcome("pending", asked, None, date(2026, 1, 20), date(2026, 1, 20)) == "pending"
    )
    assert (
        current_outcome("pending", asked, None, date(2026, 1, 20), date(2026, 1, 21)) == "expired"
    )
    # Default: 30 days.
    assert current_outcome("pending", asked, None, None, date(2026, 2, 4)) == "pending"
    assert current_outcome("pending", asked, None, None, date(2026, 2, 5)) == "expired"
    # Information received (even late) or a decided step never expires.
    assert current_outcome("pending", asked, date(2026, 3, 1), None, date(2026, 4, 1)) == "pending"
    assert current_outcome("failed", asked, None, None, date(2026, 4, 1)) == "failed"
    assert current_outcome("verified", asked, None, None, date(2026, 4, 1)) == "verified"
