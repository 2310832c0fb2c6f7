"""The register of processing activities (GDPR Art. 30(1)): the table, the selected
activity in full, add/edit, import and export."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import retention
from dpo_desk.domain.deadlines.explain import source_fr
from dpo_desk.domain.registers import LEGAL_BASES
from dpo_desk.domain.team import Action
from dpo_desk.services import registers
from dpo_desk.services.registers.activities import parsed_rule
from dpo_desk.services.registers.dto import ActivityView, MeasureView, RecipientView
from dpo_desk.ui import roles
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs import register_io
from dpo_desk.ui.dialogs.inspection import InspectionDialog, print_register
from dpo_desk.ui.dialogs.measures import MeasuresDialog
from dpo_desk.ui.dialogs.register_activity import ActivityDialog
from dpo_desk.ui.dialogs.register_common import (
    StatusLine,
    explanation,
    heading,
    make_table,
    selected_row,
)
from dpo_desk.ui.dialogs.register_directive import pick
from dpo_desk.ui.models.register_common import Column, RecordTableModel
from dpo_desk.ui.page import Page
from dpo_desk.ui.widgets import labels


class ProcessingPage(Page):
    """Activities table and detail."""

    key = "processing"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.recipients: list[RecipientView] = []
        self.measures: list[MeasureView] = []
        self.title_label = heading(self.title(), self)
        self.status = StatusLine(self)
        self.model: RecordTableModel[ActivityView] = RecordTableModel(
            [
                Column(lambda: self.tr("Activity"), lambda a: a.name),
                Column(lambda: self.tr("Legal basis"), self.basis_text),
                Column(
                    lambda: self.tr("Retention"),
                    lambda a: self.rule_text(a) or a.retention or "—",
                    tooltip=lambda a: a.retention,
                ),
                Column(lambda: self.tr("Recipients"), lambda a: str(len(a.recipients))),
                Column(
                    lambda: self.tr("Automated decision"),
                    lambda a: self.tr("Yes") if a.automated_decision else self.tr("No"),
                    warning=lambda a: bool(a.automated_decision),
                ),
                Column(
                    lambda: self.tr("In use"),
                    lambda a: self.tr("Yes") if a.active else self.tr("No (kept for history)"),
                ),
            ]
        )
        self._build()
        self.retranslate()

    def basis_text(self, a: ActivityView) -> str:
        triple = LEGAL_BASES.get(a.legal_basis)
        if not triple:
            return a.legal_basis
        source = source_fr(triple[2]) if labels.language() == "fr" else triple[2]
        return f"{pick(triple)} ({source})"

    def rule_text(self, a: ActivityView) -> str:
        """The machine retention rule in words, in the program's language."""
        rule = parsed_rule(a.retention_rule or {})
        return retention.describe(rule, labels.language()) if rule else ""

    def _button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.add_button = self._button(self.add_activity)
        self.edit_button = self._button(self.edit_activity)
        self.import_button = self._button(self.import_file)
        self.export_button = self._button(self.export_file)
        self.measures_button = self._button(self.edit_measures)
        self.print_button = self._button(self.print_register)
        self.inspection_button = self._button(self.inspection_pack)
        roles.show_if(
            self.app,
            Action.REGISTERS,
            self.add_button,
            self.edit_button,
            self.import_button,
            self.measures_button,
        )
        self.table = make_table(self.model, "", self)
        self.table.doubleClicked.connect(lambda _i: self.edit_activity())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.intro = explanation("", self)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.measures_button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.inspection_button)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        upper = QWidget(self)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.intro)
        ul.addLayout(row)
        ul.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Register of processing")

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.intro.setText(
            self.tr(
                "The record of processing activities (GDPR Art. 30(1)). An access reply draws "
                "purposes, categories, recipients, retention, source and automated decisions "
                "from it (Art. 15(1))."
            )
        )
        for button, text, tip in (
            (self.add_button, self.tr("&Add activity…"), self.tr("Add a processing activity")),
            (self.edit_button, self.tr("&Edit…"), self.tr("Edit the selected activity")),
            (
                self.import_button,
                self.tr("&Import…"),
                self.tr("Import activities from CSV or JSON; a refused file changes nothing"),
            ),
            (
                self.export_button,
                self.tr("E&xport…"),
                self.tr("Export the register to CSV or JSON"),
            ),
            (
                self.measures_button,
                self.tr("&Measures list…"),
                self.tr("The company's security measures (GDPR Art. 32) that activities tick"),
            ),
            (
                self.print_button,
                self.tr("&Print register…"),
                self.tr("The register as a PDF in the CNIL model's layout, or XLSX / ODS"),
            ),
            (
                self.inspection_button,
                self.tr("I&nspection pack…"),
                self.tr(
                    "Everything the authority asks for on the day of an inspection, "
                    "in one signed folder"
                ),
            ),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.table.setAccessibleName(self.tr("Processing activities"))
        self.detail.setAccessibleName(self.tr("Selected activity"))
        self.status.setAccessibleName(self.tr("Status"))
        self.model.retranslate()
        self.show_detail()

    def refresh(self) -> None:
        ctx = self.app.ctx
        (
            BackgroundOp(
                self,
                lambda _h: (
                    registers.list_activities(ctx),
                    registers.list_recipients(ctx),
                    registers.list_measures(ctx),
                ),
            )
            .success(self._loaded)
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def _loaded(
        self, result: tuple[list[ActivityView], list[RecipientView], list[MeasureView]]
    ) -> None:
        current = self.current()
        name = current.name if current else None
        activities, self.recipients, measures = result
        self.measures = measures
        self.model.set_rows(activities)
        for i, a in enumerate(activities):
            if a.name == name:
                self.table.selectRow(i)
        self.show_detail()

    def current(self) -> ActivityView | None:
        return self.model.row_at(selected_row(self.table))

    def show_detail(self) -> None:
        a = self.current()
        self.edit_button.setEnabled(a is not None)
        if a is None:
            self.detail.setPlainText(self.tr("Select an activity to see it in full."))
            return
        third = {r.name for r in self.recipients if r.third_country or r.transfers}

        def items(values: tuple[str, ...]) -> str:
            if not values:
                return "—"
            return "<br>".join(html.escape(v) for v in values)

        recipients = tuple(
            r + (self.tr(" (third country)") if r in third else "") for r in a.recipients
        )
        rows = [
            (self.tr("Purposes"), html.escape(a.purposes).replace("\n", "<br>")),
            (self.tr("Legal basis"), html.escape(self.basis_text(a))),
            (self.tr("Data categories"), items(a.data_categories)),
            (self.tr("Data subjects"), items(a.subject_categories)),
            (self.tr("Sources"), html.escape(a.sources) or "—"),
            (
                self.tr("Retention"),
                html.escape(a.retention)
                + (f"<br><i>{html.escape(self.rule_text(a))}</i>" if a.retention_rule_text else ""),
            ),
            (self.tr("Recipients"), items(recipients)),
            (self.tr("Automated decision"), html.escape(a.automated_decision) or self.tr("None")),
            (self.tr("Department"), html.escape(a.department) or "—"),
            (self.tr("Security measures"), items(a.measures)),
            (self.tr("DPIA"), html.escape(self.dpia_text(a))),
            (self.tr("Next review"), a.next_review_on.isoformat() if a.next_review_on else "—"),
        ]
        body = "".join(
            f"<tr><th align='left' valign='top' style='padding-right:12px'>"
            f"{html.escape(k)}</th><td>{v}</td></tr>"
            for k, v in rows
        )
        self.detail.setHtml(f"<h3>{html.escape(a.name)}</h3><table>{body}</table>")

    def dpia_text(self, a: ActivityView) -> str:
        """The WP248 screening in one line (two criteria or more: likely needed)."""
        if a.dpia_done_on:
            return self.tr("done on {0}").format(a.dpia_done_on.isoformat())
        if a.dpia_likely_needed:
            return self.tr("likely needed ({0} WP248 criteria), not done").format(
                len(a.dpia_criteria)
            )
        return self.tr("not presumed ({0} WP248 criteria)").format(len(a.dpia_criteria))

    def _changed(self, message: str) -> None:
        self.status.ok(message)
        self.app.signals.registers_changed.emit()
        self.refresh()

    def add_activity(self) -> None:
        dialog = ActivityDialog(
            self.app, [r.name for r in self.recipients], self, measures=self.measures
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(self.tr("Activity {0} added.").format(dialog.result_value.name))

    def edit_activity(self) -> None:
        a = self.current()
        if a is None:
            return
        dialog = ActivityDialog(
            self.app, [r.name for r in self.recipients], self, existing=a, measures=self.measures
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(self.tr("Activity {0} saved.").format(dialog.result_value.name))

    def import_file(self) -> None:
        path = register_io.choose_open_path(self, self.tr("Import processing activities"))
        if path is not None:
            register_io.run_import(
                self.app,
                self.status,
                path,
                lambda ctx, p, progress, cancel: registers.import_activities(
                    ctx, p, progress=progress, cancel=cancel
                ),
                self.refresh,
                self,
            )

    def export_file(self) -> None:
        path = register_io.choose_save_path(
            self, self.tr("Export the register"), "register-of-processing.csv"
        )
        if path is not None:
            register_io.run_export(
                self.app, self.status, path, lambda ctx, p: registers.export_activities(ctx, p)
            )

    def edit_measures(self) -> None:
        dialog = MeasuresDialog(self.app, self)
        dialog.exec()
        if dialog.changed:
            self.app.signals.registers_changed.emit()
            self.refresh()

    def print_register(self) -> None:
        print_register(self.app, self, self.status)

    def inspection_pack(self) -> None:
        InspectionDialog(self.app, self).exec()
