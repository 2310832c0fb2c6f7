"""New request: who (people already known are offered first), which rights, when and how
it arrived; the deadline and its explanation are shown live, before anything is saved.

The dialog's behaviour and every word it says are here (``IntakeDialog`` is their
translation context); its widgets are made in ``intake_layout`` and the deadline is
computed and listed by ``intake_deadline``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QWidget,
)

from dpo_desk.domain import files
from dpo_desk.errors import UserError
from dpo_desk.services import case_list, cases, documents
from dpo_desk.services.case_list import SubjectMatch
from dpo_desk.services.dto import CaseDetail
from dpo_desk.services.organisation import OrganisationProfile, get_profile
from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs import intake_deadline
from dpo_desk.ui.dialogs.intake_layout import IntakeLayout
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.files import local_files

SEARCH_DELAY_MS = 200


def precheck(path: Path) -> str | None:
    """Why ``path`` cannot be attached, or None (checked again by the service)."""
    try:
        files.check_size(path.stat().st_size)
        with path.open("rb") as fh:
            files.sniff(fh.read(4096))
    except files.FileRefused as exc:
        return f"{path.name}: {crash.message(exc)}"
    except OSError as exc:
        return f"{path.name}: {exc.strerror}"
    return None


class IntakeDialog(QDialog, IntakeLayout):
    """Signals:
    saved(str): the reference of the new case.
    """

    saved = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setAcceptDrops(True)
        self.profile: OrganisationProfile | None = None
        self.subject: SubjectMatch | None = None
        self.attachments: list[Path] = []
        self.detail: CaseDetail | None = None
        self.setup_ui(self)
        self._show_matches([])
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.name.textEdited.connect(lambda _t: self._search_timer.start())
        self.email.textEdited.connect(lambda _t: self._search_timer.start())
        self.matches.itemActivated.connect(self._use_match)
        self.matches.itemDoubleClicked.connect(self._use_match)
        self.use_match.clicked.connect(lambda: self._use_match(self.matches.currentItem()))
        self.new_person.clicked.connect(self._clear_match)
        for box in self.rights.values():
            box.toggled.connect(self._preview)
        self.received.dateTimeChanged.connect(self._preview)
        self.jurisdiction.currentIndexChanged.connect(self._preview)
        self.add_files.clicked.connect(self._choose_files)
        self.remove_file.clicked.connect(self._remove_file)
        self.files.files_dropped.connect(self.add_attachments)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        ctx = app.ctx
        app.tasks.run(lambda: get_profile(ctx), self._profile_loaded, crash.handler(self))

    # -- layout -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New request"))
        self.person_box.setTitle(self.tr("Requester"))
        self.name_label.setText(self.tr("&Name:"))
        self.email_label.setText(self.tr("&E-mail:"))
        self.address_label.setText(self.tr("Postal &address:"))
        self.matches_label.setText(self.tr("Already known (check before creating a duplicate):"))
        self.use_match.setText(self.tr("&Use this person"))
        self.new_person.setText(self.tr("New &person"))
        self.request_box.setTitle(self.tr("Request"))
        self.received_label.setText(self.tr("Re&ceived:"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.jurisdiction_label.setText(self.tr("&Jurisdiction:"))
        self.notes_label.setText(self.tr("N&otes:"))
        self.deadline_box.setTitle(self.tr("Deadline (computed before saving)"))
        self.files_box.setTitle(self.tr("Attachments (drop files here)"))
        self.add_files.setText(self.tr("Add &files…"))
        self.remove_file.setText(self.tr("&Remove"))
        self.save_button.setText(self.tr("&Save"))
        for value, box in self.rights.items():
            box.setText(labels.right(value))
            box.setAccessibleName(self.tr("Right: %1").replace("%1", labels.right(value)))
        for i in range(self.channel.count()):
            self.channel.setItemText(i, labels.channel(str(self.channel.itemData(i))))
        names = {
            self.name: self.tr("Name"),
            self.email: self.tr("E-mail"),
            self.address: self.tr("Postal address"),
            self.matches: self.tr("Known people"),
            self.use_match: self.tr("Use this person"),
            self.new_person: self.tr("New person"),
            self.received: self.tr("Date and time received"),
            self.channel: self.tr("Channel"),
            self.jurisdiction: self.tr("Jurisdiction"),
            self.notes: self.tr("Notes"),
            self.files: self.tr("Attachments"),
            self.add_files: self.tr("Add files"),
            self.remove_file: self.tr("Remove file"),
            self.save_button: self.tr("Save"),
            self.error: self.tr("Error message"),
            self.due: self.tr("Deadline"),
            self.steps: self.tr("How the deadline is computed"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.received.setToolTip(
            self.tr("When the request reached the organisation (the day of receipt is not counted)")
        )
        self.jurisdiction.setToolTip(self.tr("The law whose deadline applies"))
        self.files.setToolTip(self.tr("PDF, PNG, JPEG or plain text, up to 25 MB each"))
        self._update_chosen()
        self._preview()

    # -- profile and defaults -----------------------------------------------------

    def _profile_loaded(self, profile: OrganisationProfile) -> None:
        self.profile = profile
        index = self.jurisdiction.findData(profile.default_jurisdiction)
        self.jurisdiction.setCurrentIndex(max(index, 0))
        zone = QTimeZone(profile.timezone.encode())
        now = self.app.ctx.now()
        moment = QDateTime.fromSecsSinceEpoch(int(now.timestamp()), zone)
        self.received.setTimeZone(zone)
        self.received.setDateTime(moment)
        self.received.setMaximumDateTime(moment.addDays(1))
        self.received.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received_label.setToolTip(profile.timezone)
        self._preview()

    def received_at(self) -> datetime:
        """The time of receipt, aware, in the organisation's zone."""
        tz = self.profile.timezone if self.profile else "UTC"
        secs = self.received.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(secs, UTC).astimezone(ZoneInfo(tz))

    # -- known people -------------------------------------------------------------

    def _search(self) -> None:
        text = self.name.text().strip() or self.email.text().strip()
        if self.email.text().strip() and len(self.email.text().strip()) > len(text):
            text = self.email.text().strip()
        ctx = self.app.ctx
        self.app.tasks.run(
            lambda: case_list.find_subjects(ctx, text), self._show_matches, crash.handler(self)
        )

    def _show_matches(self, found: list[SubjectMatch]) -> None:
        self.matches.clear()
        for m in found:
            text = m.full_name + (f" <{m.email}>" if m.email else "")
            text += "  — " + self.tr("%n earlier request(s)", "", m.cases)
            if m.last_reference:
                text += f" ({m.last_reference})"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.matches.addItem(item)
        visible = bool(found)
        self.matches.setVisible(visible)
        self.matches_label.setVisible(visible)
        self.use_match.setVisible(visible)
        if visible and self.matches.currentRow() < 0:
            self.matches.setCurrentRow(0)

    def _use_match(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        match: SubjectMatch = item.data(Qt.ItemDataRole.UserRole)
        self.subject = match
        self.name.setText(match.full_name)
        self.email.setText(match.email)
        for w in (self.name, self.email, self.address):
            w.setEnabled(False)
        self._update_chosen()

    def _clear_match(self) -> None:
        self.subject = None
        for w in (self.name, self.email, self.address):
            w.setEnabled(True)
        self._update_chosen()

    def _update_chosen(self) -> None:
        if self.subject is None:
            self.chosen.setText("")
            self.chosen.hide()
            self.new_person.setVisible(False)
            return
        self.chosen.setText(
            self.tr("Filed under the known person: %1").replace("%1", self.subject.full_name)
        )
        self.chosen.show()
        self.new_person.setVisible(True)

    # -- deadline preview ---------------------------------------------------------

    def _preview(self) -> None:
        if self.profile is None:
            self.due.setText(self.tr("Loading the organisation profile…"))
            self.steps.setText("")
            return
        try:
            result = intake_deadline.compute(
                self.profile,
                self.jurisdiction.currentData(),
                self.received_at(),
                self.app.ctx.today(),
            )
        except UserError as exc:
            self.due.setText(self.tr("No deadline: %1").replace("%1", crash.message(exc)))
            self.steps.setText("")
            return
        self.due.setText(self.tr("Reply due by %1").replace("%1", labels.fmt_long_date(result.due)))
        extension = ""
        if result.extended_due_if_extended:
            extension = (
                self.tr("If extended: %1 (notice to the person by %2).")
                .replace("%1", labels.fmt_long_date(result.extended_due_if_extended))
                .replace("%2", labels.fmt_long_date(result.extension_notice_by))
            )
        self.steps.setText(intake_deadline.steps_html(result, extension))

    # -- attachments --------------------------------------------------------------

    def _choose_files(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_attachments([Path(p) for p in paths])

    def add_attachments(self, paths: list[Path]) -> None:
        refused = []
        for path in paths:
            why = precheck(path)
            if why:
                refused.append(why)
            elif path not in self.attachments:
                self.attachments.append(path)
                item = QListWidgetItem(path.name)
                item.setToolTip(str(path))
                self.files.addItem(item)
        if refused:
            self.show_error(self.tr("Not attached:") + "\n" + "\n".join(refused))

    def _remove_file(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.attachments):
            self.files.takeItem(row)
            del self.attachments[row]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_attachments(paths)

    # -- saving -------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.save_button.setEnabled(True)

    def new_case(self) -> cases.NewCase:
        return cases.NewCase(
            name="" if self.subject else self.name.text(),
            rights=[value for value, box in self.rights.items() if box.isChecked()],
            received=self.received_at(),
            channel=str(self.channel.currentData()),
            email="" if self.subject else self.email.text(),
            address="" if self.subject else self.address.toPlainText(),
            jurisdiction=self.jurisdiction.currentData(),
            notes=self.notes.toPlainText(),
            subject_id=self.subject.id if self.subject else None,
        )

    def save(self) -> None:
        self.error.hide()
        if not any(box.isChecked() for box in self.rights.values()):
            self.show_error(self.tr("Tick at least one right."))
            return
        if self.subject is None and not self.name.text().strip():
            self.show_error(self.tr("The requester's name is required."))
            self.name.setFocus()
            return
        new, paths, ctx = self.new_case(), list(self.attachments), self.app.ctx

        def op() -> tuple[CaseDetail, list[str]]:
            detail = cases.add_case(ctx, new)
            refused = []
            for path in paths:
                try:
                    detail = documents.attach(ctx, detail.reference, path)
                except UserError as exc:
                    refused.append(crash.message(exc))
            return detail, refused

        self.save_button.setEnabled(False)
        self.app.tasks.run(op, self._saved, crash.handler(self, self.show_error))

    def _saved(self, result: tuple[CaseDetail, list[str]]) -> None:
        detail, refused = result
        self.detail = detail
        self.save_button.setEnabled(True)
        self.accept()
        self.app.signals.case_changed.emit(detail.reference)
        self.saved.emit(detail.reference)
        if refused:
            crash.show_refusal(
                self.tr(
                    "Case %1 was saved, but these files were not attached "
                    "(attach them from the Documents tab):\n%2"
                )
                .replace("%1", detail.reference)
                .replace("%2", "\n".join(refused)),
                self.parentWidget(),
            )
