"""Cutting the end of the audit trail is detected (issue 13, "done when").

The chain catches an edit or a deletion in the middle; deleting the newest entries left a
shorter chain that still verified. The head is now anchored outside the database (start,
close, every 100 entries, each backup, each sent letter), sealed with the store key.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from dpo_desk import backup
from dpo_desk.cli import main
from dpo_desk.errors import UserError
from dpo_desk.services import audit, audit_log, doctor, secrets
from dpo_desk.services.context import Context
from dpo_desk.store import anchors
from dpo_desk.store.models import AuditEvent
from dpo_desk.store.opening import open_store

from .conftest import FIXED_NOW, PASSPHRASE, add


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _cut_newest(db, n: int) -> None:
    """Delete the newest ``n`` audit rows through the project's own store access."""
    with db.write() as session:
        top = session.scalar(select(func.max(AuditEvent.id)))
        session.execute(delete(AuditEvent).where(AuditEvent.id > top - n))


def test_deleting_the_newest_rows_fails_verify_naming_the_anchor(
    enc_ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(4):
        add(enc_ctx, f"Person {i}")
    made = backup.create(enc_ctx)  # a backup anchors the head
    assert made is not None
    latest = enc_ctx.db.anchors.read().latest()
    assert latest.source == f"backup {made.path.name}"
    with enc_ctx.db.read() as session:
        before = audit.verify_anchored(session, enc_ctx.db)
    assert before.ok and before.anchor == latest

    _cut_newest(enc_ctx.db, 3)
    with enc_ctx.db.read() as session:
        report = audit.verify_anchored(session, enc_ctx.db)
    assert report.chain.ok  # the chain alone cannot see it: it is still linked
    assert not report.ok and report.missing == 3
    assert f"3 audit entries recorded up to the anchor of {latest.when()}" in report.problem()
    assert made.path.name in report.problem()

    status = audit_log.chain_status(enc_ctx)  # what the audit page shows
    assert not status.ok and status.missing == 3 and status.anchor_source == latest.source

    with pytest.raises(UserError, match="3 audit entries .* are missing.*no backup was made"):
        backup.create(enc_ctx)

    d = enc_ctx.data_dir
    checks = {c.name: c for c in doctor.run_checks(d, secrets.key_for_open(d))}
    assert checks["Audit trail"].verdict == doctor.FAIL
    assert "3 audit entries" in checks["Audit trail"].detail


def test_cli_audit_verify_and_doctor_after_a_cut_made_while_closed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "d"
    assert _run(capsys, "--data-dir", str(d), "demo")[0] == 0
    code, out, _ = _run(capsys, "--data-dir", str(d), "audit", "verify")
    assert code == 0 and "checked against the anchor of" in out
    with sqlite3.connect(d / "dpo_desk.sqlite3") as conn:  # as with the sqlite3 shell
        top = conn.execute("SELECT max(id) FROM audit_event").fetchone()[0]
        conn.execute("DELETE FROM audit_event WHERE id > ?", (top - 5,))
    # Opening the store again must not bless the cut with a fresh anchor.
    code, _, err = _run(capsys, "--data-dir", str(d), "audit", "verify")
    assert code == 1
    assert "5 audit entries recorded up to the anchor of" in err and "are missing" in err
    assert "Traceback" not in err
    code, out, _ = _run(capsys, "--data-dir", str(d), "doctor")
    assert code == 1 and "[FAIL] Audit trail: 5 audit entries" in out


def test_a_forged_anchor_fails_its_seal(enc_ctx: Context) -> None:
    add(enc_ctx)
    anchors.checkpoint(enc_ctx.db, "test")
    path = enc_ctx.data_dir / anchors.FILENAME
    data = json.loads(path.read_text())
    data["anchors"][-1]["count"] = 1  # rewind the anchor without the key
    path.write_text(json.dumps(data))
    with enc_ctx.db.read() as session:
        report = audit.verify_anchored(session, enc_ctx.db)
    assert not report.ok and report.bad_seals == 1
    assert "fail their seal" in report.problem()


def test_periodic_checkpoints_and_no_false_alarm_after_a_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "p"
    store = open_store(d)
    ctx = Context(db=store.db, data_dir=d, actor="dpo", clock=lambda: FIXED_NOW)
    first = backup.create(ctx)
    assert first is not None
    for i in range(anchors.EVERY + 5):
        add(ctx, f"Person {i}")
    sources = [a.source for a in store.db.anchors.read().anchors]
    assert "start" in sources and "checkpoint" in sources
    store.close()
    # Restoring the older backup rewinds the trail on purpose: no "cut" reported.
    plan = backup.restore(first.path, d, yes=True)
    assert plan.applied
    code, out, err = _run(capsys, "--data-dir", str(d), "audit", "verify")
    assert code == 0, err
    assert list(d.glob("audit-anchors.*.json"))  # the old anchors were set aside, not lost


def test_encrypted_store_anchors_are_sealed_with_its_key(enc_dir: Path) -> None:
    """The anchor key comes from the store key: a plain-store key does not verify them."""
    store = open_store(enc_dir, key=secrets.key_for_open(enc_dir))
    try:
        assert store.db.anchors.read().latest() is not None
    finally:
        store.close()
    foreign = anchors.AnchorBook(enc_dir, anchors.mac_key(None))
    reading = foreign.read()
    assert reading.anchors == () and reading.present
    assert PASSPHRASE.encode() not in (enc_dir / anchors.FILENAME).read_bytes()


def test_a_checkpoint_counts_the_trail_once_with_count_star(enc_ctx: Context) -> None:
    """At a million cases each count of the 6.7 million entries took 145 ms as
    ``count(id)`` and 41 ms as ``count(*)``; a checkpoint (start, close, backup) counted
    twice (issue 19). It counts once, and still refuses to bless a cut trail."""
    from sqlalchemy import event

    for i in range(3):
        add(enc_ctx, f"Person {i}")
    counts: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "count(" in statement.lower():
            counts.append(statement)

    engine = enc_ctx.db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        made = anchors.checkpoint(enc_ctx.db, "test")
        assert made is not None and made.source == "test"
        assert len(counts) == 1 and "count(*)" in counts[0].lower()
        with enc_ctx.db.read() as session:
            assert made.count == anchors.entry_count(session) == audit.count(session)
            assert made.count == len(session.scalars(select(AuditEvent.id)).all())

        _cut_newest(enc_ctx.db, 2)
        counts.clear()
        assert anchors.checkpoint(enc_ctx.db, "after the cut") is None
        assert len(counts) == 1
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert enc_ctx.db.anchors.read().latest().source == "test"


def test_the_audit_page_counts_all_entries_and_filtered_ones(enc_ctx: Context) -> None:
    for i in range(3):
        add(enc_ctx, f"Person {i}")
    with enc_ctx.db.read() as session:
        rows = session.scalars(select(AuditEvent.operation)).all()
    assert audit_log.count_entries(enc_ctx) == len(rows) > 3
    creates = audit_log.AuditFilter(operation="case.create")
    assert audit_log.count_entries(enc_ctx, creates) == rows.count("case.create") == 3
