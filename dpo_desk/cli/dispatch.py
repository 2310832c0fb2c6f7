"""``dpo-desk dispatch ...``: how a letter left and when it arrived.

``sent`` freezes a draft as sent with its day and channel (and the registered post
number); ``delivered`` records the proof of delivery later; ``list`` shows a case's
letters with their dispatch and whether each left on time.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag, opened, parse_date
from dpo_desk.domain.dispatch import DispatchChannel
from dpo_desk.services.dto import DocumentInfo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg, unused-ignore]
    p = sub.add_parser(
        "dispatch",
        help="record how a letter was sent and delivered",
        description="Record the sending of a letter (day, channel, registered post number) "
        "and later its delivery; the sending day is what the on-time check uses.",
    )
    inner = p.add_subparsers(dest="dispatch_command", metavar="ACTION", required=True)

    sent = inner.add_parser(
        "sent",
        help="mark a draft letter as sent (final)",
        description="Freeze a draft letter as sent, with how and when.",
    )
    sent.add_argument("document", type=int, metavar="LETTER_ID")
    add_sent_options(sent, required=True)
    json_flag(sent)
    sent.set_defaults(func=run_sent)

    done = inner.add_parser(
        "delivered",
        help="record the proof of delivery",
        description="Record that a sent letter was delivered, "
        "optionally with the scanned proof (PDF or image).",
    )
    done.add_argument("document", type=int, metavar="LETTER_ID")
    done.add_argument("--on", required=True, metavar="DATE", help="day of delivery")
    done.add_argument("--proof", metavar="FILE", help="scanned slip or read receipt")
    json_flag(done)
    done.set_defaults(func=run_delivered)

    ls = inner.add_parser(
        "list",
        help="a case's letters with their dispatch",
        description="A case's letters: sent when, how, on time or late.",
    )
    ls.add_argument("reference", metavar="REF")
    json_flag(ls)
    ls.set_defaults(func=run_list)


def add_sent_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    """``--channel``, ``--sent-on`` and ``--tracking`` (shared with ``letter --mark-sent``)."""
    p.add_argument(
        "--channel",
        required=required,
        default=None if required else "post",
        choices=[c.value for c in DispatchChannel],
        help="how the letter left" + ("" if required else " (default: post)"),
    )
    p.add_argument("--sent-on", metavar="DATE", help="day it left (default: today)")
    p.add_argument(
        "--tracking",
        default="",
        metavar="NUMBER",
        help="registered post number (required for registered-post)",
    )


def line(d: DocumentInfo) -> str:
    """One letter on one line: kind, language, dispatch, lateness, delivery."""
    if d.sent_on is None:
        state = "draft"
    else:
        how = d.dispatch_channel + (f" {d.tracking_number}" if d.tracking_number else "")
        late = (
            ""
            if d.days_late is None
            else (", on time" if d.days_late == 0 else f", {d.days_late} day(s) LATE")
        )
        state = f"sent {d.sent_on.isoformat()} by {how}{late}"
        if d.delivered_on:
            state += f"; delivered {d.delivered_on.isoformat()}"
            state += " (proof kept)" if d.delivery_proof_id else ""
    return f"#{d.id:<5} {d.letter_kind:<16} {d.lang:<3} {state}"


def run_sent(args: argparse.Namespace) -> int:
    from dpo_desk.services import letters

    with opened(args) as ctx:
        sent_on = parse_date(args.sent_on, "--sent-on") if args.sent_on else None
        info = letters.mark_sent(
            ctx, args.document, channel=args.channel, sent_on=sent_on, tracking=args.tracking
        )
    emit(args, asdict(info), line(info))
    return 0


def run_delivered(args: argparse.Namespace) -> int:
    from dpo_desk.services import letters

    with opened(args) as ctx:
        info = letters.record_delivery(
            ctx,
            args.document,
            parse_date(args.on, "--on"),
            Path(args.proof) if args.proof else None,
        )
    emit(args, asdict(info), line(info))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from dpo_desk.services import letters

    with opened(args) as ctx:
        found = letters.letters_of(ctx, args.reference)
    emit(args, [asdict(d) for d in found], [line(d) for d in found] or ["no letter yet"])
    return 0
