"""Child process of ``bench/run.py``: start either DPO Desk on a data directory (main
window, cases page, first rows painted) or a bare PySide6 window, then print one JSON line
with the in-process time and the resident memory, and quit.

Usage: python bench/_startup.py app DATA_DIR | splash | bare | floor

``splash`` measures what ``dpo-desk`` paints first (its splash, before SQLAlchemy and the
screens are imported); ``app`` the main window with the first rows of the cases page, as
``dpo_desk.app.run`` builds it, its log, crash handler, security session and first-run
question included (measured without them until 2026-12-07 evening, when they imported
the demo with reportlab, SQLCipher and the key conversions before the first paint). The
integrity check is deferred and started once the window is shown (issue 19). The process
then waits for that check to pass (phase ``check_passed``) before it quits, so its cost
is reported too; ``seconds`` stays the time to the first rows painted. ``floor`` only
imports SQLAlchemy (engine, SQL, ORM) and the store's models, after Qt and with
PySide6's import check as ``dpo_desk.app`` installs it, and paints nothing: the part of
``app`` no start-up order can avoid while the window reads the store through them.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    mode = sys.argv[1]
    done = {"flag": False}

    class PaintWatch(QObject):
        def __init__(self, ready) -> None:  # type: ignore[no-untyped-def]
            super().__init__()
            self.ready = ready

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and not done["flag"] and self.ready():
                done["flag"] = True
                painted_at["t"] = time.perf_counter() - T0
                phases["first_rows_painted"] = round(painted_at["t"], 4)
                QTimer.singleShot(0, finish)
            return False

    phases: dict[str, float] = {}

    def mark(name: str) -> None:
        phases[name] = round(time.perf_counter() - T0, 4)

    painted_at: dict[str, float] = {}

    def finish() -> None:
        gate = getattr(globals().get("STORE"), "db", None)
        gate = getattr(gate, "gate", None)
        if gate is not None and not gate.done:  # the deferred check still runs
            QTimer.singleShot(10, finish)
            return
        if gate is not None:
            phases.setdefault("check_passed", round(time.perf_counter() - T0, 4))
        print(
            json.dumps(
                {
                    "mode": mode,
                    "seconds": painted_at.get("t", time.perf_counter() - T0),
                    "rss_mb": rss_mb(),
                    "phases": phases,
                }
            ),
            flush=True,
        )
        qapp = QApplication.instance()
        assert qapp is not None
        qapp.quit()

    if mode == "floor":
        from dpo_desk.ui import pyside_feature_check

        pyside_feature_check.install()  # as dpo_desk.app does, once Qt is imported
        import sqlalchemy.orm  # noqa: F401

        import dpo_desk.store.models  # noqa: F401

        mark("orm_and_models_imported")
        painted_at["t"] = time.perf_counter() - T0
        qapp = QApplication([])
        QTimer.singleShot(0, finish)
        return qapp.exec()

    if mode == "bare":
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QMainWindow, QTableView

        qapp = QApplication([])
        window = QMainWindow()
        model = QStandardItemModel(30, 6)
        for r in range(30):
            for c in range(6):
                model.setItem(r, c, QStandardItem(f"{r}:{c}"))
        table = QTableView()
        table.setModel(model)
        window.setCentralWidget(table)
        window.resize(1280, 800)
        watch = PaintWatch(lambda: True)
        table.viewport().installEventFilter(watch)
        window.show()
        return qapp.exec()

    if mode == "splash":
        from dpo_desk import app as splash_app

        qapp = splash_app.make_application([])
        splash = splash_app.show_splash()  # shown and painted (processEvents) on return
        mark("splash_painted")
        QTimer.singleShot(0, finish)
        code = qapp.exec()
        splash.close()
        return code

    from dpo_desk import app as desk
    from dpo_desk.services.context import Context
    from dpo_desk.services.organisation import get_profile
    from dpo_desk.ui import i18n
    from dpo_desk.ui.context import AppContext, AppSignals
    from dpo_desk.ui.main_window import build_main_window
    from dpo_desk.ui.tasks import TaskRunner

    folder = Path(sys.argv[2])
    mark("imports")
    qapp = desk.make_application([])
    desk.start_logs(folder)  # what dpo_desk.app.run does before its window
    store = desk.open_data(folder)
    assert store is not None
    globals()["STORE"] = store
    mark("store_opened")
    tasks = TaskRunner()
    ctx = Context(db=store.db, data_dir=folder)
    ctx.timezone = get_profile(ctx).timezone
    app_ctx = AppContext(ctx=ctx, tasks=tasks, signals=AppSignals())
    i18n.install(desk.initial_language(app_ctx))
    mark("profile_read")
    # The DPO last left DPO Desk on the case list: the window reopens there (without this
    # the dashboard would open first, its figures queried before the cases').
    from dpo_desk.ui.window_settings import settings_for

    settings = settings_for(folder)
    settings.setValue("window/page", "cases")
    window = build_main_window(app_ctx, settings)
    mark("window_built")
    window.resize(1280, 800)
    page = window.show_page("cases")
    assert page is not None
    model = page.model  # type: ignore[attr-defined]
    table = page.table  # type: ignore[attr-defined]

    model.loaded.connect(lambda _n: mark("ids_loaded"))

    def ready() -> bool:
        return model.rowCount() > 0 and model.id_at(0) in model._cache

    watch = PaintWatch(ready)
    table.viewport().installEventFilter(watch)
    window.show()
    desk.window_shown(window, store, qapp)  # the check, the security session, first run
    code = qapp.exec()
    tasks.shutdown()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
