"""The notification clock of a personal-data breach.

GDPR Art. 33(1): the controller notifies the supervisory authority "without undue delay
and, where feasible, not later than 72 hours after having become aware of it"; a notice
made later is "accompanied by reasons for the delay". The clock starts at awareness
(EDPB Guidelines 9/2022, "when to notify": a reasonable degree of certainty that a
security incident has compromised personal data), not at the breach itself.

Two readings of "72 hours" are kept as an organisation setting (``breach_hours``):

* ``elapsed`` (default, the earlier deadline): 72 hours of elapsed time from the instant
  of awareness, to the second.
* ``reg-1182-71``: Regulation (EEC, Euratom) No 1182/71 Art. 3(1) leaves out the hour
  during which the event occurs, and Art. 3(2)(a) starts the period at the beginning of
  the next hour; the deadline is then the next whole hour plus 72 hours.

Either way hours are elapsed time: a daylight-saving change shifts the wall clock, never
the deadline, and Saturdays, Sundays and holidays do not extend a period in hours (Art.
3(4) applies only to periods "other than hours"). Instants are aware; the due instant is
shown in the organisation's zone.

Phased notices, GDPR Art. 33(4): an initial notice may be followed by complementary ones;
only the first notice is judged against the deadline.

Quebec (Act respecting the protection of personal information in the private sector,
CQLR c. P-39.1, s. 3.5) requires notice to the Commission d'accès à l'information
"promptly" ("avec diligence"): there is no fixed limit, so the desk shows the time elapsed
since awareness and no due instant.

Pure functions, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dpo_desk.domain.incidents.vocab import IncidentError, parse_word

HOURS = 72
BreachReading = Literal["elapsed", "reg-1182-71"]
BREACH_READINGS: tuple[BreachReading, ...] = ("elapsed", "reg-1182-71")
DEFAULT_READING: BreachReading = "elapsed"

SOURCE_33 = "GDPR Art. 33(1)"
SOURCE_EDPB = "EDPB Guidelines 9/2022 on personal data breach notification"
SOURCE_1182 = "Regulation (EEC, Euratom) No 1182/71, Art. 3(1), 3(2)(a) and 3(4)"
SOURCE_QC = "CQLR c. P-39.1, s. 3.5"


class NoticeKind(StrEnum):
    """The notice's place in a phased notification (GDPR Art. 33(4); CNIL form:
    "initiale", "complémentaire", "complète" when everything is given at once)."""

    INITIAL = "initial"
    COMPLEMENTARY = "complementary"
    COMPLETE = "complete"


@dataclass(frozen=True)
class Step:
    """One line of the explanation, in both languages, with its source."""

    text_en: str
    text_fr: str
    source: str

    def text(self, lang: str) -> str:
        return self.text_fr if lang == "fr" else self.text_en

    def to_dict(self) -> dict[str, str]:
        return {"text_en": self.text_en, "text_fr": self.text_fr, "source": self.source}


@dataclass(frozen=True)
class BreachClock:
    """When the authority must be notified, and why.

    Attributes:
        aware_at: the instant of awareness, in UTC.
        tz: the organisation's zone, in which instants are shown.
        reading: the reading of "72 hours" used (recorded with the incident).
        due_at: the due instant, in UTC.
        steps: the explanation, one step per rule applied.
    """

    aware_at: datetime
    tz: str
    reading: BreachReading
    due_at: datetime
    steps: tuple[Step, ...]

    @property
    def due_local(self) -> datetime:
        return self.due_at.astimezone(ZoneInfo(self.tz))

    def remaining(self, now: datetime) -> timedelta:
        """Time left before the due instant (negative once it has passed)."""
        return self.due_at - _aware(now, "now")

    def sources(self) -> list[str]:
        return sorted({s.source for s in self.steps})


def check_reading(reading: str | None) -> BreachReading:
    """The reading named ``reading`` (None: the default), or a refusal."""
    if reading is None or reading == "":
        return DEFAULT_READING
    for known in BREACH_READINGS:
        if reading == known:
            return known
    raise IncidentError(
        "unknown reading of the 72 hours {reading!r}; use one of: {choices}",
        reading=reading,
        choices=", ".join(BREACH_READINGS),
    )


def _aware(instant: datetime, what: str) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise IncidentError(
            "{what} needs a time zone or a UTC offset (e.g. 2026-03-28T23:59+01:00)", what=what
        )
    return instant.astimezone(UTC)


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise IncidentError("unknown time zone {tz!r}", tz=tz) from None


def local_text(instant: datetime, tz: str) -> str:
    """``2026-03-29 03:15 CEST`` in the zone ``tz``."""
    return instant.astimezone(_zone(tz)).strftime("%Y-%m-%d %H:%M %Z")


def next_whole_hour(instant: datetime, tz: str) -> datetime:
    """The start of the hour after the one during which ``instant`` falls, read on the
    civil clock of ``tz`` (the same as UTC hours for whole-hour offsets), in UTC."""
    local = instant.astimezone(_zone(tz))
    floor = local.replace(minute=0, second=0, microsecond=0)  # keeps the offset (fold)
    return floor.astimezone(UTC) + timedelta(hours=1)


def notification_clock(aware_at: datetime, tz: str, reading: str | None = None) -> BreachClock:
    """The deadline of the notice to the authority, explained (GDPR Art. 33(1))."""
    start = _aware(aware_at, "the instant of awareness")
    zone_reading = check_reading(reading)
    _zone(tz)
    steps = [
        Step(
            f"The organisation became aware on {local_text(start, tz)} ({tz}), "
            f"{start:%Y-%m-%d %H:%M} UTC: the clock starts at awareness, not at the breach.",
            f"L'organisme a eu connaissance de la violation le {local_text(start, tz)} ({tz}), "
            f"{start:%Y-%m-%d %H:%M} UTC : le délai court à compter de la prise de "
            f"connaissance, non de la violation.",
            SOURCE_EDPB,
        )
    ]
    if zone_reading == "elapsed":
        due = start + timedelta(hours=HOURS)
        steps.append(
            Step(
                "Reading in force (organisation setting): 72 hours of elapsed time from the "
                "instant of awareness, the earlier of the two readings.",
                "Lecture retenue (réglage de l'organisme) : 72 heures de temps écoulé à compter "
                "de l'instant de la prise de connaissance, la plus prudente des deux lectures.",
                SOURCE_33,
            )
        )
    else:
        begin = next_whole_hour(start, tz)
        due = begin + timedelta(hours=HOURS)
        steps.append(
            Step(
                "Reading in force (organisation setting): Regulation 1182/71 Art. 3(1) leaves "
                "out the hour of awareness; the 72 hours start at "
                f"{local_text(begin, tz)} and end 72 whole hours later (Art. 3(2)(a)).",
                "Lecture retenue (réglage de l'organisme) : le règlement 1182/71, art. 3(1), ne "
                "compte pas l'heure de la prise de connaissance ; les 72 heures commencent à "
                f"{local_text(begin, tz)} et finissent 72 heures pleines plus tard (art. 3(2)(a)).",
                SOURCE_1182,
            )
        )
    zone = _zone(tz)
    before, after = start.astimezone(zone).utcoffset(), due.astimezone(zone).utcoffset()
    if before != after:
        steps.append(
            Step(
                f"The clocks change within the period ({start.astimezone(zone):%Z} to "
                f"{due.astimezone(zone):%Z}): hours are elapsed time, so the wall-clock time of "
                "the deadline moves by the change, not the deadline.",
                f"Un changement d'heure intervient pendant le délai ({start.astimezone(zone):%Z} "
                f"à {due.astimezone(zone):%Z}) : les heures sont du temps écoulé, l'heure "
                "affichée de l'échéance se décale, pas l'échéance.",
                SOURCE_1182,
            )
        )
    steps.append(
        Step(
            f"Notice to the authority due by {local_text(due, tz)} ({tz}); weekends and public "
            "holidays do not extend a period in hours.",
            f"Notification à l'autorité au plus tard le {local_text(due, tz)} ({tz}) ; les "
            "week-ends et jours fériés ne prolongent pas un délai exprimé en heures.",
            SOURCE_1182,
        )
    )
    return BreachClock(start, tz, zone_reading, due, tuple(steps))


@dataclass(frozen=True)
class NoticeCheck:
    """How a notice to the authority stands against the clock."""

    kind: NoticeKind
    late: bool
    after_awareness: timedelta


def check_authority_notice(
    clock: BreachClock,
    sent_at: datetime,
    kind: str | NoticeKind,
    previous: tuple[str, ...] = (),
    delay_reasons: str = "",
) -> NoticeCheck:
    """Refuse a notice the law does not allow as given; say whether it is late.

    Args:
        previous: the kinds of the notices already sent to the authority, oldest first.
        delay_reasons: why the first notice comes after the deadline (GDPR Art. 33(1)).

    Raises:
        IncidentError: a notice before awareness, a complementary notice with no initial
            one (Art. 33(4)), a second first notice, or a late first notice without reasons.
    """
    notice = parse_word(NoticeKind, kind, "kind of notice")
    sent = _aware(sent_at, "the time of the notice")
    if sent < clock.aware_at:
        raise IncidentError(
            "a notice cannot be sent before the organisation became aware of the breach ({aware})",
            aware=local_text(clock.aware_at, clock.tz),
        )
    if NoticeKind.COMPLETE in previous:
        raise IncidentError("the notification was already complete; nothing follows it")
    if notice is NoticeKind.COMPLEMENTARY and not previous:
        raise IncidentError(
            "a complementary notice follows an initial one "
            "(GDPR Art. 33(4)); send the initial notice first"
        )
    if notice is NoticeKind.INITIAL and previous:
        raise IncidentError(
            "an initial notice was already sent; the next one is "
            "complementary or complete (GDPR Art. 33(4))"
        )
    first = not previous
    late = first and sent > clock.due_at
    if late and not delay_reasons.strip():
        raise IncidentError(
            "this notice comes {late} after the 72-hour deadline ({due}): "
            "the reasons for the delay are required (GDPR Art. 33(1))",
            late=format_duration(sent - clock.due_at),
            due=local_text(clock.due_at, clock.tz),
        )
    return NoticeCheck(notice, late, sent - clock.aware_at)


def elapsed_since(aware_at: datetime, now: datetime) -> timedelta:
    """Quebec: the time elapsed since awareness ("promptly", s. 3.5: no fixed limit)."""
    return _aware(now, "now") - _aware(aware_at, "the instant of awareness")


def format_duration(delta: timedelta, lang: str = "en") -> str:
    """``2 d 05 h 12 min`` (``2 j 05 h 12 min`` in French); absolute value."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    day = "j" if lang == "fr" else "d"
    if days:
        return f"{days} {day} {hours:02d} h {mins:02d} min"
    return f"{hours} h {mins:02d} min"


def countdown_text(clock: BreachClock, now: datetime, lang: str = "en") -> str:
    """``31 h 05 min left`` or ``overdue by 2 h 00 min``, in ``lang``."""
    return countdown(clock.due_at, now, lang)


def countdown(due_at: datetime, now: datetime, lang: str = "en") -> str:
    """The time left before ``due_at`` (or past it), in words of ``lang``."""
    left = _aware(due_at, "the due instant") - _aware(now, "now")
    span = format_duration(left, lang)
    if left.total_seconds() >= 0:
        return f"{span} restantes" if lang == "fr" else f"{span} left"
    return f"dépassé de {span}" if lang == "fr" else f"overdue by {span}"


def local_instant(wall: datetime, tz: str) -> datetime:
    """A wall-clock time read in ``tz``; an aware value is returned as it is.

    Raises:
        IncidentError: the time does not exist (skipped by a spring change) or happens
            twice (the repeated hour of an autumn change): an offset is then required.
    """
    if wall.tzinfo is not None and wall.utcoffset() is not None:
        return wall
    zone = _zone(tz)
    first, second = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != wall:
        raise IncidentError(
            "{wall} does not exist in {tz} (clocks go forward)",
            wall=wall.strftime("%Y-%m-%d %H:%M"),
            tz=tz,
        )
    if first.utcoffset() != second.utcoffset():
        raise IncidentError(
            "{wall} happens twice in {tz} (clocks go back): give the UTC offset",
            wall=wall.strftime("%Y-%m-%d %H:%M"),
            tz=tz,
        )
    return first
