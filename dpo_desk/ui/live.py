"""Live refresh on a team server: what another desk changes shows here within two seconds.

The store's :class:`~dpo_desk.store.notify.ChangeListener` hears the server's
notifications on its own thread; :class:`LiveRefresh` (a QObject living on the GUI thread)
receives each batch through a queued signal and refreshes what the window shows: the
page on screen when one of its tables changed (the cases list keeps its scroll position
and selection), and the open case (overview, letters, timeline) when its reference is named.
Pages not on screen read afresh when they are shown (``MainWindow.show_page``).

Nothing is reloaded under a person who is typing: while the focus is in a text field of
the part to refresh, or a modal dialog is open, the refresh waits and is retried.

Only a team Context (PostgreSQL) listens; the solo SQLite desk has one writer, itself.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from dpo_desk.errors import NotFound
from dpo_desk.services.live_changes import ChangeBatch, ChangeListener, OwnConnections

if TYPE_CHECKING:
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.pages.cases import CasesPage

log = logging.getLogger(__name__)

CASE_TABLES = frozenset(
    {
        "cases", "case_right", "case_scope", "deadline_event", "identity_check",
        "recipient_notice", "transfer_disclosure", "document", "mail_message",
        "death_notification", "data_subject", "subject_contact", "audit_event",
    }
)  # fmt: skip
INCIDENT_TABLES = frozenset(
    {"incident", "incident_notice", "incident_recipient", "incident_case", "incident_document"}
)
REGISTER_TABLES = frozenset(
    {
        "processing_activity", "recipient", "security_measure", "transfer",
        "activity_measure", "activity_recipient", "organisation",
    }
)  # fmt: skip
# Which tables each page shows (the cases page is handled apart: list and open case).
PAGE_TABLES: dict[str, frozenset[str]] = {
    "dashboard": CASE_TABLES | INCIDENT_TABLES,
    "incidents": INCIDENT_TABLES | {"audit_event"},
    "directives": frozenset({"post_mortem_directive", "death_notification", "document"}),
    "recipients": REGISTER_TABLES | {"recipient_notice"},
    "processing": REGISTER_TABLES,
    "letters": frozenset({"document", "cases"}),
    "audit": frozenset({"audit_event"}),
}
RETRY_MS = 700
NOTE_MS = 6000


def _belongs_to(window: QWidget, widget: QWidget) -> bool:
    """True when ``widget`` (a dialog: a window of its own) was opened from ``window``."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _typing_in(widget: QWidget) -> bool:
    """True when a person is editing text in ``widget`` or answering a modal dialog of
    its window (whose fields, or the choice it was opened for, a reload could upset)."""
    modal = QApplication.activeModalWidget()
    if modal is not None and _belongs_to(widget.window(), modal):
        return True
    focus = QApplication.focusWidget()
    if focus is None or not (focus is widget or widget.isAncestorOf(focus)):
        return False
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return not getattr(focus, "isReadOnly", lambda: False)()
    return isinstance(focus, QComboBox) and focus.isEditable()


class LiveRefresh(QObject):
    """Signals:
    arrived(object): a :class:`ChangeBatch`, emitted on the listener's thread and
        delivered (queued) on the GUI thread.
    applied(object): the batch after the window refreshed for it (tests, status bar).
    """

    arrived = Signal(object)
    applied = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        engine = window.app.ctx.db.engine
        self.own = OwnConnections(engine)
        self.listener = ChangeListener.for_engine(
            engine, self.arrived.emit, ignore_pids=lambda: self.own.pids
        )
        self._pending_pages: set[str] = set()
        self._pending_list: set[str] = set()
        self._pending_case = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._flush)
        self.arrived.connect(self._apply)

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    # -- on the GUI thread ----------------------------------------------------------

    def _apply(self, batch: ChangeBatch) -> None:
        case_refs = batch.refs(CASE_TABLES)
        if batch.many(CASE_TABLES) or case_refs:
            self._pending_list |= case_refs
            self._pending_pages.add("cases")
            page = self.window.cases_page
            shown = page.view.reference if page is not None else None
            if batch.many(CASE_TABLES) or (shown is not None and shown in case_refs):
                self._pending_case = True
        for key, tables in PAGE_TABLES.items():
            if batch.resync or batch.tables & tables:
                self._pending_pages.add(key)
        self._flush()
        self._note(batch)
        self.applied.emit(batch)

    def _flush(self) -> None:
        """Refresh what is pending and may be refreshed now; retry the rest later."""
        window = self.window
        current = window.current_page()
        cases_page = window.cases_page
        if "cases" in self._pending_pages and cases_page is not None:
            self._pending_pages.discard("cases")
            refs, self._pending_list = self._pending_list, set()
            if current is cases_page:
                cases_page.reload_keeping_place(refs)
            else:
                for ref in refs:
                    cases_page.model.forget(ref)
        if self._pending_case and cases_page is not None:
            if _typing_in(cases_page.view):
                self._retry.start()
            else:
                self._pending_case = False
                self._reload_case(cases_page)
        for key in list(self._pending_pages):
            page = window.pages.get(key)
            if page is None or page is not current:
                self._pending_pages.discard(key)  # read afresh when shown
            elif _typing_in(page):
                self._retry.start()
            else:
                self._pending_pages.discard(key)
                page.refresh()

    def _reload_case(self, page: CasesPage) -> None:
        """Read the open case again; if another desk deleted it, show none (no box)."""
        view, reference = page.view, page.view.reference

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFound) and view.reference == reference:
                view.show_case(None)
            else:
                log.warning("live refresh of case %s failed: %s", reference, exc)

        view.show_case(reference, failed)

    def _note(self, batch: ChangeBatch) -> None:
        bar = self.window.statusBar()
        if batch.resync:
            bar.showMessage(
                self.tr("Reconnected to the team server: everything shown was read again"),
                NOTE_MS,
            )
        elif batch.who:
            bar.showMessage(self.tr("Updated by %1").replace("%1", ", ".join(batch.who)), NOTE_MS)


def attach(window: MainWindow) -> LiveRefresh | None:
    """Start live refresh for ``window`` when its store is a team server; None on SQLite."""
    if window.app.ctx.db.engine.dialect.name != "postgresql":
        return None
    live = LiveRefresh(window)
    live.start()
    return live
