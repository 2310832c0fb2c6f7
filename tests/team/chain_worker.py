"""A desk in its own OS process adding cases to the shared server (spawned by
``test_chain_concurrent``; a module of its own so that ``spawn`` can import it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dpo_desk.services import cases
from dpo_desk.services.context import Context
from dpo_desk.store import audit
from dpo_desk.store.db import Database, make_engine


def add_cases(url: str, desk: int, count: int, serialise: bool, start: Any) -> tuple[int, int]:
    """Add ``count`` cases as desk ``desk``; returns (added, refused by the server)."""
    audit._SERIALISE = serialise  # noqa: SLF001 - the test's switch, this process only
    engine = make_engine(url, pool_size=1)
    ctx = Context(Database(engine), Path("/nonexistent"), actor=f"desk-{desk}")
    start.wait()  # every desk begins at the same moment
    added = refused = 0
    for n in range(count):
        new = cases.NewCase(
            name=f"Person {desk}-{n}", rights=["access"], received=date(2026, 1, 5), channel="post"
        )
        try:
            cases.add_case(ctx, new)
            added += 1
        except Exception:  # noqa: BLE001 - a refused append is what the test counts
            refused += 1
    engine.dispose()
    return added, refused
