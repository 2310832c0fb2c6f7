"""Kill -9 loop: writers killed at random points, again and again (issue 13, F1/F15).

Each iteration forks a writer (the parent has imported everything, so a fork costs
milliseconds instead of a new interpreter) that opens the store, as any DPO Desk process
does, and saves in a loop: a new case, then a document attached to it (vault file written,
fsynced and renamed, then its row committed). After each save it reports the case's
reference on a pipe: a *confirmed* write. The parent kills it with SIGKILL after a random
delay (every second case also has its ID copy purged, the file destroyed after the
purge commits), then plays the next start: ``open_store`` (which collects leftover vault files
under the lock) and checks:

* every confirmed write is present, with its document (``lost`` must be 0);
* every document a row names is in the vault, byte for byte (new rows each time, all of
  them at the end);
* no vault file is left that no row names, nor a ``*.tmp`` (``orphans`` must be 0);
* ``integrity_check`` and the audit chain (every 100 iterations and at the end).

Not part of the test suite (it runs for minutes). Usage::

    .venv/bin/python tools/kill_loop.py --iterations 1000 --seconds 1200 [--dir DIR]

Prints one JSON summary; exit code 1 if anything was lost, left over or broken.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from dpo_desk.services import audit, documents  # noqa: E402
from dpo_desk.services.cases import NewCase, add_case, load_case  # noqa: E402
from dpo_desk.services.context import Context  # noqa: E402
from dpo_desk.store import vault_check  # noqa: E402
from dpo_desk.store.models import Case, Document  # noqa: E402
from dpo_desk.store.opening import Store, open_store  # noqa: E402


def _writer(data_dir: Path, out_fd: int, n: int) -> None:
    """The child: save cases with a document until killed."""
    store = open_store(data_dir)
    ctx = Context(db=store.db, data_dir=data_dir, actor="kill-loop")
    pdf = data_dir.parent / f"attach-{os.getpid()}.pdf"
    i = 0
    while True:
        i += 1
        ref = add_case(
            ctx,
            NewCase(
                name=f"Killed Writer {n}-{i}",
                rights=["access"],
                received=date(2026, 1, 20),
                channel="email",
            ),
        )
        pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(2048).hex().encode() + b"\n%%EOF\n")
        documents.attach(ctx, ref.reference, pdf, kind="id-evidence")
        os.write(out_fd, (ref.reference + "\n").encode())
        if i % 2 == 0:  # identity verified: the ID copy is destroyed (after its commit)
            with ctx.db.write() as session:
                case = load_case(session, ref.reference)
                documents.purge_case_evidence(session, ctx, case, "kill loop")


def _warm_up(scratch: Path) -> None:
    """One save in a scratch store, so the lazy imports and caches are loaded before the
    forks: otherwise each writer spends its first half second importing, not writing."""
    _writer_once(scratch)


def _writer_once(data_dir: Path) -> None:
    store = open_store(data_dir)
    try:
        ctx = Context(db=store.db, data_dir=data_dir, actor="kill-loop")
        ref = add_case(
            ctx,
            NewCase(name="Warm Up", rights=["access"], received=date(2026, 1, 20), channel="email"),
        )
        pdf = data_dir / "warm.pdf"
        pdf.write_bytes(b"%PDF-1.4\nwarm\n%%EOF\n")
        documents.attach(ctx, ref.reference, pdf, kind="id-evidence")
        with ctx.db.write() as session:
            documents.purge_case_evidence(session, ctx, load_case(session, ref.reference), "")
    finally:
        store.close()


def _next_start(
    data_dir: Path, confirmed: set[str], seen_docs: set[int], full: bool
) -> dict[str, int]:
    store: Store = open_store(data_dir, check="integrity_check" if full else "quick_check")
    try:
        with store.db.read() as session:
            with_doc = set(
                session.scalars(
                    select(Case.reference).join(Document, Document.case_id == Case.id)
                ).all()
            )
            chain_ok = audit.verify(session).ok if full else True
        raw = store.db.engine.raw_connection()
        try:
            named = vault_check.named_files(raw.driver_connection)
        finally:
            raw.close()
        fresh = named if full else [n for n in named if n.id not in seen_docs]
        bad = vault_check.check(fresh, data_dir)
        seen_docs.update(n.id for n in named)
        left = vault_check.orphans(data_dir, named)
        return {
            "collected": store.orphans_collected,
            "lost": len(confirmed - with_doc),
            "bad_documents": len(bad),
            "orphans_after_start": len(left),
            "chain_broken": 0 if chain_ok else 1,
            "present": len(with_doc),
        }
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=1200.0)
    parser.add_argument(
        "--max-delay",
        type=float,
        default=0.25,
        help="longest time a writer runs before it is killed (s)",
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--dir", help="data directory (default: a new temporary one)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    data_dir = Path(args.dir or tempfile.mkdtemp(prefix="dpo-kill-loop-")) / "data"
    _warm_up(data_dir.parent / "warm-up")
    open_store(data_dir).close()
    confirmed: set[str] = set()
    seen_docs: set[int] = set()
    totals = {
        "collected": 0,
        "lost_max": 0,
        "bad_documents": 0,
        "orphans_after_start": 0,
        "chain_broken": 0,
    }
    started = time.monotonic()
    done = 0
    while done < args.iterations and time.monotonic() - started < args.seconds:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            os.close(read_fd)
            try:
                _writer(data_dir, write_fd, done)
            finally:
                os._exit(3)
        os.close(write_fd)
        time.sleep(rng.uniform(0.0, args.max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_fd, "rb") as pipe:
            confirmed |= {line.decode() for line in pipe.read().split(b"\n") if line}
        done += 1
        full = done % 100 == 0
        seen = _next_start(data_dir, confirmed, seen_docs, full)
        totals["collected"] += seen["collected"]
        totals["lost_max"] = max(totals["lost_max"], seen["lost"])
        for key in ("bad_documents", "orphans_after_start", "chain_broken"):
            totals[key] += seen[key]
    final = _next_start(data_dir, confirmed, seen_docs, full=True)
    for leftover in data_dir.parent.glob("attach-*.pdf"):
        leftover.unlink()
    report = {
        "iterations": done,
        "seconds": round(time.monotonic() - started, 1),
        "confirmed_writes": len(confirmed),
        "present_with_document": final["present"],
        "lost_writes": max(totals["lost_max"], final["lost"]),
        "orphans_collected_at_starts": totals["collected"],
        "orphans_after_start": totals["orphans_after_start"] + final["orphans_after_start"],
        "documents_missing_or_altered": totals["bad_documents"] + final["bad_documents"],
        "chain_breaks": totals["chain_broken"] + final["chain_broken"],
        "data_dir": str(data_dir),
    }
    print(json.dumps(report, indent=1))
    failed = (
        report["lost_writes"]
        or report["orphans_after_start"]
        or report["documents_missing_or_altered"]
        or report["chain_breaks"]
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
