"""``dpo-desk case ...``: register, list and show cases."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from dpo_desk.cli import case_import
from dpo_desk.cli._base import (
    emit,
    json_flag,
    local_moment,
    opened,
    parse_date,
    parse_date_or_datetime,
)
from dpo_desk.cli._term import safe
from dpo_desk.cli.mail import register_mail
from dpo_desk.domain.regimes import regime_for
from dpo_desk.domain.rights import Channel, Right
from dpo_desk.services import cases
from dpo_desk.services.dto import CaseDetail, CaseSummary


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "case",
        help="requests and complaints",
        description="Register, list and show requests and complaints.",
    )
    inner = p.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    add = inner.add_parser(
        "add",
        help="register a new request or complaint",
        description="Register a request; prints its reference and deadline.",
    )
    add.add_argument("--name", required=True, help="the data subject's full name")
    add.add_argument("--email", default="", help="e-mail address")
    add.add_argument("--address", default="", help="postal address (\\n between lines)")
    add.add_argument("--phone", default="")
    add.add_argument(
        "--right",
        action="append",
        required=True,
        metavar="RIGHT",
        help="right exercised (repeatable): " + ", ".join(r.value for r in Right),
    )
    add.add_argument(
        "--received",
        metavar="DATE[TIME]",
        help="date of receipt, YYYY-MM-DD or ISO date-time; a time without "
        "offset is read in the organisation's receipt zone, as in "
        "'dpo-desk deadline' (default: now)",
    )
    add.add_argument(
        "--channel", default="email", help="how it arrived: " + ", ".join(c.value for c in Channel)
    )
    add.add_argument("--jurisdiction", help="rule set (default: the organisation's)")
    add.add_argument("--notes", default="")
    add.add_argument("--assignee", default="")
    json_flag(add)
    add.set_defaults(func=run_add)

    ls = inner.add_parser(
        "list", help="list cases, most urgent first", description="List cases, most urgent first."
    )
    ls.add_argument("--status", action="append", default=[], help="only this status (repeatable)")
    ls.add_argument("--right", help="only cases exercising this right")
    ls.add_argument("--jurisdiction")
    ls.add_argument("--due-before", metavar="DATE")
    ls.add_argument("--open", action="store_true", help="only open cases")
    ls.add_argument("--search", default="", help="words to find in names, e-mails, notes")
    ls.add_argument("--limit", type=int)
    json_flag(ls)
    ls.set_defaults(func=run_list)

    show = inner.add_parser(
        "show",
        help="everything about one case",
        description="Everything about one case, with its deadline explained.",
    )
    show.add_argument("reference", metavar="REF")
    json_flag(show)
    show.set_defaults(func=run_show)
    case_import.register(inner)
    register_workflow(inner)
    register_mail(inner)


def run_add(args: argparse.Namespace) -> int:
    received = (
        parse_date_or_datetime(args.received, "--received", allow_naive=True)
        if args.received
        else datetime.now(UTC)
    )
    new = cases.NewCase(
        name=args.name,
        rights=args.right,
        received=received,
        channel=args.channel,
        email=args.email,
        address=args.address.replace("\\n", "\n"),
        phone=args.phone,
        jurisdiction=args.jurisdiction,
        notes=args.notes,
        assignee=args.assignee,
    )
    with opened(args) as ctx:
        detail = cases.add_case(ctx, new)
    emit(
        args,
        detail.to_dict(),
        f"{detail.reference} registered: due {detail.due_date} ({detail.summary.jurisdiction}).",
    )
    return 0


def _line(s: CaseSummary) -> str:
    due = s.due.isoformat() if s.due else "—"
    return (
        f"{safe(s.reference):<15} {due:<10} {s.status:<17} {','.join(s.rights):<24} "
        f"{safe(s.subject_name)}"
    )


def run_list(args: argparse.Namespace) -> int:
    flt = cases.CaseFilter(
        statuses=tuple(args.status),
        right=args.right,
        jurisdiction=args.jurisdiction,
        due_before=parse_date(args.due_before, "--due-before") if args.due_before else None,
        open_only=args.open,
        text=args.search,
        limit=args.limit,
    )
    with opened(args) as ctx:
        rows = cases.list_cases(ctx, flt)
    emit(
        args,
        [r.to_dict() for r in rows],
        [f"{'REFERENCE':<15} {'DUE':<10} {'STATUS':<17} {'RIGHTS':<24} NAME"]
        + [_line(r) for r in rows]
        + [f"{len(rows)} case(s)"],
    )
    return 0


def describe(d: CaseDetail) -> list[str]:
    s = d.summary
    lines = [
        f"{s.reference} — {s.subject_name} <{s.email}>",
        f"  rights:       {', '.join(s.rights)}",
        f"  status:       {s.status}",
        f"  received:     {local_moment(d.received_at, d.received_tz)} ({d.received_tz})"
        f" via {s.channel}",
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
    emit(args, detail.to_dict(), [safe(line, newlines=True) for line in describe(detail)])
    return 0


def register_workflow(inner: argparse._SubParsersAction) -> None:
    """``case transition``, ``case extend``, ``case identity``, ``case attach``."""
    tr = inner.add_parser(
        "transition",
        help="move a case to another state",
        description="Move a case to another state (answered, closed, "
        "refused, withdrawn, forwarded, in-progress...).",
    )
    tr.add_argument("reference", metavar="REF")
    tr.add_argument("state", metavar="STATE")
    tr.add_argument(
        "--reason",
        default="",
        help="required for refused (the ground: manifestly-unfounded, excessive, "
        "identity-not-established, no-data, legal-obligation, legal-claims, "
        "compelling-grounds, rights-of-others, legal-exemption), withdrawn, "
        "forwarded, and for closing an answered case with no reply sent",
    )
    tr.add_argument(
        "--facts",
        default="",
        help="refused: the facts that make the ground apply (quoted in the letter)",
    )
    tr.add_argument(
        "--late-reason",
        default="",
        help="required to answer, refuse or close after the deadline: why it is "
        "late (the move is then marked late in the audit and the timeline)",
    )
    json_flag(tr)
    tr.set_defaults(func=run_transition)

    ex = inner.add_parser(
        "extend",
        help="extend the deadline (reasons required)",
        description="Extend the deadline by the rule set's extra period; "
        "refused after the notice date.",
    )
    ex.add_argument("reference", metavar="REF")
    ex.add_argument("--reason", required=True, help="the reasons told to the data subject")
    ex.add_argument("--on", metavar="DATE", help="day the extension is notified (default today)")
    ex.add_argument(
        "--evidence",
        default="",
        help="required with an earlier --on: where the earlier decision is recorded",
    )
    json_flag(ex)
    ex.set_defaults(func=run_extend)

    idp = inner.add_parser(
        "identity",
        help="identity verification steps",
        description="Identity verification: request, receive, verify, fail.",
    )
    idp.add_argument("reference", metavar="REF")
    idp.add_argument("step", choices=("request", "receive", "verify", "fail"))
    idp.add_argument(
        "--reason",
        default="",
        help="request: the reasonable doubt; fail: why identity is not established",
    )
    idp.add_argument("--on", metavar="DATE", help="date of the request or of the answer")
    idp.add_argument(
        "--answer-by",
        metavar="DATE",
        help="request: last day to answer (default: 30 days after the request, "
        "a house choice); past it with nothing received, the step expires "
        "and identity-not-established may be the refusal's ground",
    )
    idp.add_argument(
        "--method",
        default="document",
        help="verify: email-match, customer-account, document, in-person",
    )
    idp.add_argument("--document-kind", default="", help="verify: e.g. passport, ID card")
    idp.add_argument(
        "--no-document",
        action="store_true",
        help="request: ask for information other than an ID document",
    )
    json_flag(idp)
    idp.set_defaults(func=run_identity)

    nt = inner.add_parser(
        "notified",
        help="recipients told of a rectification, erasure or restriction",
        description="GDPR Art. 19: record which recipients of the register were told of "
        "this case's rectification, erasure or restriction, and when; the "
        "confirmation letter names only them. Without --recipient, lists them.",
    )
    nt.add_argument("reference", metavar="REF")
    nt.add_argument(
        "--recipient",
        type=int,
        action="append",
        metavar="ID",
        help="recipient id in the register (repeatable); replaces the list",
    )
    nt.add_argument("--none", action="store_true", help="clear the list")
    nt.add_argument("--on", metavar="DATE", help="day they were told (default today)")
    nt.add_argument("--note", default="", help="how they were told")
    json_flag(nt)
    nt.set_defaults(func=run_notified)

    at = inner.add_parser(
        "attach",
        help="attach a file (PDF, PNG, JPEG, text)",
        description="Attach a file to a case; stored under a generated name.",
    )
    at.add_argument("reference", metavar="REF")
    at.add_argument("file", metavar="FILE")
    at.add_argument(
        "--kind",
        default="attachment",
        help="attachment, id-evidence, death-certificate, capacity-proof",
    )
    json_flag(at)
    at.set_defaults(func=run_attach)


def _done(args: argparse.Namespace, detail: CaseDetail, what: str) -> int:
    s = detail.summary
    emit(args, detail.to_dict(), safe(f"{s.reference}: {what}; status {s.status}, due {s.due}."))
    return 0


def run_transition(args: argparse.Namespace) -> int:
    from dpo_desk.services import workflow

    with opened(args) as ctx:
        detail = workflow.transition(
            ctx, args.reference, args.state, args.reason, args.facts, late_reason=args.late_reason
        )
    return _done(args, detail, f"now {args.state}")


def run_extend(args: argparse.Namespace) -> int:
    from dpo_desk.services import workflow

    on = parse_date(args.on, "--on") if args.on else None
    with opened(args) as ctx:
        detail = workflow.extend(ctx, args.reference, args.reason, on, evidence=args.evidence)
    return _done(args, detail, f"extended to {detail.extended_due_date}")


def run_identity(args: argparse.Namespace) -> int:
    import sys

    from dpo_desk.services import identity

    on = parse_date(args.on, "--on") if args.on else None
    answer_by = parse_date(args.answer_by, "--answer-by") if args.answer_by else None
    with opened(args) as ctx:
        if args.step == "request":
            res = identity.request_identity(
                ctx,
                args.reference,
                args.reason,
                on,
                document=not args.no_document,
                answer_by=answer_by,
            )
            if res.warning:
                sys.stderr.write(f"dpo-desk: warning: {res.warning}\n")
            stops = regime_for(res.detail.summary.jurisdiction).identity_stops_clock
            return _done(
                args,
                res.detail,
                "identity information requested, "
                + (
                    "deadline suspended"
                    if stops
                    # Quebec, PIPEDA...: the period runs
                    else "the deadline keeps running under this law"
                ),
            )
        if args.step == "receive":
            detail = identity.receive_identity(ctx, args.reference, on)
            return _done(
                args,
                detail,
                "identity information received"
                + (
                    ", deadline running"
                    if regime_for(detail.summary.jurisdiction).identity_stops_clock
                    else ""
                ),
            )
        if args.step == "verify":
            detail = identity.verify_identity(ctx, args.reference, args.method, args.document_kind)
            return _done(args, detail, "identity verified, any ID copy purged")
        detail = identity.fail_identity(ctx, args.reference, args.reason)
        return _done(args, detail, "identity not established")


def run_notified(args: argparse.Namespace) -> int:
    from dpo_desk.services.dto import jsonable
    from dpo_desk.services.registers import notices

    on = parse_date(args.on, "--on") if args.on else None
    with opened(args) as ctx:
        if args.recipient or args.none:
            view = notices.record_notices(ctx, args.reference, args.recipient or [], on, args.note)
        else:
            view = notices.recipient_notices(ctx, args.reference)
    lines = [
        f"{i.recipient_id:>4}  "
        f"{'told ' + i.notified_on.isoformat() if i.notified_on else '-':<17}"
        f"{safe(i.name)} ({i.country})"
        for i in view.items
    ]
    emit(
        args,
        jsonable(
            {
                "reference": view.reference,
                "applies": view.applies,
                "items": [i.__dict__ for i in view.items],
            }
        ),
        lines or ["no recipient in the register"],
    )
    return 0


def run_attach(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dpo_desk.services import documents

    with opened(args) as ctx:
        detail = documents.attach(ctx, args.reference, Path(args.file), args.kind)
    return _done(args, detail, f"{Path(args.file).name} attached")
