"""Locate bundled resources (fonts, letter templates) in the source tree or a bundle.

Source tree: ``<repo>/resources``. PyInstaller: the spec must put the ``resources``
folder in ``datas`` as ``resources`` so it lands in ``sys._MEIPASS/resources``.
``DPO_DESK_RESOURCES`` overrides both (tests, unusual installs).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The folder holding ``fonts/`` and ``letters/``."""
    override = os.environ.get("DPO_DESK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    # dpo_desk/letters/resources.py -> repository root
    return Path(__file__).resolve().parents[2] / "resources"


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def shipped_templates_dir() -> Path:
    """The read-only templates shipped with the app (never written to)."""
    return resource_dir() / "letters"
