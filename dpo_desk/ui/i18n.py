"""The program's language: Qt translators installed and switched at run time.

English is the source language (its translator holds only the plural forms). French loads
``resources/translations/dpo_desk_fr.qm`` plus Qt's own ``qtbase_fr`` (standard buttons,
file dialogs). Switching sets ``QLocale`` as well, so dates and numbers follow, and emits
``AppSignals.language_changed`` so that every screen re-sets its strings.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}

_installed: list[QTranslator] = []
_current = {"lang": "en"}


def translations_dir() -> Path:
    """``resources/translations`` in the source tree or a PyInstaller bundle."""
    override = os.environ.get("DPO_DESK_RESOURCES")
    if override:
        return Path(override) / "translations"
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "translations"
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def normalise(lang: str | None) -> str:
    """``fr`` for any French locale name, else ``en``."""
    return "fr" if (lang or "").lower().startswith("fr") else "en"


def system_language() -> str:
    return normalise(QLocale.system().name())


def current() -> str:
    return _current["lang"]


def install(lang: str) -> bool:
    """Install the translators for ``lang`` (replacing the previous ones).

    Returns:
        False when the French catalogue could not be loaded (the program stays English).
    """
    app = QCoreApplication.instance()
    lang = normalise(lang)
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()
    ok = True
    if lang == "en" and app is not None:  # English plural forms ("1 day", "3 days")
        plurals = QTranslator(app)
        if plurals.load(str(translations_dir() / "dpo_desk_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
    if lang == "fr" and app is not None:
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / "dpo_desk_fr.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("French translation not found in %s", translations_dir())
            ok = False
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_fr", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(
        QLocale(QLocale.Language.French, QLocale.Country.France)
        if lang == "fr"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    _current["lang"] = lang if ok else "en"
    return ok
