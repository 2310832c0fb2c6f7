"""The team server at 100,000 cases (issues 16 and 19): five desks at once on one
PostgreSQL, each listing, filtering and searching through the real services, against the
raw SQL of the same lists on the same server.

Usage::

    python bench/team_pg.py --url postgresql+psycopg://postgres@127.0.0.1:5432/dpo_bench \\
        --from-store /tmp/dpo-100k [--desks 5] [--rounds 20] [--json out.json]

``--from-store`` copies the people, cases and rights of a SQLite store made by
``tools/generate_store.py`` into the (emptied) database, after the migrations; when the
database already holds as many cases the copy is skipped. Then ``--desks`` processes
start together; each times, ``--rounds`` times, one operation of each kind:

* list: the ids of every case in deadline order, and the summaries of the first page;
* filter: by one status, then by one right (same shape);
* search: a family name, as the DPO types it (on PostgreSQL the folded-name search);

and right after each, the hand-written SQL of the same ids on its own psycopg connection.
The p95 over all desks is reported, ours against raw. Nothing of it is a test.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dpo_desk.domain.text import fold  # noqa: E402
from dpo_desk.services.case_list import ListQuery, case_ids  # noqa: E402
from dpo_desk.services.cases import CaseFilter, summaries  # noqa: E402
from dpo_desk.services.context import Context  # noqa: E402
from dpo_desk.store import migrate  # noqa: E402
from dpo_desk.store.db import Database, make_engine, sqlite_url  # noqa: E402
from dpo_desk.store.models import Case, CaseRight, DataSubject  # noqa: E402

PAGE = 64
DUE = "coalesce(c.extended_due_date, c.due_date)"
STATUSES = ("received", "in-progress", "answered", "closed", "refused")
RIGHTS = ("access", "erasure", "rectification", "objection", "portability")


def load(url: str, store: Path, chunk: int = 10_000) -> dict[str, Any]:
    """Migrate the server's database and copy the store's people, cases and rights."""
    pg = make_engine(url)
    migrate.upgrade(pg, None)
    src = make_engine(sqlite_url(store / "dpo_desk.sqlite3"))
    with src.connect() as conn:
        wanted = conn.execute(select(func.count(Case.id))).scalar_one()
    with pg.connect() as conn:
        have = conn.execute(select(func.count(Case.id))).scalar_one()
    t0 = time.perf_counter()
    if have != wanted:
        with pg.begin() as out:
            out.execute(text("TRUNCATE case_right, cases, data_subject RESTART IDENTITY CASCADE"))
            for model in (DataSubject, Case, CaseRight):
                table: Table = model.__table__  # type: ignore[assignment]
                with src.connect() as conn:
                    result = conn.execution_options(yield_per=chunk).execute(select(table))
                    for rows in result.partitions():
                        out.execute(insert(table), [dict(r._mapping) for r in rows])
            for name in ("data_subject", "cases", "case_right"):
                out.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "  # noqa: S608
                        f"(SELECT max(id) FROM {name}))"
                    )
                )
        with pg.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    src.dispose()
    pg.dispose()
    seconds = round(time.perf_counter() - t0, 1)
    return {"cases": wanted, "copied": have != wanted, "seconds": seconds}


def _raw_sql(kind: str, arg: str) -> tuple[str, dict[str, Any]]:
    order = f" ORDER BY {DUE}, c.id"
    if kind == "list":
        return "SELECT c.id FROM cases c" + order, {}
    if kind == "status":
        return "SELECT c.id FROM cases c WHERE c.status = %(a)s" + order, {"a": arg}
    if kind == "right":
        return (
            "SELECT c.id FROM cases c WHERE c.id IN (SELECT case_id FROM case_right "
            'WHERE "right" = %(a)s)' + order,
            {"a": arg},
        )
    return (
        "SELECT c.id FROM cases c JOIN data_subject s ON s.id = c.subject_id "
        "WHERE s.name_key LIKE %(a)s OR s.email ILIKE %(a)s OR c.reference ILIKE %(a)s "
        "OR c.notes ILIKE %(a)s" + order,
        {"a": f"%{fold(arg)}%"},
    )


def desk(url: str, desk_no: int, rounds: int, names: list[str], start: Any) -> dict[str, Any]:
    """One desk: the real services on its own engine, the raw SQL on a psycopg link."""
    import psycopg

    rng = random.Random(desk_no)
    engine = make_engine(url)
    ctx = Context(Database(engine), Path("/nonexistent"), actor=f"desk{desk_no}")
    raw = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
    today = date.today()
    ours: dict[str, list[float]] = {"list": [], "filter": [], "search": []}
    bare: dict[str, list[float]] = {"list": [], "filter": [], "search": []}
    start.wait()
    for _ in range(rounds):
        status, right, name = rng.choice(STATUSES), rng.choice(RIGHTS), rng.choice(names)
        jobs = [
            ("list", ListQuery(), ("list", "")),
            ("filter", ListQuery(CaseFilter(statuses=(status,))), ("status", status)),
            ("filter", ListQuery(CaseFilter(right=right)), ("right", right)),
            ("search", ListQuery(CaseFilter(text=name)), ("search", name)),
        ]
        for op, query, (kind, arg) in jobs:
            t0 = time.perf_counter()
            with ctx.db.read() as session:
                ids = case_ids(session, query, today)
                summaries(session, ids[:PAGE])
            ours[op].append(time.perf_counter() - t0)
            sql, params = _raw_sql(kind, arg)
            t0 = time.perf_counter()
            with raw.cursor() as cur:
                cur.execute(sql, params)
                got = [r[0] for r in cur.fetchall()]
                cur.execute(
                    "SELECT c.id, c.reference, s.full_name, c.status FROM cases c JOIN "
                    "data_subject s ON s.id = c.subject_id WHERE c.id = ANY(%(ids)s)",
                    {"ids": got[:PAGE]},
                )
                cur.fetchall()
            raw.commit()
            bare[op].append(time.perf_counter() - t0)
            if len(got) != len(ids):
                raise SystemExit(f"{op} {arg!r}: {len(ids)} ids by the services, {len(got)} raw")
    raw.close()
    engine.dispose()
    return {"ours": ours, "bare": bare}


def _run_desk(args: tuple[Any, ...]) -> dict[str, Any]:
    return desk(*args)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Five desks on one PostgreSQL server.")
    parser.add_argument("--url", required=True)
    parser.add_argument("--from-store", type=Path, required=True)
    parser.add_argument("--desks", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    loaded = load(args.url, args.from_store)
    engine = make_engine(args.url)
    with engine.connect() as conn:
        names = [
            str(r[0]).split()[-1]
            for r in conn.execute(text("SELECT full_name FROM data_subject ORDER BY id LIMIT 500"))
        ]
    engine.dispose()
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        start = manager.Event()
        with ctx.Pool(args.desks) as pool:
            pending = pool.map_async(
                _run_desk,
                [(args.url, i, args.rounds, names, start) for i in range(args.desks)],
            )
            time.sleep(1.0)
            start.set()
            results = pending.get()
    out: dict[str, Any] = {"load": loaded, "desks": args.desks, "rounds": args.rounds}
    for op in ("list", "filter", "search"):
        ours = [t for r in results for t in r["ours"][op]]
        bare = [t for r in results for t in r["bare"][op]]
        out[op] = {
            "n": len(ours),
            "ours_p50_ms": round(pct(ours, 0.5) * 1000, 1),
            "ours_p95_ms": round(pct(ours, 0.95) * 1000, 1),
            "raw_p50_ms": round(pct(bare, 0.5) * 1000, 1),
            "raw_p95_ms": round(pct(bare, 0.95) * 1000, 1),
        }
    text_ = json.dumps(out, indent=2)
    print(text_)
    if args.json:
        args.json.write_text(text_ + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
