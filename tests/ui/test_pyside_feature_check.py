"""PySide6's per-import question answered from the file's bytes (issue 19, start-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from dpo_desk.ui import pyside_feature_check

ROOT = Path(__file__).resolve().parents[2]

# In a fresh process: PySide6's own answer and ours for every module the window loads.
SAME_ANSWERS = """
import json, sys
import PySide6.QtCore
from shibokensupport import feature
upstream = feature._mod_uses_pyside
import dpo_desk.app
installed = feature._mod_uses_pyside
import dpo_desk.ui.main_window
import dpo_desk.store.models  # loaded after the window's first paint (issue 19)
import sqlalchemy.orm
differ, answers = [], {}
for name, module in list(sys.modules.items()):
    if module is None:
        continue
    ours, theirs = installed(module), upstream(module)
    answers[name] = ours
    if ours != theirs:
        differ.append(name)
print(json.dumps({
    "replaced": installed is not upstream,
    "differ": differ,
    "answers": answers,
}))
"""


def _run(code: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_s_modules_get_pyside_s_own_answers() -> None:
    result = _run(SAME_ANSWERS)
    assert result["replaced"], "dpo_desk.app did not install the check"
    assert result["differ"] == []
    answers = result["answers"]
    assert len(answers) > 400
    # Both answers occur: screens import PySide6, the store's models do not.
    assert answers["dpo_desk.ui.main_window"] is True
    assert answers["dpo_desk.store.models.cases"] is False
    assert answers["sqlalchemy.orm"] is False
    # ``sys`` has no file: PySide6's own function answered it.
    assert answers["sys"] is False


SOURCES_KEPT = """
import json, linecache
import PySide6.QtCore
import dpo_desk.app
import sqlalchemy.orm
kept = [f for f in linecache.cache if f.endswith(".py") and "sqlalchemy" in f]
print(json.dumps({"sources_kept": sorted(kept)}))
"""


def test_imports_after_qt_no_longer_keep_their_source() -> None:
    result = _run(SOURCES_KEPT)
    # SQLAlchemy is imported after Qt; PySide6's check used to keep each of its
    # sources in linecache for the life of the process.
    assert result["sources_kept"] == []


def _module(tmp_path: Path, name: str, source: bytes) -> types.ModuleType:
    path = tmp_path / f"{name}.py"
    path.write_bytes(source)
    module = types.ModuleType(name)
    module.__file__ = str(path)
    return module


def _fake_feature(monkeypatch: pytest.MonkeyPatch, upstream: object) -> types.ModuleType:
    feature = types.ModuleType("shibokensupport.feature")
    if upstream is not None:
        feature._mod_uses_pyside = upstream  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", feature)
    return feature


def test_sources_in_utf8_and_latin1_are_read_as_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def upstream(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    feature = _fake_feature(monkeypatch, upstream)
    assert pyside_feature_check.install()
    check = feature._mod_uses_pyside  # type: ignore[attr-defined]
    utf8 = _module(tmp_path, "fenetre", "# Fenêtre\nfrom PySide6 import QtCore\n".encode())
    old = "# coding: latin-1\n# Qt é\nimport PySide6\n"
    latin1 = _module(tmp_path, "ancien", old.encode("latin-1"))
    plain = _module(tmp_path, "regles", "# Délais, sans Qt\nX = 1\n".encode())
    assert check(utf8) is True
    assert check(latin1) is True
    assert check(plain) is False
    assert asked == []  # all three answered from their bytes


def test_modules_without_a_readable_source_go_to_pyside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def upstream(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return True

    feature = _fake_feature(monkeypatch, upstream)
    pyside_feature_check.install()
    check = feature._mod_uses_pyside  # type: ignore[attr-defined]
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # never written
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.so")
    assert check(sys) is True
    assert check(gone) is True
    assert check(compiled) is True
    assert asked == ["sys", "gone", "compiled"]


def test_install_is_idempotent_and_leaves_an_unknown_pyside_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def upstream(module: types.ModuleType) -> bool:
        return False

    feature = _fake_feature(monkeypatch, upstream)
    assert pyside_feature_check.install()
    first = feature._mod_uses_pyside  # type: ignore[attr-defined]
    assert first is not upstream
    assert pyside_feature_check.install()
    assert feature._mod_uses_pyside is first  # type: ignore[attr-defined]

    bare = _fake_feature(monkeypatch, None)  # a release without the function
    assert pyside_feature_check.install() is False
    assert not hasattr(bare, "_mod_uses_pyside")
