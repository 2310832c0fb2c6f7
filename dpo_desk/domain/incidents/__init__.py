"""Personal-data breaches and confidentiality incidents: the vocabulary, the 72-hour
clock, the risk assessment and the retention of register entries (pure rules)."""

from dpo_desk.domain.incidents.assessment import (
    Decision,
    GdprAssessment,
    Level,
    PersonsException,
    QuebecAssessment,
    RiskLevel,
    assess_gdpr,
    assess_quebec,
    decide,
    keep_until,
    suggested_quebec_conclusion,
)
from dpo_desk.domain.incidents.clock import (
    BREACH_READINGS,
    DEFAULT_READING,
    BreachClock,
    NoticeCheck,
    NoticeKind,
    check_authority_notice,
    check_reading,
    countdown,
    countdown_text,
    elapsed_since,
    format_duration,
    local_instant,
    local_text,
    notification_clock,
)
from dpo_desk.domain.incidents.vocab import (
    SENSITIVE,
    Cause,
    DataCategory,
    IncidentError,
    Nature,
    Origin,
    Reporter,
    parse_word,
    sensitive_categories,
)

__all__ = [
    "BREACH_READINGS", "DEFAULT_READING", "SENSITIVE", "BreachClock", "Cause", "DataCategory",
    "Decision", "GdprAssessment", "IncidentError", "Level", "Nature", "NoticeCheck",
    "NoticeKind", "Origin", "PersonsException", "QuebecAssessment", "Reporter", "RiskLevel",
    "assess_gdpr", "assess_quebec", "check_authority_notice", "check_reading",
    "countdown", "countdown_text", "decide", "elapsed_since", "format_duration", "keep_until",
    "local_instant", "local_text", "notification_clock", "parse_word", "sensitive_categories",
    "suggested_quebec_conclusion",
]
