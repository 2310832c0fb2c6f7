"""``dpo-desk directives ...``: post-mortem directives and death notifications
(Loi 78-17 art. 84-85)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag, local_moment, opened
from dpo_desk.cli._register_commands import file_commands, optional_date
from dpo_desk.domain.registers import DIRECTIVE_ACTIONS, NOTIFIER_CAPACITIES
from dpo_desk.services import registers
from dpo_desk.services.registers.deaths import ACTION_KINDS, REQUESTS
from dpo_desk.services.registers.dto import DeathNotificationView, DirectiveView


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "directives",
        help="post-mortem directives and deaths",
        description="Particular post-mortem directives and death "
        "notifications (Loi 78-17 art. 84-85).",
    )
    inner = p.add_subparsers(dest="directives_command", metavar="ACTION", required=True)

    ls = inner.add_parser(
        "list", help="list directives", description="List directives (revoked ones are marked)."
    )
    ls.add_argument("--active", action="store_true", help="hide revoked directives")
    json_flag(ls)
    ls.set_defaults(func=run_list)

    add = inner.add_parser(
        "add",
        help="register a particular directive",
        description="Register a particular directive. The evidence of "
        "the person's specific consent is required.",
    )
    add.add_argument("--person", required=True, help="the author's full name")
    add.add_argument("--action", required=True, help="one of: " + ", ".join(DIRECTIVE_ACTIONS))
    add.add_argument(
        "--consent-evidence",
        required=True,
        help="how specific consent was given (not mere acceptance of terms)",
    )
    add.add_argument("--email", default="")
    add.add_argument("--birth-date", metavar="DATE")
    add.add_argument("--registered-on", metavar="DATE", help="default: today")
    add.add_argument("--scope", default="", help="which data")
    add.add_argument("--instructions", default="")
    add.add_argument("--designated-person", default="", help="who executes it")
    add.add_argument("--designated-contact", default="")
    json_flag(add)
    add.set_defaults(func=run_add)

    rv = inner.add_parser(
        "revoke",
        help="revoke a directive",
        description="Revoke a directive: kept for history, never executed.",
    )
    rv.add_argument("id", type=int, metavar="ID")
    rv.add_argument("--on", metavar="DATE", help="date of revocation (default: today)")
    rv.add_argument("--note", default="")
    json_flag(rv)
    rv.set_defaults(func=run_revoke)

    fd = inner.add_parser(
        "find",
        help="find a person's directives",
        description="Find directives by name (accents and case ignored) or e-mail.",
    )
    fd.add_argument("name", metavar="NAME")
    fd.add_argument("--email")
    fd.add_argument("--birth-date", metavar="DATE")
    json_flag(fd)
    fd.set_defaults(func=run_find)

    nd = inner.add_parser(
        "notify-death",
        help="record a notified death",
        description="Record a death notified by an heir, executor or "
        "notary: opens a post-mortem case, marks the person "
        "deceased (no marketing), flags their other cases and "
        "finds their directives.",
    )
    nd.add_argument("--deceased", required=True, help="the deceased's full name")
    nd.add_argument("--email", default="", help="the deceased's e-mail, if known")
    nd.add_argument("--death-date", metavar="DATE")
    nd.add_argument("--notifier", required=True, help="who notifies")
    nd.add_argument("--capacity", required=True, help="one of: " + ", ".join(NOTIFIER_CAPACITIES))
    nd.add_argument("--contact", default="", help="the notifier's contact details")
    nd.add_argument(
        "--request",
        action="append",
        required=True,
        metavar="REQUEST",
        help="what is asked (repeatable): " + ", ".join(REQUESTS),
    )
    nd.add_argument("--notified-on", metavar="DATE", help="default: today")
    nd.add_argument("--channel", default="post")
    nd.add_argument("--death-certificate", metavar="FILE")
    nd.add_argument("--capacity-proof", metavar="FILE")
    nd.add_argument("--notes", default="")
    json_flag(nd)
    nd.set_defaults(func=run_notify)

    dl = inner.add_parser(
        "deaths",
        help="list death notifications",
        description="List death notifications and where they stand.",
    )
    dl.add_argument("--open", action="store_true", help="only those not answered")
    json_flag(dl)
    dl.set_defaults(func=run_deaths)

    ac = inner.add_parser(
        "action",
        help="record what was done for a notification",
        description="Record an action done for a death notification.",
    )
    ac.add_argument("id", type=int, metavar="NOTIFICATION")
    ac.add_argument("action", metavar="ACTION", help="one of: " + ", ".join(ACTION_KINDS))
    ac.add_argument("--detail", default="", help="what exactly, to whom")
    ac.add_argument("--on", metavar="DATE", help="default: today")
    ac.add_argument("--directive", type=int, metavar="ID", help="the directive applied")
    json_flag(ac)
    ac.set_defaults(func=run_action)

    an = inner.add_parser(
        "answer",
        help="mark the heirs answered",
        description="Mark the notifier answered; prints what the reply letter contains.",
    )
    an.add_argument("id", type=int, metavar="NOTIFICATION")
    an.add_argument("--on", metavar="DATE", help="default: today")
    json_flag(an)
    an.set_defaults(func=run_answer)

    pe = inner.add_parser(
        "purge-evidence",
        help="destroy the death certificate and proof",
        description="Destroy the death certificate and proof of capacity "
        "of an answered notification; the facts remain.",
    )
    pe.add_argument("id", type=int, metavar="NOTIFICATION")
    json_flag(pe)
    pe.set_defaults(func=run_purge)
    file_commands(
        inner,
        "post-mortem directives",
        registers.import_directives,
        registers.export_directives,
        "directive(s)",
    )


def _line(d: DirectiveView) -> str:
    state = "active" if d.active else f"revoked {d.revoked_on}"
    return f"#{d.id:<4} {d.person_name:<30} {d.action:<12} registered {d.registered_on} {state}"


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        rows = registers.list_directives(ctx, include_revoked=not args.active)
    emit(
        args, [d.to_dict() for d in rows], [_line(d) for d in rows] + [f"{len(rows)} directive(s)"]
    )
    return 0


def run_add(args: argparse.Namespace) -> int:
    new = registers.NewDirective(
        person_name=args.person,
        action=args.action,
        consent_evidence=args.consent_evidence,
        registered_on=optional_date(args.registered_on, "--registered-on"),
        person_email=args.email,
        person_birth_date=optional_date(args.birth_date, "--birth-date"),
        scope=args.scope,
        instructions=args.instructions,
        designated_person=args.designated_person,
        designated_contact=args.designated_contact.replace("\\n", "\n"),
    )
    with opened(args) as ctx:
        d = registers.add_directive(ctx, new)
    linked = f", linked to data subject {d.subject_id}" if d.subject_id else ""
    emit(args, d.to_dict(), f"directive #{d.id} registered{linked}.")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    on = optional_date(args.on, "--on")
    with opened(args) as ctx:
        d = registers.revoke_directive(ctx, args.id, on, args.note)
    emit(args, d.to_dict(), f"directive #{d.id} revoked on {d.revoked_on}.")
    return 0


def run_find(args: argparse.Namespace) -> int:
    birth = optional_date(args.birth_date, "--birth-date")
    with opened(args) as ctx:
        rows = registers.find_directives(ctx, args.name, args.email, birth)
    emit(args, [d.to_dict() for d in rows], [_line(d) for d in rows] or ["no directive found"])
    return 0


def _death_lines(n: DeathNotificationView) -> list[str]:
    lines = [
        f"notification #{n.id} ({n.case_reference}): {n.deceased_name}, died "
        f"{n.death_date or '?'}; notified {n.notified_on} by {n.notifier_name} "
        f"({n.notifier_capacity})",
        f"  requests:   {', '.join(n.requests)}",
        f"  directives: {', '.join(f'#{i}' for i in n.directive_ids) or 'none'}",
    ]
    lines += [f"  done {a['on']}: {a['action']} {a.get('detail', '')}".rstrip() for a in n.actions]
    if n.flagged_cases:
        lines.append(f"  flagged cases: {', '.join(n.flagged_cases)}")
    if n.missing_evidence:
        lines.append(f"  evidence missing: {', '.join(n.missing_evidence)}")
    if n.answered_on:
        lines.append(f"  answered:   {n.answered_on}")
    if n.evidence_purged_at:
        lines.append(f"  evidence purged: {local_moment(n.evidence_purged_at)}")
    return lines


def run_notify(args: argparse.Namespace) -> int:
    notice = registers.DeathNotice(
        deceased_name=args.deceased,
        notifier_name=args.notifier,
        capacity=args.capacity,
        requests=args.request,
        death_date=optional_date(args.death_date, "--death-date"),
        deceased_email=args.email,
        notifier_contact=args.contact.replace("\\n", "\n"),
        notified_on=optional_date(args.notified_on, "--notified-on"),
        channel=args.channel,
        death_certificate=Path(args.death_certificate) if args.death_certificate else None,
        capacity_proof=Path(args.capacity_proof) if args.capacity_proof else None,
        notes=args.notes,
    )
    with opened(args) as ctx:
        n = registers.notify_death(ctx, notice)
    emit(args, n.to_dict(), _death_lines(n))
    return 0


def run_deaths(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        rows = registers.list_notifications(ctx, open_only=args.open)
    emit(
        args,
        [n.to_dict() for n in rows],
        [line for n in rows for line in _death_lines(n)] + [f"{len(rows)} notification(s)"],
    )
    return 0


def run_action(args: argparse.Namespace) -> int:
    on = optional_date(args.on, "--on")
    with opened(args) as ctx:
        n = registers.record_action(ctx, args.id, args.action, args.detail, on, args.directive)
    emit(args, n.to_dict(), _death_lines(n))
    return 0


def run_answer(args: argparse.Namespace) -> int:
    on = optional_date(args.on, "--on")
    with opened(args) as ctx:
        reply = registers.answer_heirs(ctx, args.id, on)
    emit(
        args,
        reply.to_dict(),
        [f"notification #{reply.notification_id} answered on {reply.answered_on}; the reply lists:"]
        + [f"  {line}" for line in reply.actions_done],
    )
    return 0


def run_purge(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        n = registers.purge_death_evidence(ctx, args.id)
    emit(
        args,
        n.to_dict(),
        f"notification #{n.id}: evidence purged "
        f"({sum(1 for e in n.evidence if e.purged_at)} file(s)).",
    )
    return 0
