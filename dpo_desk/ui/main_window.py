"""The main window: navigation, the screens of ``PAGES``, menus, shortcuts, status bar.

Built by :func:`build_main_window` without running the event loop, so tests drive it.
Window geometry, splitters and column widths live in an INI file in the data directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStackedWidget,
)

from dpo_desk.domain.team import Action
from dpo_desk.services.context import StoreNotOpen
from dpo_desk.ui import i18n, roles, window_layout
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.letters_availability import letters_available
from dpo_desk.ui.page import Page
from dpo_desk.ui.page_loader import LazyPages, available, title
from dpo_desk.ui.pages import PAGES
from dpo_desk.ui.pages.cases import CasesPage
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.backup_line import BackupLine
from dpo_desk.ui.widgets.files import AcceptsFileDrops
from dpo_desk.ui.window_settings import LANGUAGE, settings_for

if TYPE_CHECKING:
    from dpo_desk.ui.dialogs.intake import IntakeDialog

# The letters, the case view, the intake, mail drops and backups are imported when first
# used, not before the first paint of the cases (issue 19: reportlab alone is 0.1 s).


SETTINGS_VERSION = 1

# After the window first shows, the parts left for later are built this much later, past
# its first paint (issue 19).
WARM_UP_MS = 400


# The size of the first window when the screen has room for it.
FIRST_SIZE = (1400, 860)


class MainWindow(AcceptsFileDrops, QMainWindow):
    def __init__(self, app: AppContext, settings: QSettings) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        labels.set_zone(app.ctx.timezone)  # instants read in the organisation's zone
        app.signals.settings_changed.connect(lambda: labels.set_zone(app.ctx.timezone))
        self.setObjectName("main_window")
        self._warmed = False
        self.setAcceptDrops(True)  # e-mails dropped anywhere open requests (issue 17)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(360)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px 8px; }"
        )
        self.stack = QStackedWidget()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 1200])
        self.setCentralWidget(self.splitter)
        # Every screen, built on its first visit (ui/page_loader, start-up issue 19).
        # A screen a role may not use is not offered at all (issue 16: ui/roles).
        allowed = [
            spec
            for spec in available(PAGES)
            if roles.allowed(app, roles.PAGE_ACTIONS.get(spec[0], Action.READ))
        ]
        self.pages = LazyPages(app, allowed, self._page_built)
        self.security: Any = None  # ui.security.SecuritySession, set by security.start()
        # Refreshes on other desks' changes (team server only), set by build_main_window.
        self.live: Any = None  # ui.live.LiveRefresh
        # Each page sits in a scroll area: a page whose widgets need more width than the
        # screen has (a 1366-px laptop, French labels) scrolls instead of pushing the
        # window wider than the screen, where its buttons would be out of reach.
        self._frames: dict[str, QScrollArea] = {}
        for key in self.pages:
            frame = QScrollArea()
            frame.setWidgetResizable(True)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            self._frames[key] = frame
            self.stack.addWidget(frame)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._build_status_bar()
        self._build_menus()
        app.signals.open_case.connect(self.open_case)
        app.signals.open_cases.connect(self.open_cases)
        app.signals.language_changed.connect(lambda _l: self.retranslate())
        app.signals.backup_done.connect(self.update_backup_status)
        app.tasks.busy_changed.connect(self._busy)
        self.retranslate()
        self.resize(*FIRST_SIZE)

    # -- building -----------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.backup_label = BackupLine(self.app)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.backup_label)

    def _action(
        self, slot: Any, *shortcuts: QKeySequence | QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(self)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            for key in (
                QKeySequence.keyBindings(shortcut)
                if isinstance(shortcut, QKeySequence.StandardKey)
                else [QKeySequence(shortcut)]
            ):
                # The same key twice on one action makes Qt refuse it as "ambiguous".
                if not key.isEmpty() and key not in keys:
                    keys.append(key)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.act_new = self._action(self.new_request, QKeySequence.StandardKey.New)
        self.act_find = self._action(self.find_case, QKeySequence.StandardKey.Find)
        self.act_print = self._action(self.print_letters, QKeySequence.StandardKey.Print)
        self.act_print.setEnabled(letters_available())
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.act_next = self._action(lambda: self.step_case(1), "Ctrl+PgDown", "Alt+Down")
        self.act_prev = self._action(lambda: self.step_case(-1), "Ctrl+PgUp", "Alt+Up")
        self.act_about = self._action(self.about)
        self.act_lock = self._action(self.lock_now, "Ctrl+L")  # ui/security
        roles.show_if(self.app, Action.INTAKE, self.act_new)
        self.page_actions: dict[str, QAction] = {}
        for i, key in enumerate(self.pages):
            shortcut = f"Ctrl+{i + 1}" if i < 9 else ""
            act = self._action(
                lambda _=False, k=key: self.show_page(k), *([shortcut] if shortcut else [])
            )
            self.page_actions[key] = act
        self.lang_group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self)
            act.setCheckable(True)
            act.setChecked(code == i18n.current())
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.lang_group.addAction(act)
            self.lang_actions[code] = act
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_new, self.act_print])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_lock)
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addAction(self.act_find)
        self.menu_go = bar.addMenu("")
        self.menu_go.addActions([self.act_next, self.act_prev])
        self.menu_go.addSeparator()
        self.menu_go.addActions(list(self.page_actions.values()))
        self.menu_view = bar.addMenu("")
        self.menu_lang = self.menu_view.addMenu("")
        self.menu_lang.addActions(list(self.lang_actions.values()))
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    # -- language -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DPO Desk"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_lang.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New request…"))
        self.act_new.setToolTip(self.tr("Register a request or a complaint (Ctrl+N)"))
        self.act_find.setText(self.tr("&Find a case"))
        self.act_print.setText(self.tr("&Print the case's letters…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_next.setText(self.tr("&Next case"))
        self.act_prev.setText(self.tr("&Previous case"))
        self.act_about.setText(self.tr("&About DPO Desk"))
        self.act_lock.setText(self.tr("&Lock now"))
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.busy.setAccessibleName(self.tr("Working…"))
        self.busy.setToolTip(self.tr("Working…"))
        built = self.pages.built()
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            page = built.get(key)
            if page is not None:
                page.retranslate()
            text = page.title() if page is not None else title(self.pages.spec(key))
            item.setText(text)
            item.setToolTip(text)
            self.page_actions[key].setText(text)
        self.nav.setMinimumWidth(max(190, self.nav.sizeHintForColumn(0) + 28))
        for code, act in self.lang_actions.items():
            act.setChecked(code == i18n.current())
        self.backup_label.retranslate()

    def set_language(self, lang: str) -> None:
        i18n.install(lang)
        self.settings.setValue(LANGUAGE, i18n.current())
        self.app.signals.language_changed.emit(i18n.current())

    # -- navigation ---------------------------------------------------------------

    def _page_built(self, page: Page) -> None:
        """A screen built on its first visit: into its frame, with its saved column
        widths and splitters, in the current language."""
        self._frames[page.key].setWidget(page)
        window_layout.restore_widgets(self.settings, page)
        page.retranslate()

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages.get(key)
        self.stack.setCurrentWidget(self._frames[key])
        if page is not None:
            page.refresh()

    def show_page(self, key: str) -> Page | None:
        page = self.pages.get(key)
        if page is None:
            return None
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.nav.currentRow() == row:
                    self.stack.setCurrentWidget(self._frames[key])
                    page.refresh()
                else:
                    self.nav.setCurrentRow(row)
        return page

    def current_page(self) -> Page | None:
        frame = self.stack.currentWidget()
        widget = frame.widget() if isinstance(frame, QScrollArea) else None
        return widget if isinstance(widget, Page) else None

    @property
    def cases_page(self) -> CasesPage | None:
        page = self.pages.get("cases")
        return page if isinstance(page, CasesPage) else None

    def open_case(self, reference: str) -> None:
        page = self.cases_page
        if page is None:
            return
        if self.current_page() is not page:
            self.show_page("cases")
        page.open_case(reference)

    def open_cases(self, queue: str) -> None:
        page = self.cases_page
        if page is None:
            return
        self.stack.setCurrentWidget(self._frames[page.key])
        self.nav.blockSignals(True)
        self.show_page("cases")
        self.nav.blockSignals(False)
        page.show_queue(queue)

    # -- actions ------------------------------------------------------------------

    def new_request(self) -> IntakeDialog:
        from dpo_desk.ui.dialogs.intake import IntakeDialog

        dialog = IntakeDialog(self.app, self)
        dialog.saved.connect(self.open_case)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.intake = dialog
        dialog.open()
        return dialog

    def files_dropped_here(self, paths: list[Path]) -> None:
        """E-mails dropped on the window (or the case list): the prefilled intake, or
        the list of messages of a backlog."""
        if not roles.allowed(self.app, Action.INTAKE):
            return
        from dpo_desk.ui import mail_drop

        self.mail_batch = mail_drop.open_mail_files(self, self.app, paths, self.new_request)

    def find_case(self) -> None:
        page = self.cases_page
        if page is not None:
            self.show_page("cases")
            page.focus_search()

    def step_case(self, delta: int) -> None:
        page = self.cases_page
        if page is not None:
            if self.current_page() is not page:
                self.show_page("cases")
            page.step(delta)

    def print_letters(self) -> None:
        page = self.cases_page
        if page is None or not page.view.show_letters():
            self.statusBar().showMessage(self.tr("Open a case first."), 4000)
            return
        from dpo_desk.ui.letters.case_letters import CaseLettersWidget

        letters = page.view.letters
        if isinstance(letters, CaseLettersWidget):
            if letters.selected_letter() is None:
                self.statusBar().showMessage(self.tr("Select a letter to print."), 4000)
            else:
                letters.print_selected()

    def lock_now(self) -> None:
        """Ctrl+L: show the lock screen (ui/security; needs an encrypted store)."""
        if self.security is None or not self.security.lock("on demand"):
            self.statusBar().showMessage(
                self.tr("The lock needs encrypted data (a passphrase to unlock with)."), 5000
            )

    def about(self) -> None:
        from dpo_desk.ui.dialogs.about import AboutDialog

        AboutDialog(self.app, self).exec()

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def update_backup_status(self) -> None:
        """Read the status bar's backup line again (after a backup, at the warm-up)."""
        self.backup_label.read()

    # -- settings -----------------------------------------------------------------

    def save_state(self) -> None:
        s = self.settings
        s.setValue("version", SETTINGS_VERSION)
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        window_layout.save_widgets(s, self)
        page = self.current_page()
        if page is not None:
            s.setValue("window/page", page.key)
        s.sync()

    def restore_state(self) -> None:
        s = self.settings
        if (geometry := window_layout.saved_blob(s, "window/geometry")) is not None:
            self.restoreGeometry(geometry)
        else:
            self.fit_first_window()
        if (state := window_layout.saved_blob(s, "window/state")) is not None:
            self.restoreState(state)
        window_layout.restore_widgets(s, self)
        key = s.value("window/page", "dashboard")
        if not self.show_page(str(key)) and self.nav.count():
            self.nav.setCurrentRow(0)

    def fit_first_window(self) -> None:
        """The first window fits the screen: maximised when the usual size does not fit
        (a small laptop screen would otherwise cut the window and its buttons)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        if room.width() < FIRST_SIZE[0] or room.height() < FIRST_SIZE[1]:
            self.resize(min(FIRST_SIZE[0], room.width()), min(FIRST_SIZE[1], room.height()))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(*FIRST_SIZE)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(WARM_UP_MS, self, self.warm_up)

    def warm_up(self) -> None:
        """Do what the first paint did without, once the DPO has the list: read the
        status bar's backup line, build the case panel, then its letters tab (the first
        case opened or letter asked for does not wait). Two steps, so that a click
        between them is not held up by both."""
        self.update_backup_status()
        page = self.cases_page
        if page is not None:
            QTimer.singleShot(0, self, page.view.warm_up)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        if self.live is not None:
            self.live.stop()
        super().closeEvent(event)


def build_main_window(app: AppContext, settings: QSettings | None = None) -> MainWindow:
    """The main window of ``app``, restored from its settings, not yet shown."""
    window = MainWindow(app, settings or settings_for(app.ctx.data_dir))
    window.restore_state()
    window.live = start_live_refresh(window)
    return window


def start_live_refresh(window: MainWindow) -> Any:
    """Live refresh when the store is a team server (PostgreSQL), else None. Imported
    only then: a solo desk's start-up does not load psycopg (BENCHMARKS.md)."""
    db = window.app.ctx.db
    if isinstance(db, StoreNotOpen) or db.engine.dialect.name != "postgresql":
        return None  # a solo desk (painted before its store was open, or open)
    from dpo_desk.ui import live

    return live.attach(window)
