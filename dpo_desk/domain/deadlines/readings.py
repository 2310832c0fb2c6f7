"""Contested points of law, as explicit settings with safe defaults (see law.md).

Every result records the readings it used, so a deadline shown in a letter can be
re-derived later even if the organisation changes its settings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from dpo_desk.errors import InvalidValue

ExtensionReading = Literal["earlier-of", "receipt-plus-3", "due-plus-2"]
IdWait = Literal["suspend", "restart"]

EXTENSION_READINGS: tuple[ExtensionReading, ...] = ("earlier-of", "receipt-plus-3", "due-plus-2")
ID_WAITS: tuple[IdWait, ...] = ("suspend", "restart")


@dataclass(frozen=True)
class Readings:
    """The organisation's answers to the contested points.

    Attributes:
        extension_reading: GDPR Art. 12(3) "two further months" counted from receipt
            (A: receipt + 3 months), from the first due date (B: due + 2 months), or the
            earlier of both (default: never later than either reading).
        id_wait: While identity information is awaited, the period is suspended (France,
            décret 2019-536; default) or restarts when it arrives (ICO before 2025).
        receipt_timezone: Zone in which "the day of receipt" is read; None means the rule
            set's organisation zone. Results record the zone actually used.
        quebec_saturday_is_holiday: Treat Saturday as a holiday in Quebec (contested; the
            Interpretation Act does not list it, so the default is False).
        interpretation_roll: Canada (federal), California and Brazil count calendar days;
            their interpretation laws move a deadline falling on a holiday (or, in
            California and Brazil, a Saturday or Sunday) to the next working day
            (Interpretation Act R.S.C. 1985 c. I-21 s. 26; Cal. Civ. Code §§10-12 and
            Code Civ. Proc. §12a; Código Civil art. 132 §1). True (default) follows them;
            False keeps the earlier, unrolled date as the organisation's own deadline.
    """

    extension_reading: ExtensionReading = "earlier-of"
    id_wait: IdWait = "suspend"
    receipt_timezone: str | None = None
    quebec_saturday_is_holiday: bool = False
    interpretation_roll: bool = True

    def __post_init__(self) -> None:
        """Refuse unknown words early: a typo must not silently pick a reading."""
        if self.extension_reading not in EXTENSION_READINGS:
            raise InvalidValue(
                "unknown extension reading {extension_reading!r}; use one of: {extension_readings}",
                extension_reading=self.extension_reading,
                extension_readings=", ".join(EXTENSION_READINGS),
            )
        if self.id_wait not in ID_WAITS:
            raise InvalidValue(
                "unknown identity-wait reading {id_wait!r}; use one of: {id_waits}",
                id_wait=self.id_wait,
                id_waits=", ".join(ID_WAITS),
            )

    def to_dict(self) -> dict[str, str | bool | None]:
        """JSON-ready values."""
        return dict(asdict(self))
