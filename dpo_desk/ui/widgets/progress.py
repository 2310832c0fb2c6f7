"""Progress dialogs for slow work in the background: window-modal, shown at once (or
after a delay), and closed by the caller (or ``BackgroundOp``) when the work ends."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget


def busy_dialog(parent: QWidget, label: str, title: str, name: str) -> QProgressDialog:
    """An indefinite progress dialog with no Cancel button, already shown: for work that
    must not be interrupted (a restore)."""
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowTitle(title)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)
    busy.setAccessibleName(name)
    busy.show()
    return busy


def close_dialog(dialog: QProgressDialog) -> None:
    """Close a progress dialog for good (it is deleted once control returns to Qt)."""
    dialog.close()
    dialog.deleteLater()


def progress_dialog(
    parent: QWidget,
    title: str,
    label: str,
    cancel: str,
    *,
    minimum_duration: int = 0,
    auto_close: bool = True,
) -> QProgressDialog:
    """An indefinite, window-modal progress dialog with a Cancel button (``canceled``),
    not shown yet: it appears after ``minimum_duration`` ms, or when the caller shows it.

    It never resets itself at its maximum (the caller ends it); ``auto_close=False`` keeps
    it open through a ``reset()`` as well.
    """
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration)
    dialog.setAutoClose(auto_close)
    dialog.setAutoReset(False)
    return dialog


def modal_progress(
    parent: QWidget | None, label: str, cancel_text: str, title: str
) -> tuple[QProgressDialog, QProgressBar]:
    """A window-modal progress dialog that its caller closes (never on its own), and its
    bar, indefinite until given a maximum. Move the bar, not the dialog: a modal
    dialog's own ``setValue`` processes events, and whatever arrives in there (a
    result, a newer label) runs inside the caller's update, which then undoes it."""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    bar = QProgressBar(dialog)
    bar.setRange(0, 0)
    dialog.setBar(bar)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog, bar


def op_progress_dialog(
    parent: QWidget | None,
    label: str,
    title: str | None,
    *,
    cancel: Callable[[], None] | None,
    still_running: Callable[[], bool],
    delay_ms: int,
) -> tuple[QProgressDialog, QProgressBar]:
    """The window-modal dialog of a ``BackgroundOp.with_progress``: shown after
    ``delay_ms`` if the op still runs; Cancel (when ``cancel`` is given) asks the op to
    stop and the dialog stays, saying so, until it has. The bar is returned to be moved
    directly (see :func:`modal_progress`).
    """
    cancel_text = QCoreApplication.translate("BackgroundOp", "Cancel") if cancel else ""
    dialog, bar = modal_progress(
        parent,
        label,
        cancel_text,
        title or QCoreApplication.translate("BackgroundOp", "Please wait"),
    )
    dialog.setAccessibleName(label)
    dialog.setMinimumDuration(delay_ms)
    # The slots below are kept by Qt until the dialog is destroyed: they hold it weakly.
    # Held strongly, its last Python reference could go in the middle of its own C++
    # destructor (deleteLater), and shiboken then freed it a second time: a crash after
    # a Cancel, once in about fifty runs on a busy machine.
    ref = weakref.ref(dialog)
    if cancel is None:
        dialog.setCancelButton(None)
    else:

        def cancelled() -> None:
            cancel()
            if (shown := ref()) is not None:
                shown.show()  # stays until the op stops, saying so
                shown.setLabelText(QCoreApplication.translate("BackgroundOp", "Cancelling…"))

        dialog.canceled.connect(cancelled)

    def show_if_running() -> None:
        if (waiting := ref()) is not None and still_running():
            waiting.show()

    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.timeout.connect(show_if_running)
    timer.start(delay_ms)
    return dialog, bar
