"""The solo desk paints its window with the first rows before SQLAlchemy is loaded, then
opens the store behind it (issue 19): started as ``dpo-desk`` starts it, in a fresh
process, on a desk in use that was left on its case list, in French."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView

app = QApplication([])
seen = {}

def table():
    for widget in QApplication.topLevelWidgets():
        found = widget.findChild(QTableView, "cases_table")
        if found is not None and found.isVisible():
            return widget, found
    return None, None

def rows(view):
    model = view.model()
    return [model.index(r, c).data() for r in range(min(5, model.rowCount())) for c in (0, 1)]

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "first" not in seen:
            window, view = table()
            if view is not None and view.model().rowCount() and obj is view.viewport():
                seen["first"] = {
                    "sqlalchemy": "sqlalchemy" in sys.modules,
                    "rows": rows(view),
                    "window": id(window),
                    "title": window.windowTitle(),
                }
                QTimer.singleShot(50, later)
        return False

def later():
    from dpo_desk.services.context import StoreNotOpen
    from dpo_desk.ui import background
    window, view = table()
    if isinstance(window.app.ctx.db, StoreNotOpen) or not background.all_idle():
        QTimer.singleShot(50, later)
        return
    seen["later"] = {"rows": rows(view), "window": id(window),
                     "count": window.cases_page.count.text(),
                     "status": window.statusBar().currentMessage()}
    if "intact" not in seen["later"]["status"]:
        QTimer.singleShot(50, later)
        return
    print("SEEN " + json.dumps(seen), flush=True)
    app.exit(0)

watch = Watch()
app.installEventFilter(watch)
from dpo_desk.app import run
sys.exit(run(data_dir=sys.argv[1]))
"""


def test_the_window_paints_its_rows_before_the_store_opens_and_keeps_them(
    tmp_path: Path,
) -> None:
    from dpo_desk.services.context import Context
    from dpo_desk.services.demo import load_demo
    from dpo_desk.store.opening import open_store

    desk = tmp_path / "desk"
    store = open_store(desk)
    load_demo(Context(db=store.db, data_dir=store.data_dir))
    store.close()
    ini = QSettings(str(desk / "dpo_desk.ini"), QSettings.Format.IniFormat)
    ini.setValue("window/page", "cases")
    ini.setValue("ui/language", "fr")
    ini.sync()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(desk)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("SEEN "))
    seen = json.loads(line[5:])
    first, later = seen["first"], seen["later"]
    assert first["sqlalchemy"] is False  # painted before the ORM was imported
    assert first["title"] == "DPO Desk"
    refs = first["rows"][0::2]
    assert len(refs) == 5 and all(ref.startswith("DPO-") for ref in refs)
    assert any(word in first["rows"][1] for word in ("retard", "aujourd'hui", "dans"))
    # The store opened behind the window: the same window, the same rows, the list
    # counted and the data checked.
    assert later["window"] == first["window"]
    assert later["rows"] == first["rows"]
    assert later["count"].endswith("dossiers") and "Décompte" not in later["count"]
    assert "intactes" in later["status"]
