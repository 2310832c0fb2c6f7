"""Replying by e-mail from a case's letters, and the e-mail settings, as a DPO uses them:
a real SMTP server in the test receives what the Send button sends."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from datetime import date

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from dpo_desk.services import cases, documents, letters
from dpo_desk.services.mail_settings import (
    SmtpSettings,
    get_mail_settings,
    save_mail_settings,
    smtp_password,
)
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.letters.case_letters import CaseLettersWidget
from dpo_desk.ui.pages.settings import SettingsPage
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


def _mid(msg) -> str:
    """The Message-ID as sent, unfolded."""
    return "".join(str(msg["Message-ID"]).split())


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture
def smtp(demo_ctx: AppContext) -> Iterator[_Inbox]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    save_mail_settings(demo_ctx.ctx, SmtpSettings("127.0.0.1", port, "", "none", "dpo@example.org"))
    yield inbox
    controller.stop()


@pytest.fixture
def widget(qtbot, demo_ctx: AppContext, english: None) -> CaseLettersWidget:
    ref = cases.add_case(
        demo_ctx.ctx,
        cases.NewCase(
            name="Hélène Lefèvre",
            rights=["access"],
            received=date(2026, 1, 20),
            channel="email",
            email="helene@example.fr",
        ),
    ).reference
    w = CaseLettersWidget(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    w.set_case(ref)
    qtbot.waitUntil(lambda: w.generate_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(w.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.table.rowCount() == 1, timeout=10_000)
    rect = w.table.visualRect(w.table.model().index(0, 0))
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: w.email_button.isEnabled(), timeout=10_000)
    return w


def test_send_by_smtp_from_the_letters_tab(qtbot, widget, smtp, demo_ctx) -> None:
    qtbot.mouseClick(widget.email_button, Qt.MouseButton.LeftButton)
    dialog = widget.email_dialog
    qtbot.waitUntil(lambda: dialog.to_edit.text() == "helene@example.fr", timeout=10_000)
    assert dialog.smtp_button.isEnabled()
    assert not dialog.data_edit.isVisible()  # no portability: no JSON row
    dialog.subject_edit.selectAll()
    qtbot.keyClicks(dialog.subject_edit, "Reply to your request")
    qtbot.mouseClick(dialog.smtp_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sent to helene@example.fr" in dialog.status.text(), timeout=15_000)
    assert len(smtp.messages) == 1
    msg = email.message_from_bytes(smtp.messages[0])
    assert msg["Subject"] == "Reply to your request"
    pdf = next(p.get_payload(decode=True) for p in msg.walk() if p.get_filename())
    doc = letters.letters_of(demo_ctx.ctx, widget.reference)[0]
    assert pdf == documents.read_document(demo_ctx.ctx, doc.id)[1]
    assert doc.dispatch_channel == "email" and doc.email_message_id == _mid(msg)
    assert _mid(msg) in dialog.status.text()
    qtbot.waitUntil(lambda: not widget.email_button.isEnabled(), timeout=10_000)  # sent: final


def test_eml_for_the_mail_program_then_recorded_as_sent(
    qtbot, widget, demo_ctx, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    qtbot.mouseClick(widget.email_button, Qt.MouseButton.LeftButton)
    dialog = widget.email_dialog
    qtbot.waitUntil(lambda: dialog.to_edit.text() == "helene@example.fr", timeout=10_000)
    assert not dialog.smtp_button.isEnabled()  # no server set
    # Signed by the DPO of the organisation profile, not left with a bare "Kind regards,".
    assert dialog.body_edit.toPlainText().rstrip().splitlines()[-3] == "Claire Martin"
    qtbot.mouseClick(dialog.eml_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].endswith(".eml")
    with open(opened[0], "rb") as fh:
        message_id = _mid(email.message_from_bytes(fh.read()))
    assert dialog.banner.isVisible()
    assert letters.letters_of(demo_ctx.ctx, widget.reference)[0].sent_at is None
    qtbot.mouseClick(dialog.left_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recorded" in dialog.status.text(), timeout=10_000)
    doc = letters.letters_of(demo_ctx.ctx, widget.reference)[0]
    assert doc.sent_at is not None and doc.email_message_id == message_id
    assert not dialog.banner.isVisible()


def test_smtp_settings_and_password_typed_in_settings(
    qtbot, demo_ctx, english, memory_keyring
) -> None:
    page = SettingsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot)  # the saved settings are shown before the DPO types over them
    box = page.mail_box
    qtbot.keyClicks(box.host, "smtp.example.org")
    box.security.setFocus()
    box.security.setCurrentIndex(box.security.findData("ssl"))
    box.security.activated.emit(box.security.currentIndex())
    assert box.port.value() == 465
    qtbot.keyClicks(box.user, "dpo")
    qtbot.keyClicks(box.sender_edit, "dpo@example.org")
    qtbot.keyClicks(box.password, "s3cret")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in box.status.text(), timeout=10_000)
    assert get_mail_settings(demo_ctx.ctx) == SmtpSettings(
        "smtp.example.org", 465, "dpo", "ssl", "dpo@example.org"
    )
    assert smtp_password(demo_ctx.ctx) == "s3cret" and box.password.text() == ""
    box.host.clear()
    qtbot.keyClicks(box.host, "bad host")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a host name" in box.status.text(), timeout=10_000)
