"""The task runner's old home: ``TaskRunner`` and its lanes live in
:mod:`dpo_desk.ui.background` (the one background API); this name is kept for imports."""

from __future__ import annotations

from dpo_desk.ui.background import Lane, TaskRunner

__all__ = ["Lane", "TaskRunner"]
