"""``dpo-desk team migrate --to URL``: move this solo desk onto an empty team server.

Progress goes to stderr; the comparison that proves the move (rows and a hash per table,
every file, the audit chain) is printed as a table on stdout, and the command exits
non-zero when anything differs. The password can be in the URL or, better, in
``PGPASSWORD`` or ``~/.pgpass`` (libpq reads them): it is never printed or audited.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dpo_desk.cli._base import EXIT_OK, emit, json_flag, new_team_passphrase, opened
from dpo_desk.errors import UserError
from dpo_desk.services.team_migrate import migrate_to_server


def register_in(inner: argparse._SubParsersAction) -> None:
    """Add ``migrate`` to the ``team`` command group."""
    p = inner.add_parser(
        "migrate",
        help="move this solo desk onto an empty team server, verified",
        description=(
            "Copy every case, document, letter and audit entry of this desk to an empty "
            "PostgreSQL database, then compare both in full. The desk itself is not changed "
            "(one audit entry records the move)."
        ),
    )
    p.add_argument("--to", metavar="URL", required=True, help="postgresql://user@host/database")
    p.add_argument(
        "--files-dir",
        metavar="DIR",
        help="keep the server's files in this folder instead of the database (without a "
        "team key; by default files are re-sealed into the database under a NEW team key "
        "you hold: its passphrase from DPO_DESK_TEAM_PASSPHRASE or asked)",
    )
    json_flag(p)
    p.set_defaults(func=run_migrate)


class _Progress:
    """One line on stderr per stage, and a count every 10 % of the rows."""

    def __init__(self) -> None:
        self._stage = ""
        self._shown = -1

    def __call__(self, stage: str, done: int, total: int) -> None:
        kind = stage.split(":")[0]
        tenth = done * 10 // total if total else 0
        if kind == self._stage and tenth == self._shown:
            return
        self._stage, self._shown = kind, tenth
        sys.stderr.write(f"dpo-desk: {stage} {done}/{total}\n")
        sys.stderr.flush()


def run_migrate(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        report = migrate_to_server(
            ctx,
            args.to,
            files_dir=Path(args.files_dir) if args.files_dir else None,
            progress=_Progress(),
            team_passphrase=None if args.files_dir else new_team_passphrase(),
        )
    table = report.comparison.table()
    emit(
        args,
        report.to_dict(),
        [
            f"Moved to {report.server}: {sum(report.rows.values())} rows, {report.files} files "
            f"in {report.seconds:.1f} s (copy {report.copy_seconds:.1f} s, comparison "
            f"{report.verify_seconds:.1f} s).",
            *table,
            "Identical: every comparison agrees." if report.ok else "DIFFERENT: see 'NO' above.",
        ],
    )
    if not report.ok:
        differ = report.comparison.differences
        raise UserError(
            "the server differs from this desk in {count} of {total} comparisons ({what}); "
            "do not use it: empty it and migrate again",
            count=len(differ),
            total=len(report.comparison.lines),
            what=", ".join(d.what for d in differ[:3]),
        )
    return EXIT_OK
