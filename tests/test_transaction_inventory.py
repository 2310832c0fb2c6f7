"""The transaction inventory (``tools/transaction_inventory.py``, issue 15) run on the
real code: no public service that writes opens more than one session, apart from the
exceptions written down in the tool with their reasons; and the tool does find a
nested session when there is one."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests._tools import load_tool


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool("transaction_inventory")


def test_every_writing_service_opens_one_session(tool: ModuleType, capsys) -> None:
    assert tool.main(["--check", "--brief"]) == 0
    out = capsys.readouterr().out
    assert "0 writing action(s) opening more than one session" in out
    listed = [line.split(" ")[0] for line in out.splitlines() if not line.startswith("--")]
    assert set(listed) <= set(tool.ALLOWED)  # only the exceptions written down


def test_a_nested_session_through_an_import_is_found(tool: ModuleType, tmp_path: Path) -> None:
    services = tmp_path / "dpo_desk" / "services"
    services.mkdir(parents=True)
    (services / "__init__.py").write_text("")
    (services / "profile.py").write_text(
        "def get_profile(ctx):\n    with ctx.db.read() as s:\n        return s\n"
    )
    (services / "cases.py").write_text(
        "from dpo_desk.services import profile\n"
        "from dpo_desk.services.profile import get_profile\n\n"
        "def add_case(ctx, new):\n"
        "    tz = get_profile(ctx)\n"
        "    with ctx.db.write() as s:\n        return s\n\n"
        "def add_many(ctx, news):\n"
        "    for new in news:\n        add_case(ctx, new)\n\n"
        "def one(ctx):\n    with ctx.db.write() as s:\n        return profile\n"
    )
    rows = {f"{f.module}.{f.name}": opened for f, opened in tool.inventory(tool.load(tmp_path))}
    assert sorted(rows) == ["dpo_desk.services.cases.add_case", "dpo_desk.services.cases.add_many"]
    kinds = sorted(kind for kind, _where, _loop in rows["dpo_desk.services.cases.add_case"])
    assert kinds == ["read", "write"]
    assert all(loop for *_rest, loop in rows["dpo_desk.services.cases.add_many"])
