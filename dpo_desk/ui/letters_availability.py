"""Whether the letters part of the program is installed, asked without importing it.

The main window asks at start (to enable Print); importing the letters would load
reportlab before the first paint of the cases (issue 19)."""

from __future__ import annotations

import importlib.util

LETTERS_SERVICE = "dpo_desk.services.letters"
LETTERS_TAB = "dpo_desk.ui.case_view.letters"


def letters_available() -> bool:
    """True when both the letters service and its tab exist (else the tab is hidden)."""
    try:
        return (
            importlib.util.find_spec(LETTERS_SERVICE) is not None
            and importlib.util.find_spec(LETTERS_TAB) is not None
        )
    except ModuleNotFoundError:
        return False
