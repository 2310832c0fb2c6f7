"""``dpo-desk team ...``: a team desk on a PostgreSQL server (issue 16).

``team init`` makes an empty database a team desk (the schema, then the roles, grants
and policies of ``store.team_roles``); ``team add-member``, ``remove-member`` and
``members`` manage the people (``team migrate``, in ``cli.team_migrate``, moves a solo
desk in), each a PostgreSQL login in one of the four roles. The
server is named by ``--server URL`` or ``DPO_DESK_SERVER``; the person is the URL's
login, whose role the server knows (nobody claims a role or a name on the command line).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from dpo_desk.cli import team_migrate
from dpo_desk.cli._base import emit, json_flag, team_passphrase
from dpo_desk.domain.team import Action, TeamRole
from dpo_desk.errors import UserError
from dpo_desk.paths import resolve_data_dir
from dpo_desk.services import team, team_keys
from dpo_desk.services.context import Context
from dpo_desk.store import team_roles
from dpo_desk.store.db import Database, make_engine


def register(sub: argparse._SubParsersAction) -> None:
    what = "a team desk on a PostgreSQL server"
    p = sub.add_parser("team", help=what, description=what.capitalize() + ".")
    inner = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = inner.add_parser(
        "init",
        help="create the schema and the roles on an empty database",
        description="Migrations to the newest schema, then the roles, grants and row-level "
        "security policies (safe to re-run). Run it as the database's owner.",
    )
    init.add_argument("--first-dpo", metavar="LOGIN", help="an existing login made DPO")
    add = inner.add_parser(
        "add-member",
        help="add a person (a PostgreSQL login) in a role",
        description="Create LOGIN with a password (asked, or read from stdin with "
        "--password-stdin) in the role: dpo, deputy, assistant or auditor. DPO only.",
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", required=True, choices=[r.value for r in TeamRole])
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password, then the team key's initial passphrase (two lines)",
    )
    remove = inner.add_parser("remove-member", help="drop a person's login (DPO only)")
    remove.add_argument("login", metavar="LOGIN")
    members = inner.add_parser("members", help="list the people and their roles")
    key = inner.add_parser(
        "key-create",
        help="create the team key (the first DPO, once)",
        description="A new random team key that seals every file on the server, held by "
        "you with your passphrase (asked, or read from stdin with --passphrase-stdin). "
        "Then add-member grants it to each member.",
    )
    key.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase")
    own = inner.add_parser(
        "key-passphrase",
        help="replace your team key's passphrase (after the DPO's initial one)",
        description="Unlock your slot with your current passphrase (DPO_DESK_TEAM_PASSPHRASE "
        "or asked), then wrap it with a new one (asked twice, or --passphrase-stdin), or "
        "with a random secret kept in this computer's keyring (--keyring).",
    )
    own.add_argument("--passphrase-stdin", action="store_true", help="read the new one")
    own.add_argument("--keyring", action="store_true", help="keep it in the OS keyring")
    for q in (init, add, remove, members, key, own):
        # SUPPRESS: without it the sub-command's default would hide the global --server.
        q.add_argument(
            "--server",
            metavar="URL",
            default=argparse.SUPPRESS,
            help="postgresql://user@host/db (or DPO_DESK_SERVER)",
        )
        json_flag(q)
    team_migrate.register_in(inner)
    init.set_defaults(func=run_init)
    add.set_defaults(func=run_add)
    remove.set_defaults(func=run_remove)
    members.set_defaults(func=run_members)
    key.set_defaults(func=run_key_create)
    own.set_defaults(func=run_key_passphrase)


def server_url(args: argparse.Namespace) -> str:
    """The server's SQLAlchemy URL, from ``--server`` or ``DPO_DESK_SERVER``."""
    url = (getattr(args, "server", None) or os.environ.get("DPO_DESK_SERVER", "")).strip()
    if not url:
        raise UserError("name the team server: --server postgresql://user@host/database")
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if not url.startswith("postgresql+psycopg://"):
        raise UserError("a team server URL starts with postgresql:// (not {url})", url=url)
    return url


@contextmanager
def team_ctx(args: argparse.Namespace) -> Iterator[Context]:
    """The server as the URL's login: the actor is the server's ``session_user`` and the
    role the group it belongs to, both read from the server (``services.team_session``
    opens it the same way for the window)."""
    engine = make_engine(server_url(args))
    try:
        with engine.connect() as conn:
            actor = str(conn.execute(text("SELECT session_user")).scalar())
            role = team_roles.role_of(conn)
        data_dir = resolve_data_dir(getattr(args, "data_dir", None))
        yield Context(Database(engine), data_dir, actor=actor, team_role=role)
    finally:
        engine.dispose()


def _password(args: argparse.Namespace, login: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise UserError("no terminal to ask {login}'s password: use --password-stdin", login=login)
    first = getpass.getpass(f"Password for {login}: ")
    if getpass.getpass("Again: ") != first:
        raise UserError("the two passwords differ; nothing was changed")
    return first


def run_init(args: argparse.Namespace) -> int:
    engine = make_engine(server_url(args))
    try:
        before = team.init_server(
            engine, resolve_data_dir(getattr(args, "data_dir", None)), args.first_dpo
        )
    finally:
        engine.dispose()
    emit(
        args,
        {"previous_revision": before, "first_dpo": args.first_dpo},
        "Team desk ready: schema up to date, roles, grants and policies in place"
        + (f"; {args.first_dpo} is DPO." if args.first_dpo else "."),
    )
    return 0


def _key_passphrase(args: argparse.Namespace, what: str) -> str:
    """A team-key passphrase: the next stdin line with ``--*-stdin``, else asked twice."""
    if getattr(args, "password_stdin", False) or getattr(args, "passphrase_stdin", False):
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise UserError("no terminal to ask the team key's passphrase: use --passphrase-stdin")
    first = getpass.getpass(what)
    if getpass.getpass("Again: ") != first:
        raise UserError("the two passphrases differ; nothing was changed")
    return first


def run_key_create(args: argparse.Namespace) -> int:
    with team_ctx(args) as ctx:
        team.require(ctx, Action.TEAM)
        secret = _key_passphrase(args, "Your team key passphrase (not your password): ")
        key_id = team_keys.create_team_key(ctx, secret)
    emit(args, {"key_id": key_id}, f"Team key {key_id} created; you hold it.")
    return 0


def run_key_passphrase(args: argparse.Namespace) -> int:
    with team_ctx(args) as ctx:
        if not team_keys.unlock_at_open(ctx, team_passphrase):
            raise UserError("this server has no team key yet: a DPO creates it first")
        if args.keyring:
            team_keys.set_own_secret(ctx, team_keys.keyring_secret(ctx, ctx.actor), "keyring")
        else:
            new = _key_passphrase(args, "Your new team key passphrase (not your password): ")
            team_keys.set_own_secret(ctx, new)
    where = "this computer's keyring" if args.keyring else "your new passphrase"
    emit(
        args,
        {"login": ctx.actor, "keyring": bool(args.keyring)},
        f"Team key now opens with {where}.",
    )
    return 0


def run_add(args: argparse.Namespace) -> int:
    password = _password(args, args.login)
    with team_ctx(args) as ctx:
        keyed = _unlocked_if_keyed(ctx)
        key_secret = (
            _key_passphrase(args, f"Initial team key passphrase for {args.login}: ")
            if keyed
            else None
        )
        member = team.add_member(ctx, args.login, args.role, password, key_secret)
    emit(
        args,
        {"login": member.login, "role": member.role.value},
        f"{member.login} added as {member.role.value}.",
    )
    return 0


def _unlocked_if_keyed(ctx: Context) -> bool:
    return team_keys.unlock_at_open(ctx, team_passphrase)


def run_remove(args: argparse.Namespace) -> int:
    with team_ctx(args) as ctx:
        _unlocked_if_keyed(ctx)
        rotation = team.remove_member(ctx, args.login)
    rotated = (
        f" Team key rotated: {rotation.resealed} files re-sealed, "
        f"{rotation.members} members re-keyed."
        if rotation
        else ""
    )
    emit(
        args,
        {"removed": args.login, "rotated": rotation is not None},
        f"{args.login} removed.{rotated}",
    )
    return 0


def run_members(args: argparse.Namespace) -> int:
    with team_ctx(args) as ctx:
        people = team.members(ctx)
    emit(
        args,
        [{"login": m.login, "role": m.role.value} for m in people],
        [f"{m.login}\t{m.role.value}" for m in people] or "No members yet.",
    )
    return 0
