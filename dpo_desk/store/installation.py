"""The identity of one installation (one data directory): a random id kept in
``installation.json``, written into the manifest of every backup made here.

A backup made by another installation (another computer, another data directory) that
happens to use the same passphrase would otherwise restore over this store without a
word; with the ids compared, the restore asks first (GUI) or needs
``--other-installation`` (CLI) (issue 13). The id is not secret and not personal data.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from dpo_desk import fsio

FILE = "installation.json"


def read(data_dir: Path) -> str:
    """This directory's id, or "" if it has none (yet) or the file is unreadable."""
    try:
        data = json.loads((Path(data_dir) / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


def adopt(data_dir: Path, value: str) -> None:
    """Take ``value`` as this directory's id (a new directory restored from a backup
    continues the installation that made it)."""
    fsio.atomic_write(Path(data_dir) / FILE, json.dumps({"id": value}).encode("utf-8"))


def ensure(data_dir: Path) -> str:
    """This directory's id, created on first use (call with the instance lock held)."""
    current = read(data_dir)
    if current:
        return current
    new = secrets.token_hex(16)
    fsio.atomic_write(Path(data_dir) / FILE, json.dumps({"id": new}).encode("utf-8"))
    return new
