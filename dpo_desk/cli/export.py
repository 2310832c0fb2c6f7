"""``dpo-desk export requests``: the request register for auditors (no personal notes)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag, opened
from dpo_desk.services.exports import FORMATS, export_requests
from dpo_desk.services.inspection import PackOptions, build_pack, verify_pack
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
    i = inner.add_parser(
        "inspection",
        help="the pack for an inspection by the authority, signed",
        description="Write the inspection pack into a new folder: the register (PDF and "
        "workbooks), recipients and transfers, post-mortem directives, the request log with "
        "every deadline and whether it was met, the incident register and a certificate of "
        "the audit chain, listed with their SHA-256 in a signed index. Persons are "
        "pseudonymised unless --include-names is given.",
    )
    i.add_argument("--to", required=True, metavar="DIR", help="a new or empty folder")
    i.add_argument("--lang", choices=LANGUAGES, default="fr")
    i.add_argument("--sheets", choices=("xlsx", "ods", "both"), default="both")
    i.add_argument(
        "--include-names",
        action="store_true",
        help="write persons' names in the request log and directives",
    )
    json_flag(i)
    i.set_defaults(func=run_inspection)
    v = inner.add_parser(
        "verify-pack",
        help="check an inspection pack against its signed index",
        description="Check the signature of index.json and the SHA-256 of every file of an "
        "inspection pack; exit status 1 if anything is missing, changed or added.",
    )
    v.add_argument("folder", metavar="DIR")
    json_flag(v)
    v.set_defaults(func=run_verify_pack)


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
        {
            "path": str(result.path),
            "format": result.format,
            "lang": result.lang,
            "activities": result.activities,
        },
        f"Exported {result.activities} processing activities to {result.path} "
        f"({result.format}, {result.lang}).",
    )
    return 0


def run_inspection(args: argparse.Namespace) -> int:
    formats = ("xlsx", "ods") if args.sheets == "both" else (args.sheets,)
    with opened(args) as ctx:
        result = build_pack(ctx, Path(args.to), PackOptions(args.lang, args.include_names, formats))
    emit(
        args,
        {
            "path": str(result.path),
            "files": [{"name": n, "sha256": h} for n, h in result.files],
            "fingerprint": result.fingerprint,
            "index_sha256": result.index_sha256,
        },
        [
            f"Inspection pack written to {result.path} ({len(result.files)} files, signed).",
            f"Signing key fingerprint: {result.fingerprint}",
        ],
    )
    return 0


def run_verify_pack(args: argparse.Namespace) -> int:
    check = verify_pack(Path(args.folder))
    lines = [
        f"{'OK' if check.ok else 'NOT OK'}: {check.files} files listed; "
        f"signing key fingerprint {check.fingerprint or '?'}"
    ] + list(check.problems)
    emit(
        args,
        {
            "ok": check.ok,
            "files": check.files,
            "fingerprint": check.fingerprint,
            "problems": list(check.problems),
        },
        lines,
    )
    return 0 if check.ok else 1
