"""The desktop program: QApplication, logging, crash reports, the store, the main window.

``run()`` returns the process exit code: 0 after a normal quit, 1 when the store cannot be
opened (another instance, a damaged file, a newer schema: the reason is shown first).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dpo_desk.__version__ import __version__
from dpo_desk.errors import StoreError, UserError, render_error
from dpo_desk.paths import ensure_data_dir, resolve_data_dir
from dpo_desk.ui import pyside_feature_check
from dpo_desk.ui.first_paint import after_first_paint
from dpo_desk.ui.server_settings import joined
from dpo_desk.ui.splash import Splash, show_splash
from dpo_desk.ui.window_settings import saved_language

# Only Qt and these light modules load here. A solo desk's window is painted with its
# first rows before SQLAlchemy and the services are imported (run_painted_first); any
# other start imports them in run(), under the splash (issue 19, BENCHMARKS.md).
if TYPE_CHECKING:
    from dpo_desk.keys.server import ServerProfile
    from dpo_desk.store.db import Database
    from dpo_desk.store.opening import Store
    from dpo_desk.ui.context import AppContext
    from dpo_desk.ui.main_window import MainWindow

# Qt is loaded: from here PySide6 looks at every module imported, cheaply once installed.
pyside_feature_check.install()

log = logging.getLogger("dpo_desk")

APP_NAME = "DPO Desk"
ORG_NAME = "DPO Desk"
LOG_BYTES = 2 * 1024 * 1024


def icon_path() -> Path:
    from dpo_desk.ui import i18n

    return i18n.translations_dir().parent / "icons" / "dpo_desk.svg"


def early_language(data_dir: Path) -> None:
    """The language saved for this data directory, before anything is painted (so the
    splash speaks it too); read from the window's INI file, without the heavy imports."""
    from dpo_desk.ui import i18n

    saved = saved_language(data_dir)
    if saved:
        i18n.install(saved)


def setup_logging(log_dir: Path) -> None:
    """A rotating log file in the data directory (5 × 2 MB), owner-only."""
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "dpo_desk.log", maxBytes=LOG_BYTES, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    (log_dir / "dpo_desk.log").chmod(0o600)


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(list(argv if argv is not None else sys.argv))
    )
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("dpo-desk")
    icon = QIcon(str(icon_path()))
    if not icon.isNull():
        app.setWindowIcon(icon)
    register_bundled_fonts()
    return app


def register_bundled_fonts() -> None:
    """Make the fonts shipped for the letters known to Qt too: a workstation without East
    Asian fonts (a minimal Windows or Linux install) otherwise shows "王伟" as empty boxes
    in the case list, while the same name prints fine in the letter."""
    from PySide6.QtGui import QFontDatabase

    from dpo_desk.letters.resources import fonts_dir

    folder = fonts_dir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf"):
        path = folder / name
        if path.is_file():
            QFontDatabase.addApplicationFont(str(path))


def refuse_store(exc: UserError, parent: QWidget | None = None) -> None:
    """Say clearly why the store cannot be opened (blocking: the program then ends)."""
    from dpo_desk.ui import i18n

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "DPO Desk cannot open its data"),
        QCoreApplication.translate(
            "App", "DPO Desk cannot open its data, so it will close. Nothing was changed."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(render_error(exc, i18n.current()))
    box.setAccessibleName(QCoreApplication.translate("App", "DPO Desk cannot open its data"))
    box.exec()


def open_data(data_dir: Path) -> Store | None:
    """The open store; asks for the passphrase or offers encryption first (ui/security).
    None: the DPO closed that dialog. Its integrity check is deferred (writes wait for
    it): :func:`check_data` runs it once the window is shown (issue 19)."""
    from dpo_desk.ui import security

    ensure_data_dir(data_dir)
    return security.unlock_and_open(data_dir, defer_check=True)


def check_data(window: MainWindow, store: Store, qapp: QApplication) -> None:
    """The deferred integrity check, off the GUI thread; a damaged store is refused as at
    any start (reliability.md F6): the box, then the program ends with exit code 1."""
    from dpo_desk.ui import startup_check

    def damaged(exc: StoreError) -> None:
        window.hide()
        refuse_store(exc)
        qapp.exit(1)

    startup_check.start(window, store, window.app.tasks, damaged)


def window_shown(window: MainWindow, store: Store, qapp: QApplication) -> None:
    """What the solo desk starts once its window is shown and its store open: the
    deferred check, the security session (lock screen, idle lock, backup scheduler) and
    the first-run question (before the event loop, or once a window painted before its
    store, :func:`run_painted_first`, has it)."""
    from dpo_desk.ui import security

    check_data(window, store, qapp)
    security.start(window, store)
    first_start(window)


def start_logs(folder: Path) -> None:
    """The log file and the crash reports, in the data directory's ``logs``."""
    from dpo_desk.ui import crash

    setup_logging(folder / "logs")
    crash.install(folder / "logs")


def may_ask_first(data_dir: Path) -> bool:
    """Whether opening the data may show a dialog (set-up or passphrase): the splash must
    not cover it."""
    from dpo_desk.paths import database_path
    from dpo_desk.services import secrets

    return not database_path(data_dir).exists() or secrets.is_encrypted(data_dir)


def initial_language(app_ctx: AppContext) -> str:
    from dpo_desk.services.organisation import get_profile

    saved = saved_language(app_ctx.ctx.data_dir)
    if saved:
        return saved
    profile = get_profile(app_ctx.ctx)
    return first_language(profile.language if profile.configured else None)


def first_start(window: MainWindow) -> None:
    """An empty store: offer the demo data or the organisation profile."""
    from dpo_desk.ui.dialogs.first_run import FirstRunDialog, needs_first_run

    if needs_first_run(window.app.ctx):
        FirstRunDialog(window.app, window).open()


NO_DISPLAY = (
    "DPO Desk needs a graphical display, and this session has none (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set).\n"
    "- On a desktop: start it from a terminal inside the desktop session.\n"
    "- Over SSH: connect with 'ssh -X', or use the command line ('dpo-desk --help').\n"
    "- Headless (tests, screenshots): QT_QPA_PLATFORM=offscreen dpo-desk, or "
    "xvfb-run -a dpo-desk.\n"
)


def missing_display(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why the window cannot open, or None. On Linux without a display, Qt aborts with a
    message about the xcb plug-in and ``libxcb-cursor``, which misleads: say plainly
    that there is no display and how to run without one."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux" or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def run(
    data_dir: str | Path | None = None,
    argv: Sequence[str] | None = None,
    server: str | None = None,
) -> int:
    """Start the desktop program; returns the exit code. ``server`` (``--server``), or the
    team server joined in Settings, opens the team's PostgreSQL instead of the solo store."""
    if (why := missing_display()) is not None:
        sys.stderr.write(why)
        return 2
    qapp = make_application(argv)
    folder = resolve_data_dir(data_dir)
    early_language(folder)
    try:
        ensure_data_dir(folder)
    except StoreError as exc:
        refuse_store(exc)
        return 1
    start_logs(folder)
    log.info("DPO Desk %s starting on %s", __version__, folder)
    if server is None and not joined(folder):
        code = run_painted_first(qapp, folder)  # the window at once: no splash
        if code is not None:
            return code
    splash = show_splash()
    from dpo_desk.services.context import Context
    from dpo_desk.services.organisation import get_profile
    from dpo_desk.ui import i18n
    from dpo_desk.ui.context import AppContext, AppSignals
    from dpo_desk.ui.main_window import build_main_window
    from dpo_desk.ui.tasks import TaskRunner

    team = server or team_profile(folder)
    if team is not None:
        code = run_team(qapp, splash, folder, team)
        if code is not None:
            return code
        splash = show_splash()  # working alone this time: the solo desk opens as usual
    if may_ask_first(folder):
        splash.close()
    try:
        store = open_data(folder)
    except StoreError as exc:
        log.error("store refused: %s", exc)
        splash.close()
        refuse_store(exc)
        return 1
    if store is None:  # the unlock or set-up dialog was closed: nothing was opened
        splash.close()
        return 0
    tasks = TaskRunner()
    try:
        ctx = Context(db=store.db, data_dir=folder)
        ctx.timezone = get_profile(ctx).timezone
        app_ctx = AppContext(ctx=ctx, tasks=tasks, signals=AppSignals())
        i18n.install(initial_language(app_ctx))
        window = build_main_window(app_ctx)
        window.show()
        splash.finish(window)
        window_shown(window, store, qapp)
        code = qapp.exec()
    finally:
        tasks.shutdown()
        store.close()
        log.info("DPO Desk stopped")
    return int(code)


def run_painted_first(qapp: QApplication, folder: Path) -> int | None:
    """The solo desk's start when its store can be read before SQLAlchemy is loaded: the
    window with its first rows first, then the store, the services and the rest.

    Issue 19: importing SQLAlchemy and the models alone took 3.5× a bare window. Here
    the instance lock is taken (which finishes a restore a crash interrupted), the first
    page is read with the standard library (``services.first_page``), the window is built
    on a context whose store is not open yet, with its DB lane held, and shown; once it
    has painted, the store is opened under the same lock, the lane is let go (the pages'
    queries run, the list reads the same rows again) and the desk starts as usual
    (:func:`window_shown`). None: this start does not apply (no store yet, another
    instance, an encrypted store, a schema to migrate, a file that does not read), and
    :func:`run` opens the usual way, which says what is wrong.
    """
    from dpo_desk.paths import database_path
    from dpo_desk.services.first_page import first_page
    from dpo_desk.store.lock import InstanceLock

    if not database_path(folder).exists():
        return None  # the first start: set-up and encryption are offered first
    lock = InstanceLock(folder)
    try:
        lock.acquire()
    except StoreError:
        return None  # another instance: the usual opening says so
    from dpo_desk.ui.models.case_table import CaseTableModel as Model

    found = first_page(folder, Model.first_rows + 1, Model.page_rows)
    if found is None:
        lock.release()
        return None
    from dpo_desk.services.context import Context, StoreNotOpen
    from dpo_desk.ui import i18n
    from dpo_desk.ui.context import AppContext, AppSignals
    from dpo_desk.ui.main_window import build_main_window
    from dpo_desk.ui.tasks import TaskRunner

    tasks = TaskRunner()
    let_go = tasks.hold_db_lane()
    store: Store | None = None
    try:
        ctx = Context(db=cast("Database", StoreNotOpen()), data_dir=folder)
        ctx.timezone = found.timezone
        app_ctx = AppContext(ctx=ctx, tasks=tasks, signals=AppSignals())
        i18n.install(saved_language(folder) or first_language(found.language))
        window = build_main_window(app_ctx)
        page = window.cases_page
        if page is not None and window.current_page() is page:
            page.model.preload(found.ids, found.rows)
        window.show()
        opened: dict[str, Store] = {}

        def open_the_store() -> None:
            from dpo_desk.services.session import open_store

            try:
                opened["store"] = open_store(folder, lock=lock, defer_check=True)
            except StoreError as exc:
                log.error("store refused: %s", exc)
                window.hide()
                refuse_store(exc)
                qapp.exit(1)
                return
            except BaseException:
                qapp.exit(1)  # the crash report says what; the program ends, as at any start
                raise
            ctx.db = opened["store"].db
            let_go()
            window_shown(window, opened["store"], qapp)

        after_first_paint(window, open_the_store)
        code = qapp.exec()
        store = opened.get("store")
    finally:
        let_go()
        tasks.shutdown()
        if store is not None:
            store.close()
        else:
            lock.release()
        log.info("DPO Desk stopped")
    return int(code)


def first_language(profile_language: str | None) -> str:
    """The profile's language once one was saved, else the system's (as
    :func:`initial_language` decides it through the services)."""
    from dpo_desk.ui import i18n

    return i18n.normalise(profile_language) if profile_language else i18n.system_language()


def team_profile(data_dir: Path) -> ServerProfile | None:
    """The team server joined from this data directory (Settings), if any."""
    from dpo_desk.ui.server_settings import saved_profile

    return saved_profile(data_dir)


def run_team(
    qapp: QApplication, splash: Splash, folder: Path, team: str | ServerProfile
) -> int | None:
    """The window on a team server: the actor is the server's login, the password comes
    from the keyring (or libpq's own sources). A refusal is said, with a password field
    to try again; None: the person chose to work alone on this computer this time.

    The solo desk's lock screen and backup scheduler are not started: the server's
    administrator backs it up (docs/team.md) and the login is the server's."""
    from dpo_desk.services.organisation import get_profile
    from dpo_desk.services.team_session import open_team_asking
    from dpo_desk.ui import i18n
    from dpo_desk.ui.context import AppContext, AppSignals
    from dpo_desk.ui.dialogs.server_refused import Choice, ServerRefusedDialog
    from dpo_desk.ui.main_window import build_main_window
    from dpo_desk.ui.tasks import TaskRunner
    from dpo_desk.ui.team_unlock import unlock_team

    outcome: dict[str, Choice] = {}

    def ask(profile: ServerProfile, exc: UserError) -> str | None:
        log.error("team server refused: %s", exc)
        splash.close()
        dialog = ServerRefusedDialog(profile, render_error(exc, i18n.current()))
        dialog.exec()
        outcome["choice"] = dialog.choice
        return dialog.typed_password() or "" if dialog.choice is Choice.RETRY else None

    ctx = open_team_asking(team, folder, ask)
    if ctx is None:
        return None if outcome.get("choice") is Choice.ALONE else 0
    try:  # the team key: keyring, else the passphrase dialog (asked again when wrong)
        splash.close()
        if not unlock_team(ctx):
            ctx.db.dispose()
            return 0
    except UserError as exc:  # no slot yet: a DPO must grant it
        log.error("team key refused: %s", exc)
        ctx.db.dispose()
        refuse_store(exc)
        return 1
    log.info("on the team server as %s (%s)", ctx.actor, ctx.team_role)
    tasks = TaskRunner()
    try:
        ctx.timezone = get_profile(ctx).timezone
        app_ctx = AppContext(ctx=ctx, tasks=tasks, signals=AppSignals())
        i18n.install(initial_language(app_ctx))
        window = build_main_window(app_ctx)
        window.show()
        splash.finish(window)
        first_start(window)
        code = qapp.exec()
    finally:
        tasks.shutdown()
        ctx.db.dispose()
        log.info("DPO Desk stopped")
    return int(code)
