"""The widgets of the New request dialog, made and laid out: the requester with the
people already known, the rights and how the request arrived, the live deadline, and the
attachments. Nothing here says a word: ``IntakeDialog`` sets every text in its
``retranslate`` (its class name is their translation context) and wires the behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.rights import Channel, Right
from dpo_desk.services import deadlines
from dpo_desk.ui.dialogs.action import ERROR_STYLE
from dpo_desk.ui.widgets.dates import DateField
from dpo_desk.ui.widgets.field_errors import error_label
from dpo_desk.ui.widgets.files import FileDropList, kind_box


class IntakeLayout:
    """Mixed into ``IntakeDialog`` (the Qt Designer ``setupUi`` pattern): ``setup_ui``
    makes the widgets the dialog and the tests reach as ``dialog.name``, ``dialog.rights``,
    ``dialog.save_button``..."""

    def setup_ui(self, dialog: QDialog) -> None:
        """Make every child widget of ``dialog`` as an attribute, laid out, tab-ordered."""
        dialog.setMinimumSize(980, 640)
        dialog.resize(1060, 720)
        outer = QVBoxLayout(dialog)
        self.outer = outer
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        outer.addWidget(self.error)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        columns.addLayout(left, 3)
        side = QVBoxLayout()
        columns.addLayout(side, 2)

        self.person_box = QGroupBox()
        person = QFormLayout(self.person_box)
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(56)
        self.name_label, self.email_label, self.address_label = QLabel(), QLabel(), QLabel()
        self.field_error_labels: dict[str, QLabel] = {}
        for key, label, field in (
            ("name", self.name_label, self.name),
            ("email", self.email_label, self.email),
            ("address", self.address_label, self.address),
        ):
            label.setBuddy(field)
            person.addRow(label, field)
            self.field_error_labels[key] = error_label()
            person.addRow("", self.field_error_labels[key])
        self.matches_label = QLabel()
        self.matches_label.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setMaximumHeight(92)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matches_label.setBuddy(self.matches)
        match_buttons = QHBoxLayout()
        self.use_match = QPushButton()
        self.new_person = QPushButton()
        match_buttons.addWidget(self.use_match)
        match_buttons.addWidget(self.new_person)
        match_buttons.addStretch(1)
        person.addRow(self.matches_label)
        person.addRow(self.matches)
        person.addRow(match_buttons)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen.setStyleSheet("font-weight: 600;")
        person.addRow(self.chosen)
        self.contact_diff = QLabel()
        self.contact_diff.setWordWrap(True)
        self.contact_diff.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_diff.setStyleSheet(
            "QLabel { background: #fff4e0; border: 1px solid #e3b35d; border-radius: 4px;"
            " padding: 4px; }"
        )
        self.contact_diff.hide()
        person.addRow(self.contact_diff)
        self.update_contact = QCheckBox()
        self.update_contact.hide()
        person.addRow(self.update_contact)
        left.addWidget(self.person_box)

        self.request_box = QGroupBox()
        request = QVBoxLayout(self.request_box)
        grid = QGridLayout()
        self.rights: dict[str, QCheckBox] = {}
        for i, right in enumerate(Right):
            box = QCheckBox()
            self.rights[right.value] = box
            grid.addWidget(box, i // 3, i % 3)
        request.addLayout(grid)
        form = QFormLayout()
        self.received = DateField()
        self.received_time = QTimeEdit()
        self.received_time.setDisplayFormat("HH:mm")
        received_row = QWidget()
        rr = QHBoxLayout(received_row)
        rr.setContentsMargins(0, 0, 0, 0)
        rr.addWidget(self.received, 1)
        rr.addWidget(self.received_time, 0, Qt.AlignmentFlag.AlignTop)
        self.channel = QComboBox()
        for ch in Channel:
            self.channel.addItem("", ch.value)
        self.jurisdiction = QComboBox()
        for code in deadlines.known_jurisdictions():
            self.jurisdiction.addItem(code, code)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.received_label, self.channel_label = QLabel(), QLabel()
        self.jurisdiction_label, self.notes_label = QLabel(), QLabel()
        row: tuple[QLabel, QWidget]
        for row in (
            (self.received_label, received_row),
            (self.channel_label, self.channel),
            (self.jurisdiction_label, self.jurisdiction),
            (self.notes_label, self.notes),
        ):
            row[0].setBuddy(self.received if row[1] is received_row else row[1])
            form.addRow(row[0], row[1])
        self.field_error_labels["notes"] = error_label()
        form.addRow("", self.field_error_labels["notes"])
        request.addLayout(form)
        request.addStretch(1)
        left.addWidget(self.request_box, 1)

        self.deadline_box = QGroupBox()
        dl = QVBoxLayout(self.deadline_box)
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.due.setStyleSheet("font-size: 13pt; font-weight: 600;")
        dl.addWidget(self.due)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop)
        steps_scroll = QScrollArea()
        steps_scroll.setWidgetResizable(True)
        steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        steps_scroll.setWidget(self.steps)
        dl.addWidget(steps_scroll, 1)
        side.addWidget(self.deadline_box, 3)

        self.files_box = QGroupBox()
        fl = QVBoxLayout(self.files_box)
        kind_row = QHBoxLayout()
        self.file_kind_label = QLabel()
        self.file_kind = kind_box()
        self.file_kind_label.setBuddy(self.file_kind)
        kind_row.addWidget(self.file_kind_label)
        kind_row.addWidget(self.file_kind, 1)
        fl.addLayout(kind_row)
        self.files = FileDropList()
        self.files.setMinimumHeight(70)
        fl.addWidget(self.files, 1)
        file_buttons = QHBoxLayout()
        self.add_files = QPushButton()
        self.remove_file = QPushButton()
        file_buttons.addWidget(self.add_files)
        file_buttons.addWidget(self.remove_file)
        file_buttons.addStretch(1)
        fl.addLayout(file_buttons)
        side.addWidget(self.files_box, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        outer.addWidget(self.buttons)
        order: list[QWidget] = [
            self.name,
            self.email,
            self.address,
            self.matches,
            self.use_match,
            self.new_person,
            self.update_contact,
            *self.rights.values(),
            self.received,
            self.received_time,
            self.channel,
            self.jurisdiction,
            self.notes,
            self.file_kind,
            self.files,
            self.add_files,
            self.remove_file,
            self.save_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            dialog.setTabOrder(a, b)
