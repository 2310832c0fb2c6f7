"""Shared plumbing of the command line: opening the store, printing text or JSON, and
turning refusals into one line on stderr with exit code 1."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dpo_desk.errors import UserError
from dpo_desk.paths import database_path, resolve_data_dir
from dpo_desk.services.context import Context
from dpo_desk.services.team_session import open_team
from dpo_desk.store.opening import Store, open_store

Handler = Callable[[argparse.Namespace], int]

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

#: The team server a command runs against when ``--server`` is not given.
ENV_SERVER = "DPO_DESK_SERVER"


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit(args: argparse.Namespace, data: Any, text: str | list[str] | None = None) -> None:
    """Print ``data`` as JSON with ``--json``, else the human ``text``."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
        sys.stdout.write("\n")
    elif text is not None:
        lines = [text] if isinstance(text, str) else text
        sys.stdout.write("\n".join(lines) + "\n")


# The organisation's zone, set when a command opens the store: instants are printed in it.
_zone = {"name": "UTC"}


def local_moment(moment: datetime, tz: str | None = None) -> str:
    """An instant (stored in UTC) in the organisation's zone (or ``tz``), with its offset,
    e.g. ``2026-01-05 19:29 +01:00``: the clock time and its label always agree."""
    name = tz or _zone["name"]
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M ") + local.isoformat()[-6:]


def store_key(data_dir: Any) -> str | None:
    """The database key for ``data_dir`` (None: plain store). Replaced by the secrets
    layer once encryption at rest is set up."""
    from dpo_desk.services import secrets

    return secrets.key_for_cli(data_dir)


PLAIN_STORE_WARNING = (
    "WARNING: {folder} had no store: a new one was created WITHOUT encryption (no "
    "DPO_DESK_PASSPHRASE was set, and no keyring with a person at the terminal).\n"
    "Personal data written to it is readable by anyone who can read the folder. Encrypt "
    "it now with 'dpo-desk secure init', or delete it and set DPO_DESK_PASSPHRASE first "
    "(the window asks for a passphrase itself).\n"
)


def _new_plain_store(data_dir: Any) -> bool:
    from dpo_desk.services import secrets

    return not secrets.is_encrypted(data_dir) and database_path(data_dir).exists()


def server_url(args: argparse.Namespace) -> str | None:
    """``--server``, else ``$DPO_DESK_SERVER``; None: the solo desk of ``--data-dir``."""
    return getattr(args, "server", None) or os.environ.get(ENV_SERVER) or None


#: The member's team-key passphrase for scripts (a person at a terminal is asked).
ENV_TEAM_PASSPHRASE = "DPO_DESK_TEAM_PASSPHRASE"  # noqa: S105 (a variable name)


def team_passphrase() -> str:
    """The passphrase of this member's team key: ``$DPO_DESK_TEAM_PASSPHRASE``, else
    asked at the terminal (never echoed); never the login password."""
    given = os.environ.get(ENV_TEAM_PASSPHRASE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError("the team key is locked: set DPO_DESK_TEAM_PASSPHRASE or run at a terminal")
    return getpass.getpass("Team key passphrase: ")


def new_team_passphrase() -> str:
    """The passphrase of a NEW team key: the environment's, else asked twice (a typo
    would lock the DPO out of every file)."""
    first = team_passphrase()
    if os.environ.get(ENV_TEAM_PASSPHRASE):
        return first
    if getpass.getpass("Again: ") != first:
        raise UserError("the two passphrases differ; nothing was changed")
    return first


@contextmanager
def _opened_team(url: str, args: argparse.Namespace) -> Iterator[Context]:
    """The team server for one command; ``--data-dir`` keeps the desk's own files (the
    dump taken before a server migration)."""
    ctx = open_team(url, resolve_data_dir(args.data_dir), ask_key=team_passphrase)
    try:
        from dpo_desk.services.organisation import get_profile

        ctx.timezone = get_profile(ctx).timezone
        _zone["name"] = ctx.timezone
        yield ctx
    finally:
        ctx.db.dispose()


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Context]:
    """The store of ``--data-dir`` / ``DPO_DESK_HOME``, opened for one command; with
    ``--server`` / ``DPO_DESK_SERVER``, the team's server instead (``open_team``).

    A command run on a folder without a store creates one, encrypted as the window does
    when the passphrase is known (``DPO_DESK_PASSPHRASE``, or the keyring with a person
    at the terminal to note the recovery key). Otherwise the store is created plain and
    a warning says so on stderr when a command that succeeded created it: refusing would
    break scripts and test pipelines that use throw-away folders, while a DPO at a
    terminal is told at once and can run ``secure init`` before writing real cases.
    """
    url = server_url(args)
    if url is not None:
        with _opened_team(url, args) as team_ctx:
            yield team_ctx
        return
    data_dir = resolve_data_dir(args.data_dir)

    existed = database_path(data_dir).exists()
    store: Store = open_store(data_dir, key=store_key(data_dir))
    try:
        ctx = Context(db=store.db, data_dir=data_dir)
        from dpo_desk.services.organisation import get_profile

        ctx.timezone = get_profile(ctx).timezone
        _zone["name"] = ctx.timezone
        yield ctx
        # After the command's own output (a refusal stays one line on stderr).
        if not existed and _new_plain_store(data_dir):
            sys.stderr.write(PLAIN_STORE_WARNING.format(folder=data_dir))
    finally:
        store.close()


def parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            "{what}: {text!r} is not a valid date (YYYY-MM-DD)", what=what, text=text
        ) from None


def parse_date_or_datetime(text: str, what: str, *, allow_naive: bool = False) -> date | datetime:
    """A plain date, or an ISO 8601 date-time that must carry its UTC offset (unless
    ``allow_naive``: the caller then reads it in the organisation's zone)."""
    raw = text.strip()
    if len(raw) == 10:
        return parse_date(raw, what)
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise UserError(
            "{what}: {text!r} is not a valid date or date-time (YYYY-MM-DD or "
            "YYYY-MM-DDTHH:MM+01:00)",
            what=what,
            text=text,
        ) from None
    if value.tzinfo is None and not allow_naive:
        raise UserError(
            "{what}: {text!r} has no UTC offset (add e.g. +01:00 or Z)", what=what, text=text
        )
    return value


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")
