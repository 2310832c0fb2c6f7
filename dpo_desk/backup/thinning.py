"""Deleting backups no longer needed, on a grandfather-father-son scheme.

Only good (verified) backups are counted or deleted: a bad or unverified file is left
for the DPO to look at, and never takes the place of a good one in a bucket.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from dpo_desk.backup.listing import _index_drop, list_backups


def thin(folder: Path, *, now: datetime | None = None, dry_run: bool = False) -> list[Path]:
    """Delete good backups no longer needed: keep all of the last 24 h, then one a day for
    7 days, one a week for 5 weeks, one a month for 12 months (Anki's scheme). Bad or
    unverified files are neither counted nor deleted. Returns the deleted paths."""
    now = now or datetime.now(UTC)
    keep_bucket: set[tuple[str, int]] = set()
    doomed: list[Path] = []
    for b in list_backups(folder):  # newest first: the newest of each bucket is kept
        if not b.ok or b.created_at is None:
            continue
        age = now - b.created_at
        if age < timedelta(days=1):
            continue
        if age < timedelta(days=7):
            bucket = ("day", age.days)
        elif age < timedelta(weeks=5):
            bucket = ("week", age.days // 7)
        elif age < timedelta(days=365):
            bucket = ("month", age.days // 30)
        else:
            doomed.append(b.path)
            continue
        if bucket in keep_bucket:
            doomed.append(b.path)
        else:
            keep_bucket.add(bucket)
    if not dry_run:
        for path in doomed:
            path.unlink(missing_ok=True)
        _index_drop(Path(folder), [p.name for p in doomed])
    return doomed
