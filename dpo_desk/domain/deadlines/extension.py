"""The extension gate: may this period still be extended?

GDPR Art. 12(3) allows two further months only if the subject is told, with reasons,
within the first month; an extension decided later is not lawful (law.md). The same
shape holds for CCPA (11 CCR §7021(b)) and PIPEDA (s. 8(4)). The gate refuses instead of
warning, because a late extension letter would state an unlawful deadline.
"""

from __future__ import annotations

from datetime import date

from dpo_desk.domain.deadlines.compute import DeadlineResult
from dpo_desk.domain.deadlines.errors import ExtensionRefused
from dpo_desk.domain.deadlines.explain import fmt_en_short, fmt_fr
from dpo_desk.domain.deadlines.rulesets import RuleSet
from dpo_desk.errors import Both, InvalidValue


def check_extension(
    ruleset: RuleSet,
    result: DeadlineResult,
    decided_on: date,
    reasons: str,
    *,
    already_extended: bool = False,
) -> None:
    """Refuse an extension that the law does not allow; return None when it may proceed.

    Args:
        ruleset: The rule set of the case.
        result: The deadline computed without the extension (its notice date is used).
        decided_on: Day the extension is notified to the subject.
        reasons: The reasons given to the subject (complexity, number of requests).
        already_extended: True if the case was extended before: extension happens once.

    Raises:
        ExtensionRefused: no extension under this rule set, blank reasons, already
            extended, or notice after ``result.extension_notice_by``.
    """
    if ruleset.extension is None or result.extension_notice_by is None:
        raise ExtensionRefused(
            "no extension exists under {code} ({name})", code=ruleset.code, name=ruleset.name
        )
    if result.jurisdiction != ruleset.code:
        raise InvalidValue(
            "the deadline was computed under {jurisdiction}, not {code}",
            jurisdiction=result.jurisdiction,
            code=ruleset.code,
        )
    if already_extended or result.extended:
        raise ExtensionRefused(
            "the period was already extended; {code} allows one extension ({source})",
            code=ruleset.code,
            source=ruleset.extension.period.source,
        )
    if not reasons.strip():
        raise ExtensionRefused(
            "an extension needs reasons told to the data subject ({notice_source})",
            notice_source=ruleset.extension.notice_citation(),
        )
    if decided_on > result.extension_notice_by:
        raise ExtensionRefused(
            "too late to extend: notice due by {value}, decided on {value2} ({notice_source})",
            # The dates in the reader's language ("jeudi 3 décembre 2026", not "3 Dec").
            value=Both(
                fmt_en_short(result.extension_notice_by), fmt_fr(result.extension_notice_by)
            ),
            value2=Both(fmt_en_short(decided_on), fmt_fr(decided_on)),
            notice_source=ruleset.extension.notice_citation(),
        )
