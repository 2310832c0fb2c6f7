"""The team key of a shared server: created at team init, granted to members, rotated
when one leaves, unlocked when a desk opens (issue 16, "Files and encryption").

Every file of a team server is sealed with the team key on the client
(``store.db_vault``); each member reaches it through their own slot
(``keys.team_key``). These use cases are what ``services.team`` calls when it adds or
removes a member's PostgreSQL login: ``grant_member_key(ctx, login, secret)`` and
``revoke_member_key(ctx, login)``. Each writes in one transaction and is audited; the
audit chain's lock is taken first, then the files' lock (one order everywhere: no
deadlock between desks).
"""

from __future__ import annotations

import hashlib
import secrets as pysecrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.domain.team import TeamRole
from dpo_desk.errors import UserError
from dpo_desk.keys import team_key as tk
from dpo_desk.keys.os_keyring import SERVICE, secure_keyring
from dpo_desk.keys.slots import check_passphrase
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.store import db_vault
from dpo_desk.store.db_vault import DbVault, SealerSource, lock_files, open_bytes, seal_bytes
from dpo_desk.store.models import MemberKeySlot, SealedBlob
from dpo_desk.store.vault import Sealer

LOGIN_MAX = 200


class WrongTeamPassphrase(UserError):
    """The passphrase does not open this member's slot: the window asks again."""


def is_team(ctx: Context) -> bool:
    """A desk on a PostgreSQL server: its files live in the database, sealed."""
    return ctx.db.engine.dialect.name == "postgresql"


def team_vault(ctx: Context, folder: str) -> DbVault:
    return DbVault(ctx.db.engine, folder, sealer_source(ctx))


def collect_orphans(ctx: Context) -> int:
    """When a team desk opens: delete the sealed files no live document names (older
    than an hour, so another desk's file about to get its row is left alone). An
    auditor deletes nothing (read only, and the server would refuse)."""
    if ctx.team_role == TeamRole.AUDITOR:
        return 0
    return db_vault.collect_orphans(ctx.db.engine)


def _check_login(login: str) -> str:
    login = (login or "").strip()
    if not login or len(login) > LOGIN_MAX:
        raise UserError("a member's login must have 1 to {max} characters", max=LOGIN_MAX)
    return login


def _check_secret(secret: str, kind: str) -> str:
    if kind == tk.PASSPHRASE:
        return check_passphrase(secret)
    if kind == tk.KEYRING and len(secret) >= 32:
        return secret
    raise UserError("unknown kind of member secret {kind!r}", kind=kind)


def _member(ctx: Context) -> tk.MemberKey:
    member = tk.unlocked(ctx.db)
    if member is None or member.login != ctx.actor:
        raise UserError("the team key is locked on this desk: unlock it with your passphrase first")
    return member


def _current_key(ctx: Context, slot: MemberKeySlot | None) -> bytes:
    if slot is None:
        raise UserError(
            "{login} holds no team key on this server: a DPO who holds it must grant it",
            login=ctx.actor,
        )
    try:
        return tk.open_team_key(_member(ctx), slot.team_key, slot.key_id)
    except WrongSecretError:
        raise UserError(
            "the team key slot of {login} does not open: it was altered on the server",
            login=ctx.actor,
        ) from None


def sealer_source(ctx: Context) -> SealerSource:
    """The sealer of the current team key, read in the vault's own transaction."""

    def source(conn: Connection) -> Sealer:
        row = conn.execute(
            select(MemberKeySlot.team_key, MemberKeySlot.key_id).where(
                MemberKeySlot.login == ctx.actor
            )
        ).first()
        slot = MemberKeySlot(team_key=row[0], key_id=row[1]) if row else None
        return tk.files_sealer(_current_key(ctx, slot))

    return source


def _add_slot(session: Session, login: str, slot: tk.Slot) -> None:
    session.add(
        MemberKeySlot(
            login=login,
            kind=slot.kind,
            public_key=slot.public_key,
            private_key=slot.private_key,
            kdf=slot.kdf,
            team_key=slot.team_key,
            key_id=slot.key_id,
        )
    )


def create_team_key(ctx: Context, secret: str, kind: str = tk.PASSPHRASE) -> str:
    """Team init: a new random team key, held first by the DPO running it (``ctx.actor``).

    Returns the team key's public id. Refused when the server already has one (a second
    key would split the team's files in two).
    """
    _check_secret(secret, kind)
    with ctx.db.write() as session:
        audit.lock_chain(session)
        if session.scalar(select(MemberKeySlot.login).limit(1)) is not None:
            raise UserError(
                "this server already has a team key: ask a DPO who holds it to grant it to you"
            )
        team_key = tk.new_team_key()
        slot, member = tk.new_slot(team_key, ctx.actor, secret, kind)
        _add_slot(session, ctx.actor, slot)
        audit.record(session, ctx, "team.key_create", "team_key", slot.key_id, {"kind": kind})
    tk.remember(ctx.db, member)
    return slot.key_id


def has_team_key(session: Session) -> bool:
    """Does this server have a team key yet (a first DPO created it)?"""
    return session.scalar(select(MemberKeySlot.login).limit(1)) is not None


def grant_member_key(ctx: Context, login: str, secret: str, kind: str = tk.PASSPHRASE) -> None:
    """Give ``login`` the team key, wrapped with ``secret`` (their initial passphrase, or
    a keyring secret from ``keyring_secret``); the granting member must hold the key."""
    login = _check_login(login)
    _check_secret(secret, kind)
    with ctx.db.write() as session:
        audit.lock_chain(session)
        grant_in(session, ctx, login, secret, kind)


def grant_in(
    session: Session, ctx: Context, login: str, secret: str, kind: str = tk.PASSPHRASE
) -> None:
    """``grant_member_key`` inside the caller's write transaction (``team.add_member``
    creates the login and its slot together), the chain's lock already taken."""
    _check_secret(secret, kind)
    team_key = _current_key(ctx, session.get(MemberKeySlot, ctx.actor))
    if session.get(MemberKeySlot, login) is not None:
        raise UserError("{login} already holds the team key", login=login)
    slot, _member_key = tk.new_slot(team_key, login, secret, kind)
    _add_slot(session, login, slot)
    audit.record(session, ctx, "team.key_grant", "team_key", login, {"kind": kind})


@dataclass(frozen=True)
class Rotation:
    """What a rotation did: the new key's id, files re-sealed, members re-keyed."""

    key_id: str
    resealed: int
    members: int


def revoke_member_key(ctx: Context, login: str) -> Rotation:
    """Remove ``login``'s slot and ROTATE the team key: a new key, every file re-sealed
    with it, every remaining member's slot re-sealed to their public key. One
    transaction: a failure leaves the old key and every file as they were.

    A member who copied the old team key or files before leaving keeps those copies;
    what rotation guarantees is that nothing stored from now on, and no file on the
    server, opens with what they held.
    """
    login = _check_login(login)
    with ctx.db.write() as session:
        audit.lock_chain(session)
        return rotate_in(session, ctx, login)


def rotate_in(session: Session, ctx: Context, login: str) -> Rotation:
    """``revoke_member_key`` inside the caller's write transaction (``team.remove_member``
    drops the login and rotates together), the chain's lock already taken."""
    if login == ctx.actor:
        raise UserError("you cannot remove your own team key: another DPO must do it")
    lock_files(session.connection(), exclusive=True)
    old_key = _current_key(ctx, session.get(MemberKeySlot, ctx.actor))
    gone = session.get(MemberKeySlot, login)
    if gone is None:
        raise UserError("{login} holds no team key on this server", login=login)
    session.delete(gone)
    new_key = tk.new_team_key()
    old, new = tk.files_sealer(old_key), tk.files_sealer(new_key)
    resealed = 0
    for name in session.scalars(select(SealedBlob.name).order_by(SealedBlob.name)).all():
        blob = session.get(SealedBlob, name)
        assert blob is not None
        sealed = seal_bytes(new, open_bytes(old, bytes(blob.content)))
        blob.content = sealed
        blob.size = len(sealed)
        blob.sha256 = hashlib.sha256(sealed).hexdigest()
        session.flush()
        session.expunge(blob)  # one file in memory at a time
        resealed += 1
    members = 0
    for slot in session.scalars(select(MemberKeySlot).where(MemberKeySlot.login != login)):
        slot.team_key = tk.seal_to(slot.public_key, new_key, slot.login)
        slot.key_id = tk.team_key_id(new_key)
        members += 1
    audit.record(
        session,
        ctx,
        "team.key_rotate",
        "team_key",
        login,
        {"removed": login, "resealed": resealed, "members": members},
    )
    return Rotation(tk.team_key_id(new_key), resealed, members)


def unlock_team_key(ctx: Context, secret: str | None = None) -> None:
    """Open this member's slot when a desk opens: with ``secret`` (a passphrase), or
    without it from the OS keyring of this computer. Nothing changes on the server.

    Raises:
        UserError: no slot for this login, no keyring secret, or a wrong secret.
    """
    with ctx.db.read() as session:
        slot = session.get(MemberKeySlot, ctx.actor)
        if slot is None:
            raise UserError(
                "{login} holds no team key on this server: a DPO who holds it must grant it",
                login=ctx.actor,
            )
        kind, wrapped, params = slot.kind, dict(slot.private_key), dict(slot.kdf)
        sealed, kid = dict(slot.team_key), slot.key_id
    if secret is None:
        secret = _keyring_get(_keyring_account(ctx, ctx.actor))
        if secret is None:
            raise UserError(
                "the team key of {login} is not in this computer's keyring: type your passphrase",
                login=ctx.actor,
            )
    try:
        member = tk.open_private(ctx.actor, kind, wrapped, params, secret)
        tk.open_team_key(member, sealed, kid)
    except WrongSecretError:
        raise WrongTeamPassphrase(
            "wrong passphrase for the team key of {login}: nothing was opened", login=ctx.actor
        ) from None
    tk.remember(ctx.db, member)


def lock_team_key(ctx: Context) -> None:
    """Forget this desk's unlocked member key (the desk closes or locks)."""
    tk.forget(ctx.db)


def _keyring_account(ctx: Context, login: str) -> str:
    url = ctx.db.engine.url
    server = f"{url.host}:{url.port}/{url.database}/{login}"
    return "team-" + hashlib.sha256(server.encode("utf-8")).hexdigest()[:32]


def _keyring_get(account: str) -> str | None:
    if secure_keyring() is None:
        return None
    import keyring.errors  # loaded by secure_keyring(), not at start-up (issue 19)

    try:
        return keyring.get_password(SERVICE, account)
    except keyring.errors.KeyringError:
        return None


def keyring_secret(ctx: Context, login: str) -> str:
    """A new random secret for ``login`` kept in THIS computer's keyring (256 bits, so
    the slot needs no slow KDF); pass it to ``grant_member_key(..., kind="keyring")``
    or ``set_own_secret`` on the member's own desk."""
    if secure_keyring() is None:
        raise UserError("no secure keyring on this computer: use a passphrase")
    import keyring.errors

    secret = pysecrets.token_urlsafe(32)
    try:
        keyring.set_password(SERVICE, _keyring_account(ctx, login), secret)
    except keyring.errors.KeyringError as exc:
        raise UserError(
            "the system keyring refused the key ({reason}); use a passphrase", reason=exc
        ) from None
    return secret


def set_own_secret(ctx: Context, secret: str, kind: str = tk.PASSPHRASE) -> None:
    """Re-wrap this member's slot with a new secret (after the initial passphrase a DPO
    chose, or to switch to the keyring): a new key pair, the same team key."""
    _check_secret(secret, kind)
    with ctx.db.write() as session:
        audit.lock_chain(session)
        mine = session.get(MemberKeySlot, ctx.actor)
        team_key = _current_key(ctx, mine)
        assert mine is not None
        slot, member = tk.new_slot(team_key, ctx.actor, secret, kind)
        mine.kind, mine.public_key, mine.private_key = slot.kind, slot.public_key, slot.private_key
        mine.kdf, mine.team_key, mine.key_id = slot.kdf, slot.team_key, slot.key_id
        audit.record(session, ctx, "team.key_secret", "team_key", ctx.actor, {"kind": kind})
    tk.remember(ctx.db, member)


def unlock_at_open(ctx: Context, ask: Callable[[], str]) -> bool:
    """When a team desk opens: unlock this member's team key from this computer's
    keyring if it is there, else with the passphrase ``ask()`` returns; then collect
    the orphaned sealed files. Returns False when the server has no team key yet (the
    first DPO creates it: ``dpo-desk team key create``).

    Raises:
        UserError: this login holds no slot yet (the DPO must grant it), or a wrong
            passphrase (the caller may ask again).
    """
    with ctx.db.read() as session:
        if not has_team_key(session):
            return False
        if session.get(MemberKeySlot, ctx.actor) is None:
            raise UserError(
                "{login} holds no team key on this server: a DPO who holds it must grant it",
                login=ctx.actor,
            )
    secret = _keyring_get(_keyring_account(ctx, ctx.actor))
    unlock_team_key(ctx, secret if secret is not None else ask())
    collect_orphans(ctx)
    return True
