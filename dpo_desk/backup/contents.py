"""What a backup carries, and what its manifest says about the snapshot.

The files are the ones the snapshot's rows name (never an orphan, never a file committed
after the snapshot) and the edited letter templates; each vault file is proven against
its row from the very bytes archived. The manifest's facts (schema, counts, the audit
chain walked in full) come from the snapshot itself. ``creation`` writes them.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from dpo_desk import keys as secrets  # the keys layer (``keys`` names a local here)
from dpo_desk.__version__ import __version__
from dpo_desk.backup.verification import snapshot_engine
from dpo_desk.crypto.stream import sealed_size
from dpo_desk.errors import UserError
from dpo_desk.store import audit, migrate, vault_check
from dpo_desk.store import raw as raw_db
from dpo_desk.store.vault import Sealer

Progress = Callable[[str, int, int], None]


class BackupCancelled(UserError):
    """The user cancelled the backup; nothing was kept."""


class Missing(UserError):
    """A file the snapshot's rows name is not in the vault (lost, or purged since the
    snapshot by the open window: the backup then retries once with a new snapshot)."""


#: (member path under the data directory, which is also its name in the archive; the row
#: naming it, None for a template). Strings, not Paths: 441,000 at a million cases.
Carried = list[tuple[str, "vault_check.Named | None"]]


def files_to_carry(
    data_dir: Path,
    named: list[vault_check.Named],
    manifest: dict[str, Any],
    allow_missing: bool,
    keys: secrets.Keys | None,
) -> Carried:
    """The files the backup carries, each with the row naming it: those the snapshot's
    rows name (never an orphan, never a file committed after the snapshot) and the edited
    letter templates (no row).

    With ``allow_missing`` (the pre-restore backup) every named file is read first: those
    missing, damaged or altered are left out and recorded in the manifest, so that a store
    that lost or damaged a document can still be saved before the restore that repairs it.

    Raises:
        UserError: a named file is missing from the vault (unless ``allow_missing``).
    """
    lost: list[vault_check.Named] = []
    if allow_missing:
        sealer = keys.sealer() if keys else None
        lost = [p.named for p in vault_check.check(named, data_dir, sealer)]
    # Otherwise a missing file is found when it is opened to be archived (missing_refusal):
    # checking all of them first stat-ed 441,000 files at a million cases.
    manifest["documents"] = {"named": len(named), "missing": [n.id for n in lost]}
    lost_ids = {n.id for n in lost}
    carried: Carried = [(n.member, n) for n in named if n.id not in lost_ids]
    templates = vault_check.templates(data_dir)
    return carried + [(p.relative_to(data_dir).as_posix(), None) for p in templates]


def missing_refusal(data_dir: Path, named: list[vault_check.Named]) -> Missing:
    """The refusal of a backup whose rows name a file the vault lacks (all of them
    counted, once one was found missing)."""
    lost = vault_check.missing(named, data_dir)
    first = lost[0] if lost else None
    return Missing(
        "document {document} ({file}) is missing from the vault ({count} missing in "
        "all): no backup was made; run 'dpo-desk doctor' to see them all",
        document=first.id if first else "?",
        file=first.member if first else "?",
        count=len(lost),
    )


def estimated_size(item: vault_check.Named | None, path: Path, sealed: bool) -> int:
    """The size of a carried file for the progress bar, from its row when it has one (no
    stat of every file); a sealed file adds its header and one tag per chunk."""
    if item is None:
        return path.stat().st_size
    return sealed_size(item.size) if sealed else item.size


def snapshot_facts(
    snap: Path,
    keys: secrets.Keys | None,
    created: datetime,
    report: Progress,
    cancel: threading.Event | None,
) -> tuple[dict[str, Any], list[vault_check.Named]]:
    """The manifest's facts, read from the snapshot; the audit chain walked in full.

    The walk is the longest step before the archive (6.7 million entries: half a
    minute at a million cases), so it reports as stage "audit" (entries done, entries
    in all) and stops between two batches when the backup is cancelled.
    """
    engine = snapshot_engine(snap, keys.current.key if keys else None)
    try:
        revision = migrate.current_revision(engine)
        raw = engine.raw_connection()
        try:
            counts = raw_db.table_counts(raw.driver_connection)
            named = vault_check.named_files(raw.driver_connection)
        finally:
            raw.close()
        with Session(engine) as session:
            chain = audit.verify(
                session,
                progress=lambda done, total: report("audit", done, total),
                cancelled=cancel.is_set if cancel is not None else None,
            )
    except audit.VerifyCancelled:
        raise BackupCancelled("backup cancelled; nothing was kept") from None
    finally:
        engine.dispose()
    if not chain.ok:
        raise UserError(
            "the audit trail is broken at entry {first_broken_id}: run 'dpo-desk audit "
            "verify'; no backup was made",
            first_broken_id=chain.first_broken_id,
        )
    return {
        "format": "dpo-desk-backup-manifest",
        "version": 1,
        "app_version": __version__,
        "schema": revision,
        "created_at": created.isoformat(),
        "key_id": keys.current.id if keys else "",
        "encrypted": keys is not None,
        "counts": counts,
        "audit": {"head": chain.head, "count": chain.count},
        "members": {},
    }, named


#: A vault file up to this size is read once into memory: the bytes checked against its
#: row are the bytes archived. A larger one is streamed, and checked by a second read.
HELD_IN_MEMORY = 16 * 1024 * 1024


def _not_held(problem: vault_check.Problem) -> UserError:
    return UserError(
        "a document in the vault is not the file its record describes ({problem}): "
        "no backup was made; run 'dpo-desk doctor' to see them all",
        problem=problem.describe(),
    )


def checked_body(
    src: BinaryIO, item: vault_check.Named | None, data_dir: Path, sealer: Sealer | None
) -> tuple[BinaryIO, int]:
    """What to archive of the open file ``src`` and its size, once a vault file has been
    proven against its row (``item``): from memory, the very bytes checked, up to
    ``HELD_IN_MEMORY``; a larger one streamed after a first reading checked it.

    Raises:
        UserError: the file is not the one its row describes.
    """
    size = os.fstat(src.fileno()).st_size
    if item is None:
        return src, size
    if size > HELD_IN_MEMORY:
        for problem in vault_check.check([item], data_dir, sealer):
            raise _not_held(problem)
        return src, size
    data = src.read()
    found = vault_check.problem_in(item, data, sealer)
    if found is not None:
        raise _not_held(found)
    return io.BytesIO(data), len(data)
