"""Where the window keeps its own settings (language, geometry, last folders): an INI file
in the data directory, so two data directories never share them.

A module of its own so that the unlock dialogs, shown before the main window exists,
read the saved language without importing the main window and its pages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILE = "dpo_desk.ini"


def settings_for(data_dir: Path) -> QSettings:
    """The window settings of this data directory (INI: isolated, readable)."""
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
