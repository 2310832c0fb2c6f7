"""The deadline the New request dialog shows before anything is saved: computed from the
organisation's profile (its rule set, readings and time zone) and the time of receipt,
and its steps as the HTML list under the date, each with its legal source.

The dialog words the date and the "if extended" line (``IntakeDialog`` is the
translation context of those words); the steps come worded from the domain.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import Any

from dpo_desk.services import deadlines
from dpo_desk.services.organisation import OrganisationProfile
from dpo_desk.ui.widgets import labels


def compute(
    profile: OrganisationProfile, code: str | None, received: datetime, today: date
) -> deadlines.DeadlineResult:
    """The deadline of a request received at ``received`` under rule set ``code`` (the
    profile's default when None), read as the profile says.

    Raises:
        UserError: no deadline can be computed (shown instead of the date).
    """
    readings: dict[str, Any] = dict(profile.readings)
    readings.setdefault("receipt_timezone", profile.timezone)
    return deadlines.compute(
        code or profile.default_jurisdiction,
        received,
        readings=readings,
        tz=profile.timezone,
        today=today,
    )


def steps_html(result: deadlines.DeadlineResult, extension: str) -> str:
    """The steps of ``result`` as an ordered list, then ``extension`` (worded by the
    dialog; empty when the deadline cannot be extended) as a paragraph."""
    lang = labels.language()
    items = "".join(
        f"<li>{html.escape(step.text(lang))} <i>({html.escape(step.source_text(lang))})</i></li>"
        for step in result.steps
    )
    extra = "<p>" + html.escape(extension) + "</p>" if extension else ""
    return f"<ol style='margin-left: -20px'>{items}</ol>{extra}"
