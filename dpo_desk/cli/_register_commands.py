"""What the register command groups (``register``, ``recipients``, ``directives``) share:
the ``import`` and ``export`` actions, which take the same arguments, have the same help
and print the same report whatever the register; ``delete NAME``, which prints the same
whatever is deleted; and optional dates."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dpo_desk.cli._base import Handler, emit, json_flag, opened, parse_date
from dpo_desk.services.context import Context
from dpo_desk.services.registers.dto import ImportReport

Importer = Callable[[Context, Path, str | None], ImportReport]
Exporter = Callable[[Context, Path, str | None], int]
Deleter = Callable[[Context, str], None]


def optional_date(value: str | None, what: str) -> date | None:
    """``parse_date`` for an option that may be left out."""
    return parse_date(value, what) if value else None


def _file_action(
    inner: argparse._SubParsersAction, name: str, help: str, description: str, func: Handler
) -> None:
    p = inner.add_parser(name, help=help, description=description)
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--format", choices=("csv", "json"), help="file format (default: from the file name)"
    )
    json_flag(p)
    p.set_defaults(func=func)


def _run_import(importer: Importer) -> Handler:
    def run_import(args: argparse.Namespace) -> int:
        with opened(args) as ctx:
            report = importer(ctx, Path(args.file), args.format)
        emit(
            args,
            report.to_dict(),
            f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged.",
        )
        return 0

    return run_import


def _run_export(exporter: Exporter, noun: str) -> Handler:
    def run_export(args: argparse.Namespace) -> int:
        with opened(args) as ctx:
            count = exporter(ctx, Path(args.file), args.format)
        emit(
            args,
            {"exported": count, "file": args.file},
            f"{count} {noun} written to {args.file}.",
        )
        return 0

    return run_export


def file_commands(
    inner: argparse._SubParsersAction,
    what: str,
    importer: Importer,
    exporter: Exporter,
    noun: str,
) -> None:
    """Add ``import`` and ``export`` for the register of ``what`` ("processing
    activities"); the export reports its count as "<count> <noun> written to FILE"."""
    _file_action(
        inner,
        "import",
        f"import {what} from CSV or JSON (all or nothing)",
        f"Create or update {what} from a CSV (UTF-8, with or without BOM) or "
        "JSON file. A malformed file is refused as a whole, naming the line and "
        "the reason; nothing is imported.",
        _run_import(importer),
    )
    _file_action(
        inner,
        "export",
        f"export {what} to CSV or JSON",
        f"Write {what} to a CSV file for Excel (UTF-8 with BOM, formula-looking "
        "cells prefixed with ') or to JSON.",
        _run_export(exporter, noun),
    )


def delete_command(
    inner: argparse._SubParsersAction, help: str, description: str, deleter: Deleter
) -> None:
    """Add ``delete NAME``, which deletes with ``deleter`` and says so."""

    def run_delete(args: argparse.Namespace) -> int:
        with opened(args) as ctx:
            deleter(ctx, args.name)
        emit(args, {"deleted": args.name}, f"{args.name}: deleted.")
        return 0

    rm = inner.add_parser("delete", help=help, description=description)
    rm.add_argument("name", metavar="NAME")
    json_flag(rm)
    rm.set_defaults(func=run_delete)
