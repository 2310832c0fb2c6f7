"""Recipients of personal data and transfers to third countries (GDPR Art. 30(1)(d)-(e),
Chapter V), with warnings a DPO must act on: a third country without a safeguard, an
expired safeguard, an adequacy status not checked for more than a year."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.registers import RECIPIENT_CATEGORIES, SAFEGUARDS
from dpo_desk.domain.team import Action
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import RecipientView, TransferView
from dpo_desk.ui import roles
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs import register_io
from dpo_desk.ui.dialogs.register_common import (
    ERROR_STYLE,
    StatusLine,
    explanation,
    heading,
    make_table,
    selected_row,
)
from dpo_desk.ui.dialogs.register_directive import pick
from dpo_desk.ui.dialogs.register_recipient import RecipientDialog, TransferDialog
from dpo_desk.ui.models.register_common import Column, RecordTableModel
from dpo_desk.ui.page import Page
from dpo_desk.ui.widgets import labels

ADEQUACY_RECHECK = timedelta(days=365)


class RecipientsPage(Page):
    """Recipients table, the selected recipient's transfers, add/edit/delete, import and
    export."""

    key = "recipients"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.title_label = heading(self.title(), self)
        self.status = StatusLine(self)
        self.model: RecordTableModel[RecipientView] = RecordTableModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.name),
                Column(
                    lambda: self.tr("Category"),
                    lambda r: pick(RECIPIENT_CATEGORIES.get(r.category, (r.category,))),
                ),
                Column(lambda: self.tr("Country"), lambda r: r.country),
                Column(
                    lambda: self.tr("Third country?"),
                    self.third_country_text,
                    warning=lambda r: bool(self.recipient_warnings(r)),
                ),
                Column(
                    lambda: self.tr("Safeguard"),
                    self.safeguard_text,
                    warning=lambda r: bool(self.recipient_warnings(r)),
                    tooltip=lambda r: "\n".join(self.recipient_warnings(r)),
                ),
            ]
        )
        self.transfer_model: RecordTableModel[TransferView] = RecordTableModel(
            [
                Column(lambda: self.tr("Country"), lambda t: t.country),
                Column(
                    lambda: self.tr("Adequacy"),
                    self.adequacy_text,
                    warning=lambda t: self._stale(t),
                ),
                Column(
                    lambda: self.tr("Safeguard"),
                    lambda t: self._safeguard_label(t),
                    tooltip=lambda t: SAFEGUARDS.get(t.safeguard, ("", "", ""))[2],
                ),
                Column(lambda: self.tr("SCC module"), lambda t: t.scc_module or "—"),
                Column(
                    lambda: self.tr("Document"),
                    lambda t: t.safeguard_document or "—",
                    warning=lambda t: t.safeguard in ("scc", "bcr") and not t.safeguard_document,
                ),
                Column(
                    lambda: self.tr("Validity"),
                    self.validity_text,
                    warning=lambda t: self._expired(t),
                ),
                Column(
                    lambda: self.tr("Warnings"),
                    lambda t: "; ".join(self.transfer_warnings(t)) or self.tr("None"),
                    warning=lambda t: bool(self.transfer_warnings(t)),
                ),
            ]
        )
        self._build()
        self.retranslate()

    # --- words --------------------------------------------------------------------------
    def today(self) -> date:
        return self.app.ctx.today()

    def _expired(self, t: TransferView) -> bool:
        return t.valid_until is not None and t.valid_until < self.today()

    def _stale(self, t: TransferView) -> bool:
        return (
            t.adequacy_checked_on is None or self.today() - t.adequacy_checked_on > ADEQUACY_RECHECK
        )

    def _safeguard_label(self, t: TransferView) -> str:
        triple = SAFEGUARDS.get(t.safeguard)
        return pick(triple).split(" (")[0] if triple else t.safeguard

    def transfer_warnings(self, t: TransferView) -> list[str]:
        """What needs the DPO's attention on a transfer, in words."""
        out = []
        if self._expired(t):
            out.append(self.tr("Safeguard expired on {0}").format(labels.fmt_date(t.valid_until)))
        if t.valid_from is not None and t.valid_from > self.today():
            out.append(self.tr("Not valid before {0}").format(labels.fmt_date(t.valid_from)))
        if t.adequacy_checked_on is None:
            out.append(self.tr("Adequacy status never checked"))
        elif self._stale(t):
            out.append(
                self.tr("Adequacy checked more than a year ago ({0})").format(
                    labels.fmt_date(t.adequacy_checked_on)
                )
            )
        if t.safeguard in ("scc", "bcr") and not t.safeguard_document:
            out.append(self.tr("No safeguard document recorded"))
        return out

    def recipient_warnings(self, r: RecipientView) -> list[str]:
        out = []
        if r.third_country and not r.transfers:
            out.append(
                self.tr("Third country with no transfer safeguard recorded (GDPR Chapter V)")
            )
        for t in r.transfers:
            out.extend(self.transfer_warnings(t))
        return out

    def third_country_text(self, r: RecipientView) -> str:
        if not r.third_country:
            return self.tr("No (EEA)")
        return self.tr("Yes — outside the EEA")

    def safeguard_text(self, r: RecipientView) -> str:
        if not r.transfers:
            return self.tr("⚠ None recorded") if r.third_country else self.tr("Not needed")
        names = ", ".join(
            pick(SAFEGUARDS[t.safeguard]) if t.safeguard in SAFEGUARDS else t.safeguard
            for t in r.transfers
        )
        return f"⚠ {names}" if self.recipient_warnings(r) else names

    def adequacy_text(self, t: TransferView) -> str:
        names = {
            "adequate": self.tr("Adequate"),
            "partial": self.tr("Partially adequate"),
            "not-adequate": self.tr("Not adequate"),
        }
        status = names.get(t.adequacy_status, t.adequacy_status)
        if t.adequacy_checked_on is None:
            return self.tr("{0}, never checked").format(status)
        return self.tr("{0}, checked {1}").format(status, labels.fmt_date(t.adequacy_checked_on))

    def validity_text(self, t: TransferView) -> str:
        start = labels.fmt_date(t.valid_from) if t.valid_from else "…"
        end = labels.fmt_date(t.valid_until) if t.valid_until else self.tr("no end date")
        text = f"{start} → {end}"
        return self.tr("{0} (expired)").format(text) if self._expired(t) else text

    # --- layout -------------------------------------------------------------------------
    def _button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.add_button = self._button(self.add_recipient)
        self.edit_button = self._button(self.edit_recipient)
        self.delete_button = self._button(self.delete_recipient)
        self.import_button = self._button(self.import_file)
        self.export_button = self._button(self.export_file)
        self.table = make_table(self.model, "", self)
        self.table.doubleClicked.connect(lambda _i: self.edit_recipient())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())

        self.detail_box = QGroupBox(self)
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(ERROR_STYLE)
        self.add_transfer_button = self._button(self.add_transfer)
        self.edit_transfer_button = self._button(self.edit_transfer)
        self.delete_transfer_button = self._button(self.delete_transfer)
        roles.show_if(
            self.app,
            Action.REGISTERS,
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.import_button,
            self.add_transfer_button,
            self.edit_transfer_button,
            self.delete_transfer_button,
        )
        self.transfer_table = make_table(self.transfer_model, "", self)
        self.transfer_table.doubleClicked.connect(lambda _i: self.edit_transfer())

        top = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        upper = QWidget(self)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        self.intro = explanation("", self)
        ul.addWidget(self.intro)
        ul.addLayout(top)
        ul.addWidget(self.table)

        dl = QVBoxLayout(self.detail_box)
        dl.addWidget(self.detail_label)
        dl.addWidget(self.warning_label)
        tb = QHBoxLayout()
        for b in (self.add_transfer_button, self.edit_transfer_button, self.delete_transfer_button):
            tb.addWidget(b)
        tb.addStretch(1)
        dl.addLayout(tb)
        dl.addWidget(self.transfer_table)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(self.detail_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Recipients and transfers")

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.intro.setText(
            self.tr(
                "Who receives personal data (GDPR Art. 30(1)(d)) and, outside the EEA, the "
                "safeguard of each transfer (Chapter V). An access reply lists them "
                "(Art. 15(1)(c) and 15(2))."
            )
        )
        for button, text, tip in (
            (self.add_button, self.tr("&Add recipient…"), self.tr("Add a recipient")),
            (self.edit_button, self.tr("&Edit…"), self.tr("Edit the selected recipient")),
            (
                self.delete_button,
                self.tr("&Delete"),
                self.tr(
                    "Delete the selected recipient, its transfers and its links to "
                    "processing activities"
                ),
            ),
            (
                self.import_button,
                self.tr("&Import…"),
                self.tr(
                    "Import recipients and transfers from a CSV or JSON file; a refused "
                    "file changes nothing"
                ),
            ),
            (
                self.export_button,
                self.tr("E&xport…"),
                self.tr("Export recipients and transfers to CSV or JSON"),
            ),
            (
                self.add_transfer_button,
                self.tr("Add &transfer…"),
                self.tr("Record a transfer of the selected recipient to a third country"),
            ),
            (
                self.edit_transfer_button,
                self.tr("Edit t&ransfer…"),
                self.tr("Edit the selected transfer"),
            ),
            (
                self.delete_transfer_button,
                self.tr("Delete tra&nsfer"),
                self.tr("Delete the selected transfer"),
            ),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.table.setAccessibleName(self.tr("Recipients"))
        self.transfer_table.setAccessibleName(self.tr("Transfers of the selected recipient"))
        self.detail_box.setTitle(self.tr("Transfers"))
        self.status.setAccessibleName(self.tr("Status"))
        self.model.retranslate()
        self.transfer_model.retranslate()
        self.show_detail()

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.app.ctx
        (
            BackgroundOp(self, lambda _h: registers.list_recipients(ctx))
            .success(self._loaded)
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def _loaded(self, rows: list[RecipientView]) -> None:
        current = self.current()
        name = current.name if current else None
        self.model.set_rows(rows)
        for i, r in enumerate(rows):
            if r.name == name:
                self.table.selectRow(i)
                break
        self.show_detail()

    def current(self) -> RecipientView | None:
        return self.model.row_at(selected_row(self.table))

    def show_detail(self) -> None:
        r = self.current()
        for b in (
            self.edit_button,
            self.delete_button,
            self.add_transfer_button,
            self.edit_transfer_button,
            self.delete_transfer_button,
        ):
            b.setEnabled(r is not None)
        if r is None:
            self.detail_label.setText(self.tr("Select a recipient to see its transfers."))
            self.warning_label.hide()
            self.transfer_model.set_rows([])
            return
        activities = ", ".join(r.activities) or self.tr("none")
        self.detail_label.setText(
            self.tr("{0} — {1}\nProcessing activities: {2}").format(
                r.name, r.service or "—", activities
            )
        )
        warnings = self.recipient_warnings(r)
        self.warning_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warning_label.setVisible(bool(warnings))
        self.transfer_model.set_rows(list(r.transfers))

    def _changed(self, message: str) -> None:
        self.status.ok(message)
        self.app.signals.registers_changed.emit()
        self.refresh()

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.title(), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- actions ------------------------------------------------------------------------
    def add_recipient(self) -> None:
        dialog = RecipientDialog(self.app, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(self.tr("Recipient {0} added.").format(dialog.result_value.name))

    def edit_recipient(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = RecipientDialog(self.app, self, existing=r)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(self.tr("Recipient {0} saved.").format(dialog.result_value.name))

    def delete_recipient(self) -> None:
        r = self.current()
        if r is None or not self.confirm(
            self.tr(
                "Delete {0}, its {1} transfer(s) and its links to processing activities? "
                "Replies already sent keep what they disclosed."
            ).format(r.name, len(r.transfers))
        ):
            return
        ctx, name = self.app.ctx, r.name
        (
            BackgroundOp(self, lambda _h: registers.delete_recipient(ctx, name))
            .success(lambda _r: self._changed(self.tr("Recipient {0} deleted.").format(name)))
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def current_transfer(self) -> TransferView | None:
        return self.transfer_model.row_at(selected_row(self.transfer_table))

    def add_transfer(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = TransferDialog(self.app, r, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(self.tr("Transfer to {0} recorded.").format(dialog.result_value.country))

    def edit_transfer(self) -> None:
        r, t = self.current(), self.current_transfer()
        if r is None or t is None:
            self.status.error(self.tr("Select a transfer first."))
            return
        dialog = TransferDialog(self.app, r, self, existing=t)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(self.tr("Transfer saved."))

    def delete_transfer(self) -> None:
        t = self.current_transfer()
        if t is None:
            self.status.error(self.tr("Select a transfer first."))
            return
        if not self.confirm(self.tr("Delete the transfer to {0}?").format(t.country)):
            return
        ctx, ident = self.app.ctx, t.id
        (
            BackgroundOp(self, lambda _h: registers.delete_transfer(ctx, ident))
            .success(lambda _r: self._changed(self.tr("Transfer deleted.")))
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def import_file(self) -> None:
        path = register_io.choose_open_path(self, self.tr("Import recipients"))
        if path is not None:
            register_io.run_import(
                self.app,
                self.status,
                path,
                lambda ctx, p, progress, cancel: registers.import_recipients(
                    ctx, p, progress=progress, cancel=cancel
                ),
                self.refresh,
                self,
            )

    def export_file(self) -> None:
        path = register_io.choose_save_path(self, self.tr("Export recipients"), "recipients.csv")
        if path is not None:
            register_io.run_export(
                self.app, self.status, path, lambda ctx, p: registers.export_recipients(ctx, p)
            )
