"""A French DPO reads the case view and the Settings page in French: rights with their
French sources ("art. 15 du RGPD"), the deadline's sources in French, the rule sets named
in French, and no developer file mentioned."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dpo_desk.services import cases
from dpo_desk.services.demo import load_demo
from dpo_desk.ui import i18n
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def french(window):
    load_demo(window.app.ctx)
    window.lang_actions["fr"].trigger()
    yield window
    i18n.install("en")


def test_case_view_rights_and_sources_in_french(qtbot, french) -> None:
    ref = next(
        s.reference
        for s in cases.list_cases(french.app.ctx)
        if "access" in s.rights and s.jurisdiction == "FR"
    )
    page = french.show_page("cases")
    page.search.setFocus()
    qtbot.keyClicks(page.search, ref)
    french.open_case(ref)
    overview = page.view.overview
    rights = overview.values["rights"].text()
    assert "Accès (art. 15 du RGPD)" in rights
    assert "GDPR" not in rights
    sources = overview.sources.text()
    assert sources.startswith("Sources : ") or sources.startswith("Sources ")
    assert "RGPD art. 12(3)" in sources and "règl. (CEE, Euratom) 1182/71 art. 3" in sources
    assert "GDPR" not in sources and "Reg. " not in sources


def test_settings_rule_sets_in_french_without_developer_files(qtbot, french) -> None:
    page = french.show_page("settings")
    combo = page.fields["default_jurisdiction"]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "FR — France (RGPD, calendrier métropolitain)" in texts
    assert not any("(GDPR" in t or "calendar" in t for t in texts)
    reading = page.fields["extension_reading"]
    reading.setFocus()
    reading.setCurrentIndex(reading.findData("earlier-of"))
    tz = page.fields["receipt_timezone"]
    tz.setCurrentIndex(tz.findData(""))
    shown = page.explain["extension_reading"].text() + page.explain["receipt_timezone"].text()
    assert "point discuté" in shown and "law.md" not in shown
    policy = page.fields["identity_policy"]
    policy.setCurrentIndex(policy.findData("strict"))
    assert "CNIL : une copie de pièce d'identité" in page.explain["identity_policy"].text()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the combo stays usable after the switch


def test_processing_register_in_french(qtbot, french) -> None:
    page = french.show_page("processing")
    page.refresh()
    settle(qtbot)
    model = page.model
    shown = [
        str(model.data(model.index(r, c)) or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert any("Exécution d'un contrat (RGPD art. 6(1)(b))" in s for s in shown)
    assert not any("GDPR Art." in s for s in shown)
    assert any("à compter" in s for s in shown)  # the retention rule in words, in French
    assert not any(" from the " in s for s in shown)
