"""The one command of issue 19: every benchmark, one table, written into BENCHMARKS.md.

Usage::

    python bench/all.py [--store-100k /tmp/dpo-100k] [--store-1m /tmp/dpo-1m] [--runs 5]
                        [--pg URL | with DPO_DESK_TEST_PG set] [--skip-1m] [--skip-gui]

Steps (each store generated with ``tools/generate_store.py --seed 1`` when its folder
holds none, else reused; the generation's time and peak RSS are kept beside it):

1. ``bench/run.py`` on the 100,000 store (start-up, filter, search, page jump, sort, RSS);
2. at 1,000,000: ``bench/run.py`` again, then ``bench/scale.py`` (dashboard, ``audit
   verify``, backup against ``cp``, the register's export, the annual report);
3. with a PostgreSQL URL: ``bench/team_pg.py`` (five desks on the 100,000 cases);
4. the generated section of ``BENCHMARKS.md`` (between its markers) is rewritten with
   the table, the machine and the command; the raw figures go to ``bench/all.json``.

A step that fails is reported as "not measured" with its error, and the others still
run. Nothing of it is a timed test (``tests/bench`` checks the table writer only).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import scale  # noqa: E402
from report import Goal, Row, section, write_section  # noqa: E402

PY = sys.executable


def _step(results: dict[str, Any], key: str, fn: Callable[[], Any]) -> Any:
    t0 = time.perf_counter()
    print(f"[bench/all] {key} …", file=sys.stderr, flush=True)
    try:
        results[key] = fn()
    except Exception as exc:  # noqa: BLE001 - one failed step must not lose the others
        results[key] = {"error": f"{type(exc).__name__}: {exc}"[:2000]}
        traceback.print_exc()
    print(f"[bench/all] {key} done in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return results[key]


def run_py(data_dir: Path, runs: int, out: Path, skip_startup: bool = False) -> dict[str, Any]:
    args = [PY, str(HERE / "run.py"), "--data-dir", str(data_dir), "--runs", str(runs),
            "--json", str(out)]  # fmt: skip
    if skip_startup:
        args.append("--skip-startup")
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, timeout=4 * 3600)
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def team(url: str, store: Path, out: Path) -> dict[str, Any]:
    subprocess.run(
        [PY, str(HERE / "team_pg.py"), "--url", url, "--from-store", str(store),
         "--json", str(out)],
        check=True, stdout=subprocess.DEVNULL, timeout=4 * 3600,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def _get(data: Any, *path: str) -> float | None:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return float(data) if isinstance(data, int | float) else None


def gui_rows(r: Any, scale_name: str) -> list[Row]:
    """The rows of one ``bench/run.py`` result, with issue 19's goals at that scale."""
    big = scale_name == "1M"
    st = (r or {}).get("startup") or {}
    rows = [
        # From the child's first line to the first rows painted: the time a DPO waits.
        Row("start-up: main window with its first rows (in process)",
            _s_to_ms(_get(st, "app_first_paint_s")), bare=_s_to_ms(_get(st, "bare_first_paint_s")),
            bare_label="bare window + table",
            goal=Goal("value_max", 3000, "≤ 3 s") if big else Goal("ratio_max", 3, "≤ 3× bare")),
        # What no order of start-up removes while the window reads through the ORM.
        Row("start-up floor: importing SQLAlchemy and the store's models, nothing shown",
            _s_to_ms(_get(st, "orm_floor_s")), bare=_s_to_ms(_get(st, "bare_first_paint_s")),
            bare_label="bare window + table"),
        # The child waits for the deferred integrity check before it quits: this wall clock
        # is start to the check passed, not to the rows (which the row above measures).
        Row("start-up until the deferred integrity check passed, wall clock",
            _s_to_ms(_get(st, "app_wall_s")),
            bare=_s_to_ms(_get(st, "bare_wall_s")), bare_label="bare, to its first paint"),
        Row("filter: first rows on screen, p95",
            _get(r, "filter", "first_rows_on_screen", "p95_ms"),
            goal=Goal("value_max", 100 if big else 50, "≤ 100 ms" if big else "≤ 50 ms")),
        Row("filter: whole list in, p95", _get(r, "filter", "status_or_right", "p95_ms"),
            bare=_get(r, "filter", "raw_sql", "p95_ms"), bare_label="raw SQL"),
        Row("search: first rows on screen, p95",
            _get(r, "search", "first_rows_on_screen", "p95_ms"),
            goal=Goal("value_max", 100 if big else 50, "≤ 100 ms" if big else "≤ 50 ms")),
        Row("search: whole list in, p95", _get(r, "search", "fts5", "p95_ms"),
            bare=_get(r, "search", "raw_sql", "p95_ms"), bare_label="raw SQL"),
        Row("page jump, p95", _get(r, "scroll", "page_jump", "p95_ms"),
            bare=_get(r, "scroll", "raw_sql_page", "p95_ms"), bare_label="raw SQL of the page",
            goal=None if big else Goal("value_max", 30, "≤ 30 ms")),
        Row("sort (header click), p50", _get(r, "sort", "header_click", "p50_ms"),
            bare=_get(r, "sort", "raw_sql", "p50_ms"), bare_label="raw ORDER BY",
            goal=Goal("ratio_max", 1, "≤ raw ORDER BY") if big else None),
        Row("memory: RSS of the started program", _get(st, "app_rss_mb"), "MB",
            bare=_get(st, "bare_rss_mb"), bare_label="bare",
            goal=Goal("value_max", 300, "≤ 300 MB") if big else None),
        Row("memory: RSS after the in-process GUI bench", _get(r, "rss_after_gui_bench_mb"),
            "MB"),
    ]  # fmt: skip
    return rows


def _mib(value: float | None) -> str:
    return "?" if value is None else f"{value / 2**20:,.0f} MiB"


def _s_to_ms(value: float | None) -> float | None:
    return None if value is None else value * 1000


def scale_rows(s: Any, gen: Any) -> list[Row]:
    cp_s = _get(s, "cp", "seconds")
    return [
        Row("generation of the store (tools/generate_store.py)", _get(gen, "seconds"), "s",
            note=f"peak RSS {gen.get('peak_rss_mb', '?')} MB" if isinstance(gen, dict) else ""),
        Row("dashboard (counts, upcoming, 12 months per right), first call",
            _get(s, "dashboard", "first_ms"), goal=Goal("value_max", 500, "≤ 500 ms")),
        Row("dashboard, p95 of the next calls", _get(s, "dashboard", "p95_ms"),
            goal=Goal("value_max", 500, "≤ 500 ms")),
        Row("audit verify (whole chain, progress on stderr)", _get(s, "audit_verify", "seconds"),
            "s", note=f"peak RSS {_get(s, 'audit_verify', 'peak_rss_mb')} MB"),
        Row("backup create (snapshot, archive, read-back verify) vs cp -r + sync",
            _get(s, "backup", "seconds"), "s", bare=cp_s, bare_label="cp -r + sync -f",
            goal=Goal("ratio_min", 0.5, "≥ 50 % of cp's speed"),
            note="the whole command: the process starts and opens (checks) the store; "
            f"peak RSS {_get(s, 'backup', 'peak_rss_mb')} MB, archive "
            f"{_mib(_get(s, 'backup', 'archive_bytes'))} of {_mib(_get(s, 'cp', 'bytes'))}"),
        Row("backup create, the backup alone (the store open, as from the window)",
            _get(s, "backup", "own_seconds"), "s", bare=cp_s, bare_label="cp -r + sync -f",
            note="the time the backup records in its folder's index"),
        Row("export of the request register (dpo-desk export requests, CSV), whole command",
            _get(s, "export_requests", "seconds"), "s",
            note=f"peak RSS {_get(s, 'export_requests', 'peak_rss_mb')} MB"),
        Row("annual report of the last full year (dpo-desk report annual, PDF), whole command",
            _get(s, "annual_report", "seconds"), "s",
            note=f"peak RSS {_get(s, 'annual_report', 'peak_rss_mb')} MB"),
    ]  # fmt: skip


def team_rows(t: Any) -> list[Row]:
    return [
        Row(
            f"5 desks: {op}, p95",
            _get(t, op, "ours_p95_ms"),
            bare=_get(t, op, "raw_p95_ms"),
            bare_label="raw SQL, same server",
        )
        for op in ("list", "filter", "search")
    ]


def _cases(store: Path) -> int:
    with sqlite3.connect(f"file:{store / scale.DB}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT count(*) FROM cases").fetchone()[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Every benchmark of issue 19, one table.")
    parser.add_argument("--store-100k", type=Path, default=Path("/tmp/dpo-bench-100k"))
    parser.add_argument("--store-1m", type=Path, default=Path("/tmp/dpo-bench-1m"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pg", default=os.environ.get("DPO_DESK_TEST_PG", ""))
    parser.add_argument("--skip-1m", action="store_true")
    parser.add_argument("--skip-gui", action="store_true", help="not bench/run.py")
    parser.add_argument(
        "--scale-100k", action="store_true", help="also bench/scale.py on the 100,000 store"
    )
    parser.add_argument(
        "--scale-100k-json", type=Path, help="figures of an earlier bench/scale.py --json run"
    )
    parser.add_argument("--work", type=Path, default=Path("/tmp/dpo-bench-work"))
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--json", type=Path, default=HERE / "all.json")
    parser.add_argument(
        "--render", type=Path, help="only rewrite the table from the raw figures of a run"
    )
    args = parser.parse_args(argv)
    if args.render:
        return render(args, json.loads(args.render.read_text(encoding="utf-8")))
    args.work.mkdir(parents=True, exist_ok=True)
    started = datetime.now(UTC)
    r: dict[str, Any] = {
        "started": started.isoformat(),
        "argv": sys.argv[1:],
        "loadavg_start": os.getloadavg(),
    }
    _step(r, "gen_100k", lambda: scale.generate(args.store_100k, 100_000))
    if not args.skip_gui:
        _step(r, "run_100k", lambda: run_py(args.store_100k, args.runs, args.work / "r100k.json"))
    if args.scale_100k:
        _step(r, "scale_100k", lambda: scale.run_all(args.store_100k, args.runs, args.work))
    elif args.scale_100k_json:
        r["scale_100k"] = json.loads(args.scale_100k_json.read_text())
    if args.pg:
        _step(r, "team_pg", lambda: team(args.pg, args.store_100k, args.work / "team.json"))
    if not args.skip_1m:
        _step(r, "gen_1m", lambda: scale.generate(args.store_1m, 1_000_000))
        _step(r, "scale_1m", lambda: scale.run_all(args.store_1m, args.runs, args.work))
        if not args.skip_gui:
            _step(r, "run_1m", lambda: run_py(args.store_1m, max(2, args.runs // 2),
                                              args.work / "r1m.json"))  # fmt: skip
    r["seconds"] = round((datetime.now(UTC) - started).total_seconds())
    r["loadavg_end"] = os.getloadavg()
    args.json.write_text(json.dumps(r, indent=2, default=str) + "\n", encoding="utf-8")
    return render(args, r)


def _load_words(start: float, end: float, cores: int) -> str:
    """What the load average says about the figures (a 2-core machine at 1.1 is not busy)."""
    if max(start, end) >= cores:
        return (
            "at or above the number of cores: other work shared the machine, every "
            "figure is inflated"
        )
    return (
        "below the number of cores; a shared virtual machine is still faster on some days "
        "than others: compare the ratios within one run"
    )


def render(args: argparse.Namespace, r: dict[str, Any]) -> int:
    """The section of ``BENCHMARKS.md`` from the raw figures ``r`` of one run."""
    started = datetime.fromisoformat(r["started"])

    tables: list[tuple[str, list[Row]]] = []
    if "run_100k" in r or "scale_100k" in r:
        rows = gui_rows(r["run_100k"], "100k") if "run_100k" in r else []
        if "scale_100k" in r:
            rows += scale_rows(r["scale_100k"], r.get("gen_100k"))
        tables.append((f"100,000 cases ({_cases(args.store_100k):,} in the store)", rows))
    if "scale_1m" in r:
        rows = scale_rows(r["scale_1m"], r.get("gen_1m"))
        if "run_1m" in r:
            rows = gui_rows(r["run_1m"], "1M") + rows
        tables.append(("1,000,000 cases", rows))
    if "team_pg" in r:
        tables.append(("Team server: PostgreSQL, 100,000 cases, 5 concurrent desks",
                       team_rows(r["team_pg"])))  # fmt: skip
    errors = [
        f"- `{k}`: {v['error']}" for k, v in r.items() if isinstance(v, dict) and "error" in v
    ]
    intro = f"""
Generated by `bench/all.py` on {started:%Y-%m-%d %H:%M} UTC in {r["seconds"]} s
({platform.python_version()}, {os.cpu_count()} cores, {platform.platform(terse=True)}; load
average {r["loadavg_start"][0]:.1f} at the start, {r["loadavg_end"][0]:.1f} at the end,
{_load_words(r["loadavg_start"][0], r["loadavg_end"][0], os.cpu_count() or 1)}).
Reproduce with:

```sh
.venv/bin/python bench/all.py {" ".join(r.get("argv") or sys.argv[1:])}
```

Raw figures: `bench/all.json`. "not measured" means the step did not run or failed
(errors below). Ratios are DPO Desk / bare; the backup goal reads the other way
(cp's time / ours ≥ 0.5).
""" + ("\nErrors:\n\n" + "\n".join(errors) + "\n" if errors else "")
    write_section(args.out, section("All benchmarks (issue 19), generated", intro, tables))
    print(f"[bench/all] written to {args.out} and {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
