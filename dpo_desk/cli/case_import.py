"""``dpo-desk case import FILE``: requests from a web-form export (CSV or XLSX).

The columns are matched from their French or English headers; ``--map field=Header``
corrects a guess. ``--dry-run`` checks every row and prints the mapping and every
refusal without writing. Without it, one refused row and nothing is imported: every
refused row is printed with its line, and the exit code is that of any refusal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dpo_desk.cli._base import EXIT_REFUSED, emit, json_flag, opened
from dpo_desk.errors import Phrase, UserError, render_error
from dpo_desk.services.case_import import CaseImportRefused, Mapping, import_cases
from dpo_desk.services.import_mapping import FIELDS, guess_mapping, header_key
from dpo_desk.services.import_rows import RowRefusal
from dpo_desk.services.import_table import read_table


def register(inner: argparse._SubParsersAction) -> None:
    p = inner.add_parser(
        "import",
        help="import requests from a web-form export (CSV/XLSX), all or nothing",
        description="Import requests from a web-form export (.csv or .xlsx). Columns are "
        "matched from French or English headers. Every refused row is printed "
        "with its line; one refused row and nothing is imported.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="check every row and print the mapping and refusals; write nothing",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="which column holds a field (repeatable); fields: " + ", ".join(FIELDS),
    )
    json_flag(p)
    p.set_defaults(func=run_import)


def _mapping(path: Path, pairs: list[str]) -> Mapping | None:
    if not pairs:
        return None
    headers = read_table(path, limit=1).headers
    mapping = guess_mapping(headers)
    keys = [header_key(h) for h in headers]
    for pair in pairs:
        fld, sep, header = pair.partition("=")
        fld = fld.strip().lower()
        if not sep or fld not in FIELDS:
            raise UserError(
                "--map {value!r}: expected FIELD=HEADER with a field among {fields}",
                value=pair,
                fields=", ".join(FIELDS),
            )
        if not header.strip():
            mapping[fld] = None
            continue
        if header_key(header) not in keys:
            raise UserError(
                "--map {value!r}: no column {header!r} in the file", value=pair, header=header
            )
        mapping[fld] = keys.index(header_key(header))
    return mapping


def _refusal_lines(refusals: list[RowRefusal], lang: str) -> list[str]:
    return [f"  {Phrase('line {n}', n=r.line).render(lang)}: {r.render(lang)}" for r in refusals]


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with opened(args) as ctx:
        try:
            report = import_cases(ctx, path, _mapping(path, args.map), dry_run=args.dry_run)
        except CaseImportRefused as exc:
            sys.stderr.write(f"dpo-desk: {render_error(exc, args.message_lang)}\n")
            sys.stderr.write("\n".join(_refusal_lines(exc.refusals, args.message_lang)) + "\n")
            return EXIT_REFUSED
    headers = read_table(path, limit=1).headers
    shown = [
        f"  {f:<12} <- {headers[i] if i is not None else '(none)'}"
        for f, i in report.mapping.items()
    ]
    data = {
        "file": report.file,
        "rows": report.rows,
        "dry_run": report.dry_run,
        "mapping": {f: (headers[i] if i is not None else None) for f, i in report.mapping.items()},
        "refused": [
            {"line": r.line, "reason": r.render(args.message_lang)} for r in report.refusals
        ],
        "references": report.references,
    }
    if report.dry_run:
        head = (
            f"{report.file}: {report.rows} rows checked, {len(report.refusals)} refused "
            "(dry run: nothing was imported)"
        )
        emit(
            args,
            data,
            [head, "mapping:", *shown, *_refusal_lines(report.refusals, args.message_lang)],
        )
        return EXIT_REFUSED if report.refusals else 0
    emit(
        args,
        data,
        f"{report.file}: {report.imported} requests imported "
        f"({report.references[0]} to {report.references[-1]}).",
    )
    return 0
