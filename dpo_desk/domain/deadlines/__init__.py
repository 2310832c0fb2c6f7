"""Reply deadlines for data-subject requests: rule sets, computation, explanation.

Pure Python (no Qt, no SQL). The public entry points are re-exported here::

    from dpo_desk.domain.deadlines import compute_deadline, get_ruleset
    result = compute_deadline(get_ruleset("FR"), date(2025, 1, 31))
"""

from __future__ import annotations

from dpo_desk.domain.deadlines.calendar import Calendar, RestDay
from dpo_desk.domain.deadlines.compute import (
    MAX_RECEIPT,
    DeadlineResult,
    add_period,
    compute_deadline,
    parse_received,
)
from dpo_desk.domain.deadlines.errors import DeadlineError, ExtensionRefused, UnknownJurisdiction
from dpo_desk.domain.deadlines.explain import Step, fmt_en, fmt_fr, render_steps
from dpo_desk.domain.deadlines.extension import check_extension
from dpo_desk.domain.deadlines.readings import Readings
from dpo_desk.domain.deadlines.rulesets import (
    RULESETS,
    ExtensionPolicy,
    Period,
    PeriodKind,
    RuleSet,
    get_ruleset,
)

__all__ = [
    "MAX_RECEIPT",
    "RULESETS",
    "Calendar",
    "DeadlineError",
    "DeadlineResult",
    "ExtensionPolicy",
    "ExtensionRefused",
    "Period",
    "PeriodKind",
    "Readings",
    "RestDay",
    "RuleSet",
    "Step",
    "UnknownJurisdiction",
    "add_period",
    "check_extension",
    "compute_deadline",
    "fmt_en",
    "fmt_fr",
    "get_ruleset",
    "parse_received",
    "render_steps",
]
