"""Where a team's PostgreSQL server is, and how a desk connects to it.

A ``ServerProfile`` is what the DPO types once (host, port, database, user, TLS mode and
the CA file that vouches for the server); it is remembered in the desk's settings. The
password never is: it lives in the OS keyring (``keys.os_keyring.SERVICE``), or libpq
finds it itself (``PGPASSWORD``, ``~/.pgpass``) on a machine run by scripts.

TLS defaults to ``sslmode=verify-full`` (libpq's docs, "SSL Support", table 34.1: the only
mode that protects against both eavesdropping and a server impersonated on the network):
the server's certificate must chain to the CA file *and* name the host typed.

libpq's refusals are English sentences meant for administrators; ``connection_refusal``
turns the ones a DPO meets (wrong password, no server, an untrusted certificate) into a
refusal that says what to do, with nothing changed.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from dpo_desk.errors import UserError
from dpo_desk.keys.os_keyring import SERVICE, secure_keyring
from dpo_desk.store.db import make_engine

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
#: libpq's modes, weakest first; ``verify-full`` is the default and the advice.
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: Seconds libpq waits for a server before giving up (a dialog must not hang).
CONNECT_TIMEOUT = 5


@dataclass(frozen=True)
class ServerProfile:
    """A team server as the DPO names it; never holds the password."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "dpo_desk"
    user: str = ""
    sslmode: str = "verify-full"
    sslrootcert: Path | None = None

    def __post_init__(self) -> None:
        if not self.host.strip():
            raise UserError("the server's host name is missing")
        if not self.database.strip():
            raise UserError("the server's database name is missing")
        if not 0 < self.port < 65536:
            raise UserError("{port} is not a valid port (1 to 65535)", port=self.port)
        if self.sslmode not in SSLMODES:
            raise UserError(
                "{mode} is not a TLS mode (use one of {modes})",
                mode=self.sslmode,
                modes=", ".join(SSLMODES),
            )

    def sa_url(self, password: str | None = None) -> URL:
        query: dict[str, str] = {"sslmode": self.sslmode}
        if self.sslrootcert is not None:
            query["sslrootcert"] = str(self.sslrootcert)
        return URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        )

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL (with the password only when one is given)."""
        return self.sa_url(password).render_as_string(hide_password=False)

    def label(self) -> str:
        """``user@host:port/database``: how the window and the CLI name the server."""
        who = f"{self.user}@" if self.user else ""
        return f"{who}{self.host}:{self.port}/{self.database}"

    def to_dict(self) -> dict[str, str]:
        """For the desk's settings file (no password, ever)."""
        return {
            "host": self.host,
            "port": str(self.port),
            "database": self.database,
            "user": self.user,
            "sslmode": self.sslmode,
            "sslrootcert": str(self.sslrootcert or ""),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServerProfile:
        cert = str(data.get("sslrootcert") or "")
        return cls(
            host=str(data.get("host") or ""),
            port=parse_port(str(data.get("port") or DEFAULT_PORT)),
            database=str(data.get("database") or ""),
            user=str(data.get("user") or ""),
            sslmode=str(data.get("sslmode") or "verify-full"),
            sslrootcert=Path(cert) if cert else None,
        )


def parse_port(text: str) -> int:
    try:
        port = int(text.strip())
    except ValueError:
        raise UserError("{port} is not a valid port (1 to 65535)", port=text) from None
    if not 0 < port < 65536:
        raise UserError("{port} is not a valid port (1 to 65535)", port=text)
    return port


def parse_with_password(url: str) -> tuple[ServerProfile, str | None]:
    """A profile and the password the URL carries, if any (a script's choice)."""
    text = url.strip()
    try:
        parsed = make_url(text)
        port = parsed.port
    except (ArgumentError, ValueError):
        raise UserError(
            "{url} is not a server address (expected "
            "postgresql://user@host:5432/database?sslmode=verify-full&sslrootcert=ca.pem)",
            url=_without_password(text),
        ) from None
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise UserError(
            "{url} is not a PostgreSQL address (it must start with postgresql://)",
            url=_without_password(text),
        )
    query = {k: v if isinstance(v, str) else v[-1] for k, v in parsed.query.items()}
    cert = query.get("sslrootcert")
    profile = ServerProfile(
        host=parsed.host or "",
        port=port or DEFAULT_PORT,
        database=parsed.database or "",
        user=parsed.username or "",
        sslmode=query.get("sslmode", "verify-full"),
        sslrootcert=Path(cert).expanduser() if cert else None,
    )
    return profile, parsed.password if isinstance(parsed.password, str) else None


def parse(url: str) -> ServerProfile:
    """The profile named by a ``postgresql://`` URL; TLS is ``verify-full`` unless the URL
    says otherwise."""
    return parse_with_password(url)[0]


def _without_password(text: str) -> str:
    try:
        return make_url(text).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return text.split("@")[-1] if "@" in text else text


# -- the password, in the OS keyring --------------------------------------------------


def keyring_account(profile: ServerProfile) -> str:
    return f"server:{profile.user}@{profile.host}:{profile.port}/{profile.database}"


def remember_password(profile: ServerProfile, password: str) -> None:
    """Keep the password in the OS keyring (never in a file: a copied settings file or
    backup must not hand the server over)."""
    if secure_keyring() is None:
        raise UserError(
            "this computer has no system keyring to keep the server password: nothing was "
            "saved (ask the administrator to set one up)"
        )
    import keyring.errors  # loaded by secure_keyring(), not at start-up (issue 19)

    try:
        keyring.set_password(SERVICE, keyring_account(profile), password)
    except keyring.errors.KeyringError as exc:
        raise UserError(
            "the system keyring refused the server password ({reason})", reason=exc
        ) from None


def stored_password(profile: ServerProfile) -> str | None:
    if secure_keyring() is None:
        return None
    import keyring.errors

    try:
        return keyring.get_password(SERVICE, keyring_account(profile))
    except keyring.errors.KeyringError:
        return None


def forget_password(profile: ServerProfile) -> None:
    if secure_keyring() is None:
        return
    import keyring.errors

    with contextlib.suppress(keyring.errors.KeyringError):  # nothing kept: nothing to forget
        keyring.delete_password(SERVICE, keyring_account(profile))


# -- connecting ----------------------------------------------------------------------


def server_engine(profile: ServerProfile, password: str | None = None) -> Engine:
    """An engine for the server; connections fail after ``CONNECT_TIMEOUT`` seconds."""
    return make_engine(
        profile.url(password),
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "DPO Desk"},
        pool_pre_ping=True,
    )


def with_sslmode(profile: ServerProfile, mode: str) -> ServerProfile:
    return replace(profile, sslmode=mode)


def connection_refusal(exc: BaseException, profile: ServerProfile) -> UserError:
    """libpq's refusal in words a DPO can act on (the server is named, never the password)."""
    reason = str(getattr(exc, "orig", None) or exc)
    low = reason.lower()
    server = profile.label()
    if "password authentication failed" in low or "authentication failed" in low:
        return UserError(
            "the server {server} refused the password for {user}: check the password "
            "(or ask the administrator to reset it)",
            server=server,
            user=profile.user,
        )
    if "no password supplied" in low or "password is required" in low:
        return UserError(
            "the server {server} asks for a password for {user}; type it",
            server=server,
            user=profile.user,
        )
    if "does not match host name" in low or "hostname mismatch" in low:
        return UserError(
            "the server's certificate is not made out to {host}: connect with the exact "
            "host name written in the certificate, or ask the administrator (TLS "
            "verify-full refuses it, so nobody can impersonate the server)",
            host=profile.host,
        )
    if "certificate verify failed" in low or "self-signed certificate" in low:
        return UserError(
            "the certificate of {server} is not signed by the CA file given ({ca}): ask "
            "the administrator for the right CA file; nothing was sent to the server",
            server=server,
            ca=str(profile.sslrootcert or "none"),
        )
    if "root certificate file" in low or "could not read root certificate" in low:
        return UserError(
            "the CA file {ca} cannot be read: choose the CA file the administrator gave "
            "you (TLS verify-full needs it)",
            ca=str(profile.sslrootcert or "~/.postgresql/root.crt"),
        )
    if "server does not support ssl" in low:
        return UserError(
            "the server {server} does not offer TLS: ask the administrator to turn it on "
            "(a connection without TLS would send cases in clear)",
            server=server,
        )
    if "database" in low and "does not exist" in low:
        return UserError(
            "the server {server} has no database {database}: check its name",
            server=server,
            database=profile.database,
        )
    if "role" in low and "does not exist" in low:
        return UserError(
            "the server {server} has no login {user}: check the user name or ask the "
            "administrator to add you",
            server=server,
            user=profile.user,
        )
    if "pg_hba.conf" in low:
        return UserError(
            "the server {server} does not accept {user} from this computer (pg_hba.conf): "
            "ask the administrator",
            server=server,
            user=profile.user,
        )
    if any(
        word in low
        for word in (
            "connection refused",
            "could not connect",
            "timeout expired",
            "could not translate host name",
            "name or service not known",
            "no route to host",
            "network is unreachable",
            "connection timed out",
        )
    ):
        return UserError(
            "no DPO Desk server answers at {host} port {port}: check the host name and "
            "the port, and that the server is running",
            host=profile.host,
            port=profile.port,
        )
    return UserError(
        "cannot connect to the server {server}: {reason}",
        server=server,
        reason=reason.strip().splitlines()[-1] if reason.strip() else type(exc).__name__,
    )
