"""``dpo-desk doctor``: check this installation and say what to do."""

from __future__ import annotations

import argparse

from dpo_desk.cli._base import emit, json_flag, store_key
from dpo_desk.paths import resolve_data_dir


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor",
        help="check this installation (never changes anything)",
        description="Check Qt, fonts, keyring, data directory, database, "
        "last backup and free disk space.",
    )
    json_flag(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dpo_desk.services import doctor

    data_dir = resolve_data_dir(args.data_dir)
    key = None
    from dpo_desk.services import secrets

    if secrets.is_encrypted(data_dir):
        key = store_key(data_dir)
    checks = doctor.run_checks(data_dir, key)
    marks = {doctor.OK: "ok  ", doctor.WARN: "warn", doctor.FAIL: "FAIL"}
    lines = []
    for c in checks:
        lines.append(f"[{marks[c.verdict]}] {c.name}: {c.detail}")
        if c.advice:
            lines.append(f"       → {c.advice}")
    failed = [c for c in checks if c.verdict == doctor.FAIL]
    lines.append("Everything needed works." if not failed else f"{len(failed)} problem(s) to fix.")
    emit(args, [c.__dict__ for c in checks], lines)
    return 1 if failed else 0
