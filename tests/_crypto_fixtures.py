"""The encrypted-store fixtures the security and backup tests share: fast Scrypt (still
2**15, the floor), keys forgotten after each test, an encrypted store, and the helpers
their tests import.

Not a conftest: ``tests/security/conftest.py`` and ``tests/backup/conftest.py`` import
it, so that the autouse ``fast_scrypt`` applies to those two folders only (a plugin
loaded from the root would speed up, and forget the keys of, every test).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dpo_desk.crypto import kdf
from dpo_desk.services import secrets
from dpo_desk.services.cases import NewCase, add_case
from dpo_desk.services.context import Context
from dpo_desk.store.opening import Store, open_store

__all__ = [
    "CANARY",
    "FIXED_NOW",
    "PASSPHRASE",
    "add",
    "enc_ctx",
    "enc_dir",
    "enc_store",
    "fast_scrypt",
    "grep_tree",
]

FIXED_NOW = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)
PASSPHRASE = "correct horse battery staple"
CANARY = "Zyxqwertinsky"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(kdf, "SCRYPT_N", kdf.SCRYPT_N_MIN)
    yield
    with secrets._GUARD:
        secrets._UNLOCKED.clear()


@pytest.fixture
def enc_dir(tmp_path: Path) -> Path:
    d = tmp_path / "enc"
    secrets.setup(d, passphrase=PASSPHRASE, use_keyring=False)
    return d


@pytest.fixture
def enc_store(enc_dir: Path) -> Iterator[Store]:
    s = open_store(enc_dir, key=secrets.key_for_open(enc_dir))
    yield s
    s.close()


@pytest.fixture
def enc_ctx(enc_store: Store) -> Context:
    return Context(
        db=enc_store.db, data_dir=enc_store.data_dir, actor="test-dpo", clock=lambda: FIXED_NOW
    )


def add(ctx: Context, name: str = "Alice Martin", notes: str = "") -> str:
    return add_case(
        ctx,
        NewCase(
            name=name, rights=["access"], received=date(2026, 1, 20), channel="email", notes=notes
        ),
    ).reference


def grep_tree(root: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                if needle in data:
                    hits.append(f"{path.relative_to(root)}: {needle!r}")
    return hits
