"""The audit chain detects edits, deletions and reordering made outside the app."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from dpo_desk.services import audit, cases


def _three_cases(ctx) -> None:
    for name in ("A", "B", "C"):
        cases.add_case(
            ctx,
            cases.NewCase(name=name, rights=["access"], received=date(2025, 1, 6), channel="email"),
        )


def test_intact_chain_verifies(ctx) -> None:
    _three_cases(ctx)
    with ctx.db.read() as session:
        report = audit.verify(session)
    assert report.ok and report.count == 6 and report.first_broken_id is None


def test_edited_entry_is_named(ctx) -> None:
    _three_cases(ctx)
    with ctx.db.write() as session:
        session.execute(text("UPDATE audit_event SET actor = 'mallory' WHERE id = 3"))
    with ctx.db.read() as session:
        report = audit.verify(session)
    assert not report.ok and report.first_broken_id == 3 and "modified" in report.reason


def test_deleted_entry_is_detected_at_the_next_one(ctx) -> None:
    _three_cases(ctx)
    with ctx.db.write() as session:
        session.execute(text("DELETE FROM audit_event WHERE id = 2"))
    with ctx.db.read() as session:
        report = audit.verify(session)
    assert not report.ok and report.first_broken_id == 3 and "deleted or reordered" in report.reason


def test_chain_cannot_fork(ctx) -> None:
    """Two entries after the same head violate the unique prev_hash: never a fork."""
    import pytest
    from sqlalchemy.exc import IntegrityError

    _three_cases(ctx)
    with pytest.raises(IntegrityError), ctx.db.write() as session:
        session.execute(
            text(
                "INSERT INTO audit_event (at, actor, operation, entity, record_ref, summary, "
                "prev_hash, hash) SELECT at, actor, operation, entity, record_ref, summary, "
                "prev_hash, 'x' FROM audit_event WHERE id = 2"
            )
        )


def test_the_walk_hashes_exactly_what_was_written_for_hard_text(ctx) -> None:
    """The walk builds each entry's JSON without the encoder's overhead (issue 19); it is
    byte for byte what ``_digest`` hashed: quotes, backslashes, control characters,
    non-Latin text, emoji, separators, and a NULL field."""
    from dpo_desk.store import audit as store_audit

    hard = 'Ré "quoted" \\ back\tslash\n\x01 王伟 👩‍💻 \u2028 </script>'
    for fields in [(hard, "x", ""), ("a", None, hard), ("only",), (hard, 3, True)]:
        assert store_audit._payload(fields) == store_audit._ENCODER.encode(list(fields))
    cases.add_case(
        ctx,
        cases.NewCase(
            name='Ré "quoted" \\ 王伟 👩‍💻 </script>',
            rights=["access"],
            received=date(2025, 1, 6),
            channel="email",
            notes=hard.replace("\x01", ""),
        ),
    )
    with ctx.db.read() as session:
        report = audit.verify(session)
    assert report.ok and report.count == 2
