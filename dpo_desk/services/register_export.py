"""``export register``: the record of processing activities as a PDF in the CNIL model's
layout, or as XLSX / ODS workbooks, in English or French; audited (format, language,
number of activities: never the contents)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dpo_desk.errors import UserError
from dpo_desk.letters.register_pdf import render_register
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.exports import write_export
from dpo_desk.services.register_book import RegisterBook, book_sheets, read_book
from dpo_desk.services.spreadsheets import to_ods, to_xlsx

REGISTER_FORMATS = ("pdf", "xlsx", "ods")
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class RegisterExport:
    path: Path
    format: str
    lang: str
    activities: int


def register_bytes(book: RegisterBook, fmt: str) -> bytes:
    """The register in ``fmt`` (no I/O, no audit: the inspection pack reuses it)."""
    if fmt == "pdf":
        return render_register(book)
    sheets = book_sheets(book)
    return to_xlsx(sheets) if fmt == "xlsx" else to_ods(sheets)


def check_choice(fmt: str, lang: str) -> None:
    if fmt not in REGISTER_FORMATS:
        raise UserError(
            "unknown format {fmt!r}; use one of: {formats}",
            fmt=fmt,
            formats=", ".join(REGISTER_FORMATS),
        )
    if lang not in LANGUAGES:
        raise UserError(
            "unknown language {lang!r}; use one of: {languages}",
            lang=lang,
            languages=", ".join(LANGUAGES),
        )


def export_register(ctx: Context, fmt: str, lang: str, out: Path) -> RegisterExport:
    """Write the register to ``out``: one read, the file written atomically, audited."""
    check_choice(fmt, lang)
    book = read_book(ctx, lang)
    write_export(Path(out), register_bytes(book, fmt))
    with ctx.db.write() as session:
        audit.record(
            session,
            ctx,
            "export.register",
            "export",
            fmt,
            {"lang": lang, "activities": len(book.activities)},
        )
    return RegisterExport(Path(out), fmt, lang, len(book.activities))
