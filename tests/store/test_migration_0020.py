"""Migration 0020: each case's full-text row is keyed by the case's id, rows indexed
again under the old scheme (rowid moved on) included, and search finds them by rowid."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from dpo_desk.paths import database_path
from dpo_desk.store import migrate
from dpo_desk.store.db import make_engine, sqlite_url

OLD_INSERT = (
    "INSERT INTO case_search (reference, name, email, notes, case_id) "
    "VALUES (:ref, :name, '', '', :id)"
)


def test_upgrade_moves_every_row_to_its_case_id_and_search_finds_them(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    engine = make_engine(sqlite_url(database_path(data_dir)))
    migrate.upgrade(engine, data_dir / "backups", target="0019")
    with engine.begin() as conn:
        # As 0019's index_case wrote them: auto rowids; case 7 indexed, then case 3, then
        # case 7 again (its old row deleted, the new one at the next rowid).
        for case_id, name in ((7, "Lefèvre Anne"), (3, "Dupont Marc"), (7, "Lefèvre Anne-Marie")):
            conn.execute(text("DELETE FROM case_search WHERE case_id = :id"), {"id": case_id})
            conn.execute(text(OLD_INSERT), {"ref": f"DPO {case_id}", "name": name, "id": case_id})
        before = conn.execute(text("SELECT rowid, case_id FROM case_search")).all()
        assert sorted(before) == [(2, 3), (3, 7)]
    migrate.upgrade(engine, data_dir / "backups")
    with engine.begin() as conn:
        rows = conn.execute(text("SELECT rowid, case_id, name FROM case_search")).all()
        assert sorted(rows) == [(3, 3, "Dupont Marc"), (7, 7, "Lefèvre Anne-Marie")]
        hits = conn.execute(
            text("SELECT rowid FROM case_search WHERE case_search MATCH :q"), {"q": '"lefevre"*'}
        ).scalars()
        assert list(hits) == [7]
    engine.dispose()
