"""``dpo-desk incident ...``: the breach and incident register from the command line.

This module declares the commands and their options; what each one does is in
``cli.incident_runs``.
"""

from __future__ import annotations

import argparse

from dpo_desk.cli._base import json_flag
from dpo_desk.cli.incident_runs import (
    CLEARABLE,
    run_add,
    run_assess,
    run_close,
    run_decide,
    run_document,
    run_export,
    run_list,
    run_notify,
    run_purge,
    run_reading,
    run_sent,
    run_show,
    run_update,
)
from dpo_desk.domain import incidents as rules


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
