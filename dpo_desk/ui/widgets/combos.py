"""Combo boxes that show their whole text in every language.

Qt computes a combo box's preferred width once and lets a layout squeeze it below that:
in French "Tous les statuts" became "Tout stat". A fitted combo never gets narrower than
its longest item, and recomputes its width when its items are retranslated.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSizePolicy


def fit(combo: QComboBox) -> QComboBox:
    """Size ``combo`` to its longest item, now and after every change of its items."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return combo


def refit(combo: QComboBox) -> None:
    """After ``setItemText`` (a language switch): Qt keeps the old width until told."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.updateGeometry()
