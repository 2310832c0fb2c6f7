"""Backups of a server: the whole path of issue 16, solo → team → backup → restore.

A demo desk (with a document) is moved onto a server; ``backup.create`` on the team
Context writes a ``.dpobak``; it restores into a solo desk and into a new empty server;
each result is compared in full with the server it came from (rows and a hash per table,
every file, the audit chain and its head).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk import backup
from dpo_desk.errors import UserError
from dpo_desk.services import cases
from dpo_desk.services.context import Context
from dpo_desk.services.team_migrate import (
    local_vault,
    migrate_to_server,
    restore_to_server,
    verify_same,
)
from dpo_desk.store import audit
from dpo_desk.store.db import Database, make_engine
from dpo_desk.store.models import AuditEvent
from dpo_desk.store.opening import open_store
from tests.conftest import FIXED_NOW
from tests.team.move_pg import needs_pg, new_database
from tests.team.test_move_migrate import _with_file

pytestmark = needs_pg
__all__ = ["new_database"]


def test_solo_to_team_to_backup_to_solo_and_to_a_new_server(
    ctx: Context, new_database: Callable[[], str], tmp_path: Path
) -> None:
    _with_file(ctx)
    server_a = new_database()
    files_a = tmp_path / "files-a"
    assert migrate_to_server(ctx, server_a, files_dir=files_a).ok
    team = Context(
        Database(make_engine(server_a)), files_a, actor="postgres", clock=lambda: FIXED_NOW
    )
    before = len(cases.list_cases(team))

    info = backup.create(team, tmp_path / "backups")
    assert info is not None and info.ok and info.path.name.endswith(".dpobak")
    assert info.counts["cases"] == before
    # the backup's own audit entry is on the server and inside the backup
    with team.db.read() as session:
        assert audit.head_hash(session) == info.audit_head
    assert backup.verify(info.path).ok

    # 1. into a solo desk: identical, but for the restore's own audit entry at the end
    solo_dir = tmp_path / "solo"
    backup.restore(info.path, solo_dir, yes=True)
    solo = open_store(solo_dir)
    try:
        same = verify_same(
            team.db.engine, solo.db.engine, local_vault(team), local_vault(team, solo_dir)
        )
        assert {d.what for d in same.differences} == {
            "audit_event: rows",
            "audit_event: sha256",
            "audit chain",
        }, "\n".join(same.table())
        with solo.db.read() as session:
            entries = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
            assert audit.verify(session).ok
        assert entries[-2].hash == info.audit_head and len(entries) == info.audit_count + 1
        assert entries[-1].operation.startswith("backup.restore")
    finally:
        solo.close()

    # 2. into a new, empty server
    server_b = new_database()
    restored = restore_to_server(info.path, server_b, files_dir=tmp_path / "files-b")
    assert restored.comparison.ok, "\n".join(restored.comparison.table())
    engine_b = make_engine(server_b)
    try:  # then the restore's own entry is added at the end of the chain, as in a solo desk
        same = verify_same(
            team.db.engine, engine_b, local_vault(team), local_vault(team, tmp_path / "files-b")
        )
        assert {d.what for d in same.differences} == {
            "audit_event: rows",
            "audit_event: sha256",
            "audit chain",
        }, "\n".join(same.table())
        with Database(engine_b).read() as session:
            entries = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
            assert audit.verify(session).ok
        assert entries[-2].hash == info.audit_head
        assert (entries[-1].operation, entries[-1].actor) == ("backup.restore", "postgres")
        assert restored.files >= 1
    finally:
        engine_b.dispose()
        team.db.dispose()

    # a server that is not empty is refused, nothing is written
    with pytest.raises(UserError, match="not empty"):
        restore_to_server(info.path, server_b, files_dir=tmp_path / "files-c")
    assert not (tmp_path / "files-c").exists()
