"""How letters leave by e-mail: the SMTP server, and its password in the OS keyring.

The server, port, user name, security and sender address live with the organisation's
settings (a backup carries them); the password never does: it goes to the OS keyring
(Keychain, Windows Credential Manager, Secret Service), under an account proper to this
data directory, through the same keyring the store's key slot uses. Without a real
keyring there is no place safe enough to keep it and it is refused in words; the DPO can
still write the message as an .eml file and send it from their own mail program.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import keyring
import keyring.errors

from dpo_desk.domain.text import NAME_MAX, check_email, clean
from dpo_desk.errors import UserError
from dpo_desk.keys.os_keyring import SERVICE, keyring_account, secure_keyring
from dpo_desk.services import audit, organisation
from dpo_desk.services.context import Context

SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
PASSWORD_MAX = 1000


@dataclass(frozen=True)
class SmtpSettings:
    """The outgoing mail server. ``security``: STARTTLS on 587, implicit TLS (SSL) on
    465, or none (a relay on the local network only)."""

    host: str = ""
    port: int = 587
    user: str = ""
    security: str = "starttls"
    sender: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)


def _account(ctx: Context) -> str:
    return "smtp-" + keyring_account(ctx.data_dir)


def get_mail_settings(ctx: Context) -> SmtpSettings:
    raw = organisation.get_profile(ctx).settings.get("smtp") or {}
    try:
        return SmtpSettings(
            host=str(raw.get("host", "")),
            port=int(raw.get("port", 587)),
            user=str(raw.get("user", "")),
            security=str(raw.get("security", "starttls")),
            sender=str(raw.get("sender", "")),
        )
    except (TypeError, ValueError):
        return SmtpSettings()


def check_mail_settings(values: SmtpSettings) -> SmtpSettings:
    host = clean(values.host, "SMTP server", max_len=NAME_MAX)
    if any(ch.isspace() for ch in host):
        raise UserError("SMTP server: {value!r} is not a host name", value=host)
    if values.security not in SECURITY:
        raise UserError(
            "SMTP security: {value!r}; use one of: {accepted}",
            value=values.security,
            accepted=", ".join(SECURITY),
        )
    if not 1 <= int(values.port) <= 65535:
        raise UserError("SMTP port: {value} is not between 1 and 65535", value=values.port)
    return SmtpSettings(
        host,
        int(values.port),
        clean(values.user, "SMTP user", max_len=NAME_MAX),
        values.security,
        check_email(values.sender, required=bool(host)),
    )


def save_mail_settings(ctx: Context, values: SmtpSettings) -> SmtpSettings:
    """Check and save the server settings (audited, like every setting)."""
    checked = check_mail_settings(values)
    if not organisation.get_profile(ctx).name:
        raise UserError("set up the organisation first (Settings): its name is required")
    organisation.update_profile(ctx, {}, settings={"smtp": checked.to_dict()})
    return checked


def set_smtp_password(ctx: Context, password: str) -> None:
    """Keep the SMTP password in the OS keyring ("" removes it); audited without it."""
    if len(password) > PASSWORD_MAX or "\x00" in password:
        raise UserError("SMTP password: not accepted (too long or a NUL byte)")
    if secure_keyring() is None:
        raise UserError(
            "no OS keyring to keep the SMTP password in; write the message as "
            "an .eml file and send it from your mail program"
        )
    try:
        if password:
            keyring.set_password(SERVICE, _account(ctx), password)
        else:
            keyring.delete_password(SERVICE, _account(ctx))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise UserError(
            "the OS keyring refused the SMTP password ({reason})", reason=str(exc)[:200]
        ) from None
    with ctx.db.write() as session:
        audit.record(
            session, ctx, "settings.smtp_password", "organisation", "1", {"stored": bool(password)}
        )


def smtp_password(ctx: Context) -> str | None:
    """The SMTP password from the keyring, or None (none kept, or no keyring)."""
    if secure_keyring() is None:
        return None
    try:
        return keyring.get_password(SERVICE, _account(ctx))
    except keyring.errors.KeyringError:
        return None
