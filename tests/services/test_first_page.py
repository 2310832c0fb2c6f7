"""The case list's first page read before SQLAlchemy (issue 19) is the page the services
read: the same ids in the same order and the same summaries, field for field; and a
store it cannot read that way (none yet, encrypted, another schema, not a database) is
left to the usual opening."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dpo_desk.domain.deadlines import RULESETS
from dpo_desk.domain.jurisdictions import CODES
from dpo_desk.services import case_list, cases
from dpo_desk.services.context import Context
from dpo_desk.services.first_page import first_page
from dpo_desk.services.list_query import CaseFilter, ListQuery
from dpo_desk.store.schema_version import HEAD
from tests._tools import generated_store

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
#: The cases page's first query: "Open cases", by deadline (CasesPage.current_filter).
OPENING = ListQuery(filter=CaseFilter(open_only=True))


def _services_page(ctx: Context, first: int, page: int) -> tuple[list[int], list]:
    with ctx.db.read() as session:
        ids = case_list.case_ids(session, OPENING, ctx.today(), limit=first)
        return ids, cases.summaries(session, ids[:page])


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    """3,000 generated cases: every status, extensions, the nine jurisdictions."""
    with generated_store(tmp_path_factory.mktemp("first_page"), 3_000, 7, NOW) as ctx:
        yield ctx


@pytest.mark.parametrize(("first", "page"), [(301, 64), (20, 5), (4_000, 4_000)])
def test_the_first_page_is_the_services_page(generated: Context, first: int, page: int) -> None:
    found = first_page(generated.data_dir, first, page)
    assert found is not None
    ids, rows = _services_page(generated, first, page)
    assert found.ids == ids
    assert found.rows == rows  # every field: dates, rights in order, flags, versions
    if first == 4_000:  # the whole open list: the variety the comparison covered
        assert {r.status for r in rows} == {"awaiting-identity", "in-progress", "extended"}
        assert any(r.extended for r in rows) and any(not r.extended for r in rows)
        assert {r.jurisdiction for r in rows} >= {"FR", "CA-QC", "GB"}
        assert any(len(r.rights) > 1 for r in rows)


def test_a_demo_desk_with_a_quebec_case(ctx: Context) -> None:
    from dpo_desk.services.demo import load_demo

    load_demo(ctx)
    quebec = cases.NewCase(
        name="Marie-Ève Tremblay",
        rights=["access", "portability"],
        received=date(2026, 1, 28),
        channel="post",
        jurisdiction="CA-QC",
    )
    cases.add_case(ctx, quebec)
    found = first_page(ctx.data_dir, 301, 64)
    assert found is not None
    ids, rows = _services_page(ctx, 301, 64)
    assert (found.ids, found.rows) == (ids, rows)
    assert "Marie-Ève Tremblay" in {r.subject_name for r in found.rows}
    assert "received" in {r.status for r in found.rows}  # the demo's, and the new one
    assert (found.timezone, found.language) == ("Europe/Paris", "fr")


def test_a_store_it_cannot_read_so_is_left_to_the_usual_opening(
    tmp_path: Path, ctx: Context
) -> None:
    assert first_page(tmp_path / "none", 301, 64) is None  # no store yet
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / "dpo_desk.sqlite3").write_bytes(b"\x00" * 4096)  # encrypted, or not ours
    assert first_page(garbage, 301, 64) is None
    (garbage / "dpo_desk.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    assert first_page(garbage, 301, 64) is None  # a damaged file
    conn = sqlite3.connect(ctx.data_dir / "dpo_desk.sqlite3")
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0019'")
    conn.close()
    assert first_page(ctx.data_dir, 301, 64) is None  # a migration must run first
    conn = sqlite3.connect(ctx.data_dir / "dpo_desk.sqlite3")
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (HEAD,))
    conn.close()
    found = first_page(ctx.data_dir, 301, 64)
    assert found is not None and found.ids == [] and found.language is None  # no profile


def test_the_jurisdictions_offered_before_the_first_paint_are_the_rule_sets() -> None:
    assert tuple(r.code for r in RULESETS) == CODES


def test_a_desk_with_a_key_file_is_left_to_the_usual_opening(ctx: Context) -> None:
    """A plain database beside a key file is a conversion a crash interrupted: the
    usual opening finishes it before anything reads the store."""
    from dpo_desk.crypto import keyfile
    from dpo_desk.store import first_page as raw

    keys = keyfile.path_in(ctx.data_dir)
    assert (keys.name, keyfile.copy_path(keys).name) == raw.KEY_FILES
    assert first_page(ctx.data_dir, 301, 64) is not None
    for name in raw.KEY_FILES:
        (ctx.data_dir / name).write_text("{}")
        assert first_page(ctx.data_dir, 301, 64) is None
        (ctx.data_dir / name).unlink()
