"""Opening a desk on a team's PostgreSQL server: who is connected, with which role, and
whether this desk's code and the server's schema agree.

The actor is the server's ``session_user``, read once here: the server knows who logged
in, the client's claim does not count (issue 16; piece "roles" enforces it in a trigger).
The role is the group role the login belongs to (``pg_has_role``); a superuser is the
administrator and acts as the DPO.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

from dpo_desk.domain.team import PG_ROLE, TeamRole
from dpo_desk.errors import StoreError, UserError
from dpo_desk.keys.server import (
    DEFAULT_PORT,
    ServerProfile,
    connection_refusal,
    parse_with_password,
    remember_password,
    server_engine,
    stored_password,
)
from dpo_desk.paths import ensure_data_dir
from dpo_desk.services import team_keys
from dpo_desk.store import migrate
from dpo_desk.store.context import Context
from dpo_desk.store.db import Database


@dataclass(frozen=True)
class Identity:
    """What the server says about the login: its name, role, and schema revision."""

    user: str
    role: TeamRole | None
    revision: str | None
    server_version: str


def resolve(
    url_or_profile: str | ServerProfile, password: str | None
) -> tuple[ServerProfile, str | None]:
    """The profile and the password to use: the one given, else the URL's, else the
    keyring's (else libpq's own PGPASSWORD / ~/.pgpass)."""
    if isinstance(url_or_profile, ServerProfile):
        profile, from_url = url_or_profile, None
    else:
        profile, from_url = parse_with_password(url_or_profile)
    return profile, password or from_url or stored_password(profile)


def identify(engine: Engine, profile: ServerProfile) -> Identity:
    """Connect once and ask the server who we are (refusals in words, nothing changed)."""
    names = [PG_ROLE[role] for role in TeamRole]
    try:
        with engine.connect() as conn:
            user, superuser, version = conn.execute(
                text(
                    "SELECT session_user, r.rolsuper, current_setting('server_version') "
                    "FROM pg_roles r WHERE r.rolname = session_user"
                )
            ).one()
            member = set(
                conn.execute(
                    text(
                        "SELECT rolname FROM pg_roles WHERE rolname = ANY(:names) "
                        "AND pg_has_role(session_user, oid, 'MEMBER')"
                    ),
                    {"names": names},
                ).scalars()
            )
    except sa_exc.OperationalError as exc:
        raise connection_refusal(exc, profile) from None
    role = next((r for r in TeamRole if PG_ROLE[r] in member), None)
    if role is None and superuser:
        role = TeamRole.DPO  # the administrator; superusers bypass grants and RLS anyway
    try:
        revision = migrate.current_revision(engine)
    except sa_exc.ProgrammingError:  # permission denied: the team's grants are missing
        raise UserError(
            "{user} may not read the DPO Desk data on {server}: the DPO re-applies the "
            "team's rights (dpo-desk team init)",
            user=str(user),
            server=profile.label(),
        ) from None
    return Identity(str(user), role, revision, str(version))


def try_connection(profile: ServerProfile, password: str | None) -> Identity:
    """The "Test connection" button: connect, identify, disconnect; nothing written."""
    engine = server_engine(profile, password)
    try:
        return identify(engine, profile)
    finally:
        engine.dispose()


def check_schema(identity: Identity, profile: ServerProfile, *, may_migrate: bool) -> None:
    """Refuse a server this desk cannot use as it is, saying which side is behind."""
    if identity.revision is None:
        raise StoreError(
            "the database {database} on {server} has no DPO Desk data yet: the DPO "
            "prepares it once with 'dpo-desk --server URL team init'",
            database=profile.database,
            server=profile.label(),
        )
    migrate.check_server_schema(identity.revision)
    if identity.revision != migrate.HEAD and not may_migrate:
        raise StoreError(
            "the team server's data is at schema {current}, older than this desk (which "
            "needs {head}): the DPO upgrades it by opening it with this version",
            current=identity.revision,
            head=migrate.HEAD,
        )


def open_team(
    url_or_profile: str | ServerProfile,
    data_dir: Path,
    password: str | None = None,
    *,
    migrate_schema: bool = True,
    ask_key: Callable[[], str] | None = None,
) -> Context:
    """A Context on the team server: engine, ``session_user`` as actor, the team role.

    An older schema is migrated (one desk at a time, after a ``pg_dump`` into
    ``data_dir/backups``) when ``migrate_schema`` and the login is the DPO's; a newer one
    is refused. With ``ask_key``, the member's team key is unlocked (keyring, else the
    passphrase ``ask_key()`` returns) and orphaned sealed files collected
    (``team_keys.unlock_at_open``). The caller disposes ``ctx.db`` when done.
    """
    profile, secret = resolve(url_or_profile, password)
    engine = server_engine(profile, secret)
    try:
        identity = identify(engine, profile)
        if identity.role is None:
            raise UserError(
                "{user} is not a member of the DPO Desk team on {server}: ask the DPO to "
                "add you (dpo-desk team add-member)",
                user=identity.user,
                server=profile.label(),
            )
        may = migrate_schema and identity.role is TeamRole.DPO
        check_schema(identity, profile, may_migrate=may)
        if identity.revision != migrate.HEAD:
            ensure_data_dir(data_dir)
            migrate.upgrade_server(engine, data_dir / "backups")
        ctx = Context(Database(engine), data_dir, actor=identity.user, team_role=identity.role)
        if ask_key is not None:
            team_keys.unlock_at_open(ctx, ask_key)
    except BaseException:
        engine.dispose()
        raise
    return ctx


#: What the person chose after a refusal: a password to try, or None to stop trying.
Ask = Callable[[ServerProfile, UserError], "str | None"]


def open_team_asking(
    url_or_profile: str | ServerProfile, data_dir: Path, ask: Ask
) -> Context | None:
    """``open_team``, asking again after each refusal instead of giving up at once.

    ``ask`` shows the refusal and returns a password to try (kept in the keyring once it
    works, best effort) or None when the person chose to work alone or to quit.
    """
    profile, _ = resolve(url_or_profile, None)
    password: str | None = None
    while True:
        try:
            ctx = open_team(url_or_profile, data_dir, password)
        except UserError as exc:
            password = ask(profile, exc)
            if password is None:
                return None
            continue
        if password is not None:
            with contextlib.suppress(UserError):  # no keyring: asked again next start
                remember_password(profile, password)
        return ctx


#: The window reaches the server's profile and its keyring password through here
#: (the window imports services only: docs/architecture.md).
__all__ = [
    "DEFAULT_PORT",
    "Identity",
    "ServerProfile",
    "open_team",
    "open_team_asking",
    "remember_password",
    "try_connection",
]
