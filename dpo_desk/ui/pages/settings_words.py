"""What the Settings page says about its rows: the labels, the choices of each list, and
the explanation under a contested point of law for the choice made (each with its
source). In the page's translation context, ``SettingsPage``: the page and these words
are one screen for the translator."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dpo_desk.domain.deadlines.rulesets import RULESETS
from dpo_desk.domain.identity import CNIL_POSITION
from dpo_desk.errors import Phrase
from dpo_desk.ui import i18n
from dpo_desk.ui.widgets import labels


def field_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("SettingsPage", "Organisation &name"),
        "legal_form": QCoreApplication.translate("SettingsPage", "Legal form"),
        "registration": QCoreApplication.translate("SettingsPage", "Registration number"),
        "address": QCoreApplication.translate("SettingsPage", "Address"),
        "city": QCoreApplication.translate("SettingsPage", "City (for letters)"),
        "dpo_name": QCoreApplication.translate("SettingsPage", "DPO's name"),
        "dpo_title": QCoreApplication.translate("SettingsPage", "DPO's title"),
        "dpo_email": QCoreApplication.translate("SettingsPage", "DPO's e-mail"),
        "dpo_phone": QCoreApplication.translate("SettingsPage", "DPO's phone"),
        "dpo_address": QCoreApplication.translate("SettingsPage", "DPO's postal address"),
        "authority_name": QCoreApplication.translate("SettingsPage", "Supervisory authority"),
        "authority_address": QCoreApplication.translate("SettingsPage", "Authority's address"),
        "authority_url": QCoreApplication.translate("SettingsPage", "Authority's website"),
        "letterhead_logo": QCoreApplication.translate("SettingsPage", "Logo"),
        "letterhead_signature": QCoreApplication.translate("SettingsPage", "Signature"),
        "default_jurisdiction": QCoreApplication.translate("SettingsPage", "Default rule set"),
        "timezone": QCoreApplication.translate("SettingsPage", "Organisation's time zone"),
        "extension_reading": QCoreApplication.translate("SettingsPage", "Two-month extension"),
        "id_wait": QCoreApplication.translate("SettingsPage", "Waiting for identity"),
        "receipt_timezone": QCoreApplication.translate("SettingsPage", "Day of receipt read in"),
        "quebec_saturday_is_holiday": QCoreApplication.translate(
            "SettingsPage", "Saturday in Quebec"
        ),
        "interpretation_roll": QCoreApplication.translate(
            "SettingsPage", "Weekends and holidays (Canada, California, Brazil)"
        ),
        "breach_hours": QCoreApplication.translate("SettingsPage", "72 hours to notify a breach"),
        "identity_policy": QCoreApplication.translate("SettingsPage", "Identity documents"),
        "backup_every_hours": QCoreApplication.translate("SettingsPage", "Automatic backup every"),
        "backup_folder": QCoreApplication.translate("SettingsPage", "Backup folder"),
        "idle_lock_minutes": QCoreApplication.translate("SettingsPage", "Lock after inactivity"),
        "retention_days": QCoreApplication.translate("SettingsPage", "Keep closed cases"),
        "language": QCoreApplication.translate("SettingsPage", "Language"),
        "four_eyes": QCoreApplication.translate("SettingsPage", "Four-eyes review of letters"),
    }


def item_texts() -> dict[str, list[str]]:
    return {
        "default_jurisdiction": [f"{r.code} — {labels.ruleset(r.name)}" for r in RULESETS],
        "extension_reading": [
            QCoreApplication.translate("SettingsPage", "Earlier of both readings (default, safe)"),
            QCoreApplication.translate("SettingsPage", "A: receipt + 3 months"),
            QCoreApplication.translate("SettingsPage", "B: first deadline + 2 months"),
        ],
        "id_wait": [
            QCoreApplication.translate("SettingsPage", "Suspends the period (France, default)"),
            QCoreApplication.translate("SettingsPage", "Restarts the period when it arrives"),
        ],
        "receipt_timezone": [
            QCoreApplication.translate("SettingsPage", "The organisation's time zone (default)"),
            QCoreApplication.translate("SettingsPage", "UTC"),
        ],
        "quebec_saturday_is_holiday": [
            QCoreApplication.translate("SettingsPage", "A working day (default)"),
            QCoreApplication.translate("SettingsPage", "A holiday"),
        ],
        "interpretation_roll": [
            QCoreApplication.translate(
                "SettingsPage", "Roll past weekends and holidays as the law says (default)"
            ),
            QCoreApplication.translate("SettingsPage", "Keep the earlier calendar-day date"),
        ],
        "breach_hours": [
            QCoreApplication.translate(
                "SettingsPage", "Elapsed hours from awareness (default, the earlier)"
            ),
            QCoreApplication.translate(
                "SettingsPage", "Reg. 1182/71 Art. 3(1): the hour of awareness left out"
            ),
        ],
        "identity_policy": [
            QCoreApplication.translate(
                "SettingsPage", "Proportionate: a document only on a recorded doubt (default)"
            ),
            QCoreApplication.translate("SettingsPage", "Strict: always ask (warned each time)"),
        ],
        "four_eyes": [
            QCoreApplication.translate("SettingsPage", "Off (default)"),
            QCoreApplication.translate("SettingsPage", "On: a second person approves"),
        ],
    }


def explanations() -> dict[str, dict[Any, str]]:
    return {
        "extension_reading": {
            "earlier-of": QCoreApplication.translate(
                "SettingsPage",
                'GDPR Art. 12(3) allows "two further months" without saying from when. '
                "DPO Desk computes both readings and keeps the earlier, each rolled to a "
                "working day: never later than either (a contested point).",
            ),
            "receipt-plus-3": QCoreApplication.translate(
                "SettingsPage",
                "Reading A: the extended period ends three months after receipt "
                "(Reg. 1182/71 Art. 3 counting).",
            ),
            "due-plus-2": QCoreApplication.translate(
                "SettingsPage",
                "Reading B: two months are added to the first deadline. Can be later "
                "than A when the first deadline was rolled over a weekend or holiday.",
            ),
        },
        "id_wait": {
            "suspend": QCoreApplication.translate(
                "SettingsPage",
                "While requested identity information is awaited the period is "
                "suspended; the paused days are added before rolling (décret 2019-536).",
            ),
            "restart": QCoreApplication.translate(
                "SettingsPage",
                "The period starts again when the information arrives. UK cases always "
                "restart (UK GDPR Art. 12A, Data (Use and Access) Act 2025).",
            ),
        },
        "receipt_timezone": {
            "": QCoreApplication.translate(
                "SettingsPage",
                '"The day of receipt" is read in the organisation\'s zone '
                "(Europe/Paris for France). Alternatives: the subject's zone, or "
                "UTC (a contested point).",
            ),
            "UTC": QCoreApplication.translate(
                "SettingsPage",
                "The day of receipt is read in UTC: a request at 00:30 in "
                "Paris is received the day before.",
            ),
        },
        "quebec_saturday_is_holiday": {
            False: QCoreApplication.translate(
                "SettingsPage",
                "The Interpretation Act (CQLR, c. I-16, s. 61(23)) does not list "
                "Saturday: a deadline may fall on a Saturday (default).",
            ),
            True: QCoreApplication.translate(
                "SettingsPage",
                "Some sectoral rules treat Saturday as a holiday: a deadline on "
                "a Saturday moves to the next working day (contested).",
            ),
        },
        "interpretation_roll": {
            True: QCoreApplication.translate(
                "SettingsPage",
                "A deadline falling on a holiday (and, in California and Brazil, a "
                "weekend) moves to the next working day: Interpretation Act R.S.C. 1985 "
                "c. I-21 s. 26; Cal. Civ. Code §§10-12 and Code Civ. Proc. §12a; "
                "Código Civil art. 132 §1.",
            ),
            False: QCoreApplication.translate(
                "SettingsPage",
                "The organisation answers by the calendar-day date, never later: "
                "earlier than the law requires, so always on time.",
            ),
        },
        "breach_hours": {
            "elapsed": QCoreApplication.translate(
                "SettingsPage",
                "GDPR Art. 33(1): the notice is due 72 hours of elapsed time after the "
                "organisation became aware (EDPB Guidelines 9/2022), to the second.",
            ),
            "reg-1182-71": QCoreApplication.translate(
                "SettingsPage",
                "Reg. 1182/71 Art. 3(1): the hour in which the organisation became "
                "aware is not counted; the 72 hours start at the next whole hour.",
            ),
        },
        "identity_policy": {
            "proportionate": QCoreApplication.translate(
                "SettingsPage",
                "Ask for an identity document only where a "
                "reasonable doubt is recorded (GDPR Art. 12(6)). ",
            )
            + Phrase(CNIL_POSITION).render(i18n.current())  # messages: passed on
            + ".",
            "strict": QCoreApplication.translate(
                "SettingsPage",
                "Asking every requester for a document is contrary to the "
                "CNIL's position; each request carries a warning. ",
            )
            + Phrase(CNIL_POSITION).render(i18n.current())  # messages: passed on
            + ".",
        },
    }


def four_eyes() -> dict[Any, str]:
    return {
        False: QCoreApplication.translate(
            "SettingsPage", "Whoever may mark a letter sent does so without a second reader."
        ),
        True: QCoreApplication.translate(
            "SettingsPage",
            "A letter drafted by one person is marked sent only after another person "
            "with the DPO or deputy role approved it (team server only).",
        ),
    }
