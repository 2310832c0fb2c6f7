"""Recording an incident: the facts of the intake, and the 72-hour deadline shown live
before anything is saved (GDPR Art. 33(1); the organisation's reading of the hours)."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import incidents as rules
from dpo_desk.errors import render_error
from dpo_desk.letters.incident_labels import label
from dpo_desk.services import incidents
from dpo_desk.services.incident_dto import IncidentDetail
from dpo_desk.services.registers.recipients import list_recipients
from dpo_desk.ui import i18n
from dpo_desk.ui.context import AppContext

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name (tests and accessibility find it by name)."""
    widget.setObjectName(name)
    return widget


def _combo(words: list[str], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for word in words:
        box.addItem(label(word, i18n.current()), word)
    return box


def _count(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(-1, 1_000_000_000)
    spin.setSpecialValueText("?")
    spin.setValue(-1)
    return spin


class IncidentIntakeDialog(QDialog):
    """The intake form; ``detail`` holds the recorded incident after ``accept()``."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.detail: IncidentDetail | None = None
        self.setObjectName("incident_intake")
        self.setWindowTitle(self.tr("Record an incident"))
        self.resize(640, 720)
        tz = QTimeZone(app.ctx.timezone.encode())
        form = QFormLayout()
        self.title_edit = named(QLineEdit(), "incident_title")
        form.addRow(self.tr("Short description"), self.title_edit)
        self.aware_edit = named(QDateTimeEdit(), "incident_aware")
        self.aware_edit.setTimeZone(tz)
        self.aware_edit.setDisplayFormat("yyyy-MM-dd HH:mm t")
        self.aware_edit.setCalendarPopup(True)
        now = app.ctx.now()
        self.aware_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp()), tz))
        form.addRow(self.tr("Became aware on"), self.aware_edit)
        self.due_label = named(QLabel(), "incident_due_preview")
        self.due_label.setWordWrap(True)
        self.due_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Notice to the authority due"), self.due_label)
        self.reporter = _combo([r.value for r in rules.Reporter], "incident_reporter")
        form.addRow(self.tr("Reported by"), self.reporter)
        self.origin = _combo([o.value for o in rules.Origin], "incident_origin")
        form.addRow(self.tr("Origin"), self.origin)
        self.cause = _combo([c.value for c in rules.Cause], "incident_cause")
        form.addRow(self.tr("Cause"), self.cause)
        self.natures = named(QListWidget(), "incident_natures")
        self.data = named(QListWidget(), "incident_data")
        for widget, words in ((self.natures, [n.value for n in rules.Nature]),
                              (self.data, [c.value for c in rules.DataCategory])):
            for word in words:
                item = QListWidgetItem(label(word, i18n.current()))
                item.setData(Qt.ItemDataRole.UserRole, word)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
        self.natures.item(0).setCheckState(Qt.CheckState.Checked)
        self.natures.setMaximumHeight(64)
        self.data.setMaximumHeight(110)
        form.addRow(self.tr("Nature"), self.natures)
        form.addRow(self.tr("Data concerned"), self.data)
        # Processors and recipients from the register (GDPR Art. 33(2): a processor that
        # reported the breach), and the cases (complaints) that follow it.
        self.recipients = named(QListWidget(), "incident_recipients")
        self.recipients.setMaximumHeight(80)
        form.addRow(self.tr("Processors and recipients"), self.recipients)
        self.cases = named(QLineEdit(), "incident_cases")
        self.cases.setPlaceholderText("DPO-2026-0012, DPO-2026-0015")
        form.addRow(self.tr("Linked cases"), self.cases)
        self.people = _count("incident_people")
        self.quebec_people = _count("incident_quebec_people")
        form.addRow(self.tr("People concerned (about)"), self.people)
        form.addRow(self.tr("Of whom living in Quebec"), self.quebec_people)
        self.circumstances = named(QPlainTextEdit(), "incident_circumstances")
        self.consequences = named(QPlainTextEdit(), "incident_consequences")
        self.measures = named(QPlainTextEdit(), "incident_measures")
        self.advice = named(QPlainTextEdit(), "incident_advice")
        for text, edit in ((self.tr("What happened"), self.circumstances),
                           (self.tr("Likely consequences"), self.consequences),
                           (self.tr("Measures taken"), self.measures),
                           (self.tr("What the persons can do"), self.advice)):
            edit.setMaximumHeight(60)
            edit.setTabChangesFocus(True)
            form.addRow(text, edit)
        self.error = named(QLabel(), "incident_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.aware_edit.dateTimeChanged.connect(self.update_due)
        self.update_due()
        ctx = app.ctx
        app.tasks.run(lambda: [r.name for r in list_recipients(ctx)], self._set_recipients,
                      lambda exc: self.error.setText(render_error(exc, i18n.current())))

    def _set_recipients(self, names: list[str]) -> None:
        self.recipients.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipients.addItem(item)

    def aware_at(self) -> datetime:
        return datetime.fromtimestamp(self.aware_edit.dateTime().toSecsSinceEpoch()).astimezone()

    def update_due(self) -> None:
        """Show the due instant and the reading used, before saving."""
        try:
            clock = incidents.preview_clock(self.app.ctx, self.aware_at())
        except Exception as exc:  # noqa: BLE001 - shown, nothing saved
            self.due_label.setText(render_error(exc, i18n.current()))
            return
        lang = i18n.current()
        left = rules.countdown_text(clock, self.app.ctx.now(), lang)
        self.due_label.setText(f"<b>{rules.local_text(clock.due_at, clock.tz)}</b> ({left})"
                               f"<br/><small>{clock.steps[1].text(lang)}</small>")

    def _checked(self, widget: QListWidget) -> list[str]:
        return [str(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def new_incident(self) -> incidents.NewIncident:
        def count(spin: QSpinBox) -> int | None:
            return None if spin.value() < 0 else spin.value()

        return incidents.NewIncident(
            title=self.title_edit.text(), aware_at=self.aware_at(),
            reporter=str(self.reporter.currentData()), origin=str(self.origin.currentData()),
            cause=str(self.cause.currentData()), natures=self._checked(self.natures),
            data_categories=self._checked(self.data), people_count=count(self.people),
            quebec_people=count(self.quebec_people),
            circumstances=self.circumstances.toPlainText(),
            consequences=self.consequences.toPlainText(),
            measures_taken=self.measures.toPlainText(),
            person_advice=self.advice.toPlainText(),
            recipients=self._checked(self.recipients),
            cases=[r.strip() for r in self.cases.text().replace(";", ",").split(",")
                   if r.strip()])

    def save(self) -> None:
        new = self.new_incident()
        self.buttons.setEnabled(False)
        self.app.tasks.run(lambda: incidents.add_incident(self.app.ctx, new), self._saved,
                           self._failed)

    def _saved(self, detail: IncidentDetail) -> None:
        self.detail = detail
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(render_error(exc, i18n.current()))
