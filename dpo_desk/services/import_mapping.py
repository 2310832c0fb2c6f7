"""Which column of a web-form export holds what, and how its cells are read.

Every form tool names its columns its own way ("Nom complet", "Your e-mail", "Horodatage",
"Type de demande"). ``guess_mapping`` matches the headers with the French and English
words a form uses; the DPO checks and corrects the mapping before importing (the window
shows it with a preview; the command line prints it with ``--dry-run``).

Cells are read strictly: a date that is not a date, a right that is not one of the
GDPR rights, a name carrying markup or control characters is a refusal of that row,
never a guess. Slashed dates are read day first (``05/01/2026`` is 5 January), as
European forms write them; the ISO form ``2026-01-05`` is always accepted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from dpo_desk.domain.rights import LABELS, SHORT_LABELS, Channel, Right
from dpo_desk.domain.text import TextError, fold
from dpo_desk.errors import Term, UserError

#: The fields of a request an export can carry, in the order the window shows them.
FIELDS = (
    "name",
    "email",
    "received",
    "rights",
    "channel",
    "notes",
    "jurisdiction",
    "address",
    "phone",
)
REQUIRED = ("name", "received", "rights")

#: Folded header words per field, French and English (most specific first).
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "full name",
        "nom complet",
        "nom et prenom",
        "prenom et nom",
        "nom prenom",
        "your name",
        "votre nom",
        "requester",
        "demandeur",
        "name",
        "nom",
    ),
    "email": (
        "email address",
        "e mail address",
        "adresse e mail",
        "adresse email",
        "adresse electronique",
        "adresse mail",
        "courriel",
        "e mail",
        "email",
        "mail",
    ),
    "received": (
        "received on",
        "received at",
        "date received",
        "date de reception",
        "recu le",
        "date de soumission",
        "submission date",
        "submitted at",
        "submitted on",
        "horodatage",
        "timestamp",
        "received",
        "submitted",
        "created at",
        "date",
    ),
    "rights": (
        "type of request",
        "request type",
        "type de demande",
        "droit exerce",
        "droits exerces",
        "rights",
        "right",
        "droits",
        "droit",
        "demande",
        "request",
    ),
    "channel": ("channel", "canal", "source", "origine"),
    "notes": (
        "your message",
        "votre message",
        "message",
        "comments",
        "commentaires",
        "commentaire",
        "details",
        "precisions",
        "description",
        "notes",
        "note",
    ),
    "jurisdiction": ("jurisdiction", "juridiction", "regime", "country", "pays"),
    "address": ("postal address", "adresse postale", "address", "adresse"),
    "phone": ("phone number", "telephone", "phone", "tel"),
}

_WORDS = re.compile(r"[^0-9a-z]+")


def header_key(header: str) -> str:
    """A header folded for matching: "Adresse e-mail :" gives "adresse e mail"."""
    return _WORDS.sub(" ", fold(header)).strip()


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """``{field: column index or None}``: exact matches first, then the longest word a
    header contains; each column is used once."""
    keys = [header_key(h) for h in headers]
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    used: set[int] = set()
    for field in FIELDS:
        for i, key in enumerate(keys):
            if i not in used and key in _HEADER_WORDS[field]:
                mapping[field] = i
                used.add(i)
                break
    # Then "Votre adresse e-mail" (contains "adresse e mail"): the longest word wins,
    # so that it goes to the e-mail, not to the postal address ("adresse").
    candidates: list[tuple[int, str, int]] = []
    for field in FIELDS:
        if mapping[field] is not None:
            continue
        for i, key in enumerate(keys):
            for word in _HEADER_WORDS[field]:
                if i not in used and re.search(rf"\b{re.escape(word)}\b", key):
                    candidates.append((len(word), field, i))
    for _length, field, i in sorted(candidates, reverse=True):
        if mapping[field] is None and i not in used:
            mapping[field] = i
            used.add(i)
    return mapping


def missing_fields(mapping: dict[str, int | None]) -> list[str]:
    return [f for f in REQUIRED if mapping.get(f) is None]


def _right_words() -> dict[str, Right]:
    words: dict[str, Right] = {}
    for right in Right:
        words[header_key(right.value)] = right
        for en, fr in (LABELS[right], SHORT_LABELS.get(right, LABELS[right])):
            words[header_key(en)] = right
            words[header_key(fr)] = right
    extra = {
        "acces": Right.ACCESS,
        "droit d acces": Right.ACCESS,
        "copie": Right.ACCESS,
        "copy": Right.ACCESS,
        "copy of my data": Right.ACCESS,
        "suppression": Right.ERASURE,
        "deletion": Right.ERASURE,
        "delete": Right.ERASURE,
        "droit a l oubli": Right.ERASURE,
        "oubli": Right.ERASURE,
        "right to be forgotten": Right.ERASURE,
        "correction": Right.RECTIFICATION,
        "limitation": Right.RESTRICTION,
        "opposition": Right.OBJECTION,
        "stop": Right.PROSPECTING_OBJECTION,
        "desinscription": Right.PROSPECTING_OBJECTION,
        "unsubscribe": Right.PROSPECTING_OBJECTION,
        "portabilite": Right.PORTABILITY,
        "retrait du consentement": Right.CONSENT_WITHDRAWAL,
        "plainte": Right.COMPLAINT,
    }
    words.update(extra)
    return words


RIGHT_WORDS = _right_words()

CHANNEL_WORDS: dict[str, Channel] = {
    **{header_key(c.value): c for c in Channel},
    "web": Channel.WEB_FORM,
    "form": Channel.WEB_FORM,
    "formulaire": Channel.WEB_FORM,
    "formulaire web": Channel.WEB_FORM,
    "site": Channel.WEB_FORM,
    "internet": Channel.WEB_FORM,
    "courriel": Channel.EMAIL,
    "mail": Channel.EMAIL,
    "courrier": Channel.POST,
    "letter": Channel.POST,
    "lettre": Channel.POST,
    "postal": Channel.POST,
    "telephone": Channel.PHONE,
    "tel": Channel.PHONE,
    "magasin": Channel.STORE,
    "boutique": Channel.STORE,
    "in person": Channel.STORE,
    "sur place": Channel.STORE,
}


def parse_rights(cell: str) -> list[Right]:
    """The rights named in a cell ("Accès; Suppression", "access,erasure")."""
    out: list[Right] = []
    for part in re.split(r"[;,|/+\n]", cell):
        key = header_key(part)
        if not key:
            continue
        right = RIGHT_WORDS.get(key)
        if right is None:
            accepted = ", ".join(r.value for r in Right)
            raise UserError(
                "unknown right {text!r}; use one of: {accepted}",
                text=part.strip(),
                accepted=accepted,
            )
        if right not in out:
            out.append(right)
    if not out:
        raise TextError("{field}: is required", field=Term("rights"))
    return out


def parse_channel_cell(cell: str) -> Channel:
    key = header_key(cell)
    found = CHANNEL_WORDS.get(key)
    if found is None:
        accepted = ", ".join(c.value for c in Channel)
        raise UserError(
            "unknown channel {text!r}; use one of: {accepted}", text=cell.strip(), accepted=accepted
        )
    return found


_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$"
)


def parse_received(value: Any) -> date | datetime:
    """A cell of the date of receipt: a spreadsheet date, ISO text, or day-first text.

    A time without offset stays naive: the service reads it in the receipt zone, the
    same rule as the intake form (law.md, "date of receipt").
    """
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        raise TextError("{field}: is required", field=Term("received"))
    try:
        parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        pass
    else:
        return parsed.date() if len(text) == 10 else parsed
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year, hour, minute, second = match.groups()
        try:
            day_of = date(int(year), int(month), int(day))
            if hour is None:
                return day_of
            return datetime.combine(day_of, time(int(hour), int(minute), int(second or 0)))
        except ValueError:
            pass
    raise UserError(
        "received: {value!r} is not a date (expected YYYY-MM-DD or DD/MM/YYYY)", value=text[:40]
    )


_MARKUP = re.compile(r"[<>]|&#?\w+;")


def check_no_markup(value: str, field: str) -> str:
    """Refuse ``<…>`` and HTML entities in a name: no person is called ``<b>Bob</b>``,
    and a form export carrying it was tampered with or mis-exported."""
    if _MARKUP.search(value):
        raise UserError(
            "{field}: contains markup ({value!r}); a name has no < > or &…;",
            field=Term(field),
            value=value[:60],
        )
    return value
