"""``dpo-desk recipients ...``: recipients, transfers to third countries, and what was
disclosed about them on a case."""

from __future__ import annotations

import argparse

from dpo_desk.cli._base import emit, json_flag, local_moment, opened
from dpo_desk.cli._register_commands import delete_command, file_commands, optional_date
from dpo_desk.domain.registers import ADEQUACY_STATUSES, RECIPIENT_CATEGORIES, SAFEGUARDS
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import RecipientView


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "recipients",
        help="recipients and third-country transfers",
        description="Recipients of personal data, their transfers to third "
        "countries and the safeguards that cover them.",
    )
    inner = p.add_subparsers(dest="recipients_command", metavar="ACTION", required=True)

    ls = inner.add_parser(
        "list",
        help="list recipients and their transfers",
        description="List recipients, their transfers and warnings.",
    )
    json_flag(ls)
    ls.set_defaults(func=run_list)

    add = inner.add_parser("add", help="add a recipient", description="Add a recipient.")
    add.add_argument("--name", required=True)
    add.add_argument("--category", required=True, help="one of: " + ", ".join(RECIPIENT_CATEGORIES))
    add.add_argument("--service", default="", help="what it does with the data")
    add.add_argument("--country", default="FR", help="ISO 3166 two-letter code")
    json_flag(add)
    add.set_defaults(func=run_add)

    delete_command(
        inner,
        "delete a recipient and its transfers",
        "Delete a recipient and its transfers; disclosures "
        "already made on cases are kept as they were.",
        registers.delete_recipient,
    )

    tr = inner.add_parser(
        "transfer-add",
        help="record a transfer to a third country",
        description="Record a transfer of a recipient to a third country "
        "and its safeguard (GDPR Chapter V).",
    )
    tr.add_argument("recipient", metavar="RECIPIENT")
    tr.add_argument("--country", required=True, help="third country, ISO two-letter code")
    tr.add_argument("--safeguard", required=True, help="one of: " + ", ".join(SAFEGUARDS))
    tr.add_argument("--scc-module", default="", help="1-4, for standard contractual clauses")
    tr.add_argument(
        "--adequacy-status", default="not-adequate", help="one of: " + ", ".join(ADEQUACY_STATUSES)
    )
    tr.add_argument(
        "--adequacy-checked-on",
        metavar="DATE",
        help="date the Commission's list was checked (default: today)",
    )
    tr.add_argument("--document", default="", help="the safeguard document")
    tr.add_argument("--valid-from", metavar="DATE")
    tr.add_argument("--valid-until", metavar="DATE")
    tr.add_argument("--notes", default="")
    json_flag(tr)
    tr.set_defaults(func=run_transfer_add)

    dis = inner.add_parser(
        "disclose",
        help="record the transfers told on a case",
        description="Freeze, on a case, the transfers told to the person "
        "(a later edit of the register never changes it).",
    )
    dis.add_argument("reference", metavar="REF")
    dis.add_argument("--to", default="", help="to whom (default: the case's data subject)")
    dis.add_argument(
        "--recipient",
        action="append",
        metavar="NAME",
        help="only this recipient's transfers (repeatable; default: all)",
    )
    json_flag(dis)
    dis.set_defaults(func=run_disclose)

    ds = inner.add_parser(
        "disclosures",
        help="what was disclosed on a case",
        description="The transfer disclosures of a case, as made.",
    )
    ds.add_argument("reference", metavar="REF")
    json_flag(ds)
    ds.set_defaults(func=run_disclosures)

    sg = inner.add_parser(
        "safeguards",
        help="safeguard documents that can be sent",
        description="The safeguard documents a person may receive a copy of (GDPR Art. 15(2), 46).",
    )
    sg.add_argument(
        "--recipient", action="append", metavar="NAME", help="only this recipient (repeatable)"
    )
    json_flag(sg)
    sg.set_defaults(func=run_safeguards)
    file_commands(
        inner,
        "recipients and transfers",
        registers.import_recipients,
        registers.export_recipients,
        "recipient(s)",
    )


def _lines(r: RecipientView) -> list[str]:
    lines = [
        f"{r.name} — {r.category_label}, {r.country}"
        + (" (third country)" if r.third_country else "")
    ]
    for t in r.transfers:
        module = f" module {t.scc_module}" if t.scc_module else ""
        lines.append(
            f"  transfer #{t.id} to {t.country}: {t.safeguard}{module}, "
            f"adequacy {t.adequacy_status} (checked {t.adequacy_checked_on or '—'})"
            f" {t.safeguard_document}"
        )
        lines += [f"    warning: {w}" for w in t.warnings]
    lines += [f"  warning: {w}" for w in r.warnings]
    return lines


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        rows = registers.list_recipients(ctx)
    lines = [line for r in rows for line in _lines(r)]
    emit(args, [r.to_dict() for r in rows], lines + [f"{len(rows)} recipient(s)"])
    return 0


def run_add(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        rec = registers.add_recipient(
            ctx, registers.NewRecipient(args.name, args.category, args.service, args.country)
        )
    emit(args, rec.to_dict(), _lines(rec))
    return 0


def run_transfer_add(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        checked = optional_date(args.adequacy_checked_on, "--adequacy-checked-on") or ctx.today()
        t = registers.add_transfer(
            ctx,
            args.recipient,
            registers.NewTransfer(
                country=args.country,
                safeguard=args.safeguard,
                adequacy_status=args.adequacy_status,
                adequacy_checked_on=checked,
                scc_module=args.scc_module,
                safeguard_document=args.document,
                valid_from=optional_date(args.valid_from, "--valid-from"),
                valid_until=optional_date(args.valid_until, "--valid-until"),
                notes=args.notes,
            ),
        )
    emit(
        args,
        t.to_dict(),
        [f"transfer #{t.id}: {t.recipient} to {t.country}, {t.safeguard_label}"]
        + [f"  warning: {w}" for w in t.warnings],
    )
    return 0


def run_disclose(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        d = registers.disclose_transfers(ctx, args.reference, args.to, args.recipient)
    emit(
        args,
        d.to_dict(),
        f"{d.case_reference}: {len(d.snapshot)} transfer(s) disclosed "
        f"to {d.disclosed_to} (sha256 {d.sha256[:12]}…).",
    )
    return 0


def run_disclosures(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        rows = registers.disclosures_of(ctx, args.reference)
    lines = []
    for d in rows:
        state = "intact" if d.intact else "ALTERED"
        lines.append(
            f"#{d.id} {local_moment(d.disclosed_at)} to {d.disclosed_to}: "
            f"{len(d.snapshot)} transfer(s), {state}"
        )
        lines += [
            f"  {s['recipient']} → {s['country']}: {s['safeguard_label']} {s['document']}"
            for s in d.snapshot
        ]
    emit(args, [d.to_dict() for d in rows], lines or ["no disclosure on this case"])
    return 0


def run_safeguards(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        rows = registers.safeguards_for(ctx, args.recipient)
    lines = []
    for s in rows:
        lines.append(
            f"{s.recipient} → {s.country}: {s.safeguard_label} {s.document or '(no document)'}"
        )
        lines += [f"  warning: {w}" for w in s.warnings]
    emit(args, [s.to_dict() for s in rows], lines or ["no transfer to a third country"])
    return 0
