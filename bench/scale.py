"""The measurements of issue 19 that ``bench/run.py`` does not make, each against the
bare operation where there is one:

* generation of the store (wall time and peak RSS of ``tools/generate_store.py``);
* the dashboard (``services.dashboard.dashboard``: first call and p50/p95 of the next);
* ``dpo-desk audit verify`` (wall time, peak RSS, progress lines on stderr);
* ``dpo-desk backup create`` against ``cp -r`` of the same files (database, documents,
  letters) followed by ``sync -f`` (the backup fsyncs its file too);
* ``dpo-desk export requests`` (the request register for auditors, CSV) and
  ``dpo-desk report annual`` of the last full year (PDF): wall time and peak RSS.

Usage::

    python bench/scale.py --data-dir /tmp/dpo-1m [--runs 5] [--json out.json]

Each heavy step runs in its own process (``bench/scale.py child ...``) so that its peak
RSS is its own. Nothing here is a test: figures go to ``bench/all.py``'s table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PY = sys.executable
DB = "dpo_desk.sqlite3"
MARK = "BENCH-RESULT "


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(data_dir: Path, n: int, seed: int = 1) -> dict[str, Any]:
    """Generate (or reuse) a store of ``n`` cases; the figures are kept beside it."""
    facts = data_dir.parent / f"{data_dir.name}.generation.json"
    if (data_dir / DB).exists():
        known = json.loads(facts.read_text()) if facts.exists() else {}
        return {"reused": True, **known}
    t0 = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "peak_kb=%M", PY, str(ROOT / "tools" / "generate_store.py"),
         str(n), "--data-dir", str(data_dir), "--seed", str(seed)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    wall = time.perf_counter() - t0
    peak = [x for x in proc.stderr.splitlines() if x.startswith("peak_kb=")]
    out = {
        "cases": n,
        "seconds": round(wall, 1),
        "peak_rss_mb": round(int(peak[-1].split("=")[1]) / 1024) if peak else None,
        "report": json.loads(proc.stdout[proc.stdout.index("{") :]),
    }
    facts.write_text(json.dumps(out, indent=2))
    return {"reused": False, **out}


def _child(*args: str, timeout: float = 7200) -> dict[str, Any]:
    proc = subprocess.run(
        [PY, str(Path(__file__).resolve()), "child", *args],
        capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    lines = [x for x in proc.stdout.splitlines() if x.startswith(MARK)]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"child {args} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1][len(MARK) :])
    result["stderr_lines"] = len(proc.stderr.splitlines())
    return result


def _store_files(data_dir: Path) -> list[Path]:
    return [data_dir / DB] + [
        p for sub in ("documents", "letters") for p in sorted((data_dir / sub).glob("*"))
    ]


def cp_copy(data_dir: Path, target: Path) -> dict[str, Any]:
    """``cp -r`` of the database and the vault folders, then ``sync -f`` of the copy."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    os.sync()  # start from a quiet disk, like the backup child
    t0 = time.perf_counter()
    subprocess.run(
        ["cp", "-r", str(data_dir / DB), str(data_dir / "documents"), str(data_dir / "letters"),
         str(target)],
        check=True,
    )  # fmt: skip
    copied = time.perf_counter() - t0
    subprocess.run(["sync", "-f", str(target / DB)], check=True)
    total = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in _store_files(data_dir))
    shutil.rmtree(target, ignore_errors=True)
    return {"seconds": round(total, 2), "copy_seconds": round(copied, 2), "bytes": size}


# --- children (own process each) --------------------------------------------------------
def child_dashboard(data_dir: Path, runs: int) -> dict[str, Any]:
    from dpo_desk.services import dashboard
    from dpo_desk.services.context import Context
    from dpo_desk.services.organisation import get_profile
    from dpo_desk.store.opening import open_store

    store = open_store(data_dir)
    try:
        ctx = Context(db=store.db, data_dir=data_dir)
        ctx.timezone = get_profile(ctx).timezone
        times = []
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            dashboard.dashboard(ctx)
            times.append(time.perf_counter() - t0)
    finally:
        store.close()
    rest = sorted(times[1:])
    return {
        "first_ms": round(times[0] * 1000, 1),
        "p50_ms": round(rest[len(rest) // 2] * 1000, 1),
        "p95_ms": round(rest[min(len(rest) - 1, round(0.95 * (len(rest) - 1)))] * 1000, 1),
        "peak_rss_mb": round(_peak_mb()),
    }


def child_cli(data_dir: Path, *argv: str) -> dict[str, Any]:
    from dpo_desk.cli import main

    t0 = time.perf_counter()
    code = main(["--data-dir", str(data_dir), *argv])
    return {"exit": code, "seconds": round(time.perf_counter() - t0, 2),
            "peak_rss_mb": round(_peak_mb())}  # fmt: skip


def _own_seconds(folder: Path, name: str) -> float | None:
    """The backup's own time, as ``create`` recorded it in the folder's index (without
    the process's start and the opening of the store)."""
    from dpo_desk.backup.listing import list_backups

    found = [info.seconds for info in list_backups(folder) if info.path.name == name]
    return found[0] if found and found[0] else None


def run_all(data_dir: Path, runs: int, work: Path) -> dict[str, Any]:
    out: dict[str, Any] = {"data_dir": str(data_dir)}
    # open once first: a store made by an older schema is migrated here, not in a timing
    out["open"] = _child("open", str(data_dir))
    out["dashboard"] = _child("dashboard", str(data_dir), str(runs))
    out["audit_verify"] = _child("cli", str(data_dir), "audit", "verify")
    backups = work / "backups"
    shutil.rmtree(backups, ignore_errors=True)
    os.sync()
    out["backup"] = _child("cli", str(data_dir), "backup", "create", "--to", str(backups))
    made = sorted(backups.glob("*.dpobak"))
    out["backup"]["archive_bytes"] = made[-1].stat().st_size if made else None
    out["backup"]["own_seconds"] = _own_seconds(backups, made[-1].name) if made else None
    shutil.rmtree(backups, ignore_errors=True)
    out["cp"] = cp_copy(data_dir, work / "cp")
    work.mkdir(parents=True, exist_ok=True)
    register = work / "requests.csv"
    out["export_requests"] = _child(
        "cli", str(data_dir), "export", "requests", "--format", "csv", "--out", str(register)
    )
    out["export_requests"]["bytes"] = register.stat().st_size
    register.unlink()
    year = time.localtime().tm_year - 1
    report = work / "annual.pdf"
    out["annual_report"] = _child(
        "cli", str(data_dir), "report", "annual", "--from", f"{year}-01-01",
        "--to", f"{year}-12-31", "--out", str(report),
    )  # fmt: skip
    report.unlink(missing_ok=True)
    return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "child":
        kind, data_dir, *rest = argv[1:]
        if kind == "open":
            t0 = time.perf_counter()
            from dpo_desk.store.opening import open_store

            open_store(Path(data_dir)).close()
            result = {"seconds": round(time.perf_counter() - t0, 2)}
        elif kind == "dashboard":
            result = child_dashboard(Path(data_dir), int(rest[0]))
        else:
            result = child_cli(Path(data_dir), *rest)
        print(MARK + json.dumps(result), flush=True)
        return 0
    parser = argparse.ArgumentParser(description="Issue 19's measurements at scale.")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path, default=Path("/tmp/dpo-bench-work"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    result = run_all(args.data_dir, args.runs, args.work)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
