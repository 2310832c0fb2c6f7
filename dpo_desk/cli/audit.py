"""``dpo-desk audit verify``: check the whole audit chain."""

from __future__ import annotations

import argparse

from dpo_desk.cli._base import EXIT_REFUSED, emit, json_flag, opened
from dpo_desk.services import audit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="the audit trail", description="The audit trail.")
    inner = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = inner.add_parser("verify", help="check the hash chain from the first entry to the last",
                         description="Check the hash chain; names the first broken entry.")
    json_flag(v)
    v.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.db.read() as session:
        report = audit.verify(session)
    data = {"ok": report.ok, "entries": report.count, "head": report.head,
            "first_broken_id": report.first_broken_id, "reason": report.reason}
    if report.ok:
        emit(args, data, f"Audit chain intact: {report.count} entries, head {report.head[:16]}…")
        return 0
    emit(args, data, None)
    import sys

    sys.stderr.write(
        f"dpo-desk: audit chain broken at entry {report.first_broken_id}: it {report.reason} "
        f"({report.count} entries before it are intact)\n"
    )
    return EXIT_REFUSED
