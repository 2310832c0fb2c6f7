"""The French text of every refusal the services, the domain and the CLI can raise.

Refusals are written once, in English, as templates (``dpo_desk.errors``). Their French is
kept in a standard gettext catalogue, ``resources/translations/messages_fr.po``: one
``msgid`` per template, the same named placeholders in the ``msgstr``; field names shown
inside messages are entries with the context ``field`` (see ``errors.Term``). It is read
with babel (already a dependency for dates and numbers) the first time a French message
is rendered, never at import of a service: the CLI in English reads no catalogue at all.

``tools/check_messages.py`` (run in CI) fails when a raise site builds its text before
raising, or when a template has no French or its placeholders differ.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from dpo_desk.errors import CONTEXT_SEP, install_catalogue

log = logging.getLogger(__name__)

LANGS = ("fr",)
_cache: dict[str, dict[str, str]] = {}
_lock = threading.Lock()


def translations_dir() -> Path:
    """``resources/translations`` in the source tree or a PyInstaller bundle (no Qt)."""
    override = os.environ.get("DPO_DESK_RESOURCES")
    if override:
        return Path(override) / "translations"
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "translations"
    return Path(__file__).resolve().parents[1] / "resources" / "translations"


def catalogue_path(lang: str) -> Path:
    return translations_dir() / f"messages_{lang}.po"


def read_catalogue(path: Path, lang: str) -> Catalog:
    """The catalogue as babel reads it (also used by the CI check)."""
    with path.open("rb") as fh:
        return read_po(fh, locale=lang)


def _entries(lang: str) -> dict[str, str]:
    """``{msgid or context\\x04msgid: msgstr}`` for ``lang``, read once, empty if absent."""
    with _lock:
        found = _cache.get(lang)
        if found is not None:
            return found
        table: dict[str, str] = {}
        if lang in LANGS:
            try:
                catalogue = read_catalogue(catalogue_path(lang), lang)
            except (OSError, ValueError) as exc:
                # The program stays usable in English; the log says why.
                log.warning("message catalogue %s unreadable: %s", catalogue_path(lang), exc)
            else:
                for msg in catalogue:
                    if not msg.id or not isinstance(msg.id, str) or not msg.string:
                        continue
                    if msg.fuzzy:
                        continue
                    key = f"{msg.context}{CONTEXT_SEP}{msg.id}" if msg.context else msg.id
                    table[key] = str(msg.string)
        _cache[lang] = table
        return table


def lookup(template: str, lang: str) -> str | None:
    """The translation of ``template`` in ``lang``, or None (English is then shown)."""
    if lang == "en":
        return None
    return _entries(lang).get(template)


def reload() -> None:
    """Forget what was read (tests that edit the catalogue)."""
    with _lock:
        _cache.clear()


install_catalogue(lookup)
