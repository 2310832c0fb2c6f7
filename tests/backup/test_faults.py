"""Fault injection (reliability.md (b)): kill -9 during saves (F1), disk full during a
save (F3), kill during a backup (F4). Every test ends with integrity_check and the audit
chain."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from dpo_desk import backup
from dpo_desk.errors import UserError
from dpo_desk.paths import database_path
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.store.models import AuditEvent, Case
from dpo_desk.store.opening import open_store

from .conftest import add

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from datetime import date
from pathlib import Path
from dpo_desk.services.cases import NewCase, add_case
from dpo_desk.services.context import Context
from dpo_desk.store.opening import open_store

store = open_store(Path(sys.argv[1]))
ctx = Context(db=store.db, data_dir=store.data_dir, actor="writer")
print("ready", flush=True)
i = 0
while True:
    i += 1
    detail = add_case(ctx, NewCase(name=f"Writer {sys.argv[2]}-{i}", rights=["access"],
                                   received=date(2026, 1, 20), channel="email",
                                   notes="x" * 2000))
    print(detail.reference, flush=True)
"""

BACKUPER = """
import sys, time
from pathlib import Path
from dpo_desk import backup
from dpo_desk.services.context import Context
from dpo_desk.store.opening import open_store

store = open_store(Path(sys.argv[1]))
ctx = Context(db=store.db, data_dir=store.data_dir)
def slow(stage, done, total):
    if stage == "archive":
        print("archiving", flush=True)
        time.sleep(0.05)
backup.create(ctx, progress=slow)
print("finished", flush=True)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _check(data_dir: Path) -> tuple[set[str], int]:
    s = open_store(data_dir, check="integrity_check")  # raises unless "ok"
    try:
        with s.db.read() as session:
            refs = set(session.scalars(select(Case.reference)).all())
            report = audit.verify(session)
            creates = session.scalar(
                select(func.count(AuditEvent.id)).where(AuditEvent.operation == "case.create")
            )
        assert report.ok, report
        return refs, int(creates or 0)
    finally:
        s.close()


@pytest.mark.slow
def test_kill_9_during_saves_loses_no_confirmed_write(tmp_path: Path) -> None:
    """F1: a writer saving cases in a loop is SIGKILLed at a random moment, again and
    again. Every save it confirmed is present after reopening; each case and its audit
    entry are there together or not at all; integrity_check and the chain hold."""
    iterations = int(os.environ.get("DPO_DESK_KILL_ITERATIONS", "30"))
    data_dir = tmp_path / "kill"
    open_store(data_dir).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    rng = random.Random(int(os.environ.get("DPO_DESK_KILL_SEED", "7")))
    confirmed: set[str] = set()
    for n in range(iterations):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(data_dir), str(n)],
            stdout=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        confirmed |= {line.strip() for line in out.splitlines() if line.strip()}
        present, creates = _check(data_dir)
        assert confirmed <= present, f"lost: {sorted(confirmed - present)}"
        assert creates == len(present)  # no case without its audit entry, nor the reverse
    lost = len(confirmed - present)
    print(
        f"\nF1 kill loop: {iterations} kills, {len(confirmed)} writes confirmed, "
        f"{len(present)} present after reopen, {lost} lost"
    )
    assert lost == 0 and len(confirmed) > 0


def test_disk_full_during_a_save_rolls_back_and_keeps_the_file_sound(ctx: Context, store) -> None:
    """F3: SQLite's page limit makes the next write fail with SQLITE_FULL, as ENOSPC
    would. The save fails, nothing of it is written, earlier data and the chain hold."""
    add(ctx, name="Before Full")
    store.db.engine.dispose()

    @event.listens_for(store.db.engine, "connect")
    def _limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(UserError, match="disk is full: nothing was saved"):
        add(ctx, name="Too Big", notes="y" * 90_000)
    event.remove(store.db.engine, "connect", _limit)
    store.db.engine.dispose()
    with ctx.db.read() as session:
        names = session.scalars(select(Case.reference)).all()
        assert len(names) == 1
        assert audit.verify(session).ok
    store.close()
    refs, creates = _check(ctx.data_dir)
    assert len(refs) == 1 and creates == 1


def test_kill_during_a_backup_leaves_only_a_tmp_that_the_next_run_removes(
    ctx: Context, store, tmp_path: Path
) -> None:
    """F4 (kill): the earlier verified backup is untouched, the partial one never
    counts, and the next backup sweeps it."""
    add(ctx)
    first = backup.create(ctx)
    assert first is not None
    before = first.path.read_bytes()
    for i in range(30):
        add(ctx, name=f"Person {i}")
    store.close()
    script = tmp_path / "backuper.py"
    script.write_text(BACKUPER)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(ctx.data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "archiving"
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    folder = ctx.data_dir / "backups"
    leftovers = list(folder.glob("*.tmp"))
    assert leftovers, "the kill should have left a partial file"
    assert [b.path for b in backup.list_backups(folder)] == [first.path]
    assert first.path.read_bytes() == before
    s = open_store(ctx.data_dir)
    try:
        again = backup.create(Context(db=s.db, data_dir=ctx.data_dir))
    finally:
        s.close()
    assert again is not None and again.ok
    assert list(folder.glob("*.tmp")) == []
    assert database_path(ctx.data_dir).exists()
    _check(ctx.data_dir)
