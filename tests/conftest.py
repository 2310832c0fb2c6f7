"""Test fixtures: a fresh data directory and store per test, an in-memory keyring, and
a fixed clock. No test touches the real keychain or the real data directory."""

from __future__ import annotations

import os
import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.errors  # noqa: E402
import pytest  # noqa: E402

from dpo_desk.services.context import Context  # noqa: E402
from dpo_desk.store import migrate  # noqa: E402
from dpo_desk.store.opening import Store, open_store  # noqa: E402

#: A fixed "now" for services: Monday 2 Feb 2026, 10:00 UTC.
FIXED_NOW = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything at the end of the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """DPO_DESK_HOME points into the test's temporary directory, always."""
    home = tmp_path / "home"
    monkeypatch.setenv("DPO_DESK_HOME", str(home))
    monkeypatch.delenv("DPO_DESK_PASSPHRASE", raising=False)
    return home


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One empty store migrated to the head by the real migrations, once per process."""
    from dpo_desk.store.db import make_engine, sqlite_url

    path = tmp_path_factory.mktemp("template") / "store.sqlite3"
    engine = make_engine(sqlite_url(path))
    try:
        migrate.upgrade(engine, None)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return path


@pytest.fixture(autouse=True)
def _new_stores_copy_the_template(
    _migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A brand-new plain store gets the template's pages (SQLite's backup API) instead of
    running the 20-odd migrations again: 0.14 s saved per new store, about 90 s of the
    suite. Only a file with no table at all qualifies; a store with a schema, an
    encrypted one, a server and any other target take the real migrations, which the
    template itself and the migration tests run."""
    real = migrate.upgrade

    def upgrade(engine: Any, backup_dir: Path | None, target: str = "head") -> Path | None:
        if target != "head" or engine.url.drivername != "sqlite":
            return real(engine, backup_dir, target)
        raw = engine.raw_connection()
        try:
            conn = raw.driver_connection
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                return real(engine, backup_dir, target)
            source = sqlite3.connect(_migrated_template)
            try:
                source.backup(conn)
            finally:
                source.close()
        finally:
            raw.close()
        return None

    monkeypatch.setattr(migrate, "upgrade", upgrade)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def ctx(store: Store) -> Context:
    return Context(db=store.db, data_dir=store.data_dir, actor="test-dpo", clock=lambda: FIXED_NOW)


#: The tests that use the PostgreSQL server of ``DPO_DESK_TEST_PG``: they share its
#: ``public`` schema, its roles and its settings (the TLS test reloads the server).
_SERVER_MARKS = ("DPO_DESK_TEST_PG", "tests.team.")
_TESTS = Path(__file__).parent


_SEEN: dict[str, tuple[str, int]] = {}


def _scope_and_start(nodeid: str) -> tuple[str, int]:
    module = nodeid.split("::", 1)[0]
    if module not in _SEEN:
        path = _TESTS.parent / module
        source = path.read_text(encoding="utf-8")
        server = _TESTS / "team" in path.parents or any(m in source for m in _SERVER_MARKS)
        # the long modules first, then the server's, so that no worker starts a minute
        # of work while the other has nothing left
        start = 0 if "pytest.mark.slow" in source else 1 if server else 2
        _SEEN[module] = ("postgresql" if server else module, start)
    return _SEEN[module]


def worker_scope(nodeid: str) -> str:
    """The unit of work a test belongs to under pytest-xdist: "postgresql" for every test
    that uses the server, else its module's path."""
    return _scope_and_start(nodeid)[0]


def start_order(nodeid: str) -> int:
    """When a test's unit is handed out: 0 for a module with ``slow`` tests, 1 for the
    server's tests, 2 for the others."""
    return _scope_and_start(nodeid)[1]


@pytest.fixture(scope="module", autouse=True)
def _one_server_module_at_a_time(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """The scheduler below keeps the server's tests on one worker; should it ever not,
    this lock, shared by the workers of one run, still lets one module at a time use the
    server (they drop and re-create its schema)."""
    if worker_scope(request.node.nodeid) != "postgresql":
        yield
        return
    import fcntl

    with open(tmp_path_factory.getbasetemp().parent / "postgresql.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """How ``./run-tests.sh -n auto`` (pytest-xdist, a worker per core) shares the tests out: a
    module's tests together, in their written order (its module fixtures built once), and
    every test that uses the PostgreSQL server on one worker, one after the other, as in
    a single process; the long units first. xdist's ``xdist_group`` marks would group
    the same, but its ``loadgroup`` mode renames node ids, which pytest 9.2 no longer
    lets it do."""
    from xdist.scheduler import LoadScopeScheduling

    class ModulesAndServer(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return worker_scope(nodeid)

        def _assign_work_unit(self, node: Any) -> None:
            # The unit handed out next: the first of the earliest start order (the queue
            # is by size otherwise). Only the queue is reordered: the workers run tests
            # by their index in the collection they sent.
            first = min(
                self.workqueue, key=lambda unit: start_order(next(iter(self.workqueue[unit])))
            )
            self.workqueue.move_to_end(first, last=False)
            super()._assign_work_unit(node)

    return ModulesAndServer(config, log)  # type: ignore[arg-type]
