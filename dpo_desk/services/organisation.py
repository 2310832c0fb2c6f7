"""The organisation profile: who the controller is, who the DPO is, and the defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from dpo_desk.domain.team import Action
from dpo_desk.domain.text import ADDRESS_MAX, NAME_MAX, check_email, clean
from dpo_desk.errors import UserError
from dpo_desk.services import audit, team
from dpo_desk.services.context import Context
from dpo_desk.services.deadlines import check_jurisdiction
from dpo_desk.store.models import Organisation

PROFILE_FIELDS = (
    "name",
    "legal_form",
    "registration",
    "address",
    "city",
    "dpo_name",
    "dpo_title",
    "dpo_email",
    "dpo_phone",
    "dpo_address",
    "authority_name",
    "authority_address",
    "authority_url",
    "timezone",
    "default_jurisdiction",
    "language",
    "identity_policy",
)


@dataclass(frozen=True)
class OrganisationProfile:
    name: str
    legal_form: str
    registration: str
    address: str
    city: str
    dpo_name: str
    dpo_title: str
    dpo_email: str
    dpo_phone: str
    dpo_address: str
    authority_name: str
    authority_address: str
    authority_url: str
    timezone: str
    default_jurisdiction: str
    language: str
    identity_policy: str
    readings: dict[str, Any]
    settings: dict[str, Any]
    configured: bool

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def load_row(session: Session) -> Organisation | None:
    return session.get(Organisation, 1)


def _default_row() -> Organisation:
    row = Organisation(id=1, name="")
    for col in Organisation.__table__.columns:
        if getattr(row, col.name) is None and col.default is not None:
            arg = col.default.arg
            setattr(row, col.name, arg({}) if callable(arg) else arg)
    return row


def _to_profile(row: Organisation, configured: bool) -> OrganisationProfile:
    values = {name: getattr(row, name) or "" for name in PROFILE_FIELDS}
    return OrganisationProfile(
        **values,
        readings=dict(row.readings or {}),
        settings=dict(row.settings or {}),
        configured=configured,
    )


def profile_in(session: Session) -> OrganisationProfile:
    """The profile read in the caller's transaction (the defaults before ``init``)."""
    row = load_row(session)
    return _to_profile(row, True) if row else _to_profile(_default_row(), False)


def get_profile(ctx: Context) -> OrganisationProfile:
    """The profile, or the defaults (France, CNIL, Europe/Paris) before ``init``."""
    with ctx.db.read() as session:
        return profile_in(session)


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in PROFILE_FIELDS:
            raise UserError("unknown organisation field {key!r}", key=key)
        if key == "dpo_email":
            out[key] = check_email(value)
        elif key in ("address", "dpo_address", "authority_address"):
            out[key] = clean(value, key, max_len=ADDRESS_MAX, multiline=True)
        else:
            out[key] = clean(value, key, max_len=NAME_MAX, required=key == "name")
    if "timezone" in out:
        try:
            ZoneInfo(out["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise UserError("unknown time zone {timezone!r}", timezone=out["timezone"]) from None
    if "language" in out and out["language"] not in ("fr", "en"):
        raise UserError("language: use fr or en")
    if "identity_policy" in out and out["identity_policy"] not in ("proportionate", "strict"):
        raise UserError("identity policy: use proportionate or strict")
    return out


def update_profile(
    ctx: Context,
    changes: dict[str, Any],
    *,
    readings: dict[str, Any] | None = None,
    settings: dict[str, Any] | None = None,
) -> OrganisationProfile:
    """Create or change the profile; audited with the before and after of each field."""
    clean_changes = _validate(changes)
    if "default_jurisdiction" in clean_changes:
        clean_changes["default_jurisdiction"] = check_jurisdiction(
            clean_changes["default_jurisdiction"]
        )
    with team.guard(ctx, Action.SETTINGS), ctx.db.write() as session:
        row = load_row(session)
        creating = row is None
        if row is None:
            row = _default_row()
            session.add(row)
        if creating and not clean_changes.get("name"):
            raise UserError("name: is required")
        diff: dict[str, Any] = {}
        for key, value in clean_changes.items():
            before = getattr(row, key)
            if before != value:
                diff[key] = [before, value]
                setattr(row, key, value)
        if readings is not None:
            merged = {**(row.readings or {}), **readings}
            diff["readings"] = [row.readings, merged]
            row.readings = merged
        if settings is not None:
            merged = {**(row.settings or {}), **settings}
            diff["settings"] = [row.settings, merged]
            row.settings = merged
        session.flush()
        audit.record(
            session,
            ctx,
            "organisation.create" if creating else "organisation.update",
            "organisation",
            "1",
            diff,
        )
        profile = _to_profile(row, True)
    ctx.timezone = profile.timezone
    return profile


def dpo_title(p: OrganisationProfile, lang: str) -> str:
    """The DPO's title in the letter's language, as the profile gives it.

    ``settings["dpo_title_fr"]`` / ``["dpo_title_en"]`` win; the profile's ``dpo_title``
    is used only for letters in the organisation's language (a French title never lands
    in an English letter); else "" and the letter prints its neutral default. The same
    title heads the letter and signs it, so its gender cannot change between the two.
    """
    own = str(p.settings.get(f"dpo_title_{lang}") or "").strip()
    if own:
        return own
    return p.dpo_title if p.dpo_title and p.language == lang else ""
