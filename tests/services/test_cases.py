"""Intake and lists of cases, through the services."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import audit, cases
from dpo_desk.store.models import AuditEvent, Case


def _new(**kw: object) -> cases.NewCase:
    values: dict[str, object] = {
        "name": "Élodie Lefèvre",
        "rights": ["access"],
        "received": date(2025, 1, 31),
        "channel": "post",
        "email": "elodie@example.fr",
    }
    values.update(kw)
    return cases.NewCase(**values)  # type: ignore[arg-type]


def test_add_case_computes_the_gdpr_deadline_and_a_readable_reference(ctx) -> None:
    detail = cases.add_case(ctx, _new())
    assert detail.reference == "DPO-2025-0001"
    assert detail.due_date == date(2025, 2, 28)  # no 31 February: last day of the month
    assert detail.extension_notice_by == date(2025, 2, 28)
    assert detail.summary.rights == ("access",)
    assert detail.readings["receipt_timezone"] == "Europe/Paris"
    second = cases.add_case(ctx, _new(name="Дмитрий Иванов"))
    assert second.reference == "DPO-2025-0002"


def test_receipt_time_is_read_in_the_organisation_zone(ctx) -> None:
    # 23:30 in New York on 31 Jan is already 1 Feb in Paris.
    late = datetime(2025, 1, 31, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    detail = cases.add_case(ctx, _new(received=late))
    assert detail.summary.received_on == date(2025, 2, 1)
    assert detail.due_date == date(2025, 3, 3)  # 1 Mar is a Saturday


def test_every_intake_is_audited_in_the_same_transaction(ctx) -> None:
    cases.add_case(ctx, _new())
    with ctx.db.read() as session:
        ops = list(session.scalars(select(AuditEvent.operation).order_by(AuditEvent.id)))
        assert ops == ["subject.create", "case.create"]
        assert audit.verify(session).ok


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rights": ["telepathy"]}, "unknown right"),
        ({"rights": []}, "at least one right"),
        ({"channel": "pigeon"}, "unknown channel"),
        ({"jurisdiction": "XX"}, "XX"),
        ({"name": "   "}, "name: is required"),
        ({"name": "Bob\x00"}, "NUL"),
        ({"name": "x" * 10_000}, "limit is 300"),
        ({"email": "not-an-address"}, "not an address"),
        ({"received": date(2099, 1, 1)}, "future"),
        ({"received": date(2010, 1, 1)}, "2018"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(ctx, changes, message) -> None:
    with pytest.raises(UserError, match=message):
        cases.add_case(ctx, _new(**changes))
    with ctx.db.read() as session:
        assert session.scalar(select(func.count(Case.id))) == 0
        assert session.scalar(select(func.count(AuditEvent.id))) == 0


def test_hostile_text_is_stored_literally(ctx) -> None:
    name = "Robert'); DROP TABLE cases;-- <b>Bob</b> S&P \u202e"
    detail = cases.add_case(ctx, _new(name=name, notes="0.1 <A <0.9 👩‍💻"))
    again = cases.get_case(ctx, detail.reference)
    assert again.summary.subject_name == name
    assert again.notes == "0.1 <A <0.9 👩‍💻"


def test_search_is_accent_insensitive_and_safe(ctx) -> None:
    cases.add_case(ctx, _new())
    cases.add_case(ctx, _new(name="王伟", email="wang@example.cn"))
    found = cases.list_cases(ctx, cases.CaseFilter(text="lefevre"))
    assert [c.subject_name for c in found] == ["Élodie Lefèvre"]
    chinese = cases.list_cases(ctx, cases.CaseFilter(text="王伟"))
    assert [c.subject_name for c in chinese] == ["王伟"]
    # FTS syntax typed by a user is just words.
    assert cases.list_cases(ctx, cases.CaseFilter(text='") OR NEAR(')) == []
    by_ref = cases.list_cases(ctx, cases.CaseFilter(text="DPO-2025-0002"))
    assert [c.reference for c in by_ref] == ["DPO-2025-0002"]


def test_filters_combine(ctx) -> None:
    cases.add_case(ctx, _new(rights=["erasure"]))
    cases.add_case(
        ctx, _new(name="B", rights=["access"], jurisdiction="CA-QC", received=date(2025, 5, 25))
    )
    assert len(cases.list_cases(ctx, cases.CaseFilter(right="erasure"))) == 1
    quebec = cases.list_cases(ctx, cases.CaseFilter(jurisdiction="CA-QC"))
    assert [c.due for c in quebec] == [date(2025, 6, 25)]  # 24 June: Fête nationale
    due_soon = cases.list_cases(ctx, cases.CaseFilter(due_before=date(2025, 3, 1)))
    assert [c.subject_name for c in due_soon] == ["Élodie Lefèvre"]


def test_unknown_case_is_not_found(ctx) -> None:
    with pytest.raises(NotFound, match="DPO-2030-9999"):
        cases.get_case(ctx, "DPO-2030-9999")


def test_references_count_past_9999(ctx) -> None:
    from sqlalchemy import update

    first = cases.add_case(ctx, _new()).reference
    with ctx.db.write() as session:
        session.execute(
            update(Case).where(Case.reference == first).values(reference="DPO-2025-9999")
        )
    assert cases.add_case(ctx, _new(name="B")).reference == "DPO-2025-10000"
    assert cases.add_case(ctx, _new(name="C")).reference == "DPO-2025-10001"


def test_case_ids_through_the_cursor_match_the_orm(ctx) -> None:
    """The fast id path (driver cursor) gives exactly what the ORM gives, binds included."""
    from dpo_desk.services.case_list import ListQuery, case_ids, id_query

    for i, right in enumerate(["access", "erasure", "access", "objection"]):
        cases.add_case(ctx, _new(name=f"P{i}", rights=[right], received=date(2025, 1, 6 + i)))
    queries = [
        ListQuery(),
        ListQuery(cases.CaseFilter(statuses=("received", "closed"))),
        ListQuery(cases.CaseFilter(right="access", due_before=date(2025, 2, 10))),
        ListQuery(cases.CaseFilter(open_only=True, text="p1")),
        ListQuery(order="name", descending=True),
        ListQuery(queue="overdue"),
    ]
    with ctx.db.read() as session:
        for q in queries:
            orm = list(session.scalars(id_query(q, ctx.today())))
            assert case_ids(session, q, ctx.today()) == orm, q
    with ctx.db.read() as session:
        assert len(case_ids(session, queries[2], ctx.today())) == 2


def test_a_receipt_time_without_offset_is_read_in_the_organisation_zone(ctx) -> None:
    # 23:30 with no offset is read in Europe/Paris (the same rule as ``dpo-desk deadline``):
    # still 31 January there, where 23:30 UTC would already be 1 February.
    naive = cases.add_case(
        ctx,
        cases.NewCase(
            name="A", rights=["access"], channel="post", received=datetime(2025, 1, 31, 23, 30)
        ),
    )
    assert naive.summary.received_on == date(2025, 1, 31)
    assert naive.received_tz == "Europe/Paris"


def test_summaries_read_as_rows_match_the_orm_summaries(ctx) -> None:
    """``summaries`` (two row queries, issue 19) gives what ``summary_of`` gives for the
    same cases: the demo data has extended deadlines, several rights, contact e-mails
    other than the person's, flags and closed cases."""
    from dpo_desk.services.demo import load_demo

    load_demo(ctx)
    with ctx.db.write() as session:  # a flag, as the e-mail intake leaves one
        first = session.scalars(select(Case).order_by(Case.id)).first()
        assert first is not None
        first.flagged = "the sender's address differs from the person's"
    with ctx.db.read() as session:
        every = session.scalars(select(Case).order_by(Case.id.desc())).all()
        expected = [cases.summary_of(c) for c in every]
        got = cases.summaries(session, [c.id for c in every] + [999_999])
    assert got == expected
    assert any(s.extended for s in got) and any(len(s.rights) > 1 for s in got)
    assert any(s.flagged for s in got)


def _plan(session, stmt) -> str:  # type: ignore[no-untyped-def]
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
    return " | ".join(str(r[3]) for r in rows)


def test_a_filtered_first_page_walks_an_index_in_every_list_order(ctx) -> None:
    """Issue 19: at 1,000,000 cases the first page of "closed" in order of receipt sorted
    700,000 rows (317 ms) and the right filter built its whole set first (243 ms). The
    list's first page must be an index walk that stops after the page, whatever the order
    a DPO clicked, with a status or a right filter; and it gives the same cases as the
    plain IN form."""
    from sqlalchemy import text

    from dpo_desk.services.case_list import ListQuery, case_ids, id_query

    if ctx.db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's query plans")
    for i, right in enumerate(["access", "erasure", "access", "portability", "access"]):
        cases.add_case(ctx, _new(name=f"P{i}", rights=[right], received=date(2025, 1, 6 + i)))
    with ctx.db.read() as session:
        for order in ("received", "reference", "due"):
            for descending in (False, True):
                by_status = ListQuery(
                    cases.CaseFilter(statuses=("closed",)), order=order, descending=descending
                )
                plan = _plan(session, id_query(by_status, ctx.today()).limit(300))
                assert "TEMP B-TREE" not in plan, (order, descending, plan)
                by_right = ListQuery(
                    cases.CaseFilter(right="access"), order=order, descending=descending
                )
                plan = _plan(session, id_query(by_right, ctx.today()).limit(300))
                assert "TEMP B-TREE" not in plan and "LIST SUBQUERY" not in plan, plan
                first = case_ids(session, by_right, ctx.today(), limit=2)
                column = {"received": "received_on", "reference": "reference"}.get(
                    order, "coalesce(extended_due_date, due_date)"
                )
                way = "DESC" if descending else "ASC"
                plain = (
                    session.execute(
                        text(
                            "SELECT id FROM cases WHERE id IN (SELECT case_id FROM case_right "
                            f"WHERE right = 'access') ORDER BY {column} {way}, id {way} LIMIT 2"
                        )
                    )
                    .scalars()
                    .all()
                )
                assert first == plain and len(first) == 2, (order, descending)


def test_a_case_indexed_again_keeps_one_search_row_keyed_by_its_id(ctx) -> None:
    """Migration 0020: the FTS row of a case is found by its key (a save no longer scans
    the whole index), indexing again replaces it, unindexing removes it."""
    from sqlalchemy import text

    from dpo_desk.services import search

    first = cases.add_case(ctx, _new())
    cases.add_case(ctx, _new(name="王伟", email="wang@example.cn"))
    with ctx.db.write() as session:
        case = session.scalars(select(Case).where(Case.reference == first.reference)).one()
        case.subject.full_name = "Élodie Lefèvre-Martin"
        search.index_case(session, case)
        first_id = case.id
    with ctx.db.read() as session:
        rows = session.execute(text("SELECT rowid, case_id FROM case_search")).all()
    assert sorted(rows) == sorted((r[1], r[1]) for r in rows) and len(rows) == 2
    found = cases.list_cases(ctx, cases.CaseFilter(text="martin"))
    assert [c.reference for c in found] == [first.reference]
    with ctx.db.write() as session:
        search.unindex_case(session, first_id)
    assert cases.list_cases(ctx, cases.CaseFilter(text="lefevre")) == []
    assert len(cases.list_cases(ctx, cases.CaseFilter(text="wang"))) == 1


def test_a_search_with_many_hits_walks_the_list_order_to_the_same_first_page(
    ctx, monkeypatch
) -> None:
    """Issue 19: a search matching many cases finds its first page by walking the list's
    order and keeping the hits; the page is exactly the query's with LIMIT, in every
    order, both directions, with a filter, and when the walk gives up (hits far down)."""
    from dpo_desk.services import case_list
    from dpo_desk.services.case_list import ListQuery, case_ids, fetch_ints, id_query

    names = ["Anne Martin", "Bruno Petit", "Chloé Martin", "Denis Roux"]
    for i in range(24):
        cases.add_case(
            ctx,
            _new(
                name=names[i % 4],
                rights=["access" if i % 3 else "erasure"],
                received=date(2025, 1, 2) + timedelta(days=(i * 7) % 23),
            ),
        )
    walks: list[int] = []
    real = case_list._first_hits_by_walk

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        walks.append(result is not None)
        return result

    monkeypatch.setattr(case_list, "_first_hits_by_walk", spy)
    monkeypatch.setattr(case_list, "WALK_FROM_HITS", 3)
    queries = [
        ListQuery(cases.CaseFilter(text="martin"), order=order, descending=desc)
        for order in ("due", "received", "reference", "status")
        for desc in (False, True)
    ] + [
        ListQuery(cases.CaseFilter(text="mart", right="access")),
        ListQuery(cases.CaseFilter(text="DPO-2025"), order="received", descending=True),
    ]
    with ctx.db.read() as session:
        for q in queries:
            for limit in (1, 5, 13, 40):
                plain = fetch_ints(session, id_query(q, ctx.today()).limit(limit))
                assert case_ids(session, q, ctx.today(), limit=limit) == plain, (q, limit)
    assert walks and all(walks)  # every one of them was found by the walk
    monkeypatch.setattr(case_list, "WALK_STEP", 2)  # 2, then 4 cases: then it gives up
    monkeypatch.setattr(case_list, "WALK_AT_MOST", 4)
    walks.clear()
    with ctx.db.read() as session:
        q = ListQuery(cases.CaseFilter(text="petit"), order="reference", descending=True)
        plain = fetch_ints(session, id_query(q, ctx.today()).limit(5))
        assert case_ids(session, q, ctx.today(), limit=5) == plain and len(plain) == 5
    assert walks == [False]


def test_a_word_joined_to_the_next_is_searched_whole_the_others_as_prefixes(ctx) -> None:
    """A reference's "DPO" as a prefix read the entries of every case (80 ms at a million
    cases); a word the user joined to the next with a hyphen or a dot is complete."""
    from dpo_desk.services.search import fts_query

    assert fts_query("DPO-2025-00") == '"DPO" "2025" "00"*'
    assert fts_query("lefe mar") == '"lefe"* "mar"*'
    assert fts_query("Jean-") == '"Jean"*'
    assert fts_query("elodie.lef") == '"elodie" "lef"*'
    cases.add_case(ctx, _new(name="Jean-Pierre Lefèvre", email="jp.lefevre@example.fr"))
    cases.add_case(ctx, _new(name="Jeanne Martin", email="jeanne@example.fr"))
    found = {c.subject_name for c in cases.list_cases(ctx, cases.CaseFilter(text="Jean-Pi"))}
    assert found == {"Jean-Pierre Lefèvre"}
    found = {c.subject_name for c in cases.list_cases(ctx, cases.CaseFilter(text="jean"))}
    assert found == {"Jean-Pierre Lefèvre", "Jeanne Martin"}
    by_mail = cases.list_cases(ctx, cases.CaseFilter(text="jp.lefe"))
    assert [c.subject_name for c in by_mail] == ["Jean-Pierre Lefèvre"]
    by_ref = cases.list_cases(ctx, cases.CaseFilter(text="DPO-2025-000"))
    assert len(by_ref) == 2
