"""``dpo-desk incident ...``: the breach and incident register from the command line."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag, opened
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


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "incident",
        help="breaches and confidentiality incidents",
        description="The breach and incident register: record, assess, notify, decide, export.",
    )
    inner = p.add_subparsers(dest="incident_command", metavar="ACTION", required=True)

    add = inner.add_parser(
        "add",
        help="record an incident and start its clock",
        description="Record an incident; prints its reference and the "
        "due instant of the notice to the authority.",
    )
    add.add_argument("--title", required=True, help="a short description")
    add.add_argument(
        "--aware",
        metavar="DATETIME",
        help="when the organisation became aware (ISO; without an offset, read "
        "in the organisation's zone; default now)",
    )
    _fact_options(add, defaults=True)
    json_flag(add)
    add.set_defaults(func=run_add)

    up = inner.add_parser(
        "update",
        help="complete or correct the facts of an open incident",
        description="Change the facts of an open incident as they arrive "
        "(GDPR Art. 33(4)); only the options given change. "
        "The awareness instant stays as recorded. A repeatable "
        "option given replaces the whole list.",
    )
    up.add_argument("reference", metavar="REF")
    up.add_argument("--title")
    _fact_options(up, defaults=False)
    up.add_argument("--occurred-from", metavar="DATETIME", help="start of the incident")
    up.add_argument("--occurred-to", metavar="DATETIME", help="end of the incident")
    up.add_argument("--occurred-note", help="the period in words when it is not known")
    up.add_argument(
        "--clear",
        action="append",
        default=[],
        choices=sorted(CLEARABLE),
        help="empty a field (repeatable)",
    )
    json_flag(up)
    up.set_defaults(func=run_update)

    ls = inner.add_parser("list", help="the register, running clocks first")
    ls.add_argument("--running", action="store_true", help="only incidents whose clock runs")
    ls.add_argument("--status", default="", choices=("", "open", "closed"))
    ls.add_argument("--regime", default="", choices=("", "gdpr", "quebec"))
    ls.add_argument("--search", default="")
    json_flag(ls)
    ls.set_defaults(func=run_list)

    show = inner.add_parser("show", help="everything about one incident, its clock explained")
    show.add_argument("reference", metavar="REF")
    json_flag(show)
    show.set_defaults(func=run_show)

    asx = inner.add_parser("assess", help="record the risk assessment with its reasons")
    asx.add_argument("reference", metavar="REF")
    asx.add_argument("--level", default="", help="GDPR: none, risk, high")
    asx.add_argument("--reasons", default="")
    asx.add_argument(
        "--exception",
        default="",
        help="GDPR Art. 34(3): unintelligible, risk-removed, public-notice",
    )
    asx.add_argument("--qc-sensitivity", default="", help="Quebec: low, medium, high")
    asx.add_argument("--qc-consequences", default="")
    asx.add_argument("--qc-likelihood", default="")
    asx.add_argument(
        "--qc-serious", choices=("yes", "no"), help="Quebec conclusion: risk of serious injury"
    )
    asx.add_argument("--qc-reasons", default="")
    json_flag(asx)
    asx.set_defaults(func=run_assess)

    no = inner.add_parser("notify", help="mark a notice as sent")
    no.add_argument("reference", metavar="REF")
    no.add_argument("addressee", choices=("authority", "cai", "persons"))
    no.add_argument("--kind", default="", help="authority: initial, complementary, complete")
    no.add_argument("--sent", metavar="DATETIME", help="default now")
    no.add_argument("--delay-reasons", default="", help="required for a late first notice")
    no.add_argument("--channel", default="", help="e.g. CNIL online service, e-mail, post")
    json_flag(no)
    no.set_defaults(func=run_notify)

    de = inner.add_parser("decide", help="record the decision to notify or not")
    de.add_argument("reference", metavar="REF")
    de.add_argument("decision", choices=("notify", "no-notify"))
    de.add_argument("--reasons", default="", help="required for no-notify")
    json_flag(de)
    de.set_defaults(func=run_decide)

    doc = inner.add_parser(
        "document",
        help="produce a document (PDF) and keep it",
        description="Produce the authority summary, the notice to the CAI "
        "or the notice to the persons, keep it, and write it "
        "to FILE.",
    )
    doc.add_argument("reference", metavar="REF")
    doc.add_argument("kind", choices=("authority-summary", "cai-notice", "persons-notice"))
    doc.add_argument("file", metavar="FILE")
    doc.add_argument("--lang", default="fr", choices=("fr", "en"))
    json_flag(doc)
    doc.set_defaults(func=run_document)

    snt = inner.add_parser("sent", help="mark a kept document sent (records the notice)")
    snt.add_argument("reference", metavar="REF")
    snt.add_argument("document", metavar="ID", type=int)
    snt.add_argument("--sent", metavar="DATETIME", help="default now")
    snt.add_argument("--delay-reasons", default="", help="required for a late first notice")
    json_flag(snt)
    snt.set_defaults(func=run_sent)

    cl = inner.add_parser("close", help="close an incident once handled (the entry stays)")
    cl.add_argument("reference", metavar="REF")
    json_flag(cl)
    cl.set_defaults(func=run_close)

    pg = inner.add_parser(
        "purge",
        help="remove closed Quebec entries kept five years",
        description="List the closed entries whose minimum retention "
        "(five years after awareness, r. 3.1 s. 7) has ended; "
        "with --yes, remove those named.",
    )
    pg.add_argument("references", metavar="REF", nargs="*")
    pg.add_argument("--yes", action="store_true", help="remove the entries named")
    json_flag(pg)
    pg.set_defaults(func=run_purge)

    rd = inner.add_parser(
        "reading",
        help="show or set the reading of the 72 hours",
        description="The organisation's reading of the 72 hours: elapsed "
        "(exact elapsed hours, the earlier deadline, default) or "
        "reg-1182-71 (the hour of awareness is left out).",
    )
    rd.add_argument("value", nargs="?", choices=rules.BREACH_READINGS)
    json_flag(rd)
    rd.set_defaults(func=run_reading)

    ex = inner.add_parser("export", help="the register for the authority (CSV, XLSX or PDF)")
    ex.add_argument("file", metavar="FILE")
    ex.add_argument(
        "--format",
        default="",
        choices=("", "csv", "xlsx", "pdf"),
        help="default: from the file's extension",
    )
    ex.add_argument("--lang", default="fr", choices=("fr", "en"), help="PDF: language")
    json_flag(ex)
    ex.set_defaults(func=run_export)


def _fact_options(p: argparse.ArgumentParser, *, defaults: bool) -> None:
    """The facts of an incident, the same words for ``add`` and ``update``: ``add`` gives
    each its intake default; ``update`` leaves them ``None`` so only the options given
    change (a repeatable option given replaces the whole list)."""

    def d(value: object) -> object:
        return value if defaults else None

    p.add_argument(
        "--reporter", default=d("internal"), help=", ".join(r.value for r in rules.Reporter)
    )
    p.add_argument(
        "--nature",
        action="append",
        default=d([]),
        help="repeatable: " + ", ".join(n.value for n in rules.Nature),
    )
    p.add_argument("--origin", default=d("other"), help=", ".join(o.value for o in rules.Origin))
    p.add_argument("--cause", default=d("unknown"), help=", ".join(c.value for c in rules.Cause))
    p.add_argument("--circumstances", default=d(""))
    p.add_argument("--people", type=int, help="approximate number of people concerned")
    p.add_argument("--records", type=int, help="approximate number of records")
    p.add_argument("--quebec-people", type=int, help="people living in Quebec")
    p.add_argument(
        "--data",
        action="append",
        default=d([]),
        metavar="CATEGORY",
        help="repeatable: " + ", ".join(c.value for c in rules.DataCategory),
    )
    p.add_argument("--people-category", action="append", default=d([]), metavar="TEXT")
    for text in ("--consequences", "--measures-taken", "--measures-proposed"):
        p.add_argument(text, default=d(""))
    p.add_argument(
        "--advice", default=d(""), help="what the persons can do (notice to the persons)"
    )
    p.add_argument(
        "--recipient",
        action="append",
        default=d([]),
        help="a processor or recipient of the register (repeatable)",
    )
    p.add_argument("--case", action="append", default=d([]), help="a linked case (repeatable)")


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
