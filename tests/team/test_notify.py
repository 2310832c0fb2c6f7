"""Every desk hears a change within two seconds (issue 16, LISTEN/NOTIFY, migration 0017).

Against the server named by ``DPO_DESK_TEST_PG`` (CI always sets it); skipped without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from dpo_desk.services import cases
from dpo_desk.services.context import Context
from dpo_desk.store import migrate
from dpo_desk.store.db import Database, make_engine
from dpo_desk.store.notify import COALESCE_S, ChangeBatch, ChangeListener, OwnConnections, parse
from tests.conftest import FIXED_NOW

URL = os.environ.get("DPO_DESK_TEST_PG", "")
pytestmark = pytest.mark.skipif(not URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")
ROOT = Path(__file__).resolve().parents[2]


class Inbox:
    """The batches a listener delivered, with a wait for one that matches."""

    def __init__(self) -> None:
        self.batches: list[ChangeBatch] = []
        self._cond = threading.Condition()

    def __call__(self, batch: ChangeBatch) -> None:
        with self._cond:
            self.batches.append(batch)
            self._cond.notify_all()

    def wait_for(self, test, timeout: float) -> ChangeBatch | None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + timeout
        with self._cond:
            while True:
                for batch in self.batches:
                    if test(batch):
                        return batch
                left = end - time.monotonic()
                if left <= 0:
                    return None
                self._cond.wait(left)


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    engine = make_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(engine, None)
    yield engine
    engine.dispose()


@pytest.fixture
def listener(pg_engine: Engine) -> Iterator[tuple[ChangeListener, Inbox]]:
    inbox = Inbox()
    listening = ChangeListener.for_engine(pg_engine, inbox)
    listening.start()
    assert listening.listening.wait(5)
    yield listening, inbox
    listening.stop()


def _add_measures(engine: Engine, names: list[str], one_transaction: bool = True) -> None:
    sql = text(
        "INSERT INTO security_measure (name, category, description, texts_fr, created_at) "
        "VALUES (:n, 'technical', '', '{}', now())"
    )
    if one_transaction:
        with engine.begin() as conn:
            for name in names:
                conn.execute(sql, {"n": name})
    else:
        for name in names:
            with engine.begin() as conn:
                conn.execute(sql, {"n": name})


def test_a_case_added_by_another_process_is_heard_within_two_seconds(
    listener: tuple[ChangeListener, Inbox], tmp_path: Path
) -> None:
    _listening, inbox = listener
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from dpo_desk.services import cases\n"
        "from dpo_desk.services.context import Context\n"
        "from dpo_desk.store.db import Database, make_engine\n"
        "ctx = Context(Database(make_engine(sys.argv[1])), __import__('pathlib').Path(sys.argv[2]),"
        " actor='other-desk')\n"
        "new = cases.NewCase(name='Lina Other', rights=['access'], received=date(2026, 2, 2),"
        " channel='email', email='lina@example.org')\n"
        "print(cases.add_case(ctx, new).reference, flush=True)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, URL, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    committed = time.monotonic()
    reference = done.stdout.strip().splitlines()[-1]
    batch = inbox.wait_for(lambda b: reference in b.refs({"cases"}), timeout=2.0)
    assert batch is not None, f"no notification for {reference} within 2 s"
    assert time.monotonic() - committed < 2.0
    assert "audit_event" in {c.table for b in inbox.batches for c in b.changes}
    assert batch.who == ("postgres",)  # the server's session_user, not a claimed name
    assert committed > started


def test_a_burst_of_1000_inserts_gives_a_bounded_number_of_batches(
    listener: tuple[ChangeListener, Inbox], pg_engine: Engine
) -> None:
    _listening, inbox = listener
    other = make_engine(URL)
    started = time.monotonic()
    try:
        _add_measures(other, [f"burst {i}" for i in range(1000)], one_transaction=False)
    finally:
        other.dispose()
    elapsed = time.monotonic() - started
    last = inbox.wait_for(lambda b: "security_measure" in b.tables and "1000" in b.refs(), 5.0)
    assert last is not None, "the last insert of the burst was not heard"
    heard = sum(1 for b in inbox.batches for c in b.changes if c.table == "security_measure")
    assert heard == 1000  # every committed transaction is heard ...
    # ... in coalesced batches: at most one per coalescing window, never one per insert
    # (on a quiet machine the burst takes ~2 s: about ten batches)
    assert len(inbox.batches) <= elapsed / COALESCE_S + 3
    assert len(inbox.batches) < 500


def test_a_bulk_transaction_of_100000_rows_sends_a_handful_of_notifications(
    pg_engine: Engine,
) -> None:
    import psycopg

    from dpo_desk.store.notify import libpq_url

    with psycopg.connect(libpq_url(pg_engine.url), autocommit=True) as conn:
        conn.execute("LISTEN dpo_desk_changes")
        with pg_engine.begin() as tx:  # one INSERT per row, as a driver's executemany does
            tx.execute(
                text(
                    "INSERT INTO security_measure (name, category, description, texts_fr, "
                    "created_at) SELECT 'bulk ' || g, 'technical', '', '{}', now() "
                    "FROM generate_series(1, 100000) AS g"
                )
            )
        _add_measures(pg_engine, [f"row {i}" for i in range(300)])
        notes = list(conn.notifies(timeout=1.0))
    changes = [parse(n.payload, n.pid) for n in notes]
    assert changes[0] is not None and changes[0].refs is None  # 100,000 rows: "many"
    assert all(len(n.payload) < 8000 for n in notes)
    # 300 statements in one transaction: 20 detailed, then one folded "many"
    assert len(notes) == 1 + 20 + 1
    assert [c.refs for c in changes[1:21] if c] == [(str(100000 + i + 1),) for i in range(20)]
    assert changes[-1] is not None and changes[-1].refs is None


def test_the_listener_survives_its_connection_being_terminated(
    listener: tuple[ChangeListener, Inbox], pg_engine: Engine
) -> None:
    listening, inbox = listener
    pid = listening.backend_pid
    assert pid is not None
    with pg_engine.begin() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
    resynced = inbox.wait_for(lambda b: b.resync, timeout=10.0)
    assert resynced is not None, "the listener did not reconnect"
    assert listening.backend_pid not in (None, pid)
    _add_measures(make_engine(URL), ["after the drop"])
    assert inbox.wait_for(lambda b: "security_measure" in b.tables, timeout=2.0) is not None


def test_a_desks_own_changes_are_not_reported_back_to_it(pg_engine: Engine, tmp_path: Path) -> None:
    """The window already refreshes after its own actions; only other desks' count."""
    own = OwnConnections(pg_engine)
    inbox = Inbox()
    listening = ChangeListener.for_engine(pg_engine, inbox, ignore_pids=lambda: own.pids)
    listening.start()
    try:
        assert listening.listening.wait(5)
        ctx = Context(Database(pg_engine), tmp_path, actor="postgres", clock=lambda: FIXED_NOW)
        new = cases.NewCase(
            name="Own Desk", rights=["access"], received=FIXED_NOW.date(), channel="email"
        )
        mine = cases.add_case(ctx, new).reference
        _add_measures(make_engine(URL), ["theirs"])
        assert inbox.wait_for(lambda b: "security_measure" in b.tables, 2.0) is not None
        assert mine not in {r for b in inbox.batches for r in b.refs()}
    finally:
        listening.stop()


def test_stop_ends_the_thread_promptly(listener: tuple[ChangeListener, Inbox]) -> None:
    listening, _inbox = listener
    thread = listening._thread
    started = time.monotonic()
    listening.stop()
    assert thread is not None and not thread.is_alive()
    assert time.monotonic() - started < 1.5
