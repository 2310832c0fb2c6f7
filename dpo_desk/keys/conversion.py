"""Converting a data directory: plain → encrypted (``secure encrypt``) and old key → new
key (``secure rekey``), without ever losing data.

Both work the same way: build the new files beside the old ones, verify them, write
``keys.json`` with a ``state`` saying what is under way (the commit point), then swap.
The swap is replayable: a crash at any point is finished by ``resume`` at the next
unlock, because every step is a rename of a staged file or is idempotent.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dpo_desk import fsio
from dpo_desk.crypto import kdf, keyfile
from dpo_desk.crypto.stream import HEADER_SIZE, MAGIC, key_id
from dpo_desk.errors import StoreError, UserError
from dpo_desk.keys.holder import (
    Keys,
    MasterKey,
    is_encrypted,
    keys_path,
    load_keyfile,
    remember,
    require_keys,
)
from dpo_desk.keys.os_keyring import secure_keyring
from dpo_desk.keys.slots import new_keyfile
from dpo_desk.paths import database_path
from dpo_desk.store.lock import InstanceLock
from dpo_desk.store.raw import connect, opens_with, table_counts
from dpo_desk.store.vault import PlainSealer, SealedFiles
from dpo_desk.store.vault_check import VAULT_FOLDERS, vault_files

STAGE = ".encrypting"
SIDECARS = ("-wal", "-shm", "-journal")


def _is_sealed(path: Path) -> bytes | None:
    """The key id of a sealed file, or None if it is not sealed."""
    with path.open("rb") as fh:
        head = fh.read(HEADER_SIZE)
    if len(head) == HEADER_SIZE and head[:8] == MAGIC:
        return head[12:20]
    return None


def _reseal(src: Path, dst: Path, reader: Any, writer: SealedFiles) -> str:
    """Seal ``src`` (opened by ``reader``) into ``dst``; return the plaintext SHA-256."""
    digest = hashlib.sha256()

    def chunks() -> Any:
        with src.open("rb") as fh:
            for chunk in reader.open(fh):
                digest.update(chunk)
                yield chunk

    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        writer.seal(chunks(), out)
        out.flush()
        os.fsync(out.fileno())
    check = hashlib.sha256()
    with dst.open("rb") as fh:
        for chunk in writer.open(fh):
            check.update(chunk)
    if check.hexdigest() != digest.hexdigest():
        raise StoreError("re-sealing {file} did not verify; nothing was changed", file=src.name)
    return digest.hexdigest()


@dataclass(frozen=True)
class EncryptResult:
    key_id: str
    slots: list[str]
    recovery_key: str | None
    tables: dict[str, int]
    files: int
    plain_snapshots_removed: int
    plain_backups_left: list[str]


def encrypt_store(
    data_dir: Path, *, passphrase: str | None = None, use_keyring: bool | None = None
) -> EncryptResult:
    """Convert the plain store of ``data_dir`` into an encrypted one (store closed).

    Raises:
        UserError: already encrypted, no store, store open elsewhere, damaged store.
    """
    data_dir = Path(data_dir)
    db = database_path(data_dir)
    if is_encrypted(data_dir):
        raise UserError("{data_dir} is already encrypted", data_dir=data_dir)
    if not db.exists():
        raise UserError(
            "{data_dir} has no store yet: use 'dpo-desk secure init'", data_dir=data_dir
        )
    if use_keyring is None:
        use_keyring = secure_keyring() is not None
    with InstanceLock(data_dir):
        stage = data_dir / STAGE
        if stage.exists():
            shutil.rmtree(stage)  # an earlier attempt that never reached its commit point
        stage.mkdir(mode=0o700)
        (stage / "documents").mkdir(mode=0o700)
        (stage / "letters").mkdir(mode=0o700)
        master = kdf.new_key()
        keys = Keys(MasterKey(master))
        plain = connect(db, None)
        try:
            if plain.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StoreError("the store is damaged: restore a backup before encrypting")
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            counts = table_counts(plain)
            version = int(plain.execute("PRAGMA user_version").fetchone()[0])
            staged_db = stage / db.name
            plain.execute(
                f'ATTACH DATABASE ? AS enc KEY "{keys.current.db_key()}"', (str(staged_db),)
            )
            plain.execute("SELECT sqlcipher_export('enc')")
            plain.execute(f"PRAGMA enc.user_version = {version}")
            plain.execute("DETACH DATABASE enc")
        finally:
            plain.close()
        enc = connect(staged_db, keys.current.db_key())
        try:
            if (
                enc.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
                or table_counts(enc) != counts
            ):
                raise StoreError("the encrypted copy did not verify; nothing was changed")
            enc.execute("PRAGMA journal_mode=WAL")
        finally:
            enc.close()
        files = vault_files(data_dir)
        for src in files:
            _reseal(src, stage / src.parent.name / src.name, PlainSealer(), keys.sealer())
        kf, recovery = new_keyfile(data_dir, master, passphrase=passphrase, use_keyring=use_keyring)
        kf.state = "encrypting"
        keyfile.replace(keys_path(data_dir), kf)  # the commit point
        remember(data_dir, keys)
        _finish(data_dir, keys, kf)
        removed = 0
        for snap in sorted((data_dir / "backups").glob("*.sqlite3")):
            if not _is_sealed(snap) and snap.read_bytes()[:16] == b"SQLite format 3\x00":
                fsio.shred(snap)
                removed += 1
        left = [p.name for p in sorted((data_dir / "backups").glob("*.dpobak"))]
    return EncryptResult(kf.key_id, sorted(kf.slots), recovery, counts, len(files), removed, left)


def _replace_db(data_dir: Path, staged: Path) -> None:
    db = database_path(data_dir)
    for suffix in SIDECARS:
        side = db.with_name(db.name + suffix)
        if side.exists():
            fsio.shred(side)
    if db.exists():
        fsio.shred(db)
    os.replace(staged, db)
    db.chmod(0o600)


def _finish(data_dir: Path, keys: Keys, kf: keyfile.KeyFile) -> None:
    """Replay the swap of an encryption (idempotent), or finish a re-key."""
    stage = data_dir / STAGE
    if kf.state == "encrypting":
        staged_db = stage / database_path(data_dir).name
        if staged_db.exists():
            _replace_db(data_dir, staged_db)
        for folder in VAULT_FOLDERS:
            for staged in sorted((stage / folder).glob("*")) if (stage / folder).exists() else []:
                target = data_dir / folder / staged.name
                if target.exists() and not _is_sealed(target):
                    fsio.shred(target)
                os.replace(staged, target)
    elif kf.state == "rekeying":
        _finish_rekey(data_dir, keys)
    else:
        return
    fsio.fsync_dir(data_dir)

    def ready(current: keyfile.KeyFile) -> None:
        current.state = "ready"
        current.previous = None

    keyfile.update(keys_path(data_dir), ready)
    kf.state, kf.previous = "ready", None
    remember(data_dir, Keys(keys.current))
    if stage.exists():
        shutil.rmtree(stage)


def resume(data_dir: Path, keys: Keys) -> None:
    """Finish an encryption or a re-key that a crash interrupted (store closed)."""
    kf = load_keyfile(data_dir)
    if kf.state == "ready":
        return
    with InstanceLock(data_dir):
        _finish(data_dir, keys, load_keyfile(data_dir))


# -- re-key --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RekeyResult:
    key_id: str
    recovery_key: str | None
    files: int


def rekey(data_dir: Path, *, passphrase: str | None) -> RekeyResult:
    """A new master key for ``data_dir`` (store closed and unlocked): ``PRAGMA rekey`` of
    the database, every sealed file re-sealed, new wraps; a new recovery key.

    Args:
        passphrase: the passphrase to wrap the new key with (required when the store has a
            passphrase slot: the old wrap cannot be re-used for a new key).
    """
    data_dir = Path(data_dir)
    old = require_keys(data_dir)
    kf = load_keyfile(data_dir)
    if kf.state != "ready":
        raise UserError("finish the conversion under way first (open the store once)")
    if "passphrase" in kf.slots and not passphrase:
        raise UserError("re-keying needs the passphrase (to wrap the new key)")
    with InstanceLock(data_dir):
        master = kdf.new_key()
        new, recovery = new_keyfile(
            data_dir,
            master,
            passphrase=passphrase if "passphrase" in kf.slots else None,
            use_keyring="keyring" in kf.slots,
            with_recovery="recovery" in kf.slots,
        )
        new.previous = keyfile.wrap(
            kdf.hkdf(master, "previous"), old.current.key, "previous", {"key_id": old.current.id}
        )
        new.state = "rekeying"
        keyfile.replace(keys_path(data_dir), new)  # the commit point
        keys = Keys(MasterKey(master), old.current)
        remember(data_dir, keys)
        files = _finish_rekey(data_dir, keys)
        new.state, new.previous = "ready", None
        keyfile.replace(keys_path(data_dir), new)
        remember(data_dir, Keys(keys.current))
    return RekeyResult(new.key_id, recovery, files)


def _finish_rekey(data_dir: Path, keys: Keys) -> int:
    db = database_path(data_dir)
    new_key = keys.current.db_key()
    if db.exists() and not opens_with(db, new_key):
        assert keys.previous is not None
        conn = connect(db, keys.previous.db_key())
        try:
            # SQLCipher cannot rekey in WAL mode: switch, rekey (one transaction), switch back.
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute(f'PRAGMA rekey="{new_key}"')
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()
        if not opens_with(db, new_key):
            raise StoreError("re-keying the database did not take; the old key still opens it")
    sealer = keys.sealer()
    current_id = key_id(keys.current.files_key())
    count = 0
    for path in vault_files(data_dir):
        kid = _is_sealed(path)
        if kid is None or kid == current_id:
            continue
        tmp = path.with_name(path.name + ".tmp")
        _reseal(path, tmp, sealer, sealer)
        os.replace(tmp, path)
        count += 1
    return count
