"""A design option measured, not the program: the first paint of issue 19 without
SQLAlchemy. Qt, the standard library's sqlite3 (read-only), the first 64 open cases of
the store by deadline and the number of cases, in a table, painted; one JSON line.

    python bench/first_paint_without_orm.py /tmp/dpo-100k/dpo_desk.sqlite3
    python bench/_startup.py bare        # the same machine, the same minute

docs/performance.md ("The floor") says what shipping it would take.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

FIRST_ROWS = (
    "SELECT reference, coalesce(extended_due_date, due_date), status, received_on, assigned_to"
    " FROM cases WHERE status NOT IN ('closed', 'answered')"
    " ORDER BY coalesce(extended_due_date, due_date) LIMIT 64"
)


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.seconds: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.seconds is None:
            self.seconds = time.perf_counter() - T0
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication([])
    conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    rows = conn.execute(FIRST_ROWS).fetchall()
    count = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    model = QStandardItemModel(len(rows), 5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(str(value)))
    window, view = QMainWindow(), QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    watch = FirstPaint(app)
    view.viewport().installEventFilter(watch)
    window.resize(1000, 700)
    window.show()
    app.exec()
    print(json.dumps({"seconds": watch.seconds, "rows": len(rows), "cases": count}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
