"""``tools/generate_store.py``: a small store with consistent counts, statuses and dates,
and an audit chain that verifies (the benchmark store is made the same way)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from dpo_desk.services import audit
from dpo_desk.store.models import Case, CaseRight, DataSubject, Document
from dpo_desk.store.opening import open_store
from tests._tools import load_tool


@pytest.fixture(scope="module")
def tool():
    return load_tool("generate_store")


def test_generate_300(tool, tmp_path: Path) -> None:
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    report = tool.generate(tmp_path / "d", 300, seed=7, now=now)
    assert report.cases == 300
    store = open_store(tmp_path / "d")
    try:
        with store.db.read() as s:
            assert s.scalar(select(func.count(Case.id))) == 300
            assert s.scalar(select(func.count(DataSubject.id))) == report.subjects
            assert s.scalar(select(func.count(CaseRight.id))) >= 300
            fts = s.execute(text("SELECT count(*) FROM case_search")).scalar()
            assert fts == 300
            chain = audit.verify(s)
            assert chain.ok, chain
            assert chain.count == report.audit_entries
            cases = list(s.scalars(select(Case)))
            today = now.date()
            for c in cases:
                assert c.received_on <= today
                assert c.due_date is not None and c.due_date > c.received_on
                if c.answered_on:
                    assert c.received_on <= c.answered_on <= today
                if c.status == "closed":
                    assert c.closed_at is not None
                if c.status in ("received", "awaiting-identity", "in-progress", "extended"):
                    assert (today - c.received_on).days <= 120
                if c.extended_on:
                    assert c.extended_due_date and c.extended_due_date > c.due_date
                    assert c.jurisdiction != "CA-QC"
            assert {c.jurisdiction for c in cases} >= {"FR"}
            names = " ".join(c.subject.full_name for c in cases)
            assert any(ord(ch) > 0x400 for ch in names)  # not only Latin script
            docs = list(s.scalars(select(Document)))
            for d in docs:
                folder = "letters" if d.kind == "letter" else "documents"
                path = tmp_path / "d" / folder / d.stored_name
                assert path.exists() == (d.purged_at is None)
    finally:
        store.close()


def test_refuses_a_store_with_cases(tool, tmp_path: Path) -> None:
    tool.generate(tmp_path / "d", 5, registers=False)
    with pytest.raises(SystemExit):
        tool.generate(tmp_path / "d", 5)


def test_streamed_in_small_chunks_the_store_is_the_same(
    tool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows are inserted and audit entries chained a chunk at a time (issue 19: memory
    stays flat at a million cases); the chain, entry for entry, is the one a single
    chunk gives, and every entry is in time order."""
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    heads = []
    for chunk, name in ((100_000, "one"), (40, "many")):
        monkeypatch.setattr(tool, "CHUNK", chunk)
        report = tool.generate(tmp_path / name, 400, seed=3, now=now, registers=False)
        store = open_store(tmp_path / name)
        try:
            with store.db.read() as s:
                chain = audit.verify(s)
                times = [t for (t,) in s.execute(text("SELECT at FROM audit_event ORDER BY id"))]
                docs = s.scalar(select(func.count(Document.id)))
        finally:
            store.close()
        assert chain.ok and chain.count == report.audit_entries
        assert docs == report.documents
        assert times[1:] == sorted(times[1:])  # after the profile's entry, time order
        heads.append((chain.head, chain.count, docs))
    assert heads[0] == heads[1]
