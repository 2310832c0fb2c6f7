"""``dpo-desk case-scope REF``: what an access reply tells this person.

Without ``--activity`` it shows the register lines with the suggestion for the given
relationships; with ``--activity`` (and ``--recipient``, ``--transfer``) it saves the
scope, as the Scope tab does (audited; refused once the access reply was sent).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from dpo_desk.cli._base import emit, json_flag, opened


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg, unused-ignore]
    p = sub.add_parser(
        "case-scope",
        help="show or set what an access reply tells the person",
        description="Show the register lines that may concern the person of a case, with "
        "a suggestion; with --activity, save the scope of the access reply (GDPR Art. 15; "
        "EDPB Guidelines 01/2022; CJEU C-154/21).",
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument(
        "--relationship",
        action="append",
        default=[],
        metavar="CATEGORY",
        help="the person is one of these categories of persons (repeatable), e.g. customers",
    )
    p.add_argument(
        "--activity",
        action="append",
        type=int,
        default=[],
        metavar="ID",
        help="save: a processing activity that concerns the person (repeatable)",
    )
    p.add_argument("--recipient", action="append", type=int, default=[], metavar="ID")
    p.add_argument("--transfer", action="append", type=int, default=[], metavar="ID")
    json_flag(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dpo_desk.services.registers import scope

    with opened(args) as ctx:
        if args.activity:
            view = scope.set_scope(
                ctx, args.reference, args.activity, args.recipient, args.transfer
            )
        else:
            view = scope.scope_of(ctx, args.reference, args.relationship)
    lines = [
        f"{view.reference}: " + ("editable" if view.editable else "final (reply sent)"),
        "relationships: " + ", ".join(view.relationships),
    ]
    for item in view.items:
        depth = {"activity": "", "recipient": "  ", "transfer": "    "}[item.kind]
        mark = "[x]" if item.chosen else ("[?]" if item.suggested else "[ ]")
        lines.append(
            f"{depth}{mark} {item.kind} {item.item_id}: {item.label}"
            + (f"  ({item.why})" if item.why else "")
        )
    emit(
        args,
        {
            "reference": view.reference,
            "editable": view.editable,
            "items": [asdict(i) for i in view.items],
        },
        lines,
    )
    return 0
