"""``dpo-desk team migrate`` and ``backup restore --to-server`` as a person runs them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dpo_desk.cli import main
from dpo_desk.services import cases, documents, team_keys
from dpo_desk.services.context import Context
from dpo_desk.store.db import Database, make_engine
from dpo_desk.store.models import AuditEvent, Document, MemberKeySlot, SealedBlob
from dpo_desk.store.opening import open_store
from tests.team.move_pg import needs_pg, new_database

pytestmark = needs_pg
__all__ = ["new_database"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_migrate_prints_the_comparison_and_refuses_a_second_time(
    capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, new_database: Callable[[], str]
) -> None:
    d = str(tmp_path / "desk")
    assert run(capsys, "--data-dir", d, "demo")[0] == 0
    solo = open_store(Path(d))
    try:  # an ID copy whose bytes are known
        source = tmp_path / "scan.pdf"
        source.write_bytes(b"%PDF-1.4 the ID copy of a moved case\n")
        ctx = Context(solo.db, Path(d))
        documents.attach(ctx, cases.list_cases(ctx)[0].reference, source)
    finally:
        solo.close()
    url = new_database()
    monkeypatch.delenv("DPO_DESK_TEAM_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "--data-dir", d, "team", "migrate", "--to", url)
    assert code == 1 and "DPO_DESK_TEAM_PASSPHRASE" in err  # no key, nothing moved
    monkeypatch.setenv("DPO_DESK_TEAM_PASSPHRASE", "the migrating DPO's team passphrase")
    code, out, err = run(capsys, "--data-dir", d, "team", "migrate", "--to", url)
    assert code == 0, err
    assert "cases: rows" in out and "audit chain" in out
    assert "Identical: every comparison agrees." in out
    engine = make_engine(url)
    try:  # the files are in the database, sealed; the DPO holds the new key's one slot
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(SealedBlob)).scalar()
            assert conn.execute(select(MemberKeySlot.login)).scalars().all() == ["postgres"]
            assert (
                conn.execute(
                    select(AuditEvent.operation).order_by(AuditEvent.id.desc()).limit(1)
                ).scalar()
                == "team.key_create"
            )
        team = Context(Database(engine), tmp_path / "t", actor="postgres")
        team_keys.unlock_team_key(team, "the migrating DPO's team passphrase")
        with team.db.read() as session:
            doc = session.scalars(select(Document).where(Document.sha256.is_not(None))).first()
        assert doc is not None
        content = documents.read_document(team, doc.id)[1]
        assert hashlib.sha256(content).hexdigest() == doc.sha256
        with engine.connect() as conn:  # what a dump of the server shows: not the file
            blobs = conn.execute(select(SealedBlob.content)).scalars().all()
        assert not any(b"the ID copy" in bytes(b) for b in blobs)
    finally:
        engine.dispose()
    assert "dpo-desk: rows: cases" in err  # progress on stderr, not mixed with the table
    code, out, err = run(capsys, "--data-dir", d, "team", "migrate", "--to", url)
    assert code == 1 and "is not empty" in err and "Identical" not in out


def test_a_backup_restores_into_an_empty_server(
    capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, new_database: Callable[[], str]
) -> None:
    d = str(tmp_path / "desk")
    run(capsys, "--data-dir", d, "demo")
    assert run(capsys, "--data-dir", d, "backup", "create", "--to", str(tmp_path / "b"))[0] == 0
    file = next((tmp_path / "b").glob("*.dpobak"))
    url = new_database()
    monkeypatch.setenv("DPO_DESK_TEAM_PASSPHRASE", "the restoring DPO's team passphrase")
    code, out, err = run(
        capsys, "--data-dir", d, "backup", "restore", str(file), "--to-server", url
    )
    assert code == 0, err
    assert "Restored into" in out and "audit chain" in out and " NO" not in out
    engine = make_engine(url)
    try:  # the restoring DPO holds the server's new team key, and it opens
        with engine.connect() as conn:
            assert conn.execute(select(MemberKeySlot.login)).scalars().all() == ["postgres"]
            last = (
                conn.execute(select(AuditEvent.operation).order_by(AuditEvent.id.desc()).limit(2))
                .scalars()
                .all()
            )
        assert last == ["team.key_create", "backup.restore"]
        team = Context(Database(engine), tmp_path / "t", actor="postgres")
        team_keys.unlock_team_key(team, "the restoring DPO's team passphrase")
    finally:
        engine.dispose()
    code, _, err = run(capsys, "--data-dir", d, "backup", "restore", str(file), "--to-server", url)
    assert code == 1 and "is not empty" in err
