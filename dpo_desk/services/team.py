"""The people of a team desk and what each may do (issue 16).

``permissions`` is what the window reads to hide an action; the server refuses the same
actions on its own (``store.team_roles``), and ``guard`` turns its refusal into words
that name the role and the action. Members are PostgreSQL logins: adding one calls the
``SECURITY DEFINER`` function ``dpo_desk_add_member`` that ``team_roles.apply``
installed, executable by the DPO group only (PostgreSQL 15's ``CREATEROLE`` would let
the DPO grant any role to anyone, server administration roles included).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from dpo_desk.domain.team import MATRIX, PG_ROLE, Action, TeamRole, can
from dpo_desk.errors import Phrase, UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.store import migrate, team_roles
from dpo_desk.store.db import Database, ServerRefused
from dpo_desk.store.models import MemberKeySlot

if TYPE_CHECKING:
    from dpo_desk.services import team_keys

#: A login the server and the audit can show as is: letters, digits, ``_ . -``.
LOGIN = re.compile(r"[A-Za-z0-9_.-]{1,63}")

ROLE_WORDS: dict[TeamRole, Phrase] = {
    TeamRole.DPO: Phrase("DPO"),
    TeamRole.DEPUTY: Phrase("deputy"),
    TeamRole.ASSISTANT: Phrase("assistant"),
    TeamRole.AUDITOR: Phrase("auditor"),
}

ACTION_WORDS: dict[Action, Phrase] = {
    Action.REFUSE: Phrase("refuse a case"),
    Action.EXTEND: Phrase("extend a case"),
    Action.MARK_SENT: Phrase("mark a letter sent"),
    Action.APPROVE: Phrase("approve a letter"),
    Action.CLOSE: Phrase("close a case or record its outcome"),
    Action.DELETE: Phrase("delete or anonymise a case"),
    Action.SETTINGS: Phrase("change the settings"),
    Action.RESTORE: Phrase("restore a backup"),
    Action.TEAM: Phrase("add or remove team members"),
    Action.INTAKE: Phrase("record a new case"),
    Action.DRAFT: Phrase("draft a letter"),
    Action.DOCUMENTS: Phrase("add or change a document"),
    Action.EDIT_CASE: Phrase("change a case"),
    Action.REGISTERS: Phrase("change the registers"),
    Action.INCIDENTS: Phrase("change an incident"),
    Action.READ: Phrase("read the cases"),
    Action.READ_AUDIT: Phrase("read the audit log"),
    Action.READ_REGISTERS: Phrase("read the registers"),
}


@dataclass(frozen=True)
class Member:
    login: str
    role: TeamRole


def permissions(ctx: Context) -> frozenset[Action]:
    """What the person of ``ctx`` may do (everything on a solo desk)."""
    return MATRIX[ctx.team_role or TeamRole.DPO]


def refusal(role: TeamRole | None, action: Action) -> UserError:
    """The refusal a person reads when their role may not do ``action``."""
    return UserError(
        "your role ({role}) may not {action}; nothing was saved",
        role=ROLE_WORDS[role or TeamRole.DPO],
        action=ACTION_WORDS[action],
    )


def require(ctx: Context, action: Action) -> None:
    """Refuse before anything is written when the role may not do ``action``."""
    if not can(ctx.team_role, action):
        raise refusal(ctx.team_role, action)


@contextmanager
def guard(ctx: Context, action: Action) -> Iterator[None]:
    """Name the role and the action when the server refuses the write inside."""
    try:
        yield
    except ServerRefused as exc:
        raise refusal(ctx.team_role, action) from exc


def _team_only(ctx: Context) -> None:
    if ctx.db.engine.dialect.name != "postgresql":
        raise UserError("this desk is not on a team server: it has no members to manage")


def _login(login: str) -> str:
    value = (login or "").strip()
    if not LOGIN.fullmatch(value):
        raise UserError(
            "a login is 1 to 63 letters, digits, '_', '.' or '-' (not {login})", login=value
        )
    return value


def parse_role(value: str) -> TeamRole:
    """A role from its word ("assistant")."""
    try:
        return TeamRole((value or "").strip().lower())
    except ValueError:
        raise UserError(
            "unknown role {role}: dpo, deputy, assistant or auditor", role=value
        ) from None


_MEMBERS_OF = text(
    "SELECT r.rolname FROM pg_auth_members m "
    "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
    "WHERE g.rolname = :grp AND r.rolcanlogin"
)


def _members_in(session: Session) -> list[Member]:
    found: dict[str, TeamRole] = {}
    for role in reversed(TeamRole):  # the first role (DPO) wins for a login in two
        for (login,) in session.execute(_MEMBERS_OF, {"grp": PG_ROLE[role]}):
            found[login] = role
    return [Member(login, role) for login, role in sorted(found.items())]


def members(ctx: Context) -> list[Member]:
    """Every login in one of the four groups, with its most powerful role."""
    _team_only(ctx)
    with ctx.db.read() as session:
        return _members_in(session)


def add_member(
    ctx: Context,
    login: str,
    role: TeamRole | str,
    password: str,
    key_passphrase: str | None = None,
) -> Member:
    """Create ``login`` as a PostgreSQL login in ``role``'s group and, when the server
    has a team key, grant it to them wrapped with ``key_passphrase``; one transaction,
    audited.

    Only the DPO: refused here first, and by the server (the function is executable by
    the DPO group only). The password goes to the server as a bound parameter and is
    stored there as its SCRAM verifier; it is never written to the audit. The key's
    initial passphrase must differ from the password: the server knows the password
    (it checks it), and must never be able to open the team key. The member replaces
    it at their first unlock (``team_keys.set_own_secret``).
    """
    _team_only(ctx)
    require(ctx, Action.TEAM)
    name = _login(login)
    chosen = role if isinstance(role, TeamRole) else parse_role(role)
    if not password:
        raise UserError("give {login} a password", login=name)
    if key_passphrase is not None and key_passphrase == password:
        raise UserError(
            "the team key's passphrase of {login} must differ from their login password: "
            "the server knows the password and must never open the team key",
            login=name,
        )
    from dpo_desk.services import team_keys  # keyring and the key code: not at start-up

    with guard(ctx, Action.TEAM), ctx.db.write() as session:
        audit.lock_chain(session)
        keyed = team_keys.has_team_key(session)
        if keyed and key_passphrase is None:
            raise UserError(
                "give {login} an initial passphrase for the team key (not their password)",
                login=name,
            )
        taken = session.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).first()
        if taken:
            raise UserError("a login named {login} already exists on the server", login=name)
        session.execute(
            text("SELECT dpo_desk_add_member(:n, :g, :p)"),
            {"n": name, "g": PG_ROLE[chosen], "p": password},
        )
        audit.record(session, ctx, "team.add_member", "team", name, {"role": chosen.value})
        if keyed and key_passphrase is not None:
            team_keys.grant_in(session, ctx, name, key_passphrase)
    return Member(name, chosen)


def remove_member(ctx: Context, login: str) -> team_keys.Rotation | None:
    """Drop a member's login (never one's own, never a role outside the team) and, if
    they held the team key, revoke their slot and ROTATE the key (every file re-sealed,
    every other slot re-keyed); one transaction, audited. Returns the rotation."""
    _team_only(ctx)
    require(ctx, Action.TEAM)
    name = _login(login)
    if name == ctx.actor:
        raise UserError("you cannot remove yourself ({login}) from the team", login=name)
    from dpo_desk.services import team_keys

    rotation: team_keys.Rotation | None = None
    with guard(ctx, Action.TEAM), ctx.db.write() as session:
        known = {m.login: m for m in _members_in(session)}
        if name not in known:
            raise UserError("{login} is not a member of this team", login=name)
        audit.lock_chain(session)
        session.execute(text("SELECT dpo_desk_remove_member(:n)"), {"n": name})
        audit.record(
            session, ctx, "team.remove_member", "team", name, {"role": known[name].role.value}
        )
        if session.get(MemberKeySlot, name) is not None:
            rotation = team_keys.rotate_in(session, ctx, name)
    return rotation


def init_server(engine: Engine, data_dir: Path, first_dpo: str | None = None) -> str | None:
    """Make an empty (or older) database a team desk: migrations to the head, then the
    roles, grants and policies (``store.team_roles.apply``, idempotent); with
    ``first_dpo`` that existing login joins the DPO group. Run by the database's owner;
    audited in its name (``session_user``).

    Returns the revision the database had before (None: it was empty).
    """
    if engine.dialect.name != "postgresql":
        raise UserError("team init needs a PostgreSQL server (postgresql://...)")
    before = migrate.current_revision(engine)
    migrate.upgrade_server(engine, data_dir / "backups")  # one desk at a time, after a dump
    with engine.begin() as conn:
        team_roles.apply(conn)
        if first_dpo:
            name = _login(first_dpo)
            if not conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
            ).first():
                raise UserError("there is no login named {login} on the server", login=name)
            conn.execute(text(f'GRANT {PG_ROLE[TeamRole.DPO]} TO "{name}"'))
        actor = str(conn.execute(text("SELECT session_user")).scalar())
    ctx = Context(Database(engine), data_dir, actor=actor)
    with ctx.db.write() as session:
        audit.record(
            session,
            ctx,
            "team.init",
            "team",
            str(engine.url.database or ""),
            {"from": before, "to": migrate.HEAD, "first_dpo": first_dpo or ""},
        )
    return before


__all__ = [
    "ACTION_WORDS",
    "Member",
    "add_member",
    "guard",
    "init_server",
    "members",
    "permissions",
    "refusal",
    "remove_member",
    "require",
]
