"""Button words: the text with its accelerator, the tooltip, and the name a screen reader
says. Pages set the three together in ``retranslate``; this keeps the rule for the spoken
name ("&Restore…" is read "Restore") in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton


def spoken(text: str) -> str:
    """A button text as a screen reader should say it: no ``&``, no trailing ``…``."""
    return text.replace("&", "").rstrip("…")


def label_button(
    button: QAbstractButton, text: str, tip: str = "", name: str | None = None
) -> None:
    """Set ``button``'s text, its tooltip (unless empty) and its accessible name
    (``name``, else the text as :func:`spoken`)."""
    button.setText(text)
    if tip:
        button.setToolTip(tip)
    button.setAccessibleName(spoken(text) if name is None else name)
