"""A message dropped on the window, the case list or the intake opens the intake
prefilled from it; the DPO confirms and saves; an mbox opens the list of messages
(issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dpo_desk.mail.eml import parse_eml
from dpo_desk.services import cases, mail_import
from dpo_desk.ui.dialogs.intake import IntakeDialog
from dpo_desk.ui.dialogs.mail_batch import MailBatchDialog
from tests.mail._samples import mbox_of, outlook_msg, request_eml

pytestmark = pytest.mark.gui


def _drop(widget, paths: list[Path]) -> None:
    """A real drop of local files, delivered by Qt."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)


def _intake(qtbot, window) -> IntakeDialog:
    qtbot.waitUntil(
        lambda: (
            isinstance(getattr(window, "intake", None), IntakeDialog)
            and window.intake.isVisible()
            and window.intake.mail_draft is not None
        )
    )
    return window.intake


def test_an_eml_dropped_on_the_window_opens_the_prefilled_intake(
    qtbot, window, tmp_path: Path
) -> None:
    path = tmp_path / "demande.eml"
    path.write_bytes(request_eml())
    _drop(window, [path])
    dialog = _intake(qtbot, window)
    assert dialog.name.text() == "Zoé Lefèvre"
    assert dialog.email.text() == "zoe.lefevre@mail.example.fr"
    assert dialog.channel.currentData() == "email"
    qtbot.waitUntil(lambda: dialog.received_time.time().hour() == 10)
    assert dialog.received.value().isoformat() == "2026-01-30"
    assert dialog.received_time.time().minute() == 15
    ticked = [value for value, box in dialog.rights.items() if box.isChecked()]
    assert ticked == ["access", "erasure"]
    assert "Je demande l'accès" in dialog.notes.toPlainText()
    assert "Demande d'accès à mes données" in dialog.mail_info.text()
    files = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert files[0].startswith("carte d'identité.png — Identity evidence")
    assert files[1].startswith("facture.pdf — Attachment")
    qtbot.waitUntil(lambda: "2 March 2026" in dialog.due.text())
    # the DPO unticks erasure, then saves with the mouse
    box = dialog.rights["erasure"]  # a click on the box itself, left of the label
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _wait_saved(qtbot, window, dialog)
    d = cases.get_case(window.app.ctx, dialog.detail.reference)
    assert d.summary.rights == ("access",)
    assert sorted(doc.kind for doc in d.documents) == ["attachment", "email", "id-evidence"]
    # the same message again: refused in words, no second intake
    window.intake = None
    _drop(window, [path])
    box = qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    ) or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "already imported (case DPO-2026-0001)" in box.text()
    assert window.intake is None
    box.close()


def _wait_saved(qtbot, window, dialog: IntakeDialog) -> None:
    """Wait for the save (it seals the message and its files); if it never ends, say
    what the dialog and the worker were doing rather than only "timeout"."""
    from pytestqt.exceptions import TimeoutError as QtBotTimeout

    try:
        qtbot.waitUntil(lambda: dialog.detail is not None, timeout=15000)
    except (AssertionError, QtBotTimeout):  # pytest-qt's timeout is not an AssertionError
        import faulthandler
        import sys

        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        raise AssertionError(
            f"not saved: error shown={dialog.error.isVisible()} {dialog.error.text()!r}, "
            f"save enabled={dialog.save_button.isEnabled()}, "
            f"ops pending={not window.app.tasks.is_idle()}"
        ) from None


def test_a_msg_dropped_on_the_case_list_and_the_kind_changed(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "jean.msg"
    path.write_bytes(outlook_msg())
    window.show_page("cases")
    _drop(window.cases_page.table.viewport(), [path])
    dialog = _intake(qtbot, window)
    assert dialog.name.text() == "Jean Dupont"
    assert dialog.files.item(0).text().startswith("passeport.pdf — Identity evidence")
    dialog.files.setCurrentRow(0)
    index = dialog.file_kind.findData("attachment")
    dialog.file_kind.setCurrentIndex(index)
    dialog.file_kind.activated.emit(index)
    assert dialog.files.item(0).text().startswith("passeport.pdf — Attachment")
    # The message's date of receipt is filled in after its text (as a DPO sees it come):
    # a click before it was refused "Date received: A date is required." in a CI run.
    qtbot.waitUntil(lambda: dialog.received.value() is not None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _wait_saved(qtbot, window, dialog)
    d = cases.get_case(window.app.ctx, dialog.detail.reference)
    assert sorted(doc.kind for doc in d.documents) == ["attachment", "email"]


def test_an_eml_dropped_on_an_empty_intake_fills_it(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "a.eml"
    path.write_bytes(request_eml())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.intake
    _drop(dialog, [path])
    qtbot.waitUntil(lambda: dialog.name.text() == "Zoé Lefèvre")
    assert dialog.files.count() == 2


def test_an_mbox_opens_the_list_and_imports_with_progress(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "backlog.mbox"
    path.write_bytes(mbox_of(25))
    _drop(window, [path])
    batch = window.mail_batch
    assert isinstance(batch, MailBatchDialog)
    qtbot.waitUntil(lambda: batch.table.rowCount() == 25 and batch.import_button.isEnabled())
    assert batch.table.item(3, 1).text() == "Demande 3"
    batch.import_button.clicked.emit()  # a click that does not wait: the user acts meanwhile
    qtbot.waitUntil(lambda: batch.imported >= 3)
    qtbot.mouseClick(batch.cancel_button, Qt.MouseButton.LeftButton)  # Stop
    qtbot.waitUntil(lambda: not batch.running)
    done = batch.imported
    assert 3 <= done < 25 and batch.progress.value() == done
    assert "Stopped" in batch.summary.text()
    assert len(cases.list_cases(window.app.ctx)) == done
    assert batch.table.item(0, 4).text().startswith("New case DPO-2026-")


def test_a_file_that_is_not_mail_dropped_on_the_window_is_explained(
    qtbot, window, tmp_path: Path
) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    _drop(window, [path])
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert boxes and "Drop e-mails here (.eml, .msg or .mbox)" in boxes[-1].text()
    assert getattr(window, "intake", None) is None
    boxes[-1].close()


def test_a_reply_dropped_on_the_window_joins_its_case(qtbot, window, tmp_path: Path) -> None:
    ctx = window.app.ctx
    first = mail_import.import_mail(ctx, parse_eml(request_eml(), "a.eml"))
    path = tmp_path / "reply.eml"
    path.write_bytes(request_eml(message_id="r2@x", in_reply_to="req-1@mail.example.fr"))
    _drop(window, [path])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "reply_added") is not None)
    box = window.findChild(QMessageBox, "reply_added")
    assert first.reference in box.text()
    assert getattr(window, "intake", None) is None  # no new request
    kinds = [d.kind for d in cases.get_case(ctx, first.reference).documents]
    assert kinds.count("email") == 2
    box.close()


def test_an_attachment_that_cannot_be_kept_says_so_in_the_intake(
    qtbot, window, tmp_path: Path
) -> None:
    path = tmp_path / "exe.eml"
    path.write_bytes(
        b"From: a@example.org\r\nDate: Mon, 2 Feb 2026 08:00:00 +0100\r\n"
        b"Message-ID: <exe@x>\r\nSubject: acces\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain"
        b"\r\n\r\nacces\r\n--b\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment; filename=setup.exe\r\n\r\nMZ\x90\x00\r\n--b--\r\n"
    )
    _drop(window, [path])
    dialog = _intake(qtbot, window)
    text = dialog.files.item(0).text()
    assert text.startswith("setup.exe — kept only in the sealed e-mail: ")
    assert "Windows program" in text
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _wait_saved(qtbot, window, dialog)
    kinds = [d.kind for d in cases.get_case(window.app.ctx, dialog.detail.reference).documents]
    assert kinds == ["email"]
