"""Settings: the organisation, the letterhead, the contested points of law, identity
policy, backups, locking, retention and language. One Save = one audited service call;
a refused field is named under the field and nothing typed is lost.

The page decides which rows there are and words them (its class name is the translation
context); ``settings_form.FormRows`` builds the rows and reads and writes their values."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.deadlines.rulesets import RULESETS
from dpo_desk.domain.identity import CNIL_POSITION
from dpo_desk.domain.incidents import BREACH_READINGS, DEFAULT_READING
from dpo_desk.errors import Phrase, Term
from dpo_desk.services import incident_actions
from dpo_desk.services import settings as settings_service
from dpo_desk.services.organisation import PROFILE_FIELDS
from dpo_desk.services.settings import SettingsInvalid, SettingsSnapshot
from dpo_desk.ui import crash, i18n
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine, heading
from dpo_desk.ui.page import Page
from dpo_desk.ui.pages.settings_form import FormRows
from dpo_desk.ui.pages.settings_mail import MailSettingsBox
from dpo_desk.ui.pages.settings_team import TeamServerBox
from dpo_desk.ui.widgets import combos, labels
from dpo_desk.ui.widgets.buttons import label_button
from dpo_desk.ui.widgets.pickers import choose_file_into, choose_folder_into

MULTILINE = ("address", "dpo_address", "authority_address")


class SettingsPage(Page):
    """Every setting on one scrolling page, saved together."""

    key = "settings"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.snapshot: SettingsSnapshot | None = None
        self._shown: tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None = None
        self.title_label = heading(self.title(), self)
        self.status = StatusLine(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.clicked.connect(self.revert)
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.rows = FormRows(self, self.body_layout, self._explain)
        self.fields, self.errors = self.rows.fields, self.rows.errors
        self.row_labels, self.explain = self.rows.row_labels, self.rows.explain
        self.groups = self.rows.groups
        self._build_organisation()
        self._build_letterhead()
        self._build_deadlines()
        self._build_identity()
        self._build_operation()
        self.mail_box = MailSettingsBox(app, body)
        self.body_layout.addWidget(self.mail_box)
        self.team_box = TeamServerBox(app, body)
        self.body_layout.addWidget(self.team_box)
        self.body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # --- building -------------------------------------------------------------------
    def _build_organisation(self) -> None:
        form = self.rows.group("organisation")
        for key in PROFILE_FIELDS:
            if key in ("timezone", "default_jurisdiction", "language", "identity_policy"):
                continue
            if key in MULTILINE:
                self.rows.three_lines(key, form)
            else:
                self.rows.row(form, key, QLineEdit(self))

    def _build_letterhead(self) -> None:
        form = self.rows.group("letterhead")
        self.logo, self.letterhead_logo_button = self.rows.picker(
            "letterhead_logo", form, self.choose_logo
        )
        self.logo.textChanged.connect(self._preview_logo)
        self.logo_preview = QLabel(self)
        self.logo_preview.setMaximumHeight(64)
        form.addRow("", self.logo_preview)
        self.rows.three_lines("letterhead_signature", form)

    def _build_deadlines(self) -> None:
        form = self.rows.group("deadlines")
        self.rows.combo(
            "default_jurisdiction", form, [(r.code, f"{r.code} — {r.name}") for r in RULESETS]
        )
        tz = QComboBox(self)
        tz.setEditable(True)
        zones = sorted(available_timezones())
        tz.addItems(zones)
        tz.setCompleter(QCompleter(zones, tz))
        self.rows.row(form, "timezone", tz)
        self.rows.combo(
            "extension_reading",
            form,
            [(k, "") for k in ("earlier-of", "receipt-plus-3", "due-plus-2")],
            explained=True,
        )
        self.rows.combo("id_wait", form, [("suspend", ""), ("restart", "")], explained=True)
        self.rows.combo("receipt_timezone", form, [("", ""), ("UTC", "UTC")], explained=True)
        self.rows.combo(
            "quebec_saturday_is_holiday", form, [(False, ""), (True, "")], explained=True
        )
        self.rows.combo("interpretation_roll", form, [(True, ""), (False, "")], explained=True)
        self.rows.combo("breach_hours", form, [(r, "") for r in BREACH_READINGS], explained=True)

    def _build_identity(self) -> None:
        form = self.rows.group("identity")
        self.rows.combo(
            "identity_policy", form, [("proportionate", ""), ("strict", "")], explained=True
        )

    def _build_operation(self) -> None:
        form = self.rows.group("operation")
        self.backup_hours = self.rows.spin("backup_every_hours", form)
        self.backup_folder, self.backup_folder_button = self.rows.picker(
            "backup_folder", form, self.choose_backup_folder
        )
        self.lock_minutes = self.rows.spin("idle_lock_minutes", form)
        self.retention_days = self.rows.spin("retention_days", form)
        self.rows.combo("language", form, [("fr", "Français"), ("en", "English")])
        four_eyes = self.rows.combo("four_eyes", form, [(False, ""), (True, "")], explained=True)
        four_eyes.setEnabled(self.app.ctx.team_role is not None)  # a solo desk: see tooltip

    # --- words ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Settings")

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Organisation &name"),
            "legal_form": self.tr("Legal form"),
            "registration": self.tr("Registration number"),
            "address": self.tr("Address"),
            "city": self.tr("City (for letters)"),
            "dpo_name": self.tr("DPO's name"),
            "dpo_title": self.tr("DPO's title"),
            "dpo_email": self.tr("DPO's e-mail"),
            "dpo_phone": self.tr("DPO's phone"),
            "dpo_address": self.tr("DPO's postal address"),
            "authority_name": self.tr("Supervisory authority"),
            "authority_address": self.tr("Authority's address"),
            "authority_url": self.tr("Authority's website"),
            "letterhead_logo": self.tr("Logo"),
            "letterhead_signature": self.tr("Signature"),
            "default_jurisdiction": self.tr("Default rule set"),
            "timezone": self.tr("Organisation's time zone"),
            "extension_reading": self.tr("Two-month extension"),
            "id_wait": self.tr("Waiting for identity"),
            "receipt_timezone": self.tr("Day of receipt read in"),
            "quebec_saturday_is_holiday": self.tr("Saturday in Quebec"),
            "interpretation_roll": self.tr("Weekends and holidays (Canada, California, Brazil)"),
            "breach_hours": self.tr("72 hours to notify a breach"),
            "identity_policy": self.tr("Identity documents"),
            "backup_every_hours": self.tr("Automatic backup every"),
            "backup_folder": self.tr("Backup folder"),
            "idle_lock_minutes": self.tr("Lock after inactivity"),
            "retention_days": self.tr("Keep closed cases"),
            "language": self.tr("Language"),
            "four_eyes": self.tr("Four-eyes review of letters"),
        }

    def _item_texts(self) -> dict[str, list[str]]:
        return {
            "default_jurisdiction": [f"{r.code} — {labels.ruleset(r.name)}" for r in RULESETS],
            "extension_reading": [
                self.tr("Earlier of both readings (default, safe)"),
                self.tr("A: receipt + 3 months"),
                self.tr("B: first deadline + 2 months"),
            ],
            "id_wait": [
                self.tr("Suspends the period (France, default)"),
                self.tr("Restarts the period when it arrives"),
            ],
            "receipt_timezone": [self.tr("The organisation's time zone (default)"), self.tr("UTC")],
            "quebec_saturday_is_holiday": [
                self.tr("A working day (default)"),
                self.tr("A holiday"),
            ],
            "interpretation_roll": [
                self.tr("Roll past weekends and holidays as the law says (default)"),
                self.tr("Keep the earlier calendar-day date"),
            ],
            "breach_hours": [
                self.tr("Elapsed hours from awareness (default, the earlier)"),
                self.tr("Reg. 1182/71 Art. 3(1): the hour of awareness left out"),
            ],
            "identity_policy": [
                self.tr("Proportionate: a document only on a recorded doubt (default)"),
                self.tr("Strict: always ask (warned each time)"),
            ],
            "four_eyes": [self.tr("Off (default)"), self.tr("On: a second person approves")],
        }

    def _explanations(self) -> dict[str, dict[Any, str]]:
        return {
            "extension_reading": {
                "earlier-of": self.tr(
                    'GDPR Art. 12(3) allows "two further months" without saying from when. '
                    "DPO Desk computes both readings and keeps the earlier, each rolled to a "
                    "working day: never later than either (a contested point)."
                ),
                "receipt-plus-3": self.tr(
                    "Reading A: the extended period ends three months after receipt "
                    "(Reg. 1182/71 Art. 3 counting)."
                ),
                "due-plus-2": self.tr(
                    "Reading B: two months are added to the first deadline. Can be later "
                    "than A when the first deadline was rolled over a weekend or holiday."
                ),
            },
            "id_wait": {
                "suspend": self.tr(
                    "While requested identity information is awaited the period is "
                    "suspended; the paused days are added before rolling (décret 2019-536)."
                ),
                "restart": self.tr(
                    "The period starts again when the information arrives. UK cases always "
                    "restart (UK GDPR Art. 12A, Data (Use and Access) Act 2025)."
                ),
            },
            "receipt_timezone": {
                "": self.tr(
                    '"The day of receipt" is read in the organisation\'s zone '
                    "(Europe/Paris for France). Alternatives: the subject's zone, or "
                    "UTC (a contested point)."
                ),
                "UTC": self.tr(
                    "The day of receipt is read in UTC: a request at 00:30 in "
                    "Paris is received the day before."
                ),
            },
            "quebec_saturday_is_holiday": {
                False: self.tr(
                    "The Interpretation Act (CQLR I-16 s. 61(23)) does not list "
                    "Saturday: a deadline may fall on a Saturday (default)."
                ),
                True: self.tr(
                    "Some sectoral rules treat Saturday as a holiday: a deadline on "
                    "a Saturday moves to the next working day (contested)."
                ),
            },
            "interpretation_roll": {
                True: self.tr(
                    "A deadline falling on a holiday (and, in California and Brazil, a "
                    "weekend) moves to the next working day: Interpretation Act R.S.C. 1985 "
                    "c. I-21 s. 26; Cal. Civ. Code §§10-12 and Code Civ. Proc. §12a; "
                    "Código Civil art. 132 §1."
                ),
                False: self.tr(
                    "The organisation answers by the calendar-day date, never later: "
                    "earlier than the law requires, so always on time."
                ),
            },
            "breach_hours": {
                "elapsed": self.tr(
                    "GDPR Art. 33(1): the notice is due 72 hours of elapsed time after the "
                    "organisation became aware (EDPB Guidelines 9/2022), to the second."
                ),
                "reg-1182-71": self.tr(
                    "Reg. 1182/71 Art. 3(1): the hour in which the organisation became "
                    "aware is not counted; the 72 hours start at the next whole hour."
                ),
            },
            "identity_policy": {
                "proportionate": self.tr(
                    "Ask for an identity document only where a "
                    "reasonable doubt is recorded (GDPR Art. 12(6)). "
                )
                + Phrase(CNIL_POSITION).render(i18n.current())  # messages: passed on
                + ".",
                "strict": self.tr(
                    "Asking every requester for a document is contrary to the "
                    "CNIL's position; each request carries a warning. "
                )
                + Phrase(CNIL_POSITION).render(i18n.current())  # messages: passed on
                + ".",
            },
        }

    def _four_eyes(self) -> dict[Any, str]:
        return {
            False: self.tr("Whoever may mark a letter sent does so without a second reader."),
            True: self.tr(
                "A letter drafted by one person is marked sent only after another person "
                "with the DPO or deputy role approved it (team server only)."
            ),
        }

    def _explain(self, key: str) -> None:
        combo = self.fields[key]
        assert isinstance(combo, QComboBox)
        texts = self._four_eyes() if key == "four_eyes" else self._explanations().get(key, {})
        text = texts.get(combo.currentData(), "")
        self.explain[key].setText(text)

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.mail_box.retranslate()
        self.team_box.retranslate()
        for key, box_title in (
            ("organisation", self.tr("Organisation and DPO")),
            ("letterhead", self.tr("Letterhead")),
            ("deadlines", self.tr("Deadlines and contested points of law")),
            ("identity", self.tr("Identity policy")),
            ("operation", self.tr("Backups, locking, retention, language")),
        ):
            self.groups[key].setTitle(box_title)
        for key, text in self._labels().items():
            self.row_labels[key].setText(text)
            self.fields[key].setAccessibleName(text.replace("&", ""))
        for key, texts in self._item_texts().items():
            combo = self.fields[key]
            assert isinstance(combo, QComboBox)
            for i, text in enumerate(texts):
                combo.setItemText(i, text)
            combos.refit(combo)
            if key in self.explain:
                self._explain(key)
        if self.app.ctx.team_role is None:
            self.fields["four_eyes"].setToolTip(
                self.tr("Only on a team server: on a solo desk nobody else can approve a letter")
            )
        self.backup_hours.setSuffix(self.tr(" hours"))
        self.backup_hours.setSpecialValueText(self.tr("Off"))
        self.backup_hours.setToolTip(self.tr("0 turns automatic backups off"))
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.retention_days.setSuffix(self.tr(" days"))
        self.retention_days.setToolTip(
            self.tr("Days a closed case is kept before it is anonymised")
        )
        self.backup_folder.setPlaceholderText(self.tr("The data directory's backups folder"))
        label_button(
            self.letterhead_logo_button, self.tr("Choose…"), name=self.tr("Choose the logo")
        )
        label_button(
            self.backup_folder_button, self.tr("Choose…"), name=self.tr("Choose the backup folder")
        )
        self.logo.setToolTip(
            self.tr("PNG or JPEG, at most 2 MiB; a copy is kept in the data directory")
        )
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save every setting in one audited change"))
        self.revert_button.setText(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes not saved yet"))
        self.status.setAccessibleName(self.tr("Status"))
        self._preview_logo(self.logo.text())

    # --- values -----------------------------------------------------------------------
    def values(self) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        profile = {k: self.rows.get(k) for k in PROFILE_FIELDS}
        readings = {
            k: self.rows.get(k)
            for k in (
                "extension_reading",
                "id_wait",
                "receipt_timezone",
                "quebec_saturday_is_holiday",
                "interpretation_roll",
            )
        }
        readings["receipt_timezone"] = readings["receipt_timezone"] or None
        readings["breach_hours"] = self.rows.get("breach_hours")
        settings = {k: self.rows.get(k) for k in settings_service.SETTING_FIELDS}
        return profile, readings, settings

    def show_snapshot(self, snap: SettingsSnapshot) -> None:
        self.snapshot = snap
        for key in PROFILE_FIELDS:
            self.rows.set(key, getattr(snap.profile, key))
        r = snap.readings
        self.rows.set("extension_reading", r.extension_reading)
        self.rows.set("id_wait", r.id_wait)
        self.rows.set("quebec_saturday_is_holiday", r.quebec_saturday_is_holiday)
        self.rows.set("interpretation_roll", r.interpretation_roll)
        self.rows.set("breach_hours", snap.profile.readings.get("breach_hours") or DEFAULT_READING)
        combo = self.fields["receipt_timezone"]
        assert isinstance(combo, QComboBox)
        zone = r.receipt_timezone or ""
        if zone and zone != snap.profile.timezone and combo.findData(zone) < 0:
            combo.addItem(zone, zone)
        self.rows.set("receipt_timezone", "" if zone == snap.profile.timezone else zone)
        for key in settings_service.SETTING_FIELDS:
            self.rows.set(key, getattr(snap.settings, key))
        self.clear_errors()
        self._shown = self.values()

    def unsaved(self) -> bool:
        """Whether a field was changed since the settings were last shown or saved."""
        return self._shown is not None and self.values() != self._shown

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        for key, message in errors.items():
            label = self.errors.get(key)
            if label is None:
                shown = Term(key).render(i18n.current())
                self.status.error(
                    f"{shown} : {message}" if i18n.current() == "fr" else f"{shown}: {message}"
                )
                continue
            label.setText(message)
            label.show()
            first = first or self.fields[key]
        self.status.error(
            self.tr("Nothing was saved: {0} field(s) to correct.").format(len(errors))
        )
        if first is not None:
            first.setFocus()

    # --- actions ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the settings, unless the DPO changed some and did not save them yet:
        coming back to this screen never throws away what was typed."""
        if self.unsaved():
            self.status.error(
                self.tr("Your changes are not saved yet: Save them, or Revert to drop them.")
            )
            return
        self.revert()
        self.mail_box.refresh()
        self.team_box.refresh()

    def revert(self) -> None:
        """Show the saved settings (the changes not saved are dropped)."""
        ctx = self.app.ctx
        (
            BackgroundOp(self, lambda _h: settings_service.get_snapshot(ctx))
            .success(self.show_snapshot)
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def save(self) -> None:
        self.clear_errors()
        profile, readings, settings = self.values()
        before = self.snapshot.profile.language if self.snapshot else None
        ctx = self.app.ctx
        self.save_button.setEnabled(False)

        def done(snap: SettingsSnapshot) -> None:
            self.save_button.setEnabled(True)
            self.show_snapshot(snap)
            self.status.ok(self.tr("Settings saved."))
            self.app.signals.settings_changed.emit()
            if snap.profile.language != before:
                self.app.signals.language_changed.emit(snap.profile.language)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, SettingsInvalid):
                self.show_errors(exc.rendered(i18n.current()))
            else:
                self.status.error(crash.describe(exc))

        breach = readings.pop("breach_hours")
        saved = (
            self.snapshot.profile.readings.get("breach_hours") or DEFAULT_READING
            if self.snapshot
            else None
        )

        def op() -> SettingsSnapshot:
            snap = settings_service.save(ctx, profile, readings, settings)
            if breach != saved:  # the incidents' own setting, audited by its service
                incident_actions.set_reading(ctx, breach)
                snap = settings_service.get_snapshot(ctx)
            return snap

        self.app.tasks.run(op, done, failed)

    def choose_logo(self) -> None:
        choose_file_into(
            self.logo,
            self,
            self.tr("Choose the letterhead logo"),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )

    def choose_backup_folder(self) -> None:
        choose_folder_into(self.backup_folder, self, self.tr("Choose the backup folder"))

    def _preview_logo(self, path: str) -> None:
        pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setText(self.tr("No logo") if not path else "")
        else:
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(60, Qt.TransformationMode.SmoothTransformation)
            )
