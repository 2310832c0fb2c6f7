"""Helpers the test modules share: the project's scripts in ``tools/`` loaded as modules
(``tools/`` is not a package), a generated store, and a child process that must die of
SIGKILL."""

from __future__ import annotations

import importlib.util
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dpo_desk.services.context import Context

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"


def load_tool(name: str) -> ModuleType:
    """``tools/<name>.py`` as the module ``name`` (registered in ``sys.modules``, so that
    its dataclasses and pickling find it)."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@contextmanager
def generated_store(root: Path, cases: int, seed: int, now: datetime) -> Iterator[Context]:
    """``tools/generate_store.py``'s store of ``cases`` cases in ``root / "data"``, open
    (its own home, no keyring), as of ``now``; closed on leaving."""
    from dpo_desk.services.context import Context
    from dpo_desk.store.opening import open_store

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DPO_DESK_HOME", str(root / "home"))
        mp.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        load_tool("generate_store").generate(root / "data", cases, seed=seed, now=now)
        store = open_store(root / "data")
        try:
            yield Context(db=store.db, data_dir=store.data_dir, actor="test-dpo", clock=lambda: now)
        finally:
            store.close()


def run_until_killed(script: str, *args: str, timeout: float = 300) -> None:
    """Run ``script`` in a fresh interpreter (from the repository, so that ``tests`` and
    ``dpo_desk`` import) and check that it died of SIGKILL, as a fault test's child must:
    anything else fails the test with the child's stderr."""
    child = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, timeout=timeout, cwd=ROOT
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
