"""``dpo-desk export requests``: the request register for auditors (no personal notes)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag, opened
from dpo_desk.services.exports import FORMATS, export_requests
from dpo_desk.services.register_export import LANGUAGES, REGISTER_FORMATS, export_register


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
    g = inner.add_parser(
        "register",
        help="the record of processing activities (PDF, XLSX or ODS)",
        description="The record of processing activities (GDPR Art. 30(1)): a PDF in the "
        "CNIL model's layout, one sheet per activity, or an XLSX/ODS workbook.",
    )
    g.add_argument("--format", choices=REGISTER_FORMATS, default="pdf")
    g.add_argument("--lang", choices=LANGUAGES, default="fr")
    g.add_argument("--out", required=True, metavar="FILE")
    json_flag(g)
    g.set_defaults(func=run_register)


def run_requests(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        result = export_requests(ctx, args.format, Path(args.out))
    emit(
        args,
        {"path": str(result.path), "format": result.format, "rows": result.rows},
        f"Exported {result.rows} requests to {result.path} ({result.format}).",
    )
    return 0


def run_register(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        result = export_register(ctx, args.format, args.lang, Path(args.out))
    emit(
        args,
        {"path": str(result.path), "format": result.format, "lang": result.lang,
         "activities": result.activities},
        f"Exported {result.activities} processing activities to {result.path} "
        f"({result.format}, {result.lang}).",
    )
    return 0
