"""New request: who (people already known are offered first), which rights, when and how
it arrived; the deadline and its explanation are shown live, before anything is saved.

The dialog's behaviour and every word it says are here (``IntakeDialog`` is their
translation context); its widgets are made in ``intake_layout`` and the deadline is
computed and listed by ``intake_deadline``."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from dpo_desk.domain.text import show_controls
from dpo_desk.errors import UserError
from dpo_desk.mail.read import is_mail_file
from dpo_desk.services import cases, documents, intake
from dpo_desk.services.case_list import SubjectMatch
from dpo_desk.services.dto import CaseDetail
from dpo_desk.services.organisation import OrganisationProfile, get_profile
from dpo_desk.ui import crash, mail_drop
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs import intake_deadline
from dpo_desk.ui.dialogs.intake_checks import (
    FUTURE_SLACK,
    SERVICE_WORDS,
    precheck,
)
from dpo_desk.ui.dialogs.intake_known import IntakeKnownPeople
from dpo_desk.ui.dialogs.intake_mail import IntakeMail
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.confirm import ask_destructive
from dpo_desk.ui.widgets.field_errors import FieldErrors
from dpo_desk.ui.widgets.files import AcceptsFileDrops, retranslate_kinds

SEARCH_DELAY_MS = 200


class IntakeDialog(AcceptsFileDrops, QDialog, IntakeMail, IntakeKnownPeople):
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
        self.attachments: list[tuple[Path, str]] = []  # each file and what it is
        self.detail: CaseDetail | None = None
        self.confirm_box: QMessageBox | None = None
        self.setup_ui(self)
        self.setup_mail()
        self.field_errors = FieldErrors(SERVICE_WORDS)
        for key, widget in (
            ("name", self.name),
            ("email", self.email),
            ("address", self.address),
            ("notes", self.notes),
        ):
            self.field_errors.add(key, widget, self.field_error_labels[key], key)
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
        self.email.textChanged.connect(lambda _t: self._show_contact_difference())
        self.address.textChanged.connect(self._show_contact_difference)
        for box in self.rights.values():
            box.toggled.connect(self._preview)
        self.received.changed.connect(self._preview)
        self.received_time.timeChanged.connect(self._preview)
        self.jurisdiction.currentIndexChanged.connect(self._preview)
        self.file_kind.activated.connect(lambda _i: self.mail_kind_chosen(self.chosen_kind()))
        self.add_files.clicked.connect(self._choose_files)
        self.remove_file.clicked.connect(self._remove_file)
        self.files.files_dropped.connect(self.files_dropped_here)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        ctx = app.ctx
        # The organisation's profile (its time zone) is being read.
        self._profile_loading = True
        # Save was clicked while it was.
        self._save_when_loaded = False
        app.tasks.run(
            lambda: get_profile(ctx), self._profile_loaded, self._profile_failed, parent=self
        )

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
        self.update_contact.setText(
            self.tr("Make the typed details this person's own (the earlier ones are kept)")
        )
        self.update_contact.setAccessibleName(self.tr("Keep the new details for this person"))
        self.request_box.setTitle(self.tr("Request"))
        self.received_label.setText(self.tr("Re&ceived:"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.jurisdiction_label.setText(self.tr("&Jurisdiction:"))
        self.notes_label.setText(self.tr("N&otes:"))
        self.deadline_box.setTitle(self.tr("Deadline (computed before saving)"))
        self.files_box.setTitle(self.tr("Attachments (drop files here)"))
        self.add_files.setText(self.tr("Add &files…"))
        self.file_kind_label.setText(self.tr("&What is it?"))
        retranslate_kinds(self.file_kind, self.tr("Choose what the files are…"))
        offset = len(self.mail_kinds)  # the message's attachments come first
        for i, (path, kind) in enumerate(self.attachments):
            self.files.item(offset + i).setText(self._file_text(path, kind))
        self.retranslate_mail()
        self.remove_file.setText(self.tr("&Remove"))
        self.save_button.setText(self.tr("&Save"))
        for value, box in self.rights.items():
            box.setText(labels.right(value))
            box.setAccessibleName(self.tr("Right: %1").replace("%1", labels.right(value)))
        for i in range(self.channel.count()):
            self.channel.setItemText(i, labels.channel(str(self.channel.itemData(i))))
        for key, name in (
            ("name", self.tr("Name")),
            ("email", self.tr("E-mail")),
            ("address", self.tr("Postal address")),
            ("notes", self.tr("Notes")),
        ):
            self.field_errors.rename(key, name)
        names = {
            self.name: self.tr("Name"),
            self.email: self.tr("E-mail"),
            self.address: self.tr("Postal address"),
            self.matches: self.tr("Known people"),
            self.use_match: self.tr("Use this person"),
            self.new_person: self.tr("New person"),
            self.received: self.tr("Date received"),
            self.received_time: self.tr("Time received"),
            self.channel: self.tr("Channel"),
            self.jurisdiction: self.tr("Jurisdiction"),
            self.notes: self.tr("Notes"),
            self.files: self.tr("Attachments"),
            self.file_kind: self.tr("Kind of the files to attach"),
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
        self._profile_loading = False
        index = self.jurisdiction.findData(profile.default_jurisdiction)
        self.jurisdiction.setCurrentIndex(max(index, 0))
        now = self.app.ctx.now().astimezone(ZoneInfo(profile.timezone))
        self.received.set_value(now.date())
        self.received_time.setTime(QTime(now.hour, now.minute))
        # A future receipt is refused at the field, never replaced by today.
        self.received.set_range(
            None,
            now.date(),
            too_late=self.tr("A request cannot be received in the future: check the date."),
        )
        self.received_label.setToolTip(profile.timezone)
        self.received_time.setToolTip(
            self.tr("Time in the organisation's zone (%1)").replace("%1", profile.timezone)
        )
        self.apply_mail_received()  # a message's own time, now that the zone is known
        self.retranslate_mail()
        self._preview()
        if self._save_when_loaded:
            self._save_when_loaded = False
            self.save_button.setEnabled(True)
            self.save()

    def _profile_failed(self, exc: BaseException) -> None:
        """The profile could not be read: the date stays the DPO's to type, in UTC."""
        self._profile_loading = False
        self.save_button.setEnabled(True)
        self._save_when_loaded = False
        self.show_error(
            self.tr("The organisation's settings could not be read: %1").replace(
                "%1", crash.message(exc)
            )
        )

    def received_problem(self) -> str:
        """Why the date and time of receipt cannot be used, or ""."""
        why = self.received.problem()
        if why or self.profile is None:
            return why
        moment = self.received_at()
        if moment is not None and moment > self.app.ctx.now() + FUTURE_SLACK:
            return self.tr("A request cannot be received in the future: check the time.")
        return ""

    def received_at(self) -> datetime | None:
        """The time of receipt, aware, in the organisation's zone (None: date refused)."""
        tz = self.profile.timezone if self.profile else "UTC"
        day = self.received.value()
        if day is None:
            return None
        t = self.received_time.time()
        return datetime.combine(day, time(t.hour(), t.minute()), ZoneInfo(tz))

    # -- known people (the rest in intake_known) ---------------------------------

    def _show_matches(self, found: list[SubjectMatch]) -> None:
        self.matches.clear()
        for m in found:
            text = m.full_name + (f" <{m.email}>" if m.email else "")
            text += "  — " + self.tr("%n earlier request(s)", "", m.cases)
            if m.last_reference:
                text += f" ({m.last_reference})"
            item = QListWidgetItem(text)
            item.setToolTip(labels.plain_tip(text))
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.matches.addItem(item)
        # Once a person is chosen the list steps aside (room for the details' difference).
        visible = bool(found) and self.subject is None
        self.matches.setVisible(visible)
        self.matches_label.setVisible(visible)
        self.use_match.setVisible(visible)
        if visible and self.matches.currentRow() < 0:
            self.matches.setCurrentRow(0)

    # -- deadline preview ---------------------------------------------------------

    def _preview(self) -> None:
        if self.profile is None:
            self.due.setText(self.tr("Loading the organisation profile…"))
            self.steps.setText("")
            return
        received = self.received_at()
        why = self.received_problem()
        if why or received is None:
            self.due.setText(self.tr("No deadline: %1").replace("%1", why))
            self.steps.setText("")
            return
        try:
            result = intake_deadline.compute(
                self.profile,
                self.jurisdiction.currentData(),
                received,
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

    def chosen_kind(self) -> str:
        return str(self.file_kind.currentData()) if self.file_kind.currentIndex() >= 0 else ""

    def _file_text(self, path: Path, kind: str) -> str:
        return f"{show_controls(path.name)} — {labels.operation(kind)}"

    def _choose_files(self) -> None:
        if not self.chosen_kind():
            self._ask_kind()
            return
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_attachments([Path(p) for p in paths])

    def _ask_kind(self) -> None:
        self.show_error(self.tr("Nothing attached: first say what the files are (“What is it?”)."))
        self.file_kind.setFocus()

    def add_attachments(self, paths: list[Path], kind: str | None = None) -> None:
        """Add files of the chosen kind (an ID copy is destroyed once identity is
        verified, so the desk must be told which file it is)."""
        kind = kind or self.chosen_kind()
        if not paths:
            return
        if not kind:
            self._ask_kind()
            return
        refused = []
        for path in paths:
            why = precheck(path)
            if why:
                refused.append(why)
            elif path not in [p for p, _k in self.attachments]:
                self.attachments.append((path, kind))
                item = QListWidgetItem(self._file_text(path, kind))
                item.setToolTip(labels.plain_tip(str(path)))
                self.files.addItem(item)
        if refused:
            self.show_error(self.tr("Not attached:") + "\n" + "\n".join(refused))

    def _remove_file(self) -> None:
        row = self.files.currentRow() - len(self.mail_kinds)  # a message's file stays
        if 0 <= row < len(self.attachments):
            self.files.takeItem(row + len(self.mail_kinds))
            del self.attachments[row]

    def files_dropped_here(self, paths: list[Path]) -> None:
        """Files dropped anywhere on the dialog (the shared drop handling): an e-mail
        fills an empty form; other files are attachments."""
        mails = [p for p in paths if is_mail_file(p)]
        if mails and self.mail_draft is None and not self.has_input():
            mail_drop.read_into(self, mails[0])
            paths = [p for p in paths if p != mails[0]]
        elif mails:
            self.show_error(
                self.tr(
                    "This form already holds a request: drop the e-mail "
                    "on the main window to open another one."
                )
            )
            paths = [p for p in paths if not is_mail_file(p)]
        self.add_attachments(paths)

    # -- saving -------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        """A refusal: under its field when it is about one (named as the form names it),
        else at the top; the whole text, nothing typed is touched."""
        self.save_button.setEnabled(True)
        field = self.field_errors.show(text)
        if field is not None:
            field.setFocus()
            return
        self.error.setText(text)
        self.error.show()

    def _save_refused(self, text: str) -> None:
        """Save refused: the case and its files are one transaction, so nothing was kept;
        said so when the refusal is not about a field (a file that cannot be read)."""
        self.save_button.setEnabled(True)
        field = self.field_errors.show(text)
        if field is not None:
            field.setFocus()
            return
        self.error.setText(self.tr("Nothing was saved: %1").replace("%1", text))
        self.error.show()

    def has_input(self) -> bool:
        """Whether the DPO typed or chose anything that closing would lose."""
        texts = (
            self.name.text(),
            self.email.text(),
            self.address.toPlainText(),
            self.notes.toPlainText(),
        )
        return (
            any(t.strip() for t in texts)
            or bool(self.attachments)
            or any(box.isChecked() for box in self.rights.values())
        )

    def reject(self) -> None:
        """Cancel or Escape: a request half typed is not thrown away without a word."""
        if self.detail is not None or not self.has_input():
            self.discard()
            return

        def answered(discard: bool) -> None:
            self.confirm_box = None
            if discard:
                self.discard()

        self.confirm_box, _yes = ask_destructive(
            self,
            self.tr("Discard this request?"),
            self.tr("What you typed for this request has not been saved."),
            self.tr("Save it to keep it; discard it only if it was entered by mistake."),
            self.tr("Discard"),
            self.tr("Keep editing"),
            answered,
        )

    def discard(self) -> None:
        """Close without saving and without asking."""
        super().reject()

    def new_case(self) -> cases.NewCase:
        received = self.received_at()
        assert received is not None  # checked by save()
        return cases.NewCase(
            name="" if self.subject else self.name.text(),
            update_contact=bool(self.contact_differences()) and self.update_contact.isChecked(),
            rights=[value for value, box in self.rights.items() if box.isChecked()],
            received=received,
            channel=str(self.channel.currentData()),
            email=self.email.text(),
            address=self.address.toPlainText(),
            jurisdiction=self.jurisdiction.currentData(),
            notes=self.notes.toPlainText(),
            subject_id=self.subject.id if self.subject else None,
        )

    def save(self) -> None:
        if self._profile_loading:
            # The date of receipt is filled in the organisation's zone once its profile is
            # read, a moment after the dialog opens: a quick click used to be refused "A
            # date is required". The save goes on as soon as the date is there.
            self._save_when_loaded = True
            self.save_button.setEnabled(False)
            return
        self.error.hide()
        self.field_errors.clear()  # stale errors go; the new ones are shown below
        if not any(box.isChecked() for box in self.rights.values()):
            self.show_error(self.tr("Tick at least one right."))
            return
        why = self.received_problem()
        if why:
            self.received.show_error(why)
            self.show_error(self.tr("Date received: %1").replace("%1", why))
            self.received.setFocus()
            return
        if self.subject is None and not self.name.text().strip():
            self.field_errors.show_at("name", self.tr("The requester's name is required."))
            self.name.setFocus()
            return
        new, paths, ctx = self.new_case(), list(self.attachments), self.app.ctx
        create = self.mail_save_op(new) if self.mail_draft else lambda: cases.add_case(ctx, new)

        def op() -> CaseDetail:
            if self.mail_draft is None:
                # The case and its files in one transaction: a refused file saves nothing,
                # the dialog stays open with what was typed (issue 15).
                return intake.take_in_request(ctx, new, paths)
            # A message: its import is one transaction (case, sealed original, its
            # attachments); files the DPO added by hand then go in all or none.
            detail = create()
            if paths:
                detail = documents.attach_files(ctx, detail.reference, paths)
            return detail

        self.save_button.setEnabled(False)
        BackgroundOp(self, lambda _h: op()).success(self._saved).refusal(self._save_refused).run_in(
            Lane.DB, self.app.tasks
        )

    def _saved(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.save_button.setEnabled(True)
        self.accept()
        self.app.signals.case_changed.emit(detail.reference)
        self.saved.emit(detail.reference)
