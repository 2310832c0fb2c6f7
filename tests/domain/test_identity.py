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
    assert [o.value for o in IdentityOutcome] == ["pending", "verified", "failed"]


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
