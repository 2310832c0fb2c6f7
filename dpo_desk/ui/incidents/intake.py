"""Recording an incident: the facts of the intake, and the 72-hour deadline shown live
before anything is saved (GDPR Art. 33(1); the organisation's reading of the hours).

The same dialog completes an incident later (``detail`` given): the facts arrive in
phases (Art. 33(4)), the awareness instant stays as recorded (read-only) and the changes
go through ``services.incident_update``. A refusal is shown in the dialog; nothing typed
is lost."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

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
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import incidents as rules
from dpo_desk.errors import UserError, render_error
from dpo_desk.letters.incident_labels import label
from dpo_desk.services import incident_update, incidents
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
    """The intake form; ``detail`` holds the recorded incident after ``accept()``.

    With ``editing`` (an incident already recorded), the form is prefilled and saving
    changes that incident; ``detail`` then holds it as changed."""

    def __init__(
        self, app: AppContext, parent: QWidget | None = None, editing: IncidentDetail | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.detail: IncidentDetail | None = None
        self.editing = editing
        self.recipients_loaded = False
        self.setObjectName("incident_edit" if editing else "incident_intake")
        self.setWindowTitle(
            self.tr("Complete %1").replace("%1", editing.reference)
            if editing
            else self.tr("Record an incident")
        )
        self.resize(660, 760)
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
        # When it happened: typed whole (read in the organisation's zone), never altered.
        self.occurred_from = named(QLineEdit(), "incident_occurred_from")
        self.occurred_to = named(QLineEdit(), "incident_occurred_to")
        for line in (self.occurred_from, self.occurred_to):
            line.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM (unknown: leave empty)"))
        form.addRow(self.tr("Started on"), self.occurred_from)
        form.addRow(self.tr("Ended on"), self.occurred_to)
        self.reporter = _combo([r.value for r in rules.Reporter], "incident_reporter")
        form.addRow(self.tr("Reported by"), self.reporter)
        self.origin = _combo([o.value for o in rules.Origin], "incident_origin")
        form.addRow(self.tr("Origin"), self.origin)
        self.cause = _combo([c.value for c in rules.Cause], "incident_cause")
        form.addRow(self.tr("Cause"), self.cause)
        self.natures = named(QListWidget(), "incident_natures")
        self.data = named(QListWidget(), "incident_data")
        for widget, words in (
            (self.natures, [n.value for n in rules.Nature]),
            (self.data, [c.value for c in rules.DataCategory]),
        ):
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
        self.records = _count("incident_records")
        form.addRow(self.tr("People concerned (about)"), self.people)
        form.addRow(self.tr("Records concerned (about)"), self.records)
        form.addRow(self.tr("Of whom living in Quebec"), self.quebec_people)
        self.circumstances = named(QPlainTextEdit(), "incident_circumstances")
        self.consequences = named(QPlainTextEdit(), "incident_consequences")
        self.measures = named(QPlainTextEdit(), "incident_measures")
        self.measures_proposed = named(QPlainTextEdit(), "incident_measures_proposed")
        self.advice = named(QPlainTextEdit(), "incident_advice")
        for text, edit in (
            (self.tr("What happened"), self.circumstances),
            (self.tr("Likely consequences"), self.consequences),
            (self.tr("Measures taken"), self.measures),
            (self.tr("Measures proposed"), self.measures_proposed),
            (self.tr("What the persons can do"), self.advice),
        ):
            edit.setMaximumHeight(60)
            edit.setTabChangesFocus(True)
            form.addRow(text, edit)
        self.error = named(QLabel(), "incident_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls: the buttons and the refusal stay in sight.
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if editing is not None:
            self._prefill(editing)
        else:
            self.aware_edit.dateTimeChanged.connect(self.update_due)
        self.update_due()
        ctx = app.ctx
        app.tasks.run(
            lambda: [r.name for r in list_recipients(ctx)],
            self._set_recipients,
            lambda exc: self.error.setText(render_error(exc, i18n.current())),
        )

    def _set_recipients(self, names: list[str]) -> None:
        self.recipients.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.recipients_loaded = True
        if self.editing is not None:
            self._check_words(self.recipients, self.editing.recipients)

    # -- editing ------------------------------------------------------------------

    @staticmethod
    def _check_words(widget: QListWidget, words: tuple[str, ...]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in words
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _local(self, value: datetime | None) -> str:
        if value is None:
            return ""
        return value.astimezone(ZoneInfo(self.app.ctx.timezone)).strftime("%Y-%m-%d %H:%M")

    def _prefill(self, d: IncidentDetail) -> None:
        """The recorded facts in the form; the awareness instant shown, not editable."""
        s = d.summary
        tz = QTimeZone(s.aware_tz.encode())
        self.aware_edit.setTimeZone(tz)
        self.aware_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(s.aware_at.timestamp()), tz))
        self.aware_edit.setReadOnly(True)
        self.aware_edit.setButtonSymbols(QDateTimeEdit.ButtonSymbols.NoButtons)
        self.aware_edit.setCalendarPopup(False)
        self.aware_edit.setToolTip(self.tr("The clock started at awareness: it stays as recorded."))
        self.title_edit.setText(s.title)
        for combo, word in (
            (self.reporter, d.reporter),
            (self.origin, d.origin),
            (self.cause, d.cause),
        ):
            combo.setCurrentIndex(max(combo.findData(word), 0))
        self._check_words(self.natures, d.natures)
        self._check_words(self.data, d.data_categories)
        self.cases.setText(", ".join(d.cases))
        for spin, value in (
            (self.people, s.people_count),
            (self.records, d.records_count),
            (self.quebec_people, d.quebec_people),
        ):
            spin.setValue(-1 if value is None else value)
        self.occurred_from.setText(self._local(d.occurred_from))
        self.occurred_to.setText(self._local(d.occurred_to))
        for edit, text in (
            (self.circumstances, d.circumstances),
            (self.consequences, d.consequences),
            (self.measures, d.measures_taken),
            (self.measures_proposed, d.measures_proposed),
            (self.advice, d.person_advice),
        ):
            edit.setPlainText(text)

    def aware_at(self) -> datetime:
        return datetime.fromtimestamp(self.aware_edit.dateTime().toSecsSinceEpoch()).astimezone()

    def update_due(self) -> None:
        """Show the due instant and the reading used, before saving (when editing: the
        recorded clock, with the reading recorded at intake)."""
        try:
            if self.editing is not None:
                s = self.editing.summary
                clock = rules.notification_clock(s.aware_at, s.aware_tz, self.editing.reading)
            else:
                clock = incidents.preview_clock(self.app.ctx, self.aware_at())
        except Exception as exc:  # noqa: BLE001 - shown, nothing saved
            self.due_label.setText(render_error(exc, i18n.current()))
            return
        lang = i18n.current()
        left = rules.countdown_text(clock, self.app.ctx.now(), lang)
        self.due_label.setText(
            f"<b>{rules.local_text(clock.due_at, clock.tz)}</b> ({left})"
            f"<br/><small>{clock.steps[1].text(lang)}</small>"
        )

    def _checked(self, widget: QListWidget) -> list[str]:
        return [
            str(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _typed_instant(self, edit: QLineEdit, what: str) -> datetime | None:
        """The date and time typed, read in the organisation's zone; refused as typed."""
        text = edit.text().strip()
        if not text:
            return None
        try:
            wall = datetime.fromisoformat(text.replace(" ", "T", 1))
        except ValueError:
            raise UserError(
                "{what}: {text!r} is not a valid date-time (YYYY-MM-DDTHH:MM, "
                "optionally with +01:00)",
                what=what,
                text=text,
            ) from None
        return incidents.checked(rules.local_instant, wall, self.app.ctx.timezone)

    def new_incident(self) -> incidents.NewIncident:
        def count(spin: QSpinBox) -> int | None:
            return None if spin.value() < 0 else spin.value()

        return incidents.NewIncident(
            title=self.title_edit.text(),
            aware_at=self.aware_at(),
            occurred_from=self._typed_instant(self.occurred_from, self.tr("Started on")),
            occurred_to=self._typed_instant(self.occurred_to, self.tr("Ended on")),
            records_count=count(self.records),
            measures_proposed=self.measures_proposed.toPlainText(),
            reporter=str(self.reporter.currentData()),
            origin=str(self.origin.currentData()),
            cause=str(self.cause.currentData()),
            natures=self._checked(self.natures),
            data_categories=self._checked(self.data),
            people_count=count(self.people),
            quebec_people=count(self.quebec_people),
            circumstances=self.circumstances.toPlainText(),
            consequences=self.consequences.toPlainText(),
            measures_taken=self.measures.toPlainText(),
            person_advice=self.advice.toPlainText(),
            recipients=self._checked(self.recipients),
            cases=[r.strip() for r in self.cases.text().replace(";", ",").split(",") if r.strip()],
        )

    def changes(self, new: incidents.NewIncident) -> dict[str, Any]:
        """Every fact of the form (the service keeps only those that differ); the links
        to recipients only once their list is shown, never emptied by a slow load."""
        skip = ("gdpr", "quebec") if self.recipients_loaded else ("gdpr", "quebec", "recipients")
        return {name: getattr(new, name) for name in incidents.EDITABLE if name not in skip}

    def save(self) -> None:
        try:
            new = self.new_incident()
        except UserError as exc:
            self._failed(exc)
            return
        self.buttons.setEnabled(False)
        ctx = self.app.ctx
        if self.editing is not None:
            ref, changes = self.editing.reference, self.changes(new)
            self.app.tasks.run(
                lambda: incident_update.update_incident(ctx, ref, changes),
                self._saved,
                self._failed,
            )
            return
        self.app.tasks.run(lambda: incidents.add_incident(ctx, new), self._saved, self._failed)

    def _saved(self, detail: IncidentDetail) -> None:
        self.detail = detail
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(render_error(exc, i18n.current()))
