"""``dpo-desk export requests``: the request register for auditors (no personal notes)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag, opened
from dpo_desk.services.exports import FORMATS, export_requests


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="exports for auditors", description="Exports for auditors.")
    inner = p.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    r = inner.add_parser(
        "requests",
        help="the request register (CSV, XLSX or JSON)",
        description="The request register: reference, received, rights, "
        "channel, status, identity verified, due, extended, "
        "answered, outcome. No names, no notes.",
    )
    r.add_argument("--format", choices=FORMATS, default="csv")
    r.add_argument("--out", required=True, metavar="FILE")
    json_flag(r)
    r.set_defaults(func=run_requests)


def run_requests(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        result = export_requests(ctx, args.format, Path(args.out))
    emit(
        args,
        {"path": str(result.path), "format": result.format, "rows": result.rows},
        f"Exported {result.rows} requests to {result.path} ({result.format}).",
    )
    return 0
