"""What each ``dpo-desk incident`` command does (declared in ``cli.incidents``): the
service called in one transaction, then its result printed, or as JSON."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from dpo_desk.cli._base import emit, opened
from dpo_desk.domain import incidents as rules
from dpo_desk.errors import UserError
from dpo_desk.services.context import Context
from dpo_desk.services.incident_dto import IncidentDetail, IncidentSummary


def _instant(ctx: Context, text: str | None, what: str) -> datetime:
    """An ISO date-time, with its offset or read in the organisation's zone; default now."""
    from dpo_desk.services.incidents import checked

    if not text:
        return ctx.now()
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            "{what}: {text!r} is not a valid date-time (YYYY-MM-DDTHH:MM, optionally with +01:00)",
            what=what,
            text=text,
        ) from None
    return checked(rules.local_instant, value, ctx.timezone)


def run_add(args: argparse.Namespace) -> int:
    from dpo_desk.services import incidents

    with opened(args) as ctx:
        new = incidents.NewIncident(
            title=args.title,
            aware_at=_instant(ctx, args.aware, "--aware"),
            reporter=args.reporter,
            natures=args.nature or ["confidentiality"],
            origin=args.origin,
            cause=args.cause,
            circumstances=args.circumstances,
            people_count=args.people,
            records_count=args.records,
            quebec_people=args.quebec_people,
            data_categories=args.data,
            subject_categories=args.people_category,
            consequences=args.consequences,
            measures_taken=args.measures_taken,
            measures_proposed=args.measures_proposed,
            person_advice=args.advice,
            recipients=args.recipient,
            cases=args.case,
        )
        d = incidents.add_incident(ctx, new)
    emit(
        args,
        d.to_dict(),
        f"{d.reference} recorded: notice to the authority due by "
        f"{rules.local_text(d.summary.due_at, d.summary.aware_tz)}.",
    )
    return 0


#: ``incident update`` option (argparse name) -> field of ``update_incident``.
UPDATE_OPTIONS = {
    "title": "title",
    "reporter": "reporter",
    "nature": "natures",
    "origin": "origin",
    "cause": "cause",
    "circumstances": "circumstances",
    "occurred_note": "occurred_note",
    "people": "people_count",
    "records": "records_count",
    "quebec_people": "quebec_people",
    "data": "data_categories",
    "people_category": "subject_categories",
    "consequences": "consequences",
    "measures_taken": "measures_taken",
    "measures_proposed": "measures_proposed",
    "advice": "person_advice",
    "recipient": "recipients",
    "case": "cases",
}
#: ``--clear`` word -> (field, its empty value).
CLEARABLE: dict[str, tuple[str, object]] = {
    "people": ("people_count", None),
    "records": ("records_count", None),
    "quebec-people": ("quebec_people", None),
    "occurred-from": ("occurred_from", None),
    "occurred-to": ("occurred_to", None),
    "recipients": ("recipients", []),
    "cases": ("cases", []),
    "people-categories": ("subject_categories", []),
    "data": ("data_categories", []),
}


def run_update(args: argparse.Namespace) -> int:
    from dpo_desk.services.incident_update import update_incident

    with opened(args) as ctx:
        changes: dict[str, object] = {
            field: getattr(args, option)
            for option, field in UPDATE_OPTIONS.items()
            if getattr(args, option) is not None
        }
        for option, what in (
            ("occurred_from", "--occurred-from"),
            ("occurred_to", "--occurred-to"),
        ):
            if getattr(args, option):
                changes[option] = _instant(ctx, getattr(args, option), what)
        for word in args.clear:
            field, empty = CLEARABLE[word]
            if field in changes:
                raise UserError("{option} is given and cleared at once; choose one", option=word)
            changes[field] = empty
        d = update_incident(ctx, args.reference, changes)
    emit(args, d.to_dict(), f"{d.reference} updated.")
    return 0


def _line(s: IncidentSummary, now: datetime) -> str:
    if s.clock_running:
        clock = rules.countdown_text(rules.notification_clock(s.aware_at, s.aware_tz), now)
    elif s.quebec_running:
        clock = "QC " + rules.format_duration(rules.elapsed_since(s.aware_at, now)) + " elapsed"
    else:
        clock = "—"
    return (
        f"{s.reference:<14} {rules.local_text(s.aware_at, s.aware_tz):<22} "
        f"{clock:<24} {s.risk_level or '?':<5} {s.title}"
    )


def run_list(args: argparse.Namespace) -> int:
    from dpo_desk.services import incidents

    flt = incidents.IncidentFilter(
        running_only=args.running, status=args.status, regime=args.regime, text=args.search
    )
    with opened(args) as ctx:
        rows = incidents.list_incidents(ctx, flt)
        now = ctx.now()
    emit(
        args,
        [r.to_dict() for r in rows],
        [f"{'REFERENCE':<14} {'AWARE':<22} {'CLOCK':<24} {'RISK':<5} TITLE"]
        + [_line(r, now) for r in rows]
        + [f"{len(rows)} incident(s)"],
    )
    return 0


def describe(d: IncidentDetail) -> list[str]:
    s = d.summary
    regimes = "+".join(x for x, on in (("GDPR", s.gdpr), ("Quebec", s.quebec)) if on)
    lines = [
        f"{s.reference} — {s.title} ({s.status}, {regimes})",
        f"  aware:        {rules.local_text(s.aware_at, s.aware_tz)} ({s.aware_tz})",
        f"  origin/cause: {d.origin} / {d.cause}; nature: {', '.join(d.natures)}",
        f"  people:       {s.people_count if s.people_count is not None else '?'}"
        + (f" (Quebec: {d.quebec_people})" if d.quebec_people is not None else ""),
        f"  data:         {', '.join(d.data_categories) or '—'}"
        + (f" (sensitive: {', '.join(d.sensitive)})" if d.sensitive else ""),
        f"  risk:         {s.risk_level or 'not assessed'} {d.risk_reasons}".rstrip(),
    ]
    if s.quebec:
        serious = {None: "not assessed", True: "yes", False: "no"}[s.qc_serious]
        lines.append(f"  Quebec serious injury: {serious} {d.qc_reasons}".rstrip())
    if s.decision:
        lines.append(f"  decision:     {s.decision} {d.decision_reasons}".rstrip())
    for n in d.notices:
        lines.append(
            f"  notice:       {n.addressee} {n.kind} {n.sent_at.isoformat()}"
            + (f" LATE: {n.delay_reasons}" if n.late else "")
        )
    if d.keep_until:
        lines.append(f"  keep until:   {d.keep_until}")
    if s.gdpr:
        lines.append("  the 72 hours explained:")
        lines += [f"    {i}. {step['text_en']}" for i, step in enumerate(d.explanation, 1)]
    return lines


def run_show(args: argparse.Namespace) -> int:
    from dpo_desk.services import incidents

    with opened(args) as ctx:
        d = incidents.get_incident(ctx, args.reference)
    emit(args, d.to_dict(), describe(d))
    return 0


def run_assess(args: argparse.Namespace) -> int:
    from dpo_desk.services import incident_actions

    serious = None if args.qc_serious is None else args.qc_serious == "yes"
    with opened(args) as ctx:
        d = incident_actions.assess(
            ctx,
            args.reference,
            args.level,
            args.reasons,
            args.exception,
            qc_sensitivity=args.qc_sensitivity,
            qc_consequences=args.qc_consequences,
            qc_likelihood=args.qc_likelihood,
            qc_serious=serious,
            qc_reasons=args.qc_reasons,
        )
    emit(args, d.to_dict(), f"{d.reference}: risk {d.summary.risk_level or '—'} recorded.")
    return 0


def run_notify(args: argparse.Namespace) -> int:
    from dpo_desk.services import incident_actions

    with opened(args) as ctx:
        d = incident_actions.record_notice(
            ctx,
            args.reference,
            args.addressee,
            _instant(ctx, args.sent, "--sent"),
            args.kind,
            args.delay_reasons,
            args.channel,
        )
    n = d.notices[-1]
    emit(
        args,
        d.to_dict(),
        f"{d.reference}: notice to {n.addressee} marked sent"
        + (" (late, reasons recorded)" if n.late else "")
        + ".",
    )
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from dpo_desk.services import incident_actions

    with opened(args) as ctx:
        d = incident_actions.decide(ctx, args.reference, args.decision == "notify", args.reasons)
    emit(args, d.to_dict(), f"{d.reference}: decision {d.summary.decision} recorded.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from dpo_desk.services import incident_actions

    out = Path(args.file)
    fmt = args.format or out.suffix.lstrip(".").lower()
    with opened(args) as ctx:
        res = incident_actions.export_register(ctx, fmt, out, args.lang)
    emit(
        args,
        {"path": str(res.path), "format": res.format, "rows": res.rows},
        f"{res.rows} incident(s) written to {res.path}.",
    )
    return 0


def run_reading(args: argparse.Namespace) -> int:
    from dpo_desk.services import incident_actions, incidents

    with opened(args) as ctx:
        value = (
            incident_actions.set_reading(ctx, args.value)
            if args.value
            else incidents.reading_of(ctx)
        )
    emit(args, {"breach_hours": value}, f"reading of the 72 hours: {value}")
    return 0


def run_document(args: argparse.Namespace) -> int:
    from dpo_desk.fsio import atomic_write
    from dpo_desk.services import incident_docs

    with opened(args) as ctx:
        info, pdf = incident_docs.produce(ctx, args.reference, args.kind, args.lang)
    try:
        atomic_write(Path(args.file), pdf)
    except OSError as exc:
        raise UserError(
            "cannot write {file}: {reason}", file=args.file, reason=exc.strerror or str(exc)
        ) from None
    emit(
        args,
        {
            "id": info.id,
            "kind": info.kind,
            "lang": info.lang,
            "sha256": info.sha256,
            "file": args.file,
        },
        f"{info.reference}: {info.kind} ({info.lang}) kept as document {info.id}, "
        f"written to {args.file}.",
    )
    return 0


def run_sent(args: argparse.Namespace) -> int:
    from dpo_desk.services import incident_docs

    with opened(args) as ctx:
        d = incident_docs.mark_sent(
            ctx,
            args.reference,
            args.document,
            _instant(ctx, args.sent, "--sent"),
            args.delay_reasons,
        )
    n = d.notices[-1]
    emit(
        args,
        d.to_dict(),
        f"{d.reference}: document {args.document} sent; notice to "
        f"{n.addressee} recorded" + (" (late)" if n.late else "") + ".",
    )
    return 0


def run_close(args: argparse.Namespace) -> int:
    from dpo_desk.services import incident_actions

    with opened(args) as ctx:
        d = incident_actions.close(ctx, args.reference)
    emit(
        args,
        d.to_dict(),
        f"{d.reference}: closed; the register entry is kept"
        + (f" until {d.keep_until}" if d.keep_until else "")
        + ".",
    )
    return 0


def run_purge(args: argparse.Namespace) -> int:
    from dpo_desk.services import incident_retention

    with opened(args) as ctx:
        if args.yes and args.references:
            n = incident_retention.purge(ctx, args.references)
            emit(args, {"removed": n}, f"{n} register entr{'y' if n == 1 else 'ies'} removed.")
            return 0
        rows = incident_retention.expired(ctx)
    emit(
        args,
        [{"reference": e.reference, "title": e.title, "keep_until": e.keep_until} for e in rows],
        [f"{e.reference:<14} kept until {e.keep_until}  {e.title}" for e in rows]
        + [
            f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'} may be removed"
            " (name them with --yes)"
        ],
    )
    return 0
