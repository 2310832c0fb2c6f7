"""WP248 rev.01 III.B.a: two screening criteria or more, a DPIA is likely needed."""

from __future__ import annotations

import pytest

from dpo_desk.domain import dpia


def test_nine_criteria_of_wp248() -> None:
    assert len(dpia.CRITERIA) == 9


@pytest.mark.parametrize(
    ("criteria", "needed"),
    [
        ([], False),
        (["sensitive"], False),
        (["sensitive", "sensitive"], False),  # a duplicate counts once
        (["sensitive", "large-scale"], True),
        (["monitoring", "vulnerable", "innovative"], True),
    ],
)
def test_two_criteria_make_a_dpia_likely(criteria: list[str], needed: bool) -> None:
    assert dpia.screen(criteria).likely_needed is needed


def test_unknown_criterion_refused() -> None:
    with pytest.raises(dpia.DpiaError):
        dpia.screen(["sensitive", "astrology"])


def test_screening_keeps_the_guideline_order() -> None:
    assert dpia.screen(["vulnerable", "evaluation"]).criteria == ("evaluation", "vulnerable")
