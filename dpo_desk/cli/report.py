"""``dpo-desk report annual``: the DPO's annual report for a period (PDF or CSV)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag, opened, parse_date
from dpo_desk.services.reports.annual import FORMATS, write_annual_report
from dpo_desk.services.reports.texts import LANGS, percent


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="reports for management", description="Reports the DPO hands to management."
    )
    inner = p.add_subparsers(dest="report_command", metavar="WHAT", required=True)
    r = inner.add_parser(
        "annual",
        help="the annual DPO report for a period (PDF, English or French)",
        description="The annual DPO report: requests per right, channel and month, on-time "
        "rate (GDPR Art. 12(3)), median and 90th-percentile time to answer, extensions, "
        "refusals by ground, identity checks, breaches and their notification, register "
        "changes and verified backups, with charts and a one-page summary.",
    )
    r.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar="DATE",
        help="first day of the period (YYYY-MM-DD)",
    )
    r.add_argument(
        "--to",
        dest="end",
        required=True,
        metavar="DATE",
        help="last day of the period, included (YYYY-MM-DD)",
    )
    r.add_argument("--lang", choices=LANGS, default="fr")
    r.add_argument(
        "--format",
        choices=FORMATS,
        default="pdf",
        help="pdf (default) or csv: the same figures for a spreadsheet",
    )
    r.add_argument("--out", required=True, metavar="FILE")
    json_flag(r)
    r.set_defaults(func=run_annual)


def run_annual(args: argparse.Namespace) -> int:
    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    with opened(args) as ctx:
        result = write_annual_report(ctx, start, end, args.lang, Path(args.out), args.format)
    f = result.figures
    emit(
        args,
        {
            "path": str(result.path),
            "format": result.format,
            "start": str(start),
            "end": str(end),
            "received": f.received,
            "judged": f.judged,
            "on_time": f.on_time,
            "on_time_rate": f.on_time_rate,
            "median_days": f.median_days,
            "p90_days": f.p90_days,
            "incidents": f.incidents,
        },
        f"Annual report {start} to {end} written to {result.path}: {f.received} requests, "
        f"{percent(f.on_time_rate, 'en')} on time.",
    )
    return 0
