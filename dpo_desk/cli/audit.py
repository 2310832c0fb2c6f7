"""``dpo-desk audit verify``: check the whole audit chain, and its end against the newest
sealed anchor (``store.anchors``)."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from dpo_desk.cli._base import EXIT_REFUSED, emit, json_flag, opened
from dpo_desk.services import audit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="the audit trail", description="The audit trail.")
    inner = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = inner.add_parser(
        "verify",
        help="check the hash chain from the first entry to the last",
        description="Check the hash chain; names the first broken entry.",
    )
    json_flag(v)
    v.set_defaults(func=run_verify)


class Progress:
    """``audit verify``'s progress on stderr (stdout keeps the result, and the JSON).

    On a terminal one line rewritten in place, at most a few times a second; otherwise
    (a log, a pipe) one line per tenth done, so a log of a long check stays short.
    """

    def __init__(self, out: TextIO, interval: float = 0.25) -> None:
        self.out = out
        self.tty = out.isatty()
        self.interval = interval
        self._last: float | None = None  # the first call always writes
        self._tenth = 0
        self.lines = 0

    def __call__(self, done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        if self.tty:
            now = time.monotonic()
            if self._last is not None and now - self._last < self.interval and done < total:
                return
            self._last = now
            self.out.write(f"\rChecking the audit chain: {done:,} / {total:,} entries ({pct} %)")
            if done >= total:
                self.out.write("\n")
        else:
            tenth = pct // 10
            if tenth <= self._tenth and done < total:
                return
            if done >= total and self._tenth >= 10:
                return
            self._tenth = 10 if done >= total else tenth
            self.out.write(f"Checking the audit chain: {done:,} / {total:,} entries ({pct} %)\n")
        self.lines += 1
        self.out.flush()


def run_verify(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.db.read() as session:
        report = audit.verify_anchored(session, ctx.db, progress=Progress(sys.stderr))
    chain = report.chain
    anchor = report.anchor
    data = {
        "ok": report.ok,
        "entries": chain.count,
        "head": chain.head,
        "first_broken_id": chain.first_broken_id,
        "reason": chain.reason,
        "anchor": None
        if anchor is None
        else {
            "at": anchor.at,
            "count": anchor.count,
            "head": anchor.head,
            "source": anchor.source,
            "holds": report.anchor_holds,
        },
        "missing": report.missing,
        "bad_anchor_seals": report.bad_seals,
        "problem": report.problem(),
    }
    if report.ok:
        emit(
            args,
            data,
            f"Audit chain intact: {chain.count} entries, head {chain.head[:16]}…; "
            f"{report.anchor_note()}",
        )
        return 0
    emit(args, data, None)
    sys.stderr.write(f"dpo-desk: {report.problem()} ({report.anchor_note()})\n")
    return EXIT_REFUSED
