"""Typed application settings, and saving the whole Settings screen in one audited call.

The values live in the organisation row (``Organisation.settings`` JSON and
``Organisation.readings``), so a backup or a restore carries them with the data. Other
modules read them with :func:`get_settings`; the keys are the field names of
:class:`AppSettings`.
"""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dpo_desk.domain.deadlines.readings import EXTENSION_READINGS, ID_WAITS, Readings
from dpo_desk.domain.text import ADDRESS_MAX, TextError, clean
from dpo_desk.errors import Phrase, Refusal, Term, UserError, format_message, template
from dpo_desk.services import deadlines, organisation
from dpo_desk.services.context import Context
from dpo_desk.services.organisation import PROFILE_FIELDS, OrganisationProfile

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}
LETTERHEAD_DIR = "letterhead"

#: (minimum, maximum) of the numeric settings; 0 for backups means "no automatic backup".
LIMITS: dict[str, tuple[int, int]] = {
    "backup_every_hours": (0, 24 * 7),
    "idle_lock_minutes": (1, 240),
    "retention_days": (30, 36500),
}


@dataclass(frozen=True)
class AppSettings:
    """Settings that are not part of the organisation's identity.

    Attributes:
        backup_every_hours: hours between automatic backups; 0 turns them off.
        backup_folder: where backups go; "" means ``<data dir>/backups``.
        idle_lock_minutes: minutes without input before the window locks.
        retention_days: days a closed case is kept before it is anonymised.
        letterhead_logo: the logo printed on letters (a copy inside the data directory).
        letterhead_signature: the signature block under letters (several lines).
        four_eyes: four-eyes review of letters (issue 16): a letter must be approved by
            another person with the DPO or deputy role before it is marked sent. Only on
            a team server: a solo desk has no second person to approve.
    """

    backup_every_hours: int = 24
    backup_folder: str = ""
    idle_lock_minutes: int = 10
    retention_days: int = 1825
    letterhead_logo: str = ""
    letterhead_signature: str = ""
    four_eyes: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


SETTING_FIELDS = tuple(f.name for f in fields(AppSettings))
#: The yes/no settings.
SWITCHES = frozenset({"four_eyes"})
READING_FIELDS = tuple(Readings.__dataclass_fields__)


class SettingsInvalid(UserError):
    """Some fields were refused; nothing was saved.

    Attributes:
        errors: field name -> message, for display next to each field.
    """

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(
            template("{fields}"),
            fields=Phrase("; ".join(f"{k}: {v}" for k, v in errors.items())),  # messages: passed on
        )

    def rendered(self, lang: str = "en") -> dict[str, str]:
        """Field key -> its message in ``lang`` (messages are ``Phrase``s or plain text)."""
        return {k: format_message("{m}", {"m": v}, lang) for k, v in self.errors.items()}

    def render(self, lang: str = "en") -> str:
        return "; ".join(
            format_message(template("{field}: {message}"), {"field": Term(k), "message": v}, lang)
            for k, v in self.errors.items()
        )


@dataclass(frozen=True)
class SettingsSnapshot:
    """Everything the Settings screen shows."""

    profile: OrganisationProfile
    readings: Readings
    settings: AppSettings


def settings_from(values: dict[str, Any] | None) -> AppSettings:
    """Known keys only, with the defaults for missing or unreadable values."""
    default = AppSettings()
    out: dict[str, Any] = {}
    for name in SETTING_FIELDS:
        value = (values or {}).get(name, getattr(default, name))
        if name in LIMITS:
            try:
                value = int(value)
            except (TypeError, ValueError):
                value = getattr(default, name)
        elif name in SWITCHES:
            value = value if isinstance(value, bool) else getattr(default, name)
        elif not isinstance(value, str):
            value = getattr(default, name)
        out[name] = value
    return AppSettings(**out)


def get_settings(ctx: Context) -> AppSettings:
    return settings_from(organisation.get_profile(ctx).settings)


def get_snapshot(ctx: Context) -> SettingsSnapshot:
    return snapshot_of(organisation.get_profile(ctx))


def snapshot_of(profile: organisation.OrganisationProfile) -> SettingsSnapshot:
    """The settings as the window shows them, from a profile already read."""
    return SettingsSnapshot(
        profile, deadlines.readings_from(profile.readings), settings_from(profile.settings)
    )


class _FieldMessage(Phrase):
    """A field's refusal without its "field: " prefix, in any language: the message is
    shown under the field, which already says its name."""

    field: str

    def __new__(cls, exc: Refusal, field: str) -> _FieldMessage:
        self = str.__new__(cls, _strip(exc.render("en"), field, "en"))
        self.template, self.params, self.field = "{reason}", {"reason": exc}, field
        return self

    def render(self, lang: str = "en") -> str:
        return _strip(super().render(lang), self.field, lang)


def _strip(text: str, field: str, lang: str) -> str:
    for label in (Term(field).render(lang), field):
        for sep in (" : ", ": "):
            if text.startswith(label + sep):
                return text[len(label + sep) :]
    return text


def _message(exc: Exception, name: str) -> str:
    """The refusal without its "field: " prefix, still translatable."""
    if isinstance(exc, Refusal):
        return _FieldMessage(exc, name)
    text = str(exc)
    prefix = f"{name}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


def _check_profile(changes: dict[str, Any], errors: dict[str, str]) -> None:
    for key, value in changes.items():
        if key not in PROFILE_FIELDS:
            errors[key] = Phrase("unknown field")
            continue
        try:
            organisation._validate({key: value})
            if key == "default_jurisdiction":
                deadlines.check_jurisdiction(str(value))
        except (TextError, UserError) as exc:
            errors[key] = _message(exc, key)


def _check_readings(readings: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in readings.items():
        if key == "extension_reading" and value not in EXTENSION_READINGS:
            errors[key] = Phrase("use one of: {choices}", choices=", ".join(EXTENSION_READINGS))
        elif key == "id_wait" and value not in ID_WAITS:
            errors[key] = Phrase("use one of: {choices}", choices=", ".join(ID_WAITS))
        elif key in ("quebec_saturday_is_holiday", "interpretation_roll") and not isinstance(
            value, bool
        ):
            errors[key] = Phrase("yes or no")
        elif key == "receipt_timezone":
            value = (value or "").strip() or None
            if value is not None:
                try:
                    ZoneInfo(value)
                except (ZoneInfoNotFoundError, ValueError):
                    errors[key] = Phrase("unknown time zone {timezone!r}", timezone=value)
        elif key not in READING_FIELDS:
            errors[key] = Phrase("unknown reading")
        out[key] = value
    return out


def _check_number(key: str, value: Any, errors: dict[str, str]) -> int | None:
    low, high = LIMITS[key]
    try:
        number = int(str(value).strip())
    except ValueError:
        errors[key] = Phrase("a whole number is required")
        return None
    if not low <= number <= high:
        errors[key] = Phrase("between {low} and {high}", low=low, high=high)
        return None
    return number


def _check_logo(value: str, errors: dict[str, str]) -> Path | None:
    path = Path(value).expanduser()
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError
        if size > LOGO_MAX_BYTES:
            errors["letterhead_logo"] = Phrase("{size} KiB, the limit is 2 MiB", size=size // 1024)
            return None
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        errors["letterhead_logo"] = Phrase("cannot read {file}", file=path.name or value)
        return None
    if not any(head.startswith(magic) for magic in LOGO_TYPES):
        errors["letterhead_logo"] = Phrase("a PNG or JPEG image is required")
        return None
    return path


def _check_settings(ctx: Context, values: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in SETTING_FIELDS:
            errors[key] = Phrase("unknown setting")
        elif key in LIMITS:
            out[key] = _check_number(key, value, errors)
        elif key == "four_eyes":
            if not isinstance(value, bool):
                errors[key] = Phrase("yes or no")
            elif value and ctx.team_role is None:
                errors[key] = Phrase(
                    "only on a team server: on a solo desk nobody else can approve a "
                    "letter, so no letter could ever be sent"
                )
            else:
                out[key] = value
        elif key == "letterhead_signature":
            try:
                out[key] = clean(value, key, max_len=ADDRESS_MAX, multiline=True)
            except TextError as exc:
                errors[key] = _message(exc, key)
        elif key == "backup_folder":
            folder = str(value or "").strip()
            if folder and not Path(folder).expanduser().is_absolute():
                errors[key] = Phrase("give a full path (or leave empty for the data directory)")
            out[key] = folder
        elif key == "letterhead_logo":
            out[key] = str(value or "").strip()
            if out[key] and not Path(out[key]).expanduser().is_relative_to(ctx.data_dir):
                _check_logo(out[key], errors)
    return out


def _store_logo(ctx: Context, value: str) -> str:
    """Copy a newly chosen logo into the data directory (the original may move)."""
    if not value:
        return ""
    path = Path(value).expanduser()
    if path.is_relative_to(ctx.data_dir):
        return str(path)
    head = path.read_bytes()[:8]
    suffix = next(s for magic, s in LOGO_TYPES.items() if head.startswith(magic))
    folder = ctx.data_dir / LETTERHEAD_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"logo{suffix}"
    tmp = target.with_suffix(".tmp")
    shutil.copyfile(path, tmp)
    tmp.replace(target)
    for other in folder.glob("logo.*"):
        if other != target:
            other.unlink(missing_ok=True)
    return str(target)


def save(
    ctx: Context,
    profile: dict[str, Any] | None = None,
    readings: dict[str, Any] | None = None,
    settings: dict[str, Any] | None = None,
) -> SettingsSnapshot:
    """Check every field, then save all of it in one audited change.

    Raises:
        SettingsInvalid: with one message per refused field; nothing was written.
    """
    errors: dict[str, str] = {}
    profile = dict(profile or {})
    _check_profile(profile, errors)
    clean_readings = _check_readings(dict(readings or {}), errors)
    clean_settings = _check_settings(ctx, dict(settings or {}), errors)
    if errors:
        raise SettingsInvalid(errors)
    if "letterhead_logo" in clean_settings:
        clean_settings["letterhead_logo"] = _store_logo(ctx, clean_settings["letterhead_logo"])
    try:
        saved = organisation.update_profile(
            ctx, profile, readings=clean_readings or None, settings=clean_settings or None
        )
    except TextError as exc:
        field = str(exc.params.get("field", "")) or str(exc).split(":", 1)[0]
        raise SettingsInvalid({field: _message(exc, field)}) from None
    return snapshot_of(saved)  # what was committed, not a second read (issue 15)
