"""Where the window keeps its own settings (language, geometry, last folders): an INI file
in the data directory, so two data directories never share them.

A module of its own so that the unlock dialogs, shown before the main window exists,
read the saved language without importing the main window and its pages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from dpo_desk.ui.i18n import normalise

SETTINGS_FILE = "dpo_desk.ini"
#: The language the window last spoke (written on each change of language).
LANGUAGE = "ui/language"


def settings_for(data_dir: Path) -> QSettings:
    """The window settings of this data directory (INI: isolated, readable)."""
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def saved_language(data_dir: Path) -> str | None:
    """The language the window last spoke in this data directory (``fr``/``en``), if any:
    what the splash, the unlock dialogs and the window start in."""
    saved = settings_for(data_dir).value(LANGUAGE)
    return normalise(str(saved)) if saved else None
