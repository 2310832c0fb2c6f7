"""``dpo-desk backup``: create, verify, list, restore and status of backups."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dpo_desk import backup
from dpo_desk.cli._base import EXIT_REFUSED, emit, json_flag, new_team_passphrase, store_key
from dpo_desk.errors import StoreError, UserError
from dpo_desk.paths import resolve_data_dir
from dpo_desk.services import secrets, team_migrate
from dpo_desk.services.context import Context
from dpo_desk.store.lock import InstanceLock
from dpo_desk.store.opening import open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help="verified, encrypted backups",
        description="Verified, encrypted backups of the store and its files.",
    )
    inner = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    c = inner.add_parser("create", help="make a backup now (verified before it counts)")
    c.add_argument("--to", metavar="DIR", help="folder (default: <data dir>/backups)")
    c.add_argument(
        "--if-changed",
        action="store_true",
        help="skip if nothing changed since the last good backup",
    )
    json_flag(c)
    c.set_defaults(func=run_create)
    v = inner.add_parser("verify", help="check a backup file in full")
    v.add_argument("file")
    json_flag(v)
    v.set_defaults(func=run_verify)
    ls = inner.add_parser("list", help="backups with their verified status")
    ls.add_argument("--dir", metavar="DIR", help="folder (default: <data dir>/backups)")
    json_flag(ls)
    ls.set_defaults(func=run_list)
    r = inner.add_parser("restore", help="restore a backup (the current store is backed up first)")
    r.add_argument("file")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    r.add_argument(
        "--other-installation",
        action="store_true",
        help="the backup was made by another installation: replace this store anyway",
    )
    r.add_argument(
        "--to-server",
        metavar="URL",
        help="restore into this new, empty PostgreSQL database (a team server) instead",
    )
    r.add_argument(
        "--files-dir",
        metavar="DIR",
        help="with --to-server: where the server's files go until files live in the "
        "database (default: <data dir>/team-files)",
    )
    json_flag(r)
    r.set_defaults(func=run_restore)
    s = inner.add_parser("status", help="date of the last good backup")
    json_flag(s)
    s.set_defaults(func=run_status)


def _describe(info: backup.BackupInfo) -> str:
    state = {True: "ok", False: "BAD", None: "unverified"}[info.ok]
    when = info.created_at.isoformat(timespec="seconds") if info.created_at else "?"
    extra = f" ({info.reason})" if info.ok is False else ""
    return (
        f"{info.path.name}  {when}  {info.size / 1024:.0f} KiB  {state}{extra}  "
        f"cases={info.counts.get('cases', '?')} documents={info.counts.get('document', '?')}"
    )


@contextmanager
def _opened_for_backup(args: argparse.Namespace) -> Iterator[Context]:
    """The store, for a backup: with the instance lock if it is free; otherwise (the
    window is open) read through the lock.

    Reading through it is safe: SQLite in WAL mode serves a second process's readers
    beside the window's writes, ``VACUUM INTO`` copies one consistent read transaction,
    the backup's own audit entry is one ``BEGIN IMMEDIATE`` transaction (SQLite's writer
    lock and busy timeout serialise it with the window's, so the chain stays linear), and
    the backup carries exactly the files its snapshot's rows name (vault files are
    written before their row commits, never rewritten). Nothing is migrated and no
    leftover file is collected without the lock. So the scheduled backup the README
    recommends works while the DPO works (issue 13).
    """
    data_dir = resolve_data_dir(args.data_dir)
    key = store_key(data_dir)
    try:
        store = open_store(data_dir, key=key)
    except StoreError:
        if not InstanceLock(data_dir).held_elsewhere():
            raise
        store = open_store(data_dir, key=key, lock=False, migrate_schema=False)
    try:
        yield Context(db=store.db, data_dir=data_dir)
    finally:
        store.close()


def run_create(args: argparse.Namespace) -> int:
    with _opened_for_backup(args) as ctx:
        info = backup.create(ctx, Path(args.to) if args.to else None, force=not args.if_changed)
    if info is None:
        emit(args, {"created": False}, "Nothing changed since the last good backup.")
        return 0
    emit(
        args,
        info.to_dict(),
        [
            f"Backup verified and saved: {info.path}",
            f"  {info.size / 1024:.0f} KiB in {info.seconds:.2f} s, "
            f"audit head {info.audit_head[:16]}…",
        ],
    )
    return 0


def _keys(data_dir: Path) -> secrets.Keys | None:
    if not secrets.is_encrypted(data_dir):
        return None
    return secrets.unlock_for_cli(data_dir)


def _with_secret(action, data_dir: Path):  # type: ignore[no-untyped-def]
    """Run ``action(secret)``; if the backup has another key, ask for its secret."""
    try:
        return action(None)
    except backup.BadBackup as exc:
        if "another key" not in str(exc):
            raise
        return action(secrets.prompt_secret(data_dir))


def run_verify(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    keys = _keys(data_dir)
    info = _with_secret(lambda s: backup.verify(Path(args.file), keys=keys, secret=s), data_dir)
    emit(args, info.to_dict(), f"OK: {_describe(info)}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    folder = Path(args.dir) if args.dir else data_dir / "backups"
    items = backup.list_backups(folder)
    opens = _opens_with(data_dir, items)
    emit(
        args,
        [{**b.to_dict(), "opens_with": opens[b.path.name]} for b in items],
        [f"{_describe(b)}  opens with {opens[b.path.name]}" for b in items]
        or [f"No backups in {folder}."],
    )
    return 0


def _opens_with(data_dir: Path, items: list[backup.BackupInfo]) -> dict[str, str]:
    """Which secret opens each backup on another computer (issue 13: after a renewal,
    older backups open only with the recovery key of their time)."""
    from dpo_desk.services.secrets import backup_keys

    current = backup_keys.current_keyfile(data_dir)
    out = {}
    for b in items:
        header = backup_keys.backup_header(b.path)
        out[b.path.name] = backup_keys.opens_with(header, current) if header else "?"
    return out


def run_status(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    st = backup.status(data_dir)
    if st.last_good_at is None:
        text = "No good backup yet: run 'dpo-desk backup create'."
    else:
        text = (
            f"Last good backup: {st.last_good_at.isoformat(timespec='seconds')} "
            f"({st.last_good}){' - OVERDUE' if st.overdue else ''}"
        )
    emit(args, st.to_dict(), text)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    keys = _keys(data_dir)
    if args.to_server:
        return _restore_to_server(args, data_dir, keys)
    del keys  # cached by the secrets layer for restore()
    file = Path(args.file)
    secret: list[str | None] = [None]

    def plan_with(s: str | None) -> backup.RestorePlan:
        secret[0] = s
        return backup.restore(file, data_dir, yes=False, secret=s)

    plan = _with_secret(plan_with, data_dir)
    if plan.other_installation and not args.other_installation:
        emit(args, plan.to_dict(), plan.lines())
        raise UserError(
            "restore refused: this backup was made by another installation of DPO Desk; "
            "add --other-installation if it must replace this store"
        )
    if not args.yes:
        if not sys.stdin.isatty():
            emit(args, plan.to_dict(), plan.lines())
            raise UserError("restore refused: confirm on a terminal or add --yes")
        sys.stdout.write("\n".join(plan.lines()) + "\n")
        answer = input("Restore this backup over the current data? [y/N] ").strip().lower()
        if answer not in ("y", "yes", "o", "oui"):
            sys.stderr.write("dpo-desk: restore cancelled, nothing changed\n")
            return EXIT_REFUSED
    done = backup.restore(
        file, data_dir, yes=True, secret=secret[0], other_installation=args.other_installation
    )
    lines = plan.lines() + [
        f"Restored. The previous store was saved as "
        f"{done.pre_restore_backup or '(none: there was none)'}"
    ]
    if done.moved_aside:
        lines.append("Moved aside: " + ", ".join(done.moved_aside))
    emit(args, done.to_dict(), lines)
    return 0


def _restore_to_server(args: argparse.Namespace, data_dir: Path, keys: secrets.Keys | None) -> int:
    """``backup restore FILE --to-server URL``: into an empty server, then compared."""
    files = Path(args.files_dir) if args.files_dir else data_dir / "team-files"
    # without --files-dir the files go into the database under a NEW team key
    passphrase = None if args.files_dir else new_team_passphrase()
    done = _with_secret(
        lambda s: team_migrate.restore_to_server(
            Path(args.file),
            args.to_server,
            keys=keys,
            secret=s,
            files_dir=files,
            team_passphrase=passphrase,
        ),
        data_dir,
    )
    emit(
        args,
        {"rows": done.rows, "files": done.files, **done.comparison.to_dict()},
        [
            f"Restored into {team_migrate.describe_server(args.to_server)}: "
            f"{sum(done.rows.values())} rows, {done.files} files.",
            *done.comparison.table(),
        ],
    )
    if not done.comparison.ok:
        raise UserError(
            "the server differs from the backup in {count} comparisons ({what}); do not use "
            "it: empty it and restore again",
            count=len(done.comparison.differences),
            what=", ".join(d.what for d in done.comparison.differences[:3]),
        )
    return 0
