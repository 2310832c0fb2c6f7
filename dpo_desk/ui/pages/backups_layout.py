"""The widgets of the Backups page, made and laid out: the state banner, the buttons and
the backups table, then the request register export and the retention purge side by
side under it.

Widgets only: ``BackupsPage`` connects them and sets every word in its ``retranslate``
(its class name is the translation context of those words). Each child stays reachable
as the page's own attribute (``page.export_button``, ``page.candidates``...).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.dialogs.register_common import StatusLine, explanation, heading
from dpo_desk.ui.pages.backups_list import make_table

# The export formats: (code given to the service, name shown).
FORMATS = (("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("json", "JSON"))


class ExportBox(QGroupBox):
    """An introduction, the format, and the export button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = explanation("", self)
        self.format = QComboBox(self)
        for code, name in FORMATS:
            self.format.addItem(name, code)
        self.format_label = QLabel(self)
        self.format_label.setBuddy(self.format)
        self.button = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.format_label)
        row.addWidget(self.format, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.button)
        layout.addStretch(1)


class RetentionBox(QGroupBox):
    """An introduction, preview / anonymise / destroy-evidence buttons, and the closed
    cases a purge would anonymise (hidden until a preview finds some); then the incident
    register entries whose retention has ended (ticked to be removed) and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = explanation("", self)
        self.preview_button = QPushButton(self)
        self.purge_button = QPushButton(self)
        self.evidence_button = QPushButton(self)
        self.candidates = QListWidget(self)
        self.candidates.setMaximumHeight(110)
        self.candidates.hide()
        self.candidates_label = QLabel(self)
        self.candidates_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        row.addWidget(self.evidence_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.candidates_label)
        layout.addWidget(self.candidates)
        self.incidents_label = QLabel(self)
        self.incidents_label.setWordWrap(True)
        self.incidents = QListWidget(self)
        self.incidents.setObjectName("expired_incidents")
        self.incidents.setMaximumHeight(110)
        self.incidents.hide()
        self.incidents_button = QPushButton(self)
        self.incidents_button.setObjectName("remove_incidents")
        self.incidents_button.setEnabled(False)
        lower = QHBoxLayout()
        lower.addWidget(self.incidents_label, 1)
        lower.addWidget(self.incidents_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(lower)
        layout.addWidget(self.incidents)


class BackupsLayout:
    """Mixed into ``BackupsPage`` (the Qt Designer ``setupUi`` pattern)."""

    def setup_ui(self, page: QWidget) -> None:
        """Make every child widget of ``page`` as an attribute, laid out, tab-ordered."""
        self.title_label = heading("", page)
        self.state_label = QLabel(page)
        self.state_label.setWordWrap(True)
        self.where_label = explanation("", page)
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = make_table(page)
        self.backup_button = QPushButton(page)
        self.verify_button = QPushButton(page)
        self.restore_button = QPushButton(page)
        self.open_button = QPushButton(page)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.verify_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        self.export_box = export = ExportBox(page)
        self.export_intro, self.export_format = export.intro, export.format
        self.export_format_label, self.export_button = export.format_label, export.button
        self.retention_box = kept = RetentionBox(page)
        self.retention_intro = kept.intro
        self.preview_button, self.purge_button = kept.preview_button, kept.purge_button
        self.evidence_button = kept.evidence_button
        self.candidates, self.candidates_label = kept.candidates, kept.candidates_label
        self.expired_incidents, self.expired_incidents_label = kept.incidents, kept.incidents_label
        self.remove_incidents_button = kept.incidents_button
        lower = QHBoxLayout()
        lower.addWidget(self.export_box, 1)
        lower.addWidget(self.retention_box, 2)
        self.status = StatusLine(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.title_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.where_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower)
        layout.addWidget(self.status)
        page.setTabOrder(self.backup_button, self.verify_button)
        page.setTabOrder(self.verify_button, self.restore_button)
        page.setTabOrder(self.restore_button, self.open_button)
        page.setTabOrder(self.open_button, self.table)
