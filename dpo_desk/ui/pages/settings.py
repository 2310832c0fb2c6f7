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
from dpo_desk.domain.incidents import BREACH_READINGS, DEFAULT_READING
from dpo_desk.errors import Term
from dpo_desk.services import incident_actions
from dpo_desk.services import settings as settings_service
from dpo_desk.services.organisation import PROFILE_FIELDS
from dpo_desk.services.settings import SettingsInvalid, SettingsSnapshot
from dpo_desk.ui import crash, i18n
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine, heading
from dpo_desk.ui.page import Page
from dpo_desk.ui.pages import settings_words
from dpo_desk.ui.pages.settings_form import FormRows
from dpo_desk.ui.pages.settings_mail import MailSettingsBox
from dpo_desk.ui.pages.settings_team import TeamServerBox
from dpo_desk.ui.widgets import combos
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

    def _explain(self, key: str) -> None:
        combo = self.fields[key]
        assert isinstance(combo, QComboBox)
        texts = (
            settings_words.four_eyes()
            if key == "four_eyes"
            else settings_words.explanations().get(key, {})
        )
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
        for key, text in settings_words.field_labels().items():
            self.row_labels[key].setText(text)
            self.fields[key].setAccessibleName(text.replace("&", ""))
        for key, texts in settings_words.item_texts().items():
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
