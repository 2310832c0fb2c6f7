"""``dpo-desk letter REF --kind KIND --lang fr|en --out FILE.pdf`` and ``--list-kinds``."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from dpo_desk import fsio
from dpo_desk.cli._base import emit, json_flag, opened, parse_date
from dpo_desk.domain.regimes import FRANCE, regime_for
from dpo_desk.errors import UserError
from dpo_desk.letters.kinds import KINDS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "letter",
        help="write a reply letter as PDF",
        description="Write a reply letter of a case as PDF (kept as a draft in the case; "
        "--mark-sent freezes it as sent).",
    )
    p.add_argument("reference", metavar="REF", nargs="?")
    p.add_argument(
        "--list-kinds",
        action="store_true",
        help="list the kinds of letter (with REF: only those true for the case now)",
    )
    p.add_argument("--kind", choices=list(KINDS), help="kind of letter")
    p.add_argument(
        "--lang", choices=("fr", "en"), default=None, help="language (default: the organisation's)"
    )
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument(
        "--data",
        metavar="FILE",
        help="access reply: the copy of the data, printed as an annex. CSV "
        "(UTF-8): one row per item, columns section,field,value. JSON: "
        '{"sections": [{"title": "...", "rows": [["field", "value"]]}]}',
    )
    p.add_argument(
        "--copy-separately",
        action="store_true",
        help="access reply: the copy of the data is sent separately (the letter "
        "says so, with the due date) instead of --data",
    )
    p.add_argument(
        "--portable",
        metavar="FILE.json",
        help="access reply: also write the copy of the data as portable JSON",
    )
    p.add_argument("--text", default="", help="a free paragraph added to the letter")
    p.add_argument(
        "--action", action="append", default=[], help="confirmation: what was done (repeatable)"
    )
    p.add_argument(
        "--late-reason",
        default="",
        help="why the letter is written after its date (required then; the letter is marked late)",
    )
    p.add_argument(
        "--mark-sent", action="store_true", help="archive this letter as sent (immutable)"
    )
    from dpo_desk.cli.dispatch import add_sent_options

    add_sent_options(p, required=False)
    json_flag(p)
    p.set_defaults(func=run)


def check_out(out: Path) -> Path:
    """Refuse an output the letter cannot be written to, BEFORE the draft is generated
    and kept (issue 13: ``--out`` into a folder or an unwritable place printed a
    traceback after committing the draft)."""
    if out.is_dir():
        raise UserError(
            "{out} is a folder: give a file name, such as {example}",
            out=str(out),
            example=str(out / "letter.pdf"),
        )
    if not out.parent.is_dir():
        raise UserError("the folder {folder} does not exist", folder=str(out.parent))
    if out.is_symlink() or (out.exists() and not out.is_file()):
        raise UserError("{out} is a link or a special file: give a new file name", out=str(out))
    try:  # the one reliable test of "can I create a file there" (root ignores modes)
        fd, probe = tempfile.mkstemp(prefix=".dpo-desk-probe-", dir=out.parent)
    except OSError as exc:
        raise UserError(
            "cannot write in {folder}: {reason}; nothing was generated",
            folder=str(out.parent),
            reason=fsio.reason(exc),
        ) from None
    os.close(fd)
    os.unlink(probe)
    return out


def run(args: argparse.Namespace) -> int:
    if args.list_kinds:
        shown = list(KINDS.values())
        regime = FRANCE
        if args.reference:
            from dpo_desk.services import cases
            from dpo_desk.services import letters as service

            with opened(args) as ctx:
                keys = service.available_kinds(ctx, args.reference)
                regime = regime_for(cases.get_case(ctx, args.reference).summary.jurisdiction)
            shown = [KINDS[k] for k in keys]
        rows = [
            {"kind": k.key, "en": k.label_en, "fr": k.label_fr, "basis": k.basis_under(regime)}
            for k in shown
        ]
        emit(
            args,
            rows,
            [f"{k.key:<16} {k.label_en} / {k.label_fr} ({k.basis_under(regime)})" for k in shown],
        )
        return 0
    if not args.reference or not args.kind or not args.out:
        raise UserError("letter needs REF, --kind and --out (or --list-kinds)")
    out = check_out(Path(args.out))
    from dpo_desk.services import letters
    from dpo_desk.services.letters.data_copy import read_data_copy
    from dpo_desk.services.organisation import get_profile

    with opened(args) as ctx:
        lang = args.lang or get_profile(ctx).language
        copy = read_data_copy(Path(args.data)) if args.data else None
        result = letters.generate(
            ctx,
            args.reference,
            args.kind,
            lang,
            free_text=args.text,
            data_copy=copy,
            actions=tuple(args.action),
            late_reason=args.late_reason,
            copy_separately=args.copy_separately,
        )
        letters.export_pdf(ctx, result.document_id, out)
        if args.mark_sent:
            sent_on = parse_date(args.sent_on, "--sent-on") if args.sent_on else None
            letters.mark_sent(
                ctx,
                result.document_id,
                channel=args.channel,
                sent_on=sent_on,
                tracking=args.tracking,
            )
    if args.portable and copy is not None:
        portable = {
            "reference": result.reference,
            "sections": [
                {"title": s.title, "rows": [list(r) for r in s.rows]} for s in copy.sections
            ],
        }
        Path(args.portable).write_text(
            json.dumps(portable, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    data = {
        "document_id": result.document_id,
        "reference": result.reference,
        "kind": result.kind,
        "lang": result.lang,
        "sha256": result.sha256,
        "size": result.size,
        "out": str(out),
        "sent": args.mark_sent,
    }
    emit(
        args,
        data,
        f"{result.reference}: {KINDS[result.kind].label(lang)} written to {out} "
        f"({result.size // 1024} KiB, sha256 {result.sha256[:12]}…)"
        + (", archived as sent" if args.mark_sent else ""),
    )
    return 0
