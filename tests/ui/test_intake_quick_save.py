"""A DPO who clicks Save the moment the new-request dialog opens, before the
organisation's profile (its time zone, so the date of receipt) is read, gets the case
saved as soon as the date is there, not "Date received: A date is required.".

The keys and clicks go through ``QTest`` itself: qtbot's are made to wait for the work
they start (tests/ui/conftest.py), and this user does not wait."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from dpo_desk.services import cases
from dpo_desk.ui.dialogs import intake as intake_dialog
from tests.ui._wait import closed


def _slow_profile(monkeypatch, release: threading.Event, fail: bool = False) -> None:  # type: ignore[no-untyped-def]
    real = intake_dialog.get_profile

    def slow(ctx):  # type: ignore[no-untyped-def]
        release.wait(10)
        if fail:
            raise OSError("the disk did not answer")
        return real(ctx)

    monkeypatch.setattr(intake_dialog, "get_profile", slow)


def _open_and_fill(window):  # type: ignore[no-untyped-def]
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.intake
    QTest.keyClicks(dialog.name, "Anais Quick")
    box = dialog.rights["erasure"]
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    return dialog


def test_save_clicked_before_the_date_is_filled_saves_once_it_is(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    _slow_profile(monkeypatch, release)
    dialog = _open_and_fill(window)
    assert dialog.received.value() is None  # the profile is still being read

    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible() and not dialog.save_button.isEnabled()
    assert cases.list_cases(window.app.ctx) == []
    release.set()
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    saved = cases.get_case(window.app.ctx, dialog.detail.reference)
    assert saved.summary.subject_name == "Anais Quick"
    assert saved.summary.rights == ("erasure",)
    assert saved.summary.received_on == window.app.ctx.now().date()


def test_a_profile_that_cannot_be_read_gives_save_back_with_the_reason(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    _slow_profile(monkeypatch, release, fail=True)
    dialog = _open_and_fill(window)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert "the disk did not answer" in dialog.error.text() and dialog.isVisible()
    assert cases.list_cases(window.app.ctx) == []
