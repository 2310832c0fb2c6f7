"""What a backup tells the person while it runs: the audit trail's walk (half a minute at
a million cases) and the read-back report counts that move, and Cancel is heard in both,
leaving nothing behind."""

from __future__ import annotations

import os
import threading
import time

import pytest
from sqlalchemy import select, text

from dpo_desk import backup
from dpo_desk.backup import archive, core
from dpo_desk.errors import StoreError, UserError
from dpo_desk.services import audit, documents
from dpo_desk.services.context import Context
from dpo_desk.store import audit as store_audit
from dpo_desk.store import checking
from dpo_desk.store.checking import IntegrityGate
from dpo_desk.store.models import AuditEvent

from .conftest import add


def _leftovers(ctx: Context) -> list[str]:
    return [p.name for p in (ctx.data_dir / "backups").iterdir() if p.name != core.INDEX]


def _slow_walk(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """The trail's walk takes ``seconds`` more (a million entries), heeding Cancel."""
    real = store_audit.verify

    def slow(session, *args, **kwargs):  # type: ignore[no-untyped-def]
        cancelled = kwargs.get("cancelled")
        progress = kwargs.get("progress")
        until = time.monotonic() + seconds
        while time.monotonic() < until:  # one batch after another, as the real walk
            if cancelled is not None and cancelled():
                raise store_audit.VerifyCancelled("stopped")
            if progress is not None:
                progress(0, 1)
            time.sleep(0.02)
        return real(session, *args, **kwargs)

    monkeypatch.setattr(store_audit, "verify", slow)


def test_stages_in_order(ctx: Context) -> None:
    for i in range(3):
        add(ctx, name=f"Progress Person {i}")
    seen: list[tuple[str, int, int]] = []
    info = backup.create(ctx, progress=lambda s, d, t: seen.append((s, d, t)))
    assert info is not None
    stages = [s for s, _d, _t in seen]
    assert stages[0] == "snapshot" and stages[-1] == "done"
    assert max(i for i, s in enumerate(stages) if s == "archive") < stages.index("verify")
    read = [d for s, d, _t in seen if s == "verify"]
    total = next(t for s, _d, t in seen if s == "verify")
    assert read[0] == 0 and read == sorted(read) and 0 < read[-1] <= total
    assert len(read) > 2  # it moves, block by block


def test_the_trail_walk_is_counted_in_entries(ctx: Context) -> None:
    add(ctx, name="Long Trail")
    with ctx.db.read() as session:
        entries = audit.count(session) + 1  # and the backup's own "backup.create"
    seen: list[tuple[str, int, int]] = []
    info = backup.create(ctx, progress=lambda s, d, t: seen.append((s, d, t)))
    assert info is not None and info.audit_count == entries
    trail = [(d, t) for s, d, t in seen if s == "audit"]
    assert trail and trail[-1] == (entries, entries)
    stages = [s for s, _d, _t in seen]
    assert stages.index("snapshot") < stages.index("audit") < stages.index("archive")


@pytest.mark.parametrize("stage", ["audit", "verify"])
def test_cancel_in_the_trail_walk_or_the_read_back_keeps_nothing(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    add(ctx, name="Cancelled Backup")
    if stage == "audit":
        _slow_walk(monkeypatch, 30)  # cancelled long before
    cancel = threading.Event()
    seen: list[str] = []

    def progress(at: str, done: int, _total: int) -> None:
        seen.append(at)
        if at == stage and (stage == "audit" or done > 0):
            cancel.set()

    started = time.monotonic()
    with pytest.raises(backup.BackupCancelled, match="nothing was kept"):
        backup.create(ctx, progress=progress, cancel=cancel)
    assert time.monotonic() - started < 10  # the walk heard it
    assert _leftovers(ctx) == []  # no archive, no snapshot, no staging folder
    assert "done" not in seen
    if stage == "audit":
        assert "archive" not in seen  # stopped before writing anything
    monkeypatch.undo()
    assert backup.create(ctx) is not None  # and the next one works


def test_a_broken_trail_refuses_the_backup(ctx: Context) -> None:
    add(ctx, name="Tampered Trail")
    with ctx.db.write() as session:  # an entry changed after it was written
        session.execute(
            text(
                "UPDATE audit_event SET summary = 'rewritten' "
                "WHERE id = (SELECT min(id) FROM audit_event)"
            )
        )
        first = session.execute(text("SELECT min(id) FROM audit_event")).scalar_one()
    with pytest.raises(UserError, match=f"audit trail is broken at entry {first}"):
        backup.create(ctx)
    assert _leftovers(ctx) == []


def test_a_backup_asked_during_the_start_up_check_waits_for_it(ctx: Context) -> None:
    """At a million cases the deferred check runs 10-20 s after the window shows: "Back
    up now" at once, or the backup due at start, waits for it instead of being refused."""
    add(ctx, name="Early Backup")
    gate = IntegrityGate(ctx.data_dir / "dpo_desk.sqlite3")
    ctx.db.gate = gate
    seen: list[str] = []
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(backup.create(ctx, progress=lambda s, d, t: seen.append(s)))
    )
    worker.start()
    time.sleep(checking.WRITE_WAIT_S + 0.5)  # longer than any write waits at the gate
    assert seen == ["waiting"] and worker.is_alive() and _leftovers(ctx) == []
    gate.settle("ok")
    worker.join(30)
    assert result and result[0] is not None and seen[-1] == "done"


def test_cancel_while_waiting_for_the_check(ctx: Context) -> None:
    ctx.db.gate = IntegrityGate(ctx.data_dir / "dpo_desk.sqlite3")
    cancel = threading.Event()

    def progress(stage: str, _d: int, _t: int) -> None:
        if stage == "waiting":
            cancel.set()

    with pytest.raises(backup.BackupCancelled):
        backup.create(ctx, progress=progress, cancel=cancel)
    assert _leftovers(ctx) == []
    with ctx.db.read() as session:
        ops = session.scalars(select(AuditEvent.operation)).all()
    assert "backup.create" not in ops  # nothing written while the gate was shut


def test_a_damaged_store_found_by_the_check_is_still_refused(ctx: Context) -> None:
    gate = IntegrityGate(ctx.data_dir / "dpo_desk.sqlite3")
    ctx.db.gate = gate
    gate.settle("*** in database main ***\nPage 7: btreeInitPage() returns error code 11")
    with pytest.raises(StoreError, match="is damaged"):
        backup.create(ctx)
    assert _leftovers(ctx) == []


def test_the_read_back_moves_inside_a_large_member(
    ctx: Context, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database of a million cases is one 4.6 GB member: progress comes from inside
    it, not once at its end (the bar stood still for 25 s)."""
    monkeypatch.setattr(archive, "PROGRESS_EVERY", 64 * 1024)
    ref = add(ctx, name="Large Attachment")
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + os.urandom(1024 * 1024) + b"\n%%EOF\n")
    documents.attach(ctx, ref, big)
    seen: list[int] = []
    info = backup.create(ctx, progress=lambda s, d, _t: seen.append(d) if s == "verify" else None)
    assert info is not None
    members = 3  # the database, the scan, the manifest
    assert len(seen) > members + 1024 // 64 - 2  # a report per 64 KiB of the scan, or so
    with info.path.open("rb") as fh:
        _header, header_bytes = archive.read_header(fh)
        offset = fh.tell()
    written: list[int] = []
    staging = tmp_path / "staged"
    staging.mkdir()
    found = archive.extract(
        info.path, archive.PLAIN_KEY, header_bytes, offset, staging, progress=written.append
    )
    assert len(written) > len(found) + 1024 // 64 - 2  # the restore's path, writing too
    assert written == sorted(written)
    assert written[-1] >= sum(m["size"] for m in found.values())  # and the tar's headers


def test_a_restore_says_where_it_is(ctx: Context, store) -> None:
    add(ctx, name="Restored Person")
    info = backup.create(ctx)
    assert info is not None
    add(ctx, name="Replaced Person")
    store.close()
    seen: list[tuple[str, int, int]] = []
    backup.restore(info.path, ctx.data_dir, yes=True, progress=lambda *a: seen.append(a))
    order = [s for i, (s, _d, _t) in enumerate(seen) if i == 0 or seen[i - 1][0] != s]
    assert order == ["read", "pre-restore", "switch", "check"]
    read = [d for s, d, _t in seen if s == "read"]
    assert read == sorted(read) and read[-1] > 0
    saving = [(d, t) for s, d, t in seen if s == "pre-restore" and t]
    assert saving and saving[-1][0] <= saving[-1][1]  # bytes of the current data saved
