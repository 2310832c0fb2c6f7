"""Search on PostgreSQL as good as FTS5 on SQLite (issue 16, migration 0016).

Accents and case ignored, prefixes and matches inside a word, any script, every word
required, and the trigram indexes really used (EXPLAIN on some thousands of rows).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import make_url

from dpo_desk.errors import StoreError
from dpo_desk.services import cases
from dpo_desk.services.context import Context
from dpo_desk.services.demo import load_demo
from dpo_desk.services.search import matching_ids
from dpo_desk.store import migrate
from dpo_desk.store.db import Database, make_engine
from dpo_desk.store.models import Case, DataSubject
from tests.conftest import FIXED_NOW
from tests.team.move_pg import needs_pg, new_database

pytestmark = needs_pg
__all__ = ["new_database"]


def _team(url: str, tmp_path: Path) -> Context:
    engine = make_engine(url)
    migrate.upgrade(engine, None)
    return Context(Database(engine), tmp_path, actor="postgres", clock=lambda: FIXED_NOW)


def _names(ctx: Context, words: str) -> list[str]:
    return sorted(c.subject_name for c in cases.list_cases(ctx, cases.CaseFilter(text=words)))


def test_accents_prefixes_partial_words_and_scripts(
    new_database: Callable[[], str], tmp_path: Path
) -> None:
    ctx = _team(new_database(), tmp_path)
    load_demo(ctx)
    cases.add_case(
        ctx,
        cases.NewCase(
            name="Дмитрий Шостакович",
            email="d.shost@example.org",
            rights=["access"],
            received=FIXED_NOW.date(),
            channel="email",
        ),
    )
    assert _names(ctx, "lefevre") == ["Élodie Lefèvre"]
    # a prefix, accent and case as typed: both people whose name starts so (as with FTS5)
    assert _names(ctx, "LEFÈ") == ["Manon Lefebvre", "Élodie Lefèvre"]
    assert _names(ctx, "lefèv") == ["Élodie Lefèvre"]
    assert _names(ctx, "fèvr") == ["Élodie Lefèvre"]  # inside the word
    assert _names(ctx, "elodie lefev") == ["Élodie Lefèvre"]  # every word, each a prefix
    assert _names(ctx, "elodie zzz") == []  # every word is required, as with FTS5
    assert _names(ctx, "шостак") == ["Дмитрий Шостакович"]  # Cyrillic, lower-cased
    assert _names(ctx, "ШОСТАКОВИЧ") == ["Дмитрий Шостакович"]
    assert _names(ctx, "100%") == []  # LIKE's wildcards are the user's characters
    assert _names(ctx, "shost@example") == ["Дмитрий Шостакович"]  # the e-mail, too


def test_the_trigram_indexes_are_used(new_database: Callable[[], str], tmp_path: Path) -> None:
    ctx = _team(new_database(), tmp_path)
    load_demo(ctx)
    columns = [c.name for c in Case.__table__.columns if c.name not in ("id",)]
    people = [c.name for c in DataSubject.__table__.columns if c.name != "id"]
    picked = ", ".join(
        {"reference": "'GEN-' || g", "subject_id": "s.id"}.get(c, f"c.{c}") for c in columns
    )
    made_up = ("full_name", "name_key", "email")
    values = ", ".join("md5(g::text)" if c in made_up else c for c in people)
    with ctx.db.write() as session:  # 5,000 more people and cases, copied from the demo's
        session.execute(
            text(
                f"INSERT INTO data_subject ({', '.join(people)}) SELECT {values} "
                "FROM data_subject d, generate_series(1, 5000) g "
                "WHERE d.id = (SELECT min(id) FROM data_subject)"
            )
        )
        session.execute(
            text(
                f"INSERT INTO cases ({', '.join(columns)}) SELECT {picked} "
                "FROM (SELECT * FROM cases ORDER BY id LIMIT 1) c, "
                "(SELECT id, row_number() OVER (ORDER BY id) g FROM data_subject "
                " WHERE full_name ~ '^[0-9a-f]{32}$') s"
            )
        )
    # As autovacuum would: statistics, and the GIN pending lists merged into the indexes.
    with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE cases"))
        conn.execute(text("VACUUM ANALYZE data_subject"))
    with ctx.db.engine.begin() as conn:
        assert conn.scalar(text("SELECT count(*) FROM cases")) > 5000
        stmt = matching_ids("lefèvre", "postgresql")
        compiled = stmt.compile(dialect=postgresql.psycopg.dialect())
        plan = "\n".join(
            row[0] for row in conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params)
        )
    assert "ix_cases_search_trgm" in plan, plan
    assert "ix_data_subject_search_trgm" in plan, plan
    assert "Seq Scan on cases" not in plan and "Seq Scan on data_subject" not in plan, plan
    assert _names(ctx, "lefèvre") == ["Élodie Lefèvre"]


def test_a_login_that_may_not_create_the_extensions_is_told_what_to_do(
    new_database: Callable[[], str],
) -> None:
    """Without CREATE on the database (trusted extensions need it), migration 0016 stops
    with a message naming the extension and the statement an administrator runs."""
    url = new_database()
    role = f"dpo_move_noext_{uuid.uuid4().hex[:8]}"
    admin = make_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(text(f"GRANT CREATE ON SCHEMA public TO {role}"))
    engine = make_engine(make_url(url).set(username=role).render_as_string(hide_password=False))
    try:
        with pytest.raises(StoreError) as caught:
            migrate.upgrade(engine, None)
        message = str(caught.value)
        assert "extension unaccent could not be created" in message
        assert "CREATE EXTENSION IF NOT EXISTS unaccent;" in message
        assert migrate.current_revision(engine) is None  # one transaction: nothing half-done
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        admin.dispose()
