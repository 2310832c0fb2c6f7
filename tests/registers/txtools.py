"""Helpers of the one-action-one-transaction tests (issue 15): what the store and the
vault hold, a failure injected at a chosen step, and the sessions an action opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.store.models import Base

Snapshot = tuple[dict[str, list[tuple[Any, ...]]], list[str]]

#: The vault folders an action may write to.
VAULT_FOLDERS = ("documents", "letters")


class Injected(RuntimeError):
    """The failure injected at the last step."""


def snapshot(ctx: Context) -> Snapshot:
    """Every row of every table, and every file of the vault."""
    with ctx.db.read() as session:
        rows = {
            t.name: [tuple(r) for r in session.execute(select(t))]
            for t in Base.metadata.sorted_tables
        }
    return rows, vault_files(ctx)


def vault_files(ctx: Context) -> list[str]:
    return sorted(
        str(p.relative_to(ctx.data_dir))
        for folder in VAULT_FOLDERS
        if (ctx.data_dir / folder).is_dir()
        for p in (ctx.data_dir / folder).rglob("*")
        if p.is_file()
    )


def fail_on(monkeypatch: pytest.MonkeyPatch, operation: str, nth: int = 1) -> list[str]:
    """Make the ``nth`` audit entry ``operation`` raise ``Injected``; returns the
    operations recorded until then (in the doomed transaction)."""
    original = audit.record
    seen: list[str] = []
    matched = [0]

    def record(session: Any, ctx: Context, op: str, *args: Any, **kwargs: Any) -> Any:
        if op == operation:
            matched[0] += 1
            if matched[0] == nth:
                raise Injected(op)
        seen.append(op)
        return original(session, ctx, op, *args, **kwargs)

    monkeypatch.setattr(audit, "record", record)
    return seen


def fail_after(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, nth: int = 1
) -> list[int]:
    """Let the ``nth`` call of ``owner.name`` do its work (rows flushed, audit entries
    written in the open transaction), then raise ``Injected``: the failure comes after
    the last step, just before the commit. Returns a one-item list with the call count."""
    original: Callable[..., Any] = getattr(owner, name)
    calls = [0]

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        calls[0] += 1
        if calls[0] == nth:
            raise Injected(name)
        return result

    monkeypatch.setattr(owner, name, wrapped)
    return calls


def count_sessions(monkeypatch: pytest.MonkeyPatch, ctx: Context) -> dict[str, int]:
    """Count the read and write sessions ``ctx.db`` opens from now on."""
    counts = {"read": 0, "write": 0}
    for name in counts:
        original = getattr(ctx.db, name)

        def opened(_original: Any = original, _name: str = name) -> Any:
            counts[_name] += 1
            return _original()

        monkeypatch.setattr(ctx.db, name, opened)
    return counts


def assert_nothing_kept(ctx: Context, before: Snapshot) -> None:
    """No row, no audit entry, no vault file of the failed action."""
    after = snapshot(ctx)
    assert after[1] == before[1], "vault files differ"
    for table, rows in before[0].items():
        assert after[0][table] == rows, f"table {table} changed"
