"""Checking each row of a request import, with the intake form's own rules.

A row becomes a ``CheckedRow`` (everything the store needs, deadline included) or a
``RowRefusal`` (its line and the reason). Every row is checked, not only up to the first
refusal: the DPO corrects the file once, not once per line.

The deadline is the one ``add_case`` computes (GDPR Art. 12(3), Reg. 1182/71: the day of
receipt in the receipt zone starts the period). It depends only on the rule set and that
day, so it is computed once per (rule set, day): 100,000 rows span a few hundred days.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from dpo_desk.domain.deadlines.receipt import receipt_zone
from dpo_desk.domain.deadlines.rulesets import get_ruleset
from dpo_desk.domain.rights import CaseKind, Channel, Right
from dpo_desk.domain.text import ADDRESS_MAX, NAME_MAX, NOTE_MAX, check_email, clean, fold
from dpo_desk.errors import Phrase, UserError
from dpo_desk.services import deadlines
from dpo_desk.services.cases import _received_instant
from dpo_desk.services.import_mapping import (
    check_no_markup,
    parse_channel_cell,
    parse_received,
    parse_rights,
)
from dpo_desk.services.organisation import OrganisationProfile


@dataclass(frozen=True)
class RowRefusal:
    """A refused row: its line in the file (as a spreadsheet numbers it) and why."""

    line: int
    reason: UserError

    def render(self, lang: str = "en") -> str:
        return self.reason.render(lang)


@dataclass
class CheckedRow:
    """A row that passed every rule, ready to be written."""

    line: int
    name: str
    email: str
    address: str
    phone: str
    notes: str
    rights: list[Right]
    channel: Channel
    jurisdiction: str
    tz: str
    readings: dict[str, Any]
    received_at: datetime
    received_on: date
    due: date | None
    extension_notice_by: date | None
    kind: str = CaseKind.REQUEST


@dataclass
class RowChecker:
    """Checks rows against the organisation's profile; remembers what it has seen."""

    profile: OrganisationProfile
    today: date
    mapping: dict[str, int | None]
    #: duplicate key -> the line it was first seen on
    seen: dict[tuple[Any, ...], int] = field(default_factory=dict)
    _deadlines: dict[tuple[str, date], deadlines.DeadlineResult] = field(default_factory=dict)
    _zones: dict[str, str] = field(default_factory=dict)

    def cell(self, cells: list[Any], name: str) -> Any:
        index = self.mapping.get(name)
        if index is None or index >= len(cells):
            return ""
        return cells[index]

    def text(self, cells: list[Any], name: str) -> str:
        value = self.cell(cells, name)
        return value if isinstance(value, str) else str(value)

    def check(self, line: int, cells: list[Any]) -> CheckedRow | RowRefusal:
        try:
            return self._check(line, cells)
        except UserError as exc:
            return RowRefusal(line, exc)

    def _zone(self, jurisdiction: str) -> str:
        if jurisdiction not in self._zones:
            readings = dict(self.profile.readings)
            self._zones[jurisdiction] = receipt_zone(
                get_ruleset(jurisdiction), readings.get("receipt_timezone"), self.profile.timezone
            )
        return self._zones[jurisdiction]

    def _check(self, line: int, cells: list[Any]) -> CheckedRow:
        name = check_no_markup(
            clean(self.text(cells, "name"), "name", max_len=NAME_MAX, required=True), "name"
        )
        email = check_email(self.text(cells, "email"))
        address = clean(self.text(cells, "address"), "address", max_len=ADDRESS_MAX, multiline=True)
        phone = clean(self.text(cells, "phone"), "phone", max_len=50)
        notes = clean(self.text(cells, "notes"), "notes", max_len=NOTE_MAX, multiline=True)
        rights = parse_rights(
            clean(self.text(cells, "rights"), "rights", max_len=NAME_MAX, required=True)
        )
        channel_cell = self.text(cells, "channel").strip()
        # A web-form export without a channel column came, by definition, from the form.
        channel = parse_channel_cell(channel_cell) if channel_cell else Channel.WEB_FORM
        jurisdiction_cell = self.text(cells, "jurisdiction").strip()
        jurisdiction = deadlines.check_jurisdiction(
            jurisdiction_cell or self.profile.default_jurisdiction
        )
        tz = self._zone(jurisdiction)
        instant = _received_instant(parse_received(self.cell(cells, "received")), tz)
        local = instant.astimezone(ZoneInfo(tz)).date()
        key = (fold(name), email.casefold(), instant, tuple(sorted(rights)))
        first = self.seen.get(key)
        if first is not None:
            raise UserError(
                "the same request as {where} (duplicate row)", where=Phrase("line {n}", n=first)
            )
        readings = dict(self.profile.readings)
        readings["receipt_timezone"] = tz
        result = self._deadlines.get((jurisdiction, local))
        if result is None:
            result = deadlines.compute(
                jurisdiction, instant, readings=readings, tz=tz, today=self.today
            )
            self._deadlines[(jurisdiction, local)] = result
        self.seen[key] = line
        kind = CaseKind.COMPLAINT if rights == [Right.COMPLAINT] else CaseKind.REQUEST
        return CheckedRow(
            line,
            name,
            email,
            address,
            phone,
            notes,
            rights,
            channel,
            jurisdiction,
            tz,
            readings,
            instant,
            result.received,
            result.due,
            result.extension_notice_by,
            str(kind),
        )
