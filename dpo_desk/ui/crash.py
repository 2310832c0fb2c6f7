"""Unexpected errors: logged with their traceback, a crash report file, and a dialog.

Nothing is closed: the dialog opens on top of whatever the DPO was doing, so a form being
filled keeps its content. A refusal (``UserError``, ``TextError`` among them) is not a
crash: it is shown as a plain warning with the service's own words.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dpo_desk.__version__ import __version__
from dpo_desk.errors import UserError, render_error
from dpo_desk.ui import i18n

log = logging.getLogger("dpo_desk.crash")

_state: dict[str, object] = {"log_dir": None}
_open_boxes: list[QMessageBox] = []


def is_refusal(exc: BaseException) -> bool:
    """True for errors whose message is meant for the user (nothing is broken): the one
    definition of a refusal in the window (``TextError`` is a ``UserError``)."""
    return isinstance(exc, UserError)


def message(exc: BaseException | str) -> str:
    """A refusal's text in the window's current language (French when the DPO chose it)."""
    return render_error(exc, i18n.current())


def write_report(exc: BaseException, log_dir: Path | None) -> Path | None:
    """Write ``crash-<time>.txt`` in ``log_dir``; return its path (None if impossible)."""
    if log_dir is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = log_dir / f"crash-{stamp}.txt"
    body = (
        f"DPO Desk {__version__}\nPython {platform.python_version()} on "
        f"{platform.platform()}\nTime: {datetime.now().isoformat()}\n\n"
        + "".join(traceback.format_exception(exc))
    )
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        path.chmod(0o600)
    except OSError:
        log.exception("cannot write the crash report %s", path)
        return None
    return path


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def report(exc: BaseException, parent: QWidget | None = None) -> Path | None:
    """Log an unexpected error, write its report, and tell the user (GUI thread only)."""
    log.critical("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    log_dir = _state["log_dir"]
    path = write_report(exc, log_dir if isinstance(log_dir, Path) else None)
    if not _on_gui_thread():
        return path
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Crash", "Unexpected error"),
        QCoreApplication.translate(
            "Crash",
            "Something went wrong inside DPO Desk. Nothing you typed was "
            "lost: the window you were working in is still open.",
        ),
        QMessageBox.StandardButton.Ok,
        parent or QApplication.activeWindow(),
    )
    where = (
        str(path)
        if path
        else QCoreApplication.translate("Crash", "(no report file could be written)")
    )
    box.setInformativeText(
        QCoreApplication.translate("Crash", "Error: %1\nA report was saved in: %2")
        .replace("%1", f"{type(exc).__name__}: {exc}")
        .replace("%2", where)
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setAccessibleName(QCoreApplication.translate("Crash", "Unexpected error"))
    _open(box)
    return path


def _open(box: QMessageBox) -> None:
    """Show ``box`` without a nested event loop: whatever was open stays usable and
    keeps its content; the box deletes itself when closed."""
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.append(box)
    box.finished.connect(lambda _r: _open_boxes.remove(box) if box in _open_boxes else None)
    box.open()


def show_refusal(exc: BaseException | str, parent: QWidget | None = None) -> QMessageBox:
    """Show a UserError's text as it is (the service's own words), without blocking."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Crash", "Not possible"),
        message(exc),
        QMessageBox.StandardButton.Ok,
        parent or QApplication.activeWindow(),
    )
    box.setAccessibleName(QCoreApplication.translate("Crash", "Not possible"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and file names are data, not markup
    _open(box)
    return box


def describe(exc: BaseException) -> str:
    """Words for a status line: a refusal's own words; a bug is logged with its report
    file and named as such (the DPO is told nothing was saved)."""
    if is_refusal(exc):
        return message(exc)
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    log_dir = _state["log_dir"]
    write_report(exc, log_dir if isinstance(log_dir, Path) else None)
    return QCoreApplication.translate(
        "FormDialog", "Unexpected error ({0}); nothing was saved. See the log."
    ).format(type(exc).__name__)


def show_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """A refusal in a message box, anything else to the crash report (GUI thread)."""
    if is_refusal(exc):
        show_refusal(exc, parent)
    else:
        report(exc, parent)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    if is_refusal(exc) and _on_gui_thread():
        log.warning("refusal reached the top level: %s", exc)
        show_refusal(exc)
        return
    report(exc)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.critical(
            "unexpected error in thread %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        write_report(
            args.exc_value, _state["log_dir"] if isinstance(_state["log_dir"], Path) else None
        )


def install(log_dir: Path | None) -> None:
    """Route uncaught exceptions (GUI slots included) to :func:`report`."""
    _state["log_dir"] = log_dir
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
