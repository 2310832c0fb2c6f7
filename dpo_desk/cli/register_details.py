"""``dpo-desk register details|measures|tia``: the register complete from the command
line (GDPR Art. 30(1), the CNIL model): an activity's department, security measures,
joint controllers and processors, DPIA screening (WP248) and reviews; the company's
measures list (Art. 32); a transfer's impact assessment."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

from dpo_desk.cli._base import emit, json_flag, opened
from dpo_desk.domain import dpia
from dpo_desk.errors import UserError
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import ActivityView


def add_commands(inner: argparse._SubParsersAction) -> None:
    d = inner.add_parser(
        "details",
        help="department, measures, parties, DPIA, reviews of an activity",
        description="Set the register details of one activity; options not given keep "
        "their value. A list option given replaces the whole list ('none' empties it).",
    )
    d.add_argument("name", metavar="NAME")
    d.add_argument("--department")
    d.add_argument(
        "--measure",
        action="append",
        metavar="NAME",
        help="a measure of the measures list (repeatable)",
    )
    d.add_argument(
        "--party",
        action="append",
        metavar="ROLE:NAME[:DATE[:checked]]",
        help="joint-controller or processor, its name, contract date, and "
        "'checked' when the Art. 28(3) clauses were checked (repeatable)",
    )
    d.add_argument(
        "--dpia-criterion",
        action="append",
        metavar="KEY",
        help="WP248 criterion met (repeatable): " + ", ".join(dpia.CRITERIA),
    )
    d.add_argument("--dpia-done", metavar="YYYY-MM-DD")
    d.add_argument("--dpia-link")
    d.add_argument("--last-review", metavar="YYYY-MM-DD")
    d.add_argument("--next-review", metavar="YYYY-MM-DD")
    json_flag(d)
    d.set_defaults(func=run_details)

    m = inner.add_parser(
        "measures",
        help="the company's security measures list (Art. 32)",
        description="List, add, edit or remove security measures.",
    )
    m.add_argument("measure_action", choices=("list", "add", "edit", "remove"))
    m.add_argument("measure", nargs="?", metavar="NAME")
    m.add_argument("--new-name")
    m.add_argument("--category", default="")
    m.add_argument("--description", default="")
    json_flag(m)
    m.set_defaults(func=run_measures)

    t = inner.add_parser(
        "tia",
        help="record a transfer impact assessment",
        description="The transfer impact assessment of one transfer "
        "(see 'recipients list' for transfer ids): its date and conclusion.",
    )
    t.add_argument("transfer_id", type=int, metavar="TRANSFER_ID")
    t.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    t.add_argument("--conclusion", required=True)
    json_flag(t)
    t.set_defaults(func=run_tia)


def _list(values: list[str] | None, current: tuple[str, ...]) -> list[str]:
    if values is None:
        return list(current)
    return [] if values == ["none"] else values


def _party(text: str) -> registers.Party:
    parts = text.split(":")
    if len(parts) < 2 or len(parts) > 4:
        raise UserError("--party: expected ROLE:NAME[:DATE[:checked]], got {value!r}", value=text)
    checked = len(parts) == 4 and parts[3].strip().lower() in ("checked", "yes", "y")
    return registers.Party(
        parts[0].strip(), parts[1], (parts[2].strip() or None) if len(parts) > 2 else None, checked
    )


def _date_or(value: str | None, current: date | str | None) -> date | str | None:
    if value is None:
        return current
    return None if value.lower() == "none" else value


def current_details(a: ActivityView) -> registers.ActivityDetails:
    return registers.ActivityDetails(
        department=a.department,
        parties=[
            registers.Party(
                str(p["role"]),
                str(p["name"]),
                p.get("contract_on") or None,
                bool(p.get("clauses_checked")),
            )
            for p in a.parties
        ],
        dpia_criteria=list(a.dpia_criteria),
        dpia_done_on=a.dpia_done_on,
        dpia_link=a.dpia_link,
        last_review_on=a.last_review_on,
        next_review_on=a.next_review_on,
        measures=list(a.measures),
    )


def run_details(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        now = current_details(registers.get_activity(ctx, args.name))
        parties = (
            now.parties
            if args.party is None
            else ([] if args.party == ["none"] else [_party(p) for p in args.party])
        )
        new = replace(
            now,
            department=now.department if args.department is None else args.department,
            parties=parties,
            dpia_criteria=_list(args.dpia_criterion, tuple(now.dpia_criteria)),
            dpia_done_on=_date_or(args.dpia_done, now.dpia_done_on),
            dpia_link=now.dpia_link if args.dpia_link is None else args.dpia_link,
            last_review_on=_date_or(args.last_review, now.last_review_on),
            next_review_on=_date_or(args.next_review, now.next_review_on),
            measures=_list(args.measure, tuple(now.measures)),
        )
        view = registers.set_details(ctx, args.name, new)
    needed = "likely needed" if view.dpia_likely_needed else "not presumed"
    emit(
        args,
        view.to_dict(),
        [
            f"{view.name}: register details saved.",
            f"  department:  {view.department or '—'}",
            f"  measures:    {', '.join(view.measures) or '—'}",
            f"  parties:     {', '.join(str(p['name']) for p in view.parties) or '—'}",
            f"  DPIA:        {needed} ({len(view.dpia_criteria)} WP248 criteria)"
            + (f", done on {view.dpia_done_on}" if view.dpia_done_on else ""),
            f"  next review: {view.next_review_on or '—'}",
        ],
    )
    return 0


def run_measures(args: argparse.Namespace) -> int:
    action, name = args.measure_action, args.measure
    if action != "list" and not name:
        raise UserError("register measures {action}: give the measure's NAME", action=action)
    with opened(args) as ctx:
        if action == "list":
            rows = registers.list_measures(ctx)
            emit(
                args,
                [m.to_dict() for m in rows],
                [f"{m.name} [{m.category or '—'}] ({m.activities} activities)" for m in rows]
                or ["No security measures yet."],
            )
            return 0
        if action == "remove":
            registers.delete_measure(ctx, name)
            emit(args, {"removed": name}, f"{name}: removed from the measures list.")
            return 0
        new = registers.NewMeasure(args.new_name or name, args.category, args.description)
        view = (
            registers.add_measure(ctx, new)
            if action == "add"
            else registers.update_measure(ctx, name, new)
        )
    emit(args, view.to_dict(), f"{view.name}: {'added' if action == 'add' else 'saved'}.")
    return 0


def run_tia(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        view = registers.set_transfer_tia(ctx, args.transfer_id, args.on, args.conclusion)
    emit(
        args,
        view.to_dict(),
        f"Transfer {view.id} to {view.recipient} ({view.country}): TIA of {view.tia_on} recorded.",
    )
    return 0
