"""Restore: a CLI backup restores on a fresh directory to the same data; a newer store is
saved first; foreign journals are moved aside; confirmation is required."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk import backup
from dpo_desk.cli import main
from dpo_desk.paths import database_path
from dpo_desk.services import audit, documents, secrets
from dpo_desk.services.context import Context
from dpo_desk.store.models import AuditEvent, Case, Document
from dpo_desk.store.opening import open_store

from .conftest import FIXED_NOW, PASSPHRASE, add


def _snapshot(ctx: Context) -> dict[str, object]:
    """What must survive a round trip: cases, documents and their bytes, the chain."""
    with ctx.db.read() as session:
        cases = [
            (c.reference, c.subject.full_name, c.notes, c.status, c.due_date)
            for c in session.scalars(select(Case).order_by(Case.id))
        ]
        docs = [
            (d.id, d.kind, d.sha256, d.original_name)
            for d in session.scalars(select(Document).order_by(Document.id))
        ]
        events = [
            (e.id, e.operation, e.hash)
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]
        chain = audit.verify(session)
    contents = {
        d[0]: hashlib.sha256(documents.read_document(ctx, d[0])[1]).hexdigest() for d in docs
    }
    return {
        "cases": cases,
        "docs": docs,
        "contents": contents,
        "events": events,
        "chain_ok": chain.ok,
    }


def _letter(ctx: Context, ref: str) -> None:
    """An archived letter, stored the way the letters service stores one."""
    vault = documents.vault(ctx, "letters")
    stored = vault.put(iter([b"%PDF-1.4 reply letter %%EOF"]), ".pdf")
    with ctx.db.write() as session:
        case = session.scalars(select(Case).where(Case.reference == ref)).one()
        session.add(
            Document(
                case=case,
                kind="letter",
                stored_name=stored.stored_name,
                size=stored.size,
                sha256=stored.sha256,
                original_name="reply.pdf",
                media_type="application/pdf",
            )
        )


def test_cli_backup_restores_on_a_fresh_directory_to_the_same_data(
    enc_ctx: Context,
    enc_store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ref = add(enc_ctx, name="Restore Me", notes="a note")
    add(enc_ctx, name="Second Person")
    pdf = tmp_path / "id.pdf"
    pdf.write_bytes(b"%PDF-1.4\nsome evidence\n%%EOF\n")
    documents.attach(enc_ctx, ref, pdf, kind="id-evidence")
    _letter(enc_ctx, ref)
    enc_store.close()
    monkeypatch.setenv(secrets.ENV_PASSPHRASE, PASSPHRASE)
    src = enc_ctx.data_dir
    assert main(["--data-dir", str(src), "backup", "create", "--json"]) == 0
    capsys.readouterr()
    files = list((src / "backups").glob("*.dpobak"))
    assert len(files) == 1
    reopened = open_store(src, key=secrets.key_for_open(src))
    expected = _snapshot(Context(db=reopened.db, data_dir=src, clock=lambda: FIXED_NOW))
    reopened.close()

    fresh = tmp_path / "fresh"
    secrets.forget(src)
    assert main(["--data-dir", str(fresh), "backup", "restore", str(files[0]), "--yes"]) == 0
    assert "Restored" in capsys.readouterr().out
    secrets.forget(fresh)
    restored = open_store(fresh, key=secrets.key_for_cli(fresh))
    try:
        with restored.db.read() as session:
            last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
            assert last is not None and last.operation == "backup.restore"
        got = _snapshot(Context(db=restored.db, data_dir=fresh, clock=lambda: FIXED_NOW))
    finally:
        restored.close()
    assert got["chain_ok"] and expected["chain_ok"]
    assert got["cases"] == expected["cases"] and got["docs"] == expected["docs"]
    assert got["contents"] == expected["contents"]
    # The restored chain is the backed-up one, followed by the restore's own entry.
    n = len(expected["events"])  # type: ignore[arg-type]
    assert got["events"][: n - 2] == expected["events"][: n - 2]  # type: ignore[index]


def test_restore_over_a_newer_store_shows_the_loss_and_saves_it_first(ctx: Context, store) -> None:
    """F11 and F12."""
    add(ctx, name="Old One")
    info = backup.create(ctx)
    assert info is not None
    add(ctx, name="Newer One")
    store.close()
    data_dir = ctx.data_dir
    db = database_path(data_dir)
    foreign = db.with_name(db.name + "-journal")
    foreign.write_bytes(b"a hot journal from somewhere else")
    plan = backup.restore(info.path, data_dir, yes=False)
    assert not plan.applied and plan.current_is_newer and plan.loses["cases"] == 1
    assert any("NEWER" in line for line in plan.lines())
    assert foreign.exists() and plan.foreign_journals  # nothing changed yet
    done = backup.restore(info.path, data_dir, yes=True)
    assert done.applied and done.pre_restore_backup
    assert any(name.startswith(db.name + "-journal.aside-") for name in done.moved_aside)
    assert not foreign.exists()
    pre = data_dir / "backups" / done.pre_restore_backup
    assert backup.verify(pre).counts["cases"] == 2
    s = open_store(data_dir)
    try:
        with s.db.read() as session:
            refs = session.scalars(select(Case.reference)).all()
            assert len(refs) == 1
            stmt = select(AuditEvent.operation).order_by(AuditEvent.id)
            ops = session.scalars(stmt).all()
            assert ops[-1] == "backup.restore"
            assert audit.verify(session).ok
    finally:
        s.close()


def test_restore_refuses_while_the_store_is_open(ctx: Context, store) -> None:
    info = backup.create(ctx)
    assert info is not None
    from dpo_desk.errors import StoreError

    with pytest.raises(StoreError, match="already open"):
        backup.restore(info.path, ctx.data_dir, yes=True)


def test_cli_restore_without_a_terminal_or_yes_is_refused(
    ctx: Context, store, capsys: pytest.CaptureFixture[str]
) -> None:
    info = backup.create(ctx)
    assert info is not None
    store.close()
    code = main(["--data-dir", str(ctx.data_dir), "backup", "restore", str(info.path)])
    assert code == 1
    assert "confirm on a terminal or add --yes" in capsys.readouterr().err


def test_cli_verify_list_and_status(
    ctx: Context, store, capsys: pytest.CaptureFixture[str]
) -> None:
    add(ctx)
    store.close()
    d = ["--data-dir", str(ctx.data_dir)]
    assert main([*d, "backup", "status"]) == 0
    assert "No good backup yet" in capsys.readouterr().out
    assert main([*d, "backup", "create"]) == 0
    path = capsys.readouterr().out.split(": ", 1)[1].splitlines()[0]
    assert main([*d, "backup", "verify", path]) == 0
    assert capsys.readouterr().out.startswith("OK:")
    assert main([*d, "backup", "list"]) == 0
    assert " ok " in capsys.readouterr().out
    Path(path).write_bytes(b"")
    assert main([*d, "backup", "verify", path]) == 1
    assert "empty (0 bytes)" in capsys.readouterr().err
