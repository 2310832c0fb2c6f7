"""Two desks on one PostgreSQL server, under Xvfb: a change in one appears in the other.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/screenshots_team.py \\
        postgresql+psycopg://postgres@127.0.0.1:55444/dpo_test [FOLDER]

The URL names a server and a database the account may connect to; the pictures use a
throw-away database ``dpo_desk_screens`` on that server, dropped and created afresh (the
account needs CREATEDB). Desk A registers a request and verifies the identity of the case
desk B has open; nobody touches B. The script waits until B shows both, prints how long
that took, and writes ``team_{a,b}_{before,after}.png`` and ``team_side_by_side.png``
(default folder: docs/images/team). The desks' data directories are temporary.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from dpo_desk.services import cases, identity  # noqa: E402
from dpo_desk.services.context import Context  # noqa: E402
from dpo_desk.services.demo import load_demo  # noqa: E402
from dpo_desk.store import migrate  # noqa: E402
from dpo_desk.store.db import Database, make_engine  # noqa: E402
from dpo_desk.ui import i18n  # noqa: E402
from dpo_desk.ui.background import TaskRunner  # noqa: E402
from dpo_desk.ui.context import AppContext, AppSignals  # noqa: E402
from dpo_desk.ui.main_window import MainWindow, build_main_window  # noqa: E402
from tools.screenshots import settle  # noqa: E402

FIXED_NOW = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)
DATABASE = "dpo_desk_screens"
SIZE = (1400, 860)


def fresh_database(url: str) -> str:
    """Drop and create the throw-away database; its URL."""
    admin = make_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {DATABASE}"))
    admin.dispose()
    return make_url(url).set(database=DATABASE).render_as_string(hide_password=False)


def open_desk(url: str, folder: Path, x: int) -> MainWindow:
    """A desk: its own engine (its own connections to the server), Context and window."""
    folder.mkdir(parents=True, exist_ok=True)
    ctx = Context(Database(make_engine(url)), folder, actor="postgres", clock=lambda: FIXED_NOW)
    app = AppContext(ctx=ctx, tasks=TaskRunner(), signals=AppSignals())
    window = build_main_window(
        app, QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    )
    window.resize(*SIZE)
    window.move(x, 0)
    window.show()
    window.show_page("cases")
    settle()
    return window


def grab(window: MainWindow, folder: Path, name: str) -> QPixmap:
    settle(200)
    pixmap = window.grab()
    path = folder / f"{name}.png"
    pixmap.save(str(path))
    print(path)
    return pixmap


def side_by_side(left: QPixmap, right: QPixmap, path: Path) -> None:
    gap = 16
    out = QPixmap(left.width() + right.width() + gap, max(left.height(), right.height()))
    out.fill(QColor("#505050"))
    painter = QPainter(out)
    painter.drawPixmap(0, 0, left)
    painter.drawPixmap(left.width() + gap, 0, right)
    painter.end()
    out.save(str(path))
    print(path)


def references(window: MainWindow) -> set[str]:
    page = window.cases_page
    assert page is not None
    return {page.model.index(r, 0).data() for r in range(page.model.rowCount())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url", nargs="?", default=os.environ.get("DPO_DESK_TEST_PG", ""))
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "docs/images/team")
    args = parser.parse_args(argv)
    if not args.url:
        parser.error("give the server's URL (or set DPO_DESK_TEST_PG)")
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication([])
    i18n.install("en")
    url = fresh_database(args.url)
    seed = make_engine(url)
    migrate.upgrade(seed, None)
    tmp = Path(tempfile.mkdtemp(prefix="dpo_desk_team_"))
    load_demo(Context(Database(seed), tmp, actor="postgres", clock=lambda: FIXED_NOW))
    seed.dispose()

    a = open_desk(url, tmp / "desk-a", 0)
    b = open_desk(url, tmp / "desk-b", 40)
    for desk in (a, b):
        assert desk.live is not None and desk.live.listener.listening.wait(5)
    watched = next(c.reference for c in cases.list_cases(b.app.ctx) if c.status == "received")
    b.open_case(watched)
    settle()
    view_b = b.cases_page.view  # type: ignore[union-attr]
    view_b.tabs.setCurrentWidget(view_b.timeline)
    lines_before = view_b.timeline.tree.topLevelItemCount()
    grab(a, folder, "team_a_before")
    grab(b, folder, "team_b_before")

    # desk A: a new request, and the identity of B's open case verified
    new = cases.add_case(
        a.app.ctx,
        cases.NewCase(
            name="Zoé Martin-Live",
            rights=["access"],
            received=FIXED_NOW,
            channel="email",
            email="zoe.martin@example.org",
        ),
    ).reference
    a.app.signals.case_changed.emit(new)
    identity.verify_identity(a.app.ctx, watched, "email-match")
    a.app.signals.case_changed.emit(watched)
    acted = time.monotonic()
    while time.monotonic() - acted < 10:
        QTest.qWait(20)
        if new in references(b) and view_b.timeline.tree.topLevelItemCount() > lines_before:
            break
    took = time.monotonic() - acted
    seen = new in references(b) and view_b.timeline.tree.topLevelItemCount() > lines_before
    print(f"desk B showed the new case and the new timeline line after {took:.2f} s: {seen}")
    a.show_page("cases")
    a_after, b_after = grab(a, folder, "team_a_after"), grab(b, folder, "team_b_after")
    side_by_side(a_after, b_after, folder / "team_side_by_side.png")
    for desk in (a, b):
        desk.close()
        desk.app.tasks.shutdown()
        desk.app.ctx.db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    del qapp
    return 0 if seen else 1


if __name__ == "__main__":
    sys.exit(main())
