"""The audit trail read by a French DPO: operations and their details in words, not codes.

The window is switched to French with its Language menu; the Audit page is chosen in the
navigation; the operation filter is chosen in its combo box as a user would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dpo_desk.services import audit_log
from dpo_desk.services.demo import load_demo
from dpo_desk.ui import i18n
from dpo_desk.ui.widgets import labels
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def french_audit(qtbot, window):
    load_demo(window.app.ctx)
    window.lang_actions["fr"].trigger()
    page = window.show_page("audit")
    assert page is not None
    page.refresh()
    settle(qtbot)
    yield page
    i18n.install("en")


def _choose(qtbot, page, code: str) -> None:
    combo = page.operation
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(code))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)


def test_operations_and_details_read_in_french(qtbot, french_audit) -> None:
    page = french_audit
    _choose(qtbot, page, "directive.create")
    assert page.model.entries
    assert page.model.data(page.model.index(0, 2)) == "Directive post mortem enregistrée"
    summary = page.model.data(page.model.index(0, 4))
    assert summary.startswith("Action : ") and "communicate" not in summary

    _choose(qtbot, page, "case.transition")
    shown = [page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())]
    assert any(s.startswith("De : Reçue") or s.startswith("De : Reçu") for s in shown), shown
    assert not any("from:" in s or "in-progress" in s or "awaiting-identity" in s for s in shown)
    assert page.model.data(page.model.index(0, 2)) == "Changement de statut"


def test_the_filter_speaks_french(qtbot, french_audit) -> None:
    combo = french_audit.operation
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Directive post mortem enregistrée" in texts
    assert "Demandes (tout)" in texts
    assert [t for t in texts if "." in t and " " not in t] == []  # no bare code left
    assert not any("case." in t or "directive.create" in t for t in texts)


def test_every_audited_operation_has_a_label(window) -> None:
    """Each operation the services write has a label: none is shown as a code."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "dpo_desk"
    ops: set[str] = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # audit.record(session, ctx, "operation", ...): every operation written
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "audit"
                and len(node.args) >= 3
                and isinstance(node.args[2], ast.Constant)
                and isinstance(node.args[2].value, str)
            ):
                ops.add(node.args[2].value)
    assert len(ops) > 40  # the scan sees the services' writes
    missing = sorted(op for op in ops if op not in labels.OPERATIONS)
    assert missing == []
    assert set(audit_log.operations(window.app.ctx)) <= set(labels.OPERATIONS)
