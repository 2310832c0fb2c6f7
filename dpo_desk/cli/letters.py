"""``dpo-desk letter REF --kind KIND --lang fr|en --out FILE.pdf`` and ``--list-kinds``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag, opened, parse_date
from dpo_desk.errors import UserError
from dpo_desk.letters.kinds import KINDS, REFUSAL_REASONS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "letter", help="write a reply letter as PDF",
        description="Write a reply letter of a case as PDF (kept as a draft in the case; "
                    "--mark-sent freezes it as sent).")
    p.add_argument("reference", metavar="REF", nargs="?")
    p.add_argument("--list-kinds", action="store_true", help="list the kinds of letter")
    p.add_argument("--kind", choices=list(KINDS), help="kind of letter")
    p.add_argument("--lang", choices=("fr", "en"), default=None,
                   help="language (default: the organisation's)")
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--data", metavar="FILE",
                   help="access reply: the copy of the data, printed as an annex. CSV "
                        "(UTF-8): one row per item, columns section,field,value. JSON: "
                        '{"sections": [{"title": "...", "rows": [["field", "value"]]}]}')
    p.add_argument("--copy-separately", action="store_true",
                   help="access reply: the copy of the data is sent separately (the letter "
                        "says so, with the due date) instead of --data")
    p.add_argument("--portable", metavar="FILE.json",
                   help="access reply: also write the copy of the data as portable JSON")
    p.add_argument("--text", default="", help="a free paragraph added to the letter")
    p.add_argument("--action", action="append", default=[],
                   help="confirmation: what was done (repeatable)")
    p.add_argument("--refusal", choices=list(REFUSAL_REASONS),
                   help="refusal: the ground (default: the case's)")
    p.add_argument("--mark-sent", action="store_true",
                   help="archive this letter as sent (immutable)")
    from dpo_desk.cli.dispatch import add_sent_options

    add_sent_options(p, required=False)
    json_flag(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.list_kinds:
        rows = [{"kind": k.key, "en": k.label_en, "fr": k.label_fr, "basis": k.basis}
                for k in KINDS.values()]
        emit(args, rows, [f"{k.key:<16} {k.label_en} / {k.label_fr} ({k.basis})"
                          for k in KINDS.values()])
        return 0
    if not args.reference or not args.kind or not args.out:
        raise UserError("letter needs REF, --kind and --out (or --list-kinds)")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"the folder {out.parent} does not exist")
    from dpo_desk.services import letters
    from dpo_desk.services.letters.build import read_data_copy
    from dpo_desk.services.organisation import get_profile

    with opened(args) as ctx:
        lang = args.lang or get_profile(ctx).language
        copy = read_data_copy(Path(args.data)) if args.data else None
        result = letters.generate(ctx, args.reference, args.kind, lang, free_text=args.text,
                                  data_copy=copy, actions=tuple(args.action),
                                  refusal_code=args.refusal or "",
                                  copy_separately=args.copy_separately)
        letters.export_pdf(ctx, result.document_id, out)
        if args.mark_sent:
            sent_on = parse_date(args.sent_on, "--sent-on") if args.sent_on else None
            letters.mark_sent(ctx, result.document_id, channel=args.channel, sent_on=sent_on,
                              tracking=args.tracking)
    if args.portable and copy is not None:
        portable = {"reference": result.reference, "sections": [
            {"title": s.title, "rows": [list(r) for r in s.rows]} for s in copy.sections]}
        Path(args.portable).write_text(json.dumps(portable, ensure_ascii=False, indent=2),
                                       encoding="utf-8")
    data = {"document_id": result.document_id, "reference": result.reference,
            "kind": result.kind, "lang": result.lang, "sha256": result.sha256,
            "size": result.size, "out": str(out), "sent": args.mark_sent}
    emit(args, data, f"{result.reference}: {KINDS[result.kind].label(lang)} written to {out} "
                     f"({result.size // 1024} KiB, sha256 {result.sha256[:12]}…)"
                     + (", archived as sent" if args.mark_sent else ""))
    return 0
