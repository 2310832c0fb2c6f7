"""The team server this desk joins, remembered in the window's INI file of the data
directory (``[server]``: host, port, database, user, TLS mode, CA file) — never the
password, which is in the OS keyring (``keys.server.remember_password``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.errors import UserError
from dpo_desk.ui.window_settings import settings_for

if TYPE_CHECKING:
    from dpo_desk.services.team_session import ServerProfile

GROUP = "server"
KEYS = ("host", "port", "database", "user", "sslmode", "sslrootcert")


def joined(data_dir: Path) -> bool:
    """Whether a team server is remembered, without loading the team code (the solo
    desk's first paint comes before it, issue 19)."""
    return bool(settings_for(data_dir).value(f"{GROUP}/host", ""))


def saved_profile(data_dir: Path) -> ServerProfile | None:
    """The joined server, or None (a solo desk, or a settings file edited into nonsense:
    the desk then opens alone rather than not at all)."""
    from dpo_desk.services.team_session import ServerProfile

    settings = settings_for(data_dir)
    settings.beginGroup(GROUP)
    try:
        values = {key: str(settings.value(key, "") or "") for key in KEYS}
    finally:
        settings.endGroup()
    if not values["host"]:
        return None
    try:
        return ServerProfile.from_dict(values)
    except UserError:
        return None


def save_profile(data_dir: Path, profile: ServerProfile | None) -> None:
    """Remember ``profile`` for the next start; None: work alone again."""
    settings = settings_for(data_dir)
    settings.remove(GROUP)
    if profile is not None:
        settings.beginGroup(GROUP)
        for key, value in profile.to_dict().items():
            settings.setValue(key, value)
        settings.endGroup()
    settings.sync()
