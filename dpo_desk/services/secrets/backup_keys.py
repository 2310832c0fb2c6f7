"""Which secret opens which backup, and rebuilding a lost key file from a backup.

Each backup's header carries the passphrase and recovery wraps *of its time* (never the
keyring wrap, tied to one computer). Old backups cannot be re-wrapped: their header is
hashed into the key of their stream. So after ``secure recovery`` or
``change-passphrase`` an older backup still opens, on another computer, only with the
passphrase or recovery key valid when it was made. The choice (issue 13) is to *say so*:
``backup list`` names, for each backup, whether today's secrets open it or which earlier
one does (slots carry the date they were set); ``secure recovery`` says how many backups
still need the old sheet, and the next backup carries the new key.

The other way round, a store whose ``keys.json`` and its second copy are both gone
(deleted folder contents, a disk error) is rebuilt from the newest backup whose wraps
open with the secret given and whose key opens the live database (``rebuild``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dpo_desk.backup import archive
from dpo_desk.crypto import kdf, keyfile
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.crypto.keyfile import KeyFile
from dpo_desk.errors import UserError
from dpo_desk.keys.holder import Keys, MasterKey, keys_path, remember
from dpo_desk.paths import database_path
from dpo_desk.store import raw


def _date(slot: dict[str, Any] | None) -> str:
    value = str((slot or {}).get("set_at", ""))
    return value[:10]


def _same(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return bool(a and b and a.get("ct") == b.get("ct") and a.get("nonce") == b.get("nonce"))


def opens_with(header: dict[str, Any], current: KeyFile | None) -> str:
    """How a backup with ``header`` opens, in one phrase for ``backup list``.

    Args:
        current: this store's key file (None: plain store, or none readable).
    """
    if header.get("encryption") == "none":
        return "not encrypted"
    slots = header.get("slots") or {}
    if not slots:
        return "only on this computer (no passphrase or recovery wrap)"
    parts = []
    for slot, label in (("passphrase", "passphrase"), ("recovery", "recovery key")):
        entry = slots.get(slot)
        if not entry:
            continue
        now = current.slots.get(slot) if current is not None else None
        if current is not None and current.key_id == header.get("key_id") and _same(entry, now):
            parts.append(f"today's {label}")
        else:
            when = _date(entry)
            made = str(header.get("created_at", ""))[:10]
            parts.append(f"the {label} set on {when}" if when else f"the {label} in use on {made}")
    return " or ".join(parts)


def backup_header(path: Path) -> dict[str, Any] | None:
    """The plain header of a backup file (None if it is not a readable backup)."""
    try:
        with open(path, "rb") as src:
            return archive.read_header(src)[0]
    except (OSError, UserError):
        return None


def current_keyfile(data_dir: Path) -> KeyFile | None:
    try:
        return keyfile.load(keys_path(data_dir))
    except (OSError, UserError):
        return None


def needing_old_secrets(data_dir: Path, folder: Path | None = None) -> int:
    """How many backups today's recovery key does NOT open elsewhere."""
    current = current_keyfile(data_dir)
    count = 0
    for path in sorted((folder or data_dir / "backups").glob("*.dpobak")):
        header = backup_header(path)
        if not header or header.get("encryption") == "none":
            continue
        if "today's recovery key" not in opens_with(header, current):
            count += 1
    return count


@dataclass(frozen=True)
class Rebuilt:
    """What ``rebuild`` did: the backup whose wraps were used, and when it was made."""

    backup: str
    created_at: str
    slots: list[str]


def rebuild(data_dir: Path, secret: str, candidates: list[Path] | None = None) -> Rebuilt:
    """Write a new ``keys.json`` (and its copy) from the wraps of a backup.

    Only when neither copy of the key file can be read. Tries the backups newest first:
    the first whose passphrase or recovery wrap opens with ``secret`` AND whose master
    key opens the live database wins (a backup from before a re-key is skipped).

    Raises:
        UserError: the key file is sound; no database; no backup fits.
    """
    data_dir = Path(data_dir)
    path = keys_path(data_dir)
    if current_keyfile(data_dir) is not None:
        raise UserError("the key file of {dir} is sound: nothing to rebuild", dir=str(data_dir))
    db = database_path(data_dir)
    if not db.exists():
        raise UserError("{dir} holds no database: restore a backup instead", dir=str(data_dir))
    files = (
        candidates
        if candidates is not None
        else sorted((data_dir / "backups").glob("*.dpobak"), key=lambda p: p.name, reverse=True)
    )
    for file in files:
        header = backup_header(file)
        if not header or header.get("encryption") == "none":
            continue
        slots = {k: v for k, v in (header.get("slots") or {}).items() if isinstance(v, dict)}
        kid = str(header.get("key_id", ""))
        master = _open(slots, kid, secret)
        if master is None or not raw.opens_with(db, MasterKey(master).db_key()):
            continue
        kf = KeyFile(kid, slots, datetime.now(UTC).isoformat(timespec="seconds"))
        keyfile.replace(path, kf)
        remember(data_dir, Keys(MasterKey(master)))
        return Rebuilt(file.name, str(header.get("created_at", "")), sorted(slots))
    raise UserError(
        "no backup of {dir} holds a key that opens this store with that passphrase or "
        "recovery key (tried {n})",
        dir=str(data_dir),
        n=len(files),
    )


def _open(slots: dict[str, dict[str, Any]], kid: str, secret: str) -> bytes | None:
    if "passphrase" in slots:
        try:
            return keyfile.open_passphrase_slot(slots["passphrase"], secret, kid)
        except WrongSecretError:
            pass
    if "recovery" in slots and len(kdf.normalise_recovery_key(secret)) == 30:
        try:
            return keyfile.open_recovery_slot(slots["recovery"], secret, kid)
        except WrongSecretError:
            pass
    return None
