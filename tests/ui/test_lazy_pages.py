"""Screens are built on their first visit (start-up, issue 19): the navigation lists them
all at once, in either language, and each one works when the DPO gets to it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dpo_desk.ui import i18n
from dpo_desk.ui.main_window import build_main_window
from dpo_desk.ui.pages import PAGES
from tests.ui._wait import settle


def _click_row(qtbot, window, row: int) -> None:
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_only_the_shown_screen_is_built_before_the_first_paint(window):
    assert window.current_page() is not None
    assert set(window.pages.built()) == {window.current_page().key}
    assert list(window.pages) == [key for key, _m, _c in PAGES]
    assert window.nav.count() == len(PAGES)


def test_every_screen_is_built_when_clicked_and_titled_as_listed(qtbot, window):
    for lang in ("fr", "en"):
        i18n.install(lang)
        window.app.signals.language_changed.emit(lang)
        for row in range(window.nav.count()):
            listed = window.nav.item(row).text()
            _click_row(qtbot, window, row)
            page = window.current_page()
            key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
            assert page is not None and page.key == key
            assert page.isVisible()
            assert page.title() == listed, (lang, key)
            assert window.page_actions[key].text() == listed
            settle(qtbot)  # its data loads without an error box
    assert set(window.pages.built()) == set(window.pages)


def test_a_screen_built_later_gets_its_saved_column_widths(qtbot, app_ctx, settings):
    first = build_main_window(app_ctx, settings)
    qtbot.addWidget(first)
    first.show_page("cases").table.setColumnWidth(1, 321)
    first.show_page("dashboard")
    first.close()  # saves the layout, the dashboard as the page to reopen
    again = build_main_window(app_ctx, settings)
    qtbot.addWidget(again)
    again.show()
    settle(qtbot)
    assert "cases" not in again.pages.built()
    row = next(
        r
        for r in range(again.nav.count())
        if again.nav.item(r).data(Qt.ItemDataRole.UserRole) == "cases"
    )
    _click_row(qtbot, again, row)
    assert again.current_page() is again.cases_page
    assert again.cases_page.table.columnWidth(1) == 321


def test_the_case_count_is_never_a_false_zero_under_the_first_rows(qtbot, demo_ctx, window):
    page = window.show_page("cases")
    seen: list[str] = []
    page.model.first_rows_shown.connect(lambda _n: seen.append(page.count.text()))
    page.apply_filters()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == "Counting the cases…"  # the first rows are in, the rest on its way
    settle(qtbot)
    rows = page.model.rowCount()
    assert rows > 0 and str(rows) in page.count.text() and "Counting" not in page.count.text()


def test_the_main_window_is_built_without_the_letters_or_the_mail_code() -> None:
    """The path to the first paint of the cases leaves reportlab, the letters, the intake
    and the mail readers for later (issue 19: they were a third of the start-up imports);
    a fresh interpreter shows what the window's own imports pull in."""
    import os
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import dpo_desk.ui.main_window\n"
        "heavy = ['reportlab', 'dpo_desk.letters', 'dpo_desk.ui.dialogs.intake',\n"
        "         'dpo_desk.ui.mail_drop', 'dpo_desk.backup', 'extract_msg']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


_FIRST_PAINT_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
LATER = ["reportlab", "dpo_desk.services.demo", "PySide6.QtPdf", "sqlcipher3", "babel.dates",
         "openpyxl", "extract_msg", "keyring", "dpo_desk.backup", "dpo_desk.ui.case_view.view",
         "sqlalchemy"]

def look():
    from dpo_desk.ui.main_window import MainWindow
    if not any(isinstance(w, MainWindow) and w.isVisible() for w in app.topLevelWidgets()):
        QTimer.singleShot(0, look)
        return
    print("loaded before the first paint:", [m for m in LATER if m in sys.modules], flush=True)
    app.exit(0)

QTimer.singleShot(0, look)
from dpo_desk.app import run
sys.exit(run(data_dir=sys.argv[1]))
"""


def test_the_program_reaches_its_first_paint_without_what_it_needs_later(tmp_path) -> None:
    """The whole start as ``dpo-desk`` runs it (its log, crash handler, security session
    and first-run question, which the window's own imports above leave out): the demo
    with reportlab (0.18 s, imported to ask whether the first-run dialog was needed),
    Qt PDF (the document viewer), SQLCipher (a plain store), babel's dates (a conflict's
    message) and the spreadsheet and mail readers all wait until they are used; so do
    the keyring (its backends' discovery, 20 ms: the team code and the key slots
    imported it), the backup code (the status bar's line is read behind the first rows)
    and the case panel (50 ms of imports, built after the first paint)."""
    import os
    import subprocess
    import sys

    from dpo_desk.services.context import Context
    from dpo_desk.services.demo import load_demo
    from dpo_desk.store.opening import open_store

    store = open_store(tmp_path / "desk")  # a desk in use: no first-run dialog
    load_demo(Context(db=store.db, data_dir=store.data_dir))
    store.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE, str(tmp_path / "desk")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    said = [line for line in out.stdout.splitlines() if line.startswith("loaded before")]
    assert said == ["loaded before the first paint: []"], out.stdout + out.stderr


def test_a_large_case_count_is_grouped_as_each_language_writes_numbers(
    qtbot, demo_ctx, window
) -> None:
    """At a million cases "812617 dossiers" is hard to read: the count under the list
    groups its thousands with the language's separator (``%Ln``), and still says how many
    cases the demo store really has once its list is in."""
    page = window.show_page("cases")
    page.apply_filters()
    settle(qtbot)
    rows = page.model.rowCount()
    assert page.count.text() == f"{rows} cases"
    page.model.loaded.emit(812_617)  # what the model says when a million-case list is in
    assert page.count.text() == "812,617 cases"
    try:
        window.set_language("fr")
        page.model.loaded.emit(812_617)
        assert page.count.text() == "812\u202f617 dossiers"
    finally:
        window.set_language("en")


def test_the_case_panel_is_built_after_the_first_paint_and_looks_the_same_before(
    qtbot, demo_ctx, settings, english
) -> None:
    """The case panel (50 ms of imports) is not built with the cases page: its empty
    words hold its place, in the window's language, until a case is clicked or the
    window's warm-up builds it; the panel then says the same words in the same place."""
    settings.setValue("window/page", "cases")
    window = build_main_window(demo_ctx, settings)
    qtbot.addWidget(window)
    page = window.cases_page
    assert page is not None and page._view is None
    stand_in = page.splitter.widget(1)
    english_words = stand_in.text()
    assert english_words.startswith("Select a case in the list")
    window.set_language("fr")
    try:
        assert stand_in.text().startswith("Sélectionnez un dossier dans la liste")
        window.show()
        qtbot.waitExposed(window)
        page.apply_filters()
        settle(qtbot)
        rect = page.table.visualRect(page.model.index(0, 0))
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        settle(qtbot)
        view = page._view
        assert view is not None and page.splitter.widget(1) is view
        assert view.reference == page.model.summary_at(0).reference
        assert view.tabs.tabText(1) == "&Identité"
    finally:
        window.set_language("en")
    assert view.empty.text() == english_words


def test_the_window_warm_up_builds_the_case_panel(qtbot, demo_ctx, settings, english) -> None:
    settings.setValue("window/page", "cases")
    window = build_main_window(demo_ctx, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.cases_page._view is not None, timeout=5_000)
    view = window.cases_page.view
    assert window.cases_page.splitter.widget(1) is view and view.isVisible()
    qtbot.waitUntil(lambda: view._letters is None or view._letters.built is not None)
