"""``dpo-desk register ...``: the record of processing activities (GDPR Art. 30)."""

from __future__ import annotations

import argparse
import json

from dpo_desk.cli._base import emit, json_flag, opened
from dpo_desk.cli._register_commands import delete_command, file_commands
from dpo_desk.cli.register_details import add_commands as detail_commands
from dpo_desk.domain.registers import LEGAL_BASES
from dpo_desk.errors import UserError
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import ActivityView


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "register",
        help="record of processing activities (Art. 30)",
        description="The record of processing activities (GDPR Art. 30).",
    )
    inner = p.add_subparsers(dest="register_command", metavar="ACTION", required=True)

    ls = inner.add_parser(
        "list", help="list processing activities", description="List processing activities."
    )
    ls.add_argument("--active", action="store_true", help="only active activities")
    json_flag(ls)
    ls.set_defaults(func=run_list)

    show = inner.add_parser(
        "show",
        help="one processing activity",
        description="Everything about one processing activity.",
    )
    show.add_argument("name", metavar="NAME")
    json_flag(show)
    show.set_defaults(func=run_show)

    add = inner.add_parser(
        "add",
        help="add a processing activity",
        description="Add a processing activity to the register.",
    )
    add.add_argument("--name", required=True)
    add.add_argument("--purposes", required=True)
    add.add_argument("--legal-basis", required=True, help="one of: " + ", ".join(LEGAL_BASES))
    add.add_argument(
        "--data-category",
        action="append",
        default=[],
        metavar="CATEGORY",
        help="category of personal data (repeatable)",
    )
    add.add_argument(
        "--subject-category",
        action="append",
        default=[],
        metavar="CATEGORY",
        help="category of data subjects (repeatable)",
    )
    add.add_argument("--sources", default="", help="where the data come from")
    add.add_argument("--retention", default="", help="retention period, in words")
    add.add_argument(
        "--retention-rule",
        metavar="JSON",
        help='machine rule, e.g. \'{"from": "last-contact", "years": 3}\'',
    )
    add.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="NAME",
        help="recipient, by name, from the recipients register (repeatable)",
    )
    add.add_argument(
        "--automated-decision",
        default="",
        help="automated decision-making, its logic and consequences",
    )
    add.add_argument("--inactive", action="store_true", help="record it as no longer in use")
    json_flag(add)
    add.set_defaults(func=run_add)

    delete_command(
        inner,
        "delete a processing activity",
        "Delete a processing activity (for history, prefer keeping it inactive).",
        registers.delete_activity,
    )

    acc = inner.add_parser(
        "access",
        help="what an access reply says (Art. 15(1))",
        description="Each active processing as an access reply "
        "describes it: purposes, categories, recipients and "
        "transfers, retention, source, automated decisions.",
    )
    json_flag(acc)
    acc.set_defaults(func=run_access)

    er = inner.add_parser(
        "erasure",
        help="what an erasure request leaves kept",
        description="For a case, what must be kept after erasure, why and "
        "until when (counted from the date of receipt).",
    )
    er.add_argument("reference", metavar="REF")
    json_flag(er)
    er.set_defaults(func=run_erasure)
    detail_commands(inner)
    file_commands(
        inner,
        "processing activities",
        registers.import_activities,
        registers.export_activities,
        "processing activit(ies)",
    )


def _line(a: ActivityView) -> str:
    state = "" if a.active else " (inactive)"
    return f"{a.name:<40} {a.legal_basis:<20} {len(a.recipients)} recipient(s){state}"


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        rows = registers.list_activities(ctx, include_inactive=not args.active)
    emit(
        args,
        [r.to_dict() for r in rows],
        [_line(r) for r in rows] + [f"{len(rows)} processing activit(ies)"],
    )
    return 0


def describe(a: ActivityView) -> list[str]:
    lines = [
        f"{a.name}{'' if a.active else ' (inactive)'}",
        f"  purposes:        {a.purposes}",
        f"  legal basis:     {a.legal_basis_label} ({a.legal_basis_source})",
        f"  data:            {', '.join(a.data_categories)}",
        f"  data subjects:   {', '.join(a.subject_categories)}",
        f"  sources:         {a.sources}",
        f"  retention:       {a.retention}",
    ]
    if a.retention_rule_text:
        lines.append(f"  retention rule:  {a.retention_rule_text}")
    lines.append(f"  recipients:      {', '.join(a.recipients) or '—'}")
    if a.automated_decision:
        lines.append(f"  automated decision: {a.automated_decision}")
    lines += [
        f"  department:      {a.department or '—'}",
        f"  measures:        {', '.join(a.measures) or '—'}",
        f"  DPIA:            {'likely needed' if a.dpia_likely_needed else 'not presumed'}"
        f" (WP248 criteria: {', '.join(a.dpia_criteria) or 'none'})"
        + (f"; done on {a.dpia_done_on}" if a.dpia_done_on else ""),
        f"  next review:     {a.next_review_on or '—'}",
    ]
    return lines


def run_show(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        activity = registers.get_activity(ctx, args.name)
    emit(args, activity.to_dict(), describe(activity))
    return 0


def run_add(args: argparse.Namespace) -> int:
    rule = None
    if args.retention_rule:
        try:
            rule = json.loads(args.retention_rule)
        except json.JSONDecodeError:
            raise UserError(
                '--retention-rule: not JSON, e.g. \'{{"from": "last-contact", "years": 3}}\''
            ) from None
    new = registers.NewActivity(
        name=args.name,
        purposes=args.purposes,
        legal_basis=args.legal_basis,
        data_categories=args.data_category,
        subject_categories=args.subject_category,
        sources=args.sources,
        retention=args.retention,
        retention_rule=rule,
        recipients=args.recipient,
        automated_decision=args.automated_decision,
        active=not args.inactive,
    )
    with opened(args) as ctx:
        activity = registers.add_activity(ctx, new)
    emit(args, activity.to_dict(), f"{activity.name}: added to the register.")
    return 0


def run_access(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        rows = registers.for_access_reply(ctx)
    lines: list[str] = []
    for a in rows:
        lines += [
            a.name,
            f"  (a) purposes:   {a.purposes}",
            f"  (b) data:       {', '.join(a.data_categories)}",
        ]
        for r in a.recipients:
            where = f", {r.country}" + (" (third country)" if r.third_country else "")
            lines.append(f"  (c) recipient:  {r.name} ({r.category_label}{where})")
            for t in r.transfers:
                module = f" module {t.scc_module}" if t.scc_module else ""
                lines.append(
                    f"      transfer to {t.country}: {t.safeguard_label}{module}; "
                    f"{t.safeguard_document}"
                )
        lines += [f"  (d) retention:  {a.retention}", f"  (g) source:     {a.source}"]
        if a.automated_decision:
            lines.append(f"  (h) automated:  {a.automated_decision}")
    emit(args, [a.to_dict() for a in rows], lines or ["the register is empty"])
    return 0


def run_erasure(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        result = registers.erasure_assessment(ctx, args.reference)
    lines = [
        f"{result.case_reference}: erasure assessment (reference date {result.reference_date})"
    ]
    for item in result.items:
        until = f" until {item.keep_until}" if item.keep_until else ""
        lines.append(f"  {item.decision:<8}{until:<18} {item.activity}: {item.reason}")
    lines.append(result.note)
    emit(args, result.to_dict(), lines)
    return 0
