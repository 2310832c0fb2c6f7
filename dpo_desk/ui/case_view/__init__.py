"""The case panel and its tabs (overview, identity, timeline, documents, letters)."""

from dpo_desk.ui.case_view.view import CaseView

__all__ = ["CaseView"]
