"""How a letter left, and whether it left on time.

A letter is answered when it is sent, not when it is drafted or archived: GDPR Art.
12(3) asks the controller to "provide information on action taken" within the period, so
the day the letter left (posted, e-mailed, handed over) is the day compared with the
deadline. That day is what the DPO states, not the moment the button was clicked: a
letter posted on Friday and recorded on Monday was sent on Friday.

Proving it is the controller's burden (GDPR Art. 5(2), accountability): registered post
carries a number, and a proof of delivery (date, optionally the scanned slip) can be
recorded later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dpo_desk.errors import Refusal


class DispatchRefused(Refusal, ValueError):
    """The dispatch facts are impossible or incomplete; nothing was recorded."""


class DispatchChannel(StrEnum):
    """The ways a letter leaves the desk."""

    POST = "post"
    #: Lettre recommandée avec accusé de réception: the number proves the sending.
    REGISTERED = "registered-post"
    EMAIL = "email"
    HAND = "hand-delivery"


#: Letter kinds whose deadline is the extension notice date (the first due date), not the
#: extended one: the notice is due "within one month of receipt" (GDPR Art. 12(3)).
NOTICE_KINDS = frozenset({"extension"})

TRACKING_MAX = 64


def parse_channel(value: str) -> DispatchChannel:
    """The channel named by ``value``; refused with the list of known ones."""
    try:
        return DispatchChannel(value.strip().lower())
    except ValueError:
        raise DispatchRefused(
            "unknown dispatch channel {channel}; use one of: {known}",
            channel=value,
            known=", ".join(c.value for c in DispatchChannel),
        ) from None


@dataclass(frozen=True)
class Dispatch:
    """Checked dispatch facts, ready to store."""

    channel: DispatchChannel
    sent_on: date
    tracking_number: str


def check_dispatch(
    channel: str, sent_on: date, tracking: str, *, drafted_on: date, today: date
) -> Dispatch:
    """Check what the DPO says about a letter's sending.

    Args:
        channel: One of :class:`DispatchChannel`'s values.
        sent_on: The day the letter left.
        tracking: The registered post number (required for registered post only).
        drafted_on: The day the letter was generated: it cannot have left before.
        today: Today, in the organisation's zone: a letter cannot leave in the future.

    Raises:
        DispatchRefused: unknown channel, impossible day, missing or stray number.
    """
    kind = parse_channel(channel)
    number = " ".join(tracking.split())
    if sent_on > today:
        raise DispatchRefused(
            "the sending date {sent_on} is in the future (today is {today})",
            sent_on=sent_on.isoformat(),
            today=today.isoformat(),
        )
    if sent_on < drafted_on:
        raise DispatchRefused(
            "the sending date {sent_on} is before the letter was generated ({drafted_on})",
            sent_on=sent_on.isoformat(),
            drafted_on=drafted_on.isoformat(),
        )
    if kind is DispatchChannel.REGISTERED and not number:
        raise DispatchRefused("registered post needs its number (printed on the receipt)")
    if len(number) > TRACKING_MAX:
        raise DispatchRefused(
            "the registered post number is longer than {limit} characters", limit=TRACKING_MAX
        )
    if kind is not DispatchChannel.REGISTERED:
        number = ""
    return Dispatch(kind, sent_on, number)


def check_delivery(delivered_on: date, *, sent_on: date, today: date) -> date:
    """The day of delivery, checked against the sending day and today."""
    if delivered_on > today:
        raise DispatchRefused(
            "the delivery date {delivered_on} is in the future (today is {today})",
            delivered_on=delivered_on.isoformat(),
            today=today.isoformat(),
        )
    if delivered_on < sent_on:
        raise DispatchRefused(
            "the delivery date {delivered_on} is before the letter was sent ({sent_on})",
            delivered_on=delivered_on.isoformat(),
            sent_on=sent_on.isoformat(),
        )
    return delivered_on


def days_late(sent_on: date, due: date | None) -> int | None:
    """Days between the deadline and the sending day: 0 when on time (on or before the
    due day, which counts in full), None when there is no deadline to compare with."""
    if due is None:
        return None
    return max(0, (sent_on - due).days)
