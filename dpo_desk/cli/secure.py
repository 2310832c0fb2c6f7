"""``dpo-desk secure``: encryption at rest (set-up, status, passphrase, recovery key)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from dpo_desk.cli._base import emit, json_flag
from dpo_desk.errors import UserError
from dpo_desk.keys import conversion as convert
from dpo_desk.paths import resolve_data_dir
from dpo_desk.services import secrets

ENV_NEW = "DPO_DESK_NEW_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "secure",
        help="encryption at rest",
        description="Encryption at rest of the data directory. The passphrase "
        f"comes from a prompt or {secrets.ENV_PASSPHRASE} (see "
        "docs/security.md for the risk of that variable).",
    )
    inner = p.add_subparsers(dest="secure_command", metavar="ACTION", required=True)
    for name, helptext, func in (
        ("init", "encrypt a NEW data directory", run_init),
        ("encrypt", "convert an existing plain store (verified, then swapped)", run_encrypt),
        ("status", "is it encrypted, which keys unlock it", run_status),
        ("change-passphrase", "re-wrap the key under a new passphrase", run_change),
        ("rekey", "new master key: database re-keyed, files re-sealed", run_rekey),
        ("recovery", "make a new recovery key (the old one stops working)", run_recovery),
        (
            "rebuild-keys",
            "rebuild a lost or damaged keys.json from the newest backup that fits",
            run_rebuild,
        ),
    ):
        sp = inner.add_parser(name, help=helptext, description=helptext)
        if name in ("init", "encrypt"):
            sp.add_argument(
                "--no-keyring",
                action="store_true",
                help="passphrase only, even if a secure keyring exists",
            )
        json_flag(sp)
        sp.set_defaults(func=func)


def _new_passphrase(required: bool) -> str | None:
    for var in (ENV_NEW, secrets.ENV_PASSPHRASE):
        if os.environ.get(var):
            return os.environ[var]
    if sys.stdin.isatty():
        first = getpass.getpass("New passphrase (10 characters or more): ")
        if not first and not required:
            return None
        if getpass.getpass("Again: ") != first:
            raise UserError("the two passphrases differ; nothing changed")
        return first
    if required:
        raise UserError(
            "no passphrase: set {env_new} or run the command in a terminal", env_new=ENV_NEW
        )
    return None


def _recovery_lines(key: str | None) -> list[str]:
    if not key:
        return []
    return [
        "",
        "RECOVERY KEY (shown only now; write it down, keep it away from this computer):",
        f"    {key}",
        "",
    ]


def run_init(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    use_keyring = None if not args.no_keyring else False
    need = args.no_keyring or secrets.secure_keyring() is None
    result = secrets.setup(data_dir, passphrase=_new_passphrase(need), use_keyring=use_keyring)
    emit(
        args,
        {"key_id": result.key_id, "slots": result.slots, "recovery_key": result.recovery_key},
        [
            f"{data_dir} is encrypted (key {result.key_id}; unlocked by: "
            f"{', '.join(result.slots)})",
            *_recovery_lines(result.recovery_key),
        ],
    )
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    use_keyring = None if not args.no_keyring else False
    need = args.no_keyring or secrets.secure_keyring() is None
    result = convert.encrypt_store(
        data_dir, passphrase=_new_passphrase(need), use_keyring=use_keyring
    )
    lines = [
        f"Encrypted {data_dir}: {result.tables.get('cases', 0)} cases, {result.files} "
        f"files; unlocked by: {', '.join(result.slots)}",
        *_recovery_lines(result.recovery_key),
    ]
    if result.plain_snapshots_removed:
        lines.append(f"Removed {result.plain_snapshots_removed} unencrypted pre-migration copies.")
    if result.plain_backups_left:
        lines.append(
            f"{len(result.plain_backups_left)} earlier backups are NOT encrypted: "
            "delete them once a new backup is verified (dpo-desk backup create)."
        )
    emit(args, result.__dict__, lines)
    return 0


def run_status(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    st = secrets.status(data_dir)
    if not st.encrypted:
        text = [
            f"{data_dir} is NOT encrypted (plain store).",
            "Encrypt it: dpo-desk secure encrypt (existing store) or secure init (new).",
        ]
    else:
        text = [
            f"{data_dir} is encrypted (key {st.key_id}), unlocked by: {', '.join(st.slots)}",
            f"Secure keyring available: {'yes' if st.keyring_available else 'no'}",
        ]
        if not st.has_recovery:
            text.append("No recovery key: make one with 'dpo-desk secure recovery'.")
        if st.state != "ready":
            text.append(f"A conversion is under way ({st.state}); it finishes at next open.")
    emit(args, st.to_dict(), text)
    return 0


def _unlock(args: argparse.Namespace) -> Path:
    data_dir = resolve_data_dir(args.data_dir)
    if not secrets.is_encrypted(data_dir):
        raise UserError(
            "{data_dir} is not encrypted: run 'dpo-desk secure encrypt' first", data_dir=data_dir
        )
    secrets.unlock_for_cli(data_dir)
    return data_dir


def run_change(args: argparse.Namespace) -> int:
    data_dir = _unlock(args)
    new = os.environ.get(ENV_NEW) or _new_passphrase(True)
    secrets.change_passphrase(data_dir, new)
    emit(args, {"changed": True}, "Passphrase changed.")
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    data_dir = _unlock(args)
    kf = secrets.load_keyfile(data_dir)
    passphrase = secrets.prompt_secret(data_dir) if "passphrase" in kf.slots else None
    result = convert.rekey(data_dir, passphrase=passphrase)
    emit(
        args,
        result.__dict__,
        [
            f"New key {result.key_id}; {result.files} files re-sealed.",
            *_recovery_lines(result.recovery_key),
        ],
    )
    return 0


def run_recovery(args: argparse.Namespace) -> int:
    from dpo_desk.services.secrets import backup_keys

    data_dir = _unlock(args)
    key = secrets.new_recovery_key(data_dir)
    older = backup_keys.needing_old_secrets(data_dir)
    lines = _recovery_lines(key)
    if older:
        lines += [
            f"{older} existing backup(s) open on another computer only with the passphrase "
            "or recovery key of their time: keep the old sheet until they are thinned "
            "out ('dpo-desk backup list' says which key opens which), and make a backup "
            "now so that the newest one opens with this key: dpo-desk backup create",
        ]
    emit(args, {"recovery_key": key, "backups_needing_old_secrets": older}, lines)
    return 0


def run_rebuild(args: argparse.Namespace) -> int:
    from dpo_desk.services.secrets import backup_keys

    data_dir = resolve_data_dir(args.data_dir)
    done = backup_keys.rebuild(data_dir, secrets.prompt_secret(data_dir))
    emit(
        args,
        done.__dict__,
        f"keys.json rebuilt from the backup {done.backup} ({done.created_at[:10]}): the "
        f"passphrase and recovery key of that date open the store ({', '.join(done.slots)}). "
        "Change them now if they were renewed since: dpo-desk secure change-passphrase, "
        "dpo-desk secure recovery",
    )
    return 0
