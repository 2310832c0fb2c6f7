"""The recipients page driven through its widgets: a recipient in a third country shows
a warning until a transfer covers it; an expired safeguard is shown in words."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from dpo_desk.services import registers
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_recipient import RecipientDialog, TransferDialog
from dpo_desk.ui.pages.processing import ProcessingPage
from dpo_desk.ui.pages.recipients import RecipientsPage
from tests.ui._dialogs import in_dialog
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, app_ctx: AppContext, english: None) -> RecipientsPage:
    page = RecipientsPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot)
    return page


def test_add_recipient_and_transfer(qtbot, page: RecipientsPage, app_ctx: AppContext) -> None:
    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, RecipientDialog)
        qtbot.keyClicks(dialog.name, "CloudMail Inc.")
        dialog.category.setCurrentIndex(dialog.category.findData("processor"))
        qtbot.keyClicks(dialog.service, "Newsletters")
        dialog.country.clear()
        qtbot.keyClicks(dialog.country, "us")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    in_dialog(add)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    model = page.model
    assert [r.name for r in model.rows] == ["CloudMail Inc."]
    assert model.data(model.index(0, 3)) == "Yes — outside the EEA"
    assert "None recorded" in model.data(model.index(0, 4))
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ForegroundRole) is not None
    page.table.selectRow(0)
    assert "no transfer safeguard" in page.warning_label.text()
    assert page.warning_label.isVisible()

    def transfer(dialog: QDialog) -> None:
        assert isinstance(dialog, TransferDialog)
        dialog.safeguard.setCurrentIndex(dialog.safeguard.findData("scc"))
        # SCC without a module: refused under the module field, dialog stays open
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.rows["scc_module"][1].isHidden()
        dialog.module.setCurrentIndex(dialog.module.findData("2"))
        qtbot.keyClicks(dialog.document, "SCC module 2 signed 2021-10-01")
        dialog.valid_until.set_value(date(2025, 12, 31))  # before the fixed today
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    in_dialog(transfer)
    qtbot.mouseClick(page.add_transfer_button, Qt.MouseButton.LeftButton)

    stored = registers.get_recipient(app_ctx.ctx, "CloudMail Inc.")
    assert [t.scc_module for t in stored.transfers] == ["2"]
    assert page.current() is not None and page.current().name == "CloudMail Inc."
    tm = page.transfer_model
    assert tm.rowCount() == 1
    assert "expired" in tm.data(tm.index(0, 5))
    assert "Safeguard expired on" in page.warning_label.text()
    assert tm.data(tm.index(0, 5), Qt.ItemDataRole.ForegroundRole) is not None


def test_eea_recipient_needs_no_safeguard(qtbot, page: RecipientsPage, app_ctx: AppContext) -> None:
    registers.add_recipient(
        app_ctx.ctx,
        registers.NewRecipient(name="Colis Express", category="processor", country="FR"),
    )
    page.refresh()
    settle(qtbot)
    assert page.model.data(page.model.index(0, 3)) == "No (EEA)"
    assert page.model.data(page.model.index(0, 4)) == "Not needed"


def test_import_refusal_names_the_line(qtbot, page: RecipientsPage, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "recipients.csv"
    from dpo_desk.services.registers.recipients import CSV_COLUMNS

    bad.write_text(
        ",".join(CSV_COLUMNS) + "\nAcme,alien,,FR" + "," * (len(CSV_COLUMNS) - 4) + "\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("dpo_desk.ui.dialogs.register_io.choose_open_path", lambda *_a: bad)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "line 2" in page.status.text()
    assert page.model.rowCount() == 0


def test_processing_page_lists_and_adds(qtbot, demo_ctx: AppContext, english: None) -> None:
    page = ProcessingPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot)
    assert page.model.rowCount() >= 5
    page.table.selectRow(0)
    assert "Legal basis" in page.detail.toPlainText()

    def add(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.name, "Job applications")
        qtbot.keyClicks(dialog.purposes, "Recruit staff")
        dialog.basis.setCurrentIndex(dialog.basis.findData("contract"))
        qtbot.keyClicks(dialog.data, "CV; cover letter")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    in_dialog(add)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    names = [a.name for a in page.model.rows]
    assert "Job applications" in names
    added = registers.get_activity(demo_ctx.ctx, "Job applications")
    assert added.data_categories == ("CV", "cover letter")
