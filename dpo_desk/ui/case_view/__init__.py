"""The case panel and its tabs (overview, identity, timeline, documents, letters).

``CaseView`` is loaded when first named (PEP 562): the cases page shows the panel's
empty words (:mod:`.empty`) at its first paint and builds the panel after it, its
imports (the documents, the keys, the registers' dialogs) cost 50 ms (issue 19).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dpo_desk.ui.case_view.view import CaseView

__all__ = ["CaseView"]


def __getattr__(name: str) -> Any:
    if name == "CaseView":
        from dpo_desk.ui.case_view.view import CaseView

        return CaseView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
