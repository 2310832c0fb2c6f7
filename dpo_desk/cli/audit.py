"""``dpo-desk audit verify``: check the whole audit chain, and its end against the newest
sealed anchor (``store.anchors``)."""

from __future__ import annotations

import argparse

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


def run_verify(args: argparse.Namespace) -> int:
    with opened(args) as ctx, ctx.db.read() as session:
        report = audit.verify_anchored(session, ctx.db)
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
    import sys

    sys.stderr.write(f"dpo-desk: {report.problem()} ({report.anchor_note()})\n")
    return EXIT_REFUSED
