"""The main window: screens from PAGES, shortcuts, status bar, saved layout, language,
crash reports that keep the user's typing, and a store that cannot be opened."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from dpo_desk.errors import StoreError
from dpo_desk.ui import crash, i18n
from dpo_desk.ui.main_window import build_main_window
from dpo_desk.ui.pages import PAGES
from tests.ui._wait import backup_line, settle


def test_screens_and_missing_modules(window, monkeypatch, app_ctx, settings, qtbot):
    keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
    assert keys[:2] == ["dashboard", "cases"]
    assert [window.nav.item(r).text() for r in range(2)] == ["Dashboard", "Cases"]
    # a screen whose module does not exist is left out, the others still load
    import dpo_desk.ui.main_window as mw

    monkeypatch.setattr(mw, "PAGES", (*PAGES[:2], ("nope", "dpo_desk.ui.pages.nope", "Nope")))
    other = build_main_window(app_ctx, settings)
    qtbot.addWidget(other)
    assert list(other.pages) == ["dashboard", "cases"]


def test_status_bar_is_honest_about_backups(window, qtbot):
    assert backup_line(qtbot, window) == "No backup yet"
    assert not window.busy.isVisible()
    window.app.tasks.busy_changed.emit(True)
    assert window.busy.isVisible()
    window.app.tasks.busy_changed.emit(False)
    assert not window.busy.isVisible()


def test_shortcuts(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.cases_page
    assert window.cases_page.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "dashboard"
    assert window.act_new.shortcut().toString() == "Ctrl+N"
    assert window.act_print.isEnabled()  # the case view has its Letters tab
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.intake.isVisible()
    qtbot.keyClick(window.intake, Qt.Key.Key_Escape)
    assert not window.intake.isVisible()


def test_layout_is_saved_and_restored(qtbot, window, app_ctx, settings):
    page = window.show_page("cases")
    page.table.setColumnWidth(1, 321)
    window.splitter.setSizes([260, 1000])
    window.close()
    assert settings.value("window/page") == "cases"
    again = build_main_window(app_ctx, settings)
    qtbot.addWidget(again)
    assert again.current_page().key == "cases"
    assert again.cases_page.table.columnWidth(1) == 321
    assert again.splitter.sizes()[0] == 260 or again.splitter.saveState() == settings.value(
        "splitters/main_splitter"
    )


def test_language_switch_changes_visible_strings(qtbot, demo_ctx, window):
    page = window.show_page("cases")
    page.apply_filters()
    settle(qtbot)
    page.select_row(0)
    assert window.menu_file.title() == "&File"
    try:
        window.lang_actions["fr"].trigger()
        assert i18n.current() == "fr"
        assert window.menu_file.title() == "&Fichier"
        assert window.nav.item(0).text() == "Tableau de bord"
        assert window.nav.item(1).text() == "Dossiers"
        assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Échéance"
        assert page.view.tabs.tabText(1) == "&Identité"
        assert page.view.letters.list_title.text() != "Letters of this case"  # retranslated
        assert backup_line(qtbot, window) == "Aucune sauvegarde pour l'instant"
        assert "Dossiers en cours" == page.status.currentText()
        assert window.settings.value("ui/language") == "fr"
    finally:
        window.lang_actions["en"].trigger()
    assert window.menu_file.title() == "&File"
    assert page.view.tabs.tabText(1) == "&Identity"


def test_unexpected_error_keeps_the_dialog_and_writes_a_report(qtbot, window, tmp_path):
    crash.install(tmp_path / "logs")
    try:
        dialog = window.new_request()
        qtbot.keyClicks(dialog.name, "Half typed")
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        boxes = [w for w in dialog.window().findChildren(QMessageBox)] + crash._open_boxes
        assert any(b.windowTitle() == "Unexpected error" for b in boxes)
        assert dialog.isVisible() and dialog.name.text() == "Half typed"
        reports = list((tmp_path / "logs").glob("crash-*.txt"))
        assert len(reports) == 1 and "RuntimeError: boom" in reports[0].read_text()
        for box in list(crash._open_boxes):
            box.close()
    finally:
        sys.excepthook = sys.__excepthook__


def test_store_refused_exits_1(monkeypatch, tmp_path, qapp):
    import dpo_desk.app as app_module

    shown = []
    monkeypatch.setattr(
        app_module, "open_data", lambda d: (_ for _ in ()).throw(StoreError("locked by another"))
    )
    monkeypatch.setattr(app_module, "refuse_store", lambda exc, parent=None: shown.append(exc))
    monkeypatch.setattr(app_module, "setup_logging", lambda d: None)
    assert app_module.run(data_dir=tmp_path / "data") == 1
    assert "locked by another" in str(shown[0])
    sys.excepthook = sys.__excepthook__


def test_status_bar_shows_the_last_verified_backup(qtbot, window):
    from datetime import UTC, datetime, timedelta

    from dpo_desk import backup

    ctx = window.app.ctx
    backup.create(ctx)
    window.app.signals.backup_done.emit()
    settle(qtbot)
    assert window.backup_label.text().startswith("Last backup:")
    later = datetime.now(UTC) + timedelta(days=3)  # backups are stamped by the real clock
    ctx.clock = lambda: later
    window.update_backup_status()
    settle(qtbot)
    assert "overdue" in window.backup_label.text()


def test_about_names_version_licences_and_folders(qtbot, app_ctx):
    from dpo_desk.__version__ import __version__
    from dpo_desk.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(app_ctx)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "about_text").text()
    assert __version__ in text and "Droid Sans Fallback" in text and "Apache" in text
    assert str(app_ctx.ctx.data_dir) in text and "backups" in text


def test_splash_speaks_the_saved_language(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication, QSettings

    import dpo_desk.app as app_module

    ini = QSettings(str(tmp_path / "dpo_desk.ini"), QSettings.Format.IniFormat)
    ini.setValue("ui/language", "fr")
    ini.sync()
    try:
        app_module.early_language(tmp_path)
        assert QCoreApplication.translate("App", "Opening your data…") == (
            "Ouverture de vos données…"
        )
        splash = app_module.show_splash()
        qtbot.addWidget(splash)
        assert splash.isVisible() and not splash.pixmap().isNull()
    finally:
        i18n.install("en")
