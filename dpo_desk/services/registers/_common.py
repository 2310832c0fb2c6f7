"""Validation helpers shared by the register services: every refusal is a ``UserError``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from dpo_desk.domain.text import NAME_MAX, NOTE_MAX, TextError, check_email, clean
from dpo_desk.errors import Term, UserError

_COUNTRY = re.compile(r"^[A-Z]{2}$")
LIST_ITEM_MAX = 200
LIST_MAX = 100


def text(
    value: str | None,
    field: str,
    *,
    max_len: int = NOTE_MAX,
    required: bool = False,
    multiline: bool = True,
) -> str:
    try:
        return clean(value, field, max_len=max_len, required=required, multiline=multiline)
    except TextError as exc:
        raise UserError.carrying(exc) from None


def name(value: str | None, field: str = "name", *, max_len: int = 200) -> str:
    return text(value, field, max_len=min(max_len, NAME_MAX), required=True, multiline=False)


def email(value: str | None) -> str:
    try:
        return check_email(value)
    except TextError as exc:
        raise UserError.carrying(exc) from None


def items(values: Iterable[str] | None, field: str) -> list[str]:
    """A list of short labels: each cleaned, blanks dropped, duplicates refused."""
    out: list[str] = []
    for value in values or ():
        if not isinstance(value, str):
            raise UserError(
                "{field}: expected text, got {kind}", field=Term(field), kind=type(value).__name__
            )
        item = text(value, field, max_len=LIST_ITEM_MAX, multiline=False)
        if not item:
            continue
        if item in out:
            raise UserError("{field}: {item!r} is listed twice", field=Term(field), item=item)
        out.append(item)
    if len(out) > LIST_MAX:
        raise UserError(
            "{field}: {count} entries, the limit is {list_max}",
            field=Term(field),
            count=len(out),
            list_max=LIST_MAX,
        )
    return out


def country(value: str | None, field: str = "country") -> str:
    code = (value or "").strip().upper()
    if not _COUNTRY.match(code):
        raise UserError(
            "{field}: {value!r} is not an ISO 3166 two-letter code (e.g. FR, US)",
            field=Term(field),
            value=value,
        )
    return code


def word(value: str | None, field: str, allowed: Iterable[str]) -> str:
    choices = list(allowed)
    got = (value or "").strip().lower()
    if got not in choices:
        raise UserError(
            "{field}: unknown value {value!r}; use one of: {choices}",
            field=Term(field),
            value=value,
            choices=", ".join(choices),
        )
    return got


def iso_date(value: object, field: str) -> date | None:
    """A date from ``None``/``""``, a ``date`` or ``YYYY-MM-DD`` text."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise UserError(
        "{field}: {value!r} is not a valid date (YYYY-MM-DD)", field=Term(field), value=value
    )


def not_future(value: date | None, field: str, today: date) -> None:
    if value is not None and value > today:
        raise UserError(
            "{field}: {value} is in the future", field=Term(field), value=value.isoformat()
        )


def check_texts_fr(texts: dict[str, str] | None, allowed: tuple[str, ...]) -> dict[str, str]:
    """The French texts, cleaned; empty ones dropped (the English is the fallback)."""
    out: dict[str, str] = {}
    for key, value in (texts or {}).items():
        if key not in allowed:
            raise UserError(
                "unknown French text {field}; use one of: {known}",
                field=key,
                known=", ".join(allowed),
            )
        cleaned = text(value, f"{key} (French)")
        if cleaned:
            out[key] = cleaned
    return out
