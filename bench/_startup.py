"""Child process of ``bench/run.py``: start either DPO Desk on a data directory (main
window, cases page, first rows painted) or a bare PySide6 window, then print one JSON line
with the in-process time and the resident memory, and quit.

Usage: python bench/_startup.py app DATA_DIR | splash | bare | floor

``splash`` measures what ``dpo-desk`` paints first when it cannot paint its window at
once (its splash, before SQLAlchemy and the screens are imported); ``app`` runs
``dpo_desk.app.run`` itself, as ``dpo-desk`` does, on a desk left on its case list, and
times the first paint of the cases table with its rows: on a plain store at the current
schema the window is painted from the first page read with the standard library, before
SQLAlchemy is loaded, and the store opens behind it (issue 19; until 2026-12-07 night
the bench rebuilt the start by hand, and before that evening it left out the log, the
crash handler, the security session and the first-run question). The process then waits
for the deferred integrity check to pass (phase ``check_passed``) before it quits, so its
cost is reported too; ``seconds`` stays the time to the first rows painted. ``floor``
only imports SQLAlchemy (engine, SQL, ORM) and the store's models, after Qt and with
PySide6's import check as ``dpo_desk.app`` installs it, and paints nothing: what a start
that reads the store through them first cannot go below.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

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
        gate = globals()["GATE"]() if "GATE" in globals() else None
        if gate == "not open" or (gate is not None and not gate.done):  # the check runs
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

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QTableView

    from dpo_desk import app as desk

    folder = Path(sys.argv[2])
    # The DPO last left DPO Desk on the case list: the window reopens there (without this
    # the dashboard would open first, its figures queried before the cases').
    ini = QSettings(str(folder / "dpo_desk.ini"), QSettings.Format.IniFormat)
    ini.setValue("window/page", "cases")
    ini.sync()
    mark("imports")
    seen: dict[str, object] = {}

    def cases_table() -> QTableView | None:
        for widget in QApplication.topLevelWidgets():
            table = widget.findChild(QTableView, "cases_table")
            if table is not None and table.isVisible():
                seen["window"] = widget
                return table
        return None

    def ready() -> bool:
        table = cases_table()
        model: Any = table.model() if table is not None else None  # a CaseTableModel
        return model is not None and model.rowCount() > 0 and model.id_at(0) in model._cache

    class AppWatch(QObject):
        """Paint events anywhere: the first one of the cases table with its rows."""

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and not done["flag"] and ready():
                done["flag"] = True
                painted_at["t"] = time.perf_counter() - T0
                phases["first_rows_painted"] = round(painted_at["t"], 4)
                QTimer.singleShot(0, finish)
            return False

    def gate_of_window():  # type: ignore[no-untyped-def]
        window = seen.get("window")
        db = getattr(getattr(window, "app", None), "ctx", None)
        db = getattr(db, "db", None)
        try:
            return getattr(db, "gate", None)
        except RuntimeError:  # the store is not open yet
            return "not open"

    globals()["GATE"] = gate_of_window
    # dpo_desk.app.run makes the application (as the program does): the watch goes on it
    # as soon as it exists, from the first turn of its event loop at the latest.
    qapp = desk.make_application([])
    app_watch = AppWatch()
    qapp.installEventFilter(app_watch)
    return desk.run(data_dir=folder, argv=[])


if __name__ == "__main__":
    raise SystemExit(main())
