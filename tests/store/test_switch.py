"""The restore switch's recovery rules (``dpo_desk.store.switch``), one by one: a journal is
finished even after the folders were recreated empty, staging without a journal is
discarded, a journal that is unreadable or not ours stops everything, an unreadable
database replaced by a restore is kept aside."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk import backup
from dpo_desk.errors import StoreError
from dpo_desk.paths import database_path, ensure_data_dir
from dpo_desk.services.cases import NewCase, add_case
from dpo_desk.services.context import Context
from dpo_desk.store import lock, switch
from dpo_desk.store.lock import InstanceLock
from dpo_desk.store.models import Case
from dpo_desk.store.opening import open_store


def _staged(data_dir: Path, items: dict[str, bytes]) -> Path:
    staging = data_dir / ".restore-20260101T000000000000Z"
    for name, content in items.items():
        target = switch.new_dir(staging) / name
        target.mkdir(parents=True)
        (target / "a").write_bytes(content)
    return staging


def test_a_committed_switch_is_finished_even_after_folders_were_recreated(
    tmp_path: Path,
) -> None:
    data_dir = ensure_data_dir(tmp_path / "d")
    (data_dir / "documents" / "a").write_bytes(b"old")
    staging = _staged(data_dir, {"documents": b"new", "letters": b"new letter"})
    switch.commit(data_dir, staging, ["documents", "letters"])
    # killed after "documents" went to old/, before the new one came in...
    (staging / "old").mkdir()
    (data_dir / "documents").rename(staging / "old" / "documents")
    ensure_data_dir(data_dir)  # ...and the next start recreated it empty first
    with InstanceLock(data_dir):  # whoever takes the lock first finishes the switch
        pass
    assert (data_dir / "documents" / "a").read_bytes() == b"new"
    assert (data_dir / "letters" / "a").read_bytes() == b"new letter"
    assert not staging.exists() and not (data_dir / switch.JOURNAL).exists()


def test_staging_without_a_journal_is_discarded_and_the_store_untouched(tmp_path: Path) -> None:
    data_dir = ensure_data_dir(tmp_path / "d")
    (data_dir / "documents" / "a").write_bytes(b"old")
    staging = _staged(data_dir, {"documents": b"new"})
    assert lock.recover(data_dir) == "back"
    assert not staging.exists()
    assert (data_dir / "documents" / "a").read_bytes() == b"old"


@pytest.mark.parametrize(
    "journal",
    [
        b"{not json",
        b'{"staging": "../elsewhere", "items": ["documents"]}',
        b'{"staging": ".restore-x", "items": ["documents", "../../etc"]}',
    ],
)
def test_a_journal_that_is_unreadable_or_not_ours_changes_nothing(
    tmp_path: Path, journal: bytes
) -> None:
    data_dir = ensure_data_dir(tmp_path / "d")
    (data_dir / "documents" / "a").write_bytes(b"old")
    (data_dir / switch.JOURNAL).write_bytes(journal)
    with pytest.raises(StoreError, match="restore journal"):
        open_store(data_dir)
    assert (data_dir / "documents" / "a").read_bytes() == b"old"
    assert (data_dir / switch.JOURNAL).exists()


def test_restore_over_an_unreadable_database_keeps_it_aside(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    store = open_store(data_dir)
    ctx = Context(db=store.db, data_dir=data_dir)
    add_case(ctx, NewCase("Kept Person", ["access"], date(2026, 1, 5), "post"))
    info = backup.create(ctx)
    assert info is not None
    store.close()
    db = database_path(data_dir)
    db.write_bytes(b"garbage" * 1000)
    done = backup.restore(info.path, data_dir, yes=True)
    kept = [n for n in done.moved_aside if n.startswith("dpo_desk.sqlite3.damaged-")]
    assert kept and (data_dir / kept[0]).read_bytes() == b"garbage" * 1000
    s = open_store(data_dir)
    with s.db.read() as session:
        assert session.scalars(select(Case)).first() is not None
    s.close()
