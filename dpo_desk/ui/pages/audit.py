"""The audit trail: the chain's status, filters, and a lazy table of entries.

Walking the chain reads every entry (seconds for 670,000 entries, a minute or more for the
six million of a million cases): it runs on its own reader thread, not on the serial DB
worker, so the other screens keep loading meanwhile, with its progress in the status
label, a progress dialog when the DPO asks for the check, and a button that stops it.
SQLite in WAL mode lets a reader run next to the writer.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services import audit, audit_log
from dpo_desk.services.audit_log import AuditFilter, ChainStatus
from dpo_desk.ui import crash
from dpo_desk.ui.background import BackgroundOp, Lane, OpHandle
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import (
    OptionalDateEdit,
    StatusLine,
    explanation,
    heading,
    make_table,
)
from dpo_desk.ui.models.audit_table import AuditTableModel
from dpo_desk.ui.page import Page
from dpo_desk.ui.widgets import audit_text, labels

log = logging.getLogger(__name__)

OK_STYLE = (
    "background: #e8f5e9; color: #1b5e20; border: 1px solid #1b5e20; "
    "border-radius: 4px; padding: 6px; font-weight: bold;"
)
BROKEN_STYLE = (
    "background: #fdecea; color: #b3261e; border: 1px solid #b3261e; "
    "border-radius: 4px; padding: 6px; font-weight: bold;"
)
PENDING_STYLE = "border: 1px solid #9e9e9e; border-radius: 4px; padding: 6px;"


class AuditPage(Page):
    """Chain status, filters (operation, actor, record, dates) and the entries."""

    key = "audit"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.model = AuditTableModel(app)
        self.checking = False
        self.chain: ChainStatus | None = None
        self.title_label = heading(self.title(), self)
        self.chain_label = QLabel(self)
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recheck_button = QPushButton(self)
        self.recheck_button.clicked.connect(self._recheck_clicked)
        self.chain_handle: OpHandle | None = None
        self.intro = explanation("", self)
        self.status = StatusLine(self)
        self.count_label = QLabel(self)
        self.model.failed.connect(lambda exc: self.status.error(crash.describe(exc)))
        self.model.page_loaded.connect(lambda _n: self._show_count())
        self.total: int | None = None
        self._build_filters()
        self.table = make_table(self.model, "", self)
        self.table.setWordWrap(False)
        self.model.rowsInserted.connect(self._first_page_sizes)
        top = QHBoxLayout()
        top.addWidget(self.chain_label, 1)
        top.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self._show_chain()

    def _build_filters(self) -> None:
        self.filter_box = QGroupBox(self)
        self.operation = QComboBox(self)
        self.actor = QComboBox(self)
        self.record = QLineEdit(self)
        self.record.returnPressed.connect(self.apply_filter)
        self.since = OptionalDateEdit("", self, self.app.ctx.today())
        self.until = OptionalDateEdit("", self, self.app.ctx.today())
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply_filter)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_filter)
        self.operation_label, self.actor_label = QLabel(self), QLabel(self)
        self.record_label, self.since_label, self.until_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        grid = QGridLayout(self.filter_box)
        pairs = (
            (self.operation_label, self.operation),
            (self.actor_label, self.actor),
            (self.record_label, self.record),
            (self.since_label, self.since),
            (self.until_label, self.until),
        )
        for i, (label, widget) in enumerate(pairs):
            label.setBuddy(widget.check if isinstance(widget, OptionalDateEdit) else widget)
            grid.addWidget(label, i // 3, (i % 3) * 2)
            grid.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.reset_button)
        grid.addLayout(buttons, 1, 4, 1, 2)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)

    def title(self) -> str:
        return self.tr("Audit trail")

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.intro.setText(
            self.tr(
                "Every change is recorded with who made it and when, each entry sealed to the "
                "previous one (SHA-256): an entry edited, deleted or reordered outside DPO Desk "
                "breaks the chain. Times are shown in the organisation's time zone (%1)."
            ).replace("%1", labels.zone())
        )
        self._show_button()
        self.filter_box.setTitle(self.tr("Filter"))
        self.operation_label.setText(self.tr("&Operation"))
        self.actor_label.setText(self.tr("&Actor"))
        self.record_label.setText(self.tr("&Record"))
        self.since_label.setText(self.tr("&From"))
        self.until_label.setText(self.tr("&To"))
        self.since.check.setText(self.tr("on or after"))
        self.until.check.setText(self.tr("on or before"))
        self.operation.setAccessibleName(self.tr("Filter by operation"))
        self.actor.setAccessibleName(self.tr("Filter by actor"))
        self.record.setAccessibleName(self.tr("Filter by record reference"))
        self.record.setPlaceholderText(self.tr("e.g. DPO-2026-0012"))
        self.record.setToolTip(self.tr("A case reference, or the number of another record"))
        self.since.set_accessible(self.tr("From date"))
        self.until.set_accessible(self.tr("To date"))
        self.apply_button.setText(self.tr("A&pply"))
        self.reset_button.setText(self.tr("Rese&t"))
        self.table.setAccessibleName(self.tr("Audit entries, newest first"))
        self.chain_label.setAccessibleName(self.tr("Audit chain status"))
        self.status.setAccessibleName(self.tr("Status"))
        self._fill_choices(self._choices if hasattr(self, "_choices") else ([], []))
        self.model.retranslate()
        self._show_chain()
        self._show_count()

    # --- chain --------------------------------------------------------------------------
    def _show_button(self) -> None:
        if self.checking:
            self.recheck_button.setText(self.tr("&Stop the check"))
            self.recheck_button.setToolTip(self.tr("Stop walking the chain; nothing is concluded"))
        else:
            self.recheck_button.setText(self.tr("&Check the chain again"))
            self.recheck_button.setToolTip(
                self.tr("Walk the whole chain again from the first entry")
            )
        # the status beside it wraps; the button keeps its whole label
        self.recheck_button.setMinimumWidth(self.recheck_button.sizeHint().width())

    def _recheck_clicked(self) -> None:
        """The button checks the chain, or stops the check under way."""
        if self.checking and self.chain_handle is not None:
            self.chain_handle.cancel()
        else:
            self.check_chain(dialog=True)

    def check_chain(self, dialog: bool = False) -> None:
        """Walk the chain on a reader thread; progress in the status label, and with
        ``dialog`` (the DPO asked for it) a progress dialog with Cancel as well. The check
        made on every visit of the page shows no modal dialog: the button stops it."""
        if self.checking:
            return
        self.checking = True
        self.chain = None
        self._show_button()
        self._show_chain()
        ctx = self.app.ctx
        template = self.tr("Checking the audit chain: {0} of {1} entries ({2} %)…")
        number = QLocale().toString  # "6 738 714" in French, "6,738,714" in English

        def walk(handle: OpHandle) -> audit_log.ChainStatus:
            def report(done: int, total: int) -> None:
                pct = 100 * done // total if total else 100
                handle.report(done, total, template.format(number(done), number(total), pct))

            return audit_log.chain_status(ctx, progress=report, cancelled=lambda: handle.cancelled)

        # a long read on its own connection: the pool, so the pages' work is not held up
        op = (
            BackgroundOp(self, walk)
            .progress(self._chain_progress)
            .success(self._chain_done)
            .failure(self._chain_done)
        )
        if dialog:
            op.with_progress(self.tr("Checking the audit chain…"), cancellable=True)
        self.chain_handle = op.run_in(Lane.POOL, self.app.tasks)

    def _chain_progress(self, _done: int, _total: int, text: str) -> None:
        if self.checking and text:
            self.chain_label.setStyleSheet(PENDING_STYLE)
            self.chain_label.setText(text)

    def _chain_done(self, result: Any) -> None:
        self.checking = False
        self.chain_handle = None
        self._show_button()
        if isinstance(result, audit.VerifyCancelled):
            self.chain = None
            self.chain_label.setStyleSheet(PENDING_STYLE)
            self.chain_label.setText(
                self.tr("The check was stopped before the end; nothing was concluded.")
            )
            return
        if isinstance(result, BaseException):
            self.chain = None
            self.chain_label.setStyleSheet(BROKEN_STYLE)
            self.chain_label.setText(
                self.tr("The chain could not be checked: {0}").format(str(result))
            )
            log.error("audit chain check failed", exc_info=result)
            return
        self.chain = result
        self._show_chain()

    def _show_chain(self) -> None:
        c = self.chain
        if c is None:
            self.chain_label.setStyleSheet(PENDING_STYLE)
            self.chain_label.setText(
                self.tr("Checking the audit chain…")
                if self.checking
                else self.tr("The audit chain has not been checked yet.")
            )
        elif c.ok:
            self.chain_label.setStyleSheet(OK_STYLE)
            number = QLocale().toString
            text = self.tr("✔ Chain intact: {0} entries, head {1}…").format(
                number(c.count), c.head[:12]
            )
            if c.anchor_when:
                text += " " + self.tr(
                    "Its end matches the anchor of {0} ({1}, {2} entries)."
                ).format(c.anchor_when, self._source(c.anchor_source), number(c.anchor_count))
            else:
                text += " " + self.tr("No anchor yet: the end of the trail could not be checked.")
            self.chain_label.setText(text)
        elif c.first_broken_id is None and not c.anchor_holds:
            self.chain_label.setStyleSheet(BROKEN_STYLE)
            self.chain_label.setText(
                self.tr(
                    "✖ The end of the trail was cut: {0} entries recorded up to the anchor of "
                    "{1} ({2}, {3} entries) are missing. Restore a backup made after that "
                    "date or report the tampering."
                ).format(c.missing, c.anchor_when, self._source(c.anchor_source), c.anchor_count)
                if c.missing
                else self.tr(
                    "✖ The trail no longer contains the entry anchored on {0} ({1}): its end "
                    "was replaced. Restore a backup or report the tampering."
                ).format(c.anchor_when, self._source(c.anchor_source))
            )
        elif c.first_broken_id is None:
            self.chain_label.setStyleSheet(BROKEN_STYLE)
            self.chain_label.setText(
                self.tr(
                    "✖ {0} anchor(s) of the audit trail fail their seal: the anchor file was "
                    "altered. Report the tampering."
                ).format(c.bad_seals)
            )
        else:
            self.chain_label.setStyleSheet(BROKEN_STYLE)
            self.chain_label.setText(
                self.tr(
                    "✖ Broken at entry {0}: it {1}. The {2} entries before it are intact; "
                    "restore a backup or report the tampering."
                ).format(c.first_broken_id, c.reason, QLocale().toString(c.count))
            )

    def _source(self, source: str) -> str:
        """The anchor's origin in the reader's language ("backup <file>" → "sauvegarde …")."""
        kind, _, rest = source.partition(" ")
        names = {
            "start": self.tr("start"),
            "close": self.tr("close"),
            "checkpoint": self.tr("checkpoint"),
            "backup": self.tr("backup {0}"),
            "letter": self.tr("sent letter {0}"),
        }
        label = names.get(kind)
        if label is None:
            return source
        return label.format(rest.replace(" sent ", " ")) if "{0}" in label else label

    # --- filters and entries ------------------------------------------------------------
    def _fill_choices(self, choices: tuple[list[str], list[str]]) -> None:
        self._choices = choices
        ops, actors = choices
        current_op, current_actor = self.operation.currentData(), self.actor.currentData()
        self.operation.clear()
        self.operation.addItem(self.tr("All operations"), "")
        for family in sorted({op.split(".", 1)[0] + "." for op in ops if "." in op}):
            self.operation.addItem(self.tr("{0} (all)").format(audit_text.family(family)), family)
        for op in ops:
            self.operation.addItem(labels.operation(op), op)
            self.operation.setItemData(self.operation.count() - 1, op, Qt.ItemDataRole.ToolTipRole)
        self.actor.clear()
        self.actor.addItem(self.tr("All actors"), "")
        for actor in actors:
            self.actor.addItem(actor, actor)
        self.operation.setCurrentIndex(max(0, self.operation.findData(current_op)))
        self.actor.setCurrentIndex(max(0, self.actor.findData(current_actor)))

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            operation=str(self.operation.currentData() or ""),
            actor=str(self.actor.currentData() or ""),
            record=self.record.text(),
            since=self.since.value(),
            until=self.until.value(),
        )

    def apply_filter(self) -> None:
        flt = self.current_filter()
        if flt.since and flt.until and flt.since > flt.until:
            self.status.error(
                self.tr("The date range is reversed: the first date is after the second.")
            )
            return
        self.status.setText("")
        self.total = None
        self.model.set_filter(flt)
        ctx = self.app.ctx
        (
            BackgroundOp(self, lambda _h: audit_log.count_entries(ctx, flt))
            .success(self._counted)
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def _counted(self, total: int) -> None:
        self.total = total
        self._show_count()

    def _show_count(self) -> None:
        if self.total is None:
            self.count_label.setText(self.tr("Counting…"))
        else:
            # Grouped as the DPO reads numbers: "6,738,714", "6 738 714" in French.
            number = QLocale().toString
            loaded = len(self.model.entries)
            self.count_label.setText(
                self.tr("{0} matching entries ({1} loaded; scroll for more)").format(
                    number(self.total), number(loaded)
                )
                if self.total > loaded
                else self.tr("{0} matching entries").format(number(self.total))
            )

    def reset_filter(self) -> None:
        self.operation.setCurrentIndex(0)
        self.actor.setCurrentIndex(0)
        self.record.clear()
        self.since.set_value(None)
        self.until.set_value(None)
        self.apply_filter()

    def _first_page_sizes(self, *_args: Any) -> None:
        if len(self.model.entries) <= 200:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(4, max(self.table.columnWidth(4), 300))

    def refresh(self) -> None:
        ctx = self.app.ctx
        (
            BackgroundOp(self, lambda _h: (audit_log.operations(ctx), audit_log.actors(ctx)))
            .success(self._fill_choices)
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )
        self.apply_filter()
        self.check_chain()
