"""``team migrate``: a solo desk moved onto an empty server, verified identical (issue 16)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.errors import UserError
from dpo_desk.services import cases, documents
from dpo_desk.services.context import Context
from dpo_desk.services.demo import load_demo
from dpo_desk.services.team_migrate import local_vault, migrate_to_server, verify_same
from dpo_desk.store.db import Database, make_engine
from tests.conftest import FIXED_NOW
from tests.team.move_pg import needs_pg, new_database

pytestmark = needs_pg
__all__ = ["new_database"]


def _with_file(ctx: Context) -> None:
    """The demo, plus an attachment whose bytes are known."""
    load_demo(ctx)
    first = cases.list_cases(ctx)[0]
    source = ctx.data_dir / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 the ID copy of a moved case\n")
    documents.attach(ctx, first.reference, source)


def test_a_demo_desk_moves_to_a_server_identical(
    ctx: Context, new_database: Callable[[], str], tmp_path: Path
) -> None:
    _with_file(ctx)
    url = new_database()
    stages: list[str] = []
    report = migrate_to_server(
        ctx, url, files_dir=tmp_path / "server-files", progress=lambda s, d, t: stages.append(s)
    )
    assert report.ok, "\n".join(report.comparison.table())
    assert report.rows["cases"] == 32 and report.files >= 1
    assert {"schema", "files", "verify"} <= set(stages) and "rows: cases" in stages
    names = [line.what for line in report.comparison.lines]
    assert "cases: sha256" in names and "audit chain" in names and "files: count" in names
    # the server is a working desk: same cases, and a new case gets a new id
    engine = make_engine(url)
    team = Context(
        Database(engine), tmp_path / "server-files", actor="postgres", clock=lambda: FIXED_NOW
    )
    assert [c.reference for c in cases.list_cases(team)] == [
        c.reference for c in cases.list_cases(ctx)
    ]
    added = cases.add_case(
        team,
        cases.NewCase(
            name="Nouvelle Personne", rights=["access"], received=FIXED_NOW.date(), channel="post"
        ),
    )
    assert added.reference not in {c.reference for c in cases.list_cases(ctx)}
    engine.dispose()


def test_a_server_that_is_not_empty_is_refused(
    ctx: Context, new_database: Callable[[], str], tmp_path: Path
) -> None:
    load_demo(ctx)
    url = new_database()
    migrate_to_server(ctx, url, files_dir=tmp_path / "a")
    engine = make_engine(url)
    with engine.connect() as conn:
        before = conn.scalar(text("SELECT count(*) FROM audit_event"))
    with pytest.raises(UserError, match="not empty"):
        migrate_to_server(ctx, url, files_dir=tmp_path / "b")
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM audit_event")) == before
    engine.dispose()


def test_a_difference_is_found_and_named(
    ctx: Context, new_database: Callable[[], str], tmp_path: Path
) -> None:
    _with_file(ctx)
    url = new_database()
    migrate_to_server(ctx, url, files_dir=tmp_path / "server-files")
    engine = make_engine(url)
    with engine.begin() as conn:  # one changed letter of one name on the server
        conn.execute(
            text(
                "UPDATE data_subject SET full_name = 'Elodie Lefevre' "
                "WHERE full_name = 'Élodie Lefèvre'"
            )
        )
    server_files = local_vault(ctx, tmp_path / "server-files")
    stored = next((tmp_path / "server-files" / "documents").iterdir())
    stored.write_bytes(stored.read_bytes() + b"x")
    result = verify_same(ctx.db.engine, engine, local_vault(ctx), server_files)
    engine.dispose()
    assert not result.ok
    assert {d.what for d in result.differences} >= {
        "data_subject: sha256",
        "files: sha256 of each",
        "files: as their rows say",
    }


def test_not_a_postgresql_server(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="PostgreSQL"):
        migrate_to_server(ctx, f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(UserError, match="cannot reach"):
        migrate_to_server(ctx, "postgresql://nobody@127.0.0.1:1/none")
