"""``dpo-desk case ...``: register, list and show cases."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from dpo_desk.cli._base import emit, json_flag, opened, parse_date, parse_date_or_datetime
from dpo_desk.domain.rights import Channel, Right
from dpo_desk.services import cases
from dpo_desk.services.dto import CaseDetail, CaseSummary


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("case", help="requests and complaints",
                       description="Register, list and show requests and complaints.")
    inner = p.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    add = inner.add_parser("add", help="register a new request or complaint",
                           description="Register a request; prints its reference and deadline.")
    add.add_argument("--name", required=True, help="the data subject's full name")
    add.add_argument("--email", default="", help="e-mail address")
    add.add_argument("--address", default="", help="postal address (\\n between lines)")
    add.add_argument("--phone", default="")
    add.add_argument("--right", action="append", required=True, metavar="RIGHT",
                     help="right exercised (repeatable): " + ", ".join(r.value for r in Right))
    add.add_argument("--received", metavar="DATE[TIME]",
                     help="date of receipt, YYYY-MM-DD or ISO date-time with offset "
                          "(default: now)")
    add.add_argument("--channel", default="email",
                     help="how it arrived: " + ", ".join(c.value for c in Channel))
    add.add_argument("--jurisdiction", help="rule set (default: the organisation's)")
    add.add_argument("--notes", default="")
    add.add_argument("--assignee", default="")
    json_flag(add)
    add.set_defaults(func=run_add)

    ls = inner.add_parser("list", help="list cases, most urgent first",
                          description="List cases, most urgent first.")
    ls.add_argument("--status", action="append", default=[], help="only this status (repeatable)")
    ls.add_argument("--right", help="only cases exercising this right")
    ls.add_argument("--jurisdiction")
    ls.add_argument("--due-before", metavar="DATE")
    ls.add_argument("--open", action="store_true", help="only open cases")
    ls.add_argument("--search", default="", help="words to find in names, e-mails, notes")
    ls.add_argument("--limit", type=int)
    json_flag(ls)
    ls.set_defaults(func=run_list)

    show = inner.add_parser("show", help="everything about one case",
                            description="Everything about one case, with its deadline explained.")
    show.add_argument("reference", metavar="REF")
    json_flag(show)
    show.set_defaults(func=run_show)


def run_add(args: argparse.Namespace) -> int:
    received = (parse_date_or_datetime(args.received, "--received") if args.received
                else datetime.now(UTC))
    new = cases.NewCase(
        name=args.name, rights=args.right, received=received, channel=args.channel,
        email=args.email, address=args.address.replace("\\n", "\n"), phone=args.phone,
        jurisdiction=args.jurisdiction, notes=args.notes, assignee=args.assignee,
    )
    with opened(args) as ctx:
        detail = cases.add_case(ctx, new)
    emit(args, detail.to_dict(),
         f"{detail.reference} registered: due {detail.due_date} ({detail.summary.jurisdiction}).")
    return 0


def _line(s: CaseSummary) -> str:
    due = s.due.isoformat() if s.due else "—"
    return (f"{s.reference:<15} {due:<10} {s.status:<17} {','.join(s.rights):<24} "
            f"{s.subject_name}")


def run_list(args: argparse.Namespace) -> int:
    flt = cases.CaseFilter(
        statuses=tuple(args.status), right=args.right, jurisdiction=args.jurisdiction,
        due_before=parse_date(args.due_before, "--due-before") if args.due_before else None,
        open_only=args.open, text=args.search, limit=args.limit,
    )
    with opened(args) as ctx:
        rows = cases.list_cases(ctx, flt)
    emit(args, [r.to_dict() for r in rows],
         [f"{'REFERENCE':<15} {'DUE':<10} {'STATUS':<17} {'RIGHTS':<24} NAME"]
         + [_line(r) for r in rows] + [f"{len(rows)} case(s)"])
    return 0


def describe(d: CaseDetail) -> list[str]:
    s = d.summary
    lines = [
        f"{s.reference} — {s.subject_name} <{s.email}>",
        f"  rights:       {', '.join(s.rights)}",
        f"  status:       {s.status}",
        f"  received:     {d.received_at.isoformat()} ({d.received_tz}) via {s.channel}",
        f"  jurisdiction: {s.jurisdiction}",
        f"  due:          {d.due_date}",
        f"  notice of extension by: {d.extension_notice_by or 'no extension possible'}",
    ]
    if d.extended_due_date:
        lines.append(f"  extended to:  {d.extended_due_date} ({d.extension_reason})")
    if d.notes:
        lines.append(f"  notes:        {d.notes}")
    lines.append("  deadline explained:")
    lines += [f"    {i}. {step.get('text_en', step)}" for i, step in enumerate(d.explanation, 1)]
    lines.append("  sources: " + "; ".join(d.sources))
    return lines


def run_show(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        detail = cases.get_case(ctx, args.reference)
    emit(args, detail.to_dict(), describe(detail))
    return 0
