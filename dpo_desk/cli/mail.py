"""``dpo-desk case import-mail FILE…``: requests that arrived by e-mail (issue 17)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag, opened
from dpo_desk.cli._term import safe
from dpo_desk.domain.rights import Right
from dpo_desk.errors import UserError, render_error
from dpo_desk.mail.model import MailRefused
from dpo_desk.mail.read import read_path
from dpo_desk.services import mail_import


def register_mail(inner: argparse._SubParsersAction) -> None:
    im = inner.add_parser(
        "import-mail",
        help="open cases from e-mails (.eml, Outlook .msg, mbox)",
        description="Open a case from each message: sender, date of receipt (topmost "
        "Received: hop, else Date:), subject and text as notes, attachments "
        "as documents, the original sealed with its SHA-256. A message "
        "already imported is refused; a reply joins its thread's case.",
    )
    im.add_argument("files", metavar="FILE", nargs="+")
    im.add_argument(
        "--right",
        action="append",
        default=[],
        metavar="RIGHT",
        help="register these rights instead of those the words suggest "
        "(repeatable): " + ", ".join(r.value for r in Right),
    )
    json_flag(im)
    im.set_defaults(func=run_import_mail)


def run_import_mail(args: argparse.Namespace) -> int:
    lang = getattr(args, "message_lang", "en")  # --lang fr before the command
    rows: list[dict[str, object]] = []
    lines: list[str] = []
    with opened(args) as ctx:
        for name in args.files:
            for item in read_path(Path(name)):
                if isinstance(item, MailRefused):
                    why = render_error(item, lang)
                    rows.append({"file": name, "refused": why})
                    lines.append(safe(f"refused: {why}"))
                    continue
                try:
                    res = mail_import.import_mail(ctx, item, rights=args.right)
                except UserError as exc:
                    why = render_error(exc, lang)
                    rows.append({"file": name, "message": item.label, "refused": why})
                    lines.append(safe(f"refused: {why}"))
                    continue
                rows.append(
                    {
                        "file": name,
                        "message": item.label,
                        "case": res.reference,
                        "created": res.created,
                        "sha256": res.sha256,
                        "documents": res.documents,
                        "not_kept": list(res.skipped),
                    }
                )
                what = "new case" if res.created else "reply added to"
                lines.append(
                    safe(
                        f"{item.label}: {what} {res.reference} "
                        f"(sha256 {res.sha256[:16]}…, {res.documents} document(s))"
                    )
                )
    refused = sum(1 for r in rows if "refused" in r)
    lines.append(f"{len(rows) - refused} imported, {refused} refused")
    emit(args, rows, lines)
    return 1 if refused else 0
