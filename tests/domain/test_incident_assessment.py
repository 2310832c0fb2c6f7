"""Risk assessment (GDPR Art. 33-34; CQLR c. P-39.1 s. 3.7), decisions not to notify and
the five-year retention of Quebec register entries (r. 3.1 s. 7)."""

from __future__ import annotations

from datetime import date

import pytest

from dpo_desk.domain.incidents import (
    IncidentError,
    Origin,
    assess_gdpr,
    assess_quebec,
    decide,
    keep_until,
    parse_word,
    sensitive_categories,
    suggested_quebec_conclusion,
)


def test_gdpr_levels_drive_the_notices() -> None:
    none = assess_gdpr("none", "encrypted laptop, key not compromised")
    assert not none.notify_authority and not none.notify_persons
    risk = assess_gdpr("risk", "names and e-mails of 40 customers")
    assert risk.notify_authority and not risk.notify_persons
    high = assess_gdpr("high", "health data of 300 patients published")
    assert high.notify_authority and high.notify_persons
    protected = assess_gdpr("high", "backup tape, AES-256, key safe", "unintelligible")
    assert protected.notify_authority and not protected.notify_persons
    public = assess_gdpr("high", "no addresses", "public-notice")
    assert public.notify_persons


def test_gdpr_assessment_refusals() -> None:
    with pytest.raises(IncidentError, match="reasons for the risk assessment are required"):
        assess_gdpr("none", "  ")
    with pytest.raises(IncidentError, match="unknown risk level 'medium'"):
        assess_gdpr("medium", "x")
    with pytest.raises(IncidentError, match="only concerns a high risk"):
        assess_gdpr("risk", "x", "unintelligible")


def test_quebec_factors_recorded_both_ways() -> None:
    serious = assess_quebec("high", "medium", "high", True, "SIN numbers on a public site")
    assert serious.notify
    not_serious = assess_quebec("low", "low", "low", False, "wrong recipient, deleted unread")
    assert not not_serious.notify and not_serious.reasons.startswith("wrong recipient")
    with pytest.raises(IncidentError, match="unknown likelihood of misuse"):
        assess_quebec("low", "low", "rare", False, "x")
    with pytest.raises(IncidentError, match="risk of serious injury are required"):
        assess_quebec("low", "low", "low", False, "")
    assert suggested_quebec_conclusion("high", "low", "medium")
    assert not suggested_quebec_conclusion("high", "high", "low")
    assert not suggested_quebec_conclusion("medium", "medium", "high")


def test_a_decision_not_to_notify_needs_reasons() -> None:
    with pytest.raises(IncidentError, match="reasons for not notifying are required"):
        decide(False, "")
    assert decide(False, " unlikely to result in a risk ").reasons == "unlikely to result in a risk"
    assert decide(True, "").notify


def test_quebec_entries_kept_five_years_from_awareness() -> None:
    assert keep_until(date(2026, 3, 9), quebec=True) == date(2031, 3, 9)
    assert keep_until(date(2028, 2, 29), quebec=True) == date(2033, 2, 28)
    assert keep_until(date(2026, 3, 9), quebec=False) is None


def test_vocabulary() -> None:
    assert parse_word(Origin, " Hacking ", "origin") is Origin.HACKING
    with pytest.raises(IncidentError, match="unknown origin 'ufo'; use one of: device-lost"):
        parse_word(Origin, "ufo", "origin")
    assert sensitive_categories(["contact", "health", "credentials"]) == ["health", "credentials"]
