"""Count the transactions of the longest DPO walks (issue 15: one action, one transaction).

Three walks, done through the services as the window does them, on a fresh store in a
temporary folder (an in-memory keyring, nothing of the user's touched):

* intake: a request saved with two files (the intake dialog's "Save");
* letter: an acknowledgement generated, then marked sent;
* restore: a backup restored over the (closed) store, then the store reopened.

For each walk it prints the sessions the services opened (``Database.read``/``write``)
and, on every engine (the restore opens several), the transactions begun and committed.
Run it on another checkout to compare (``PYTHONPATH=<checkout> python
tools/transaction_walks.py``): the intake walk uses ``services.intake`` when it exists
and otherwise what the dialog did before (``add_case``, then ``attach`` per file).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
from sqlalchemy import Engine, event

from dpo_desk import backup
from dpo_desk.services import cases, documents, letters
from dpo_desk.services.context import Context
from dpo_desk.store.db import Database
from dpo_desk.store.opening import open_store

NOW = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


class _MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@dataclass
class Counts:
    read_sessions: int = 0
    write_sessions: int = 0
    begun: int = 0
    committed: int = 0
    rolled_back: int = 0


class Counter:
    """Counts sessions and engine transactions while ``counting`` is true."""

    def __init__(self) -> None:
        self.counts = Counts()
        self.counting = False

    def install(self) -> None:
        event.listen(Engine, "begin", lambda _c: self._add("begun"))
        event.listen(Engine, "commit", lambda _c: self._add("committed"))
        event.listen(Engine, "rollback", lambda _c: self._add("rolled_back"))
        for kind in ("read", "write"):
            original = getattr(Database, kind)

            def opened(db: Database, _original: Any = original, _kind: str = kind) -> Any:
                self._add(f"{_kind}_sessions")
                return _original(db)

            setattr(Database, kind, opened)

    def _add(self, name: str) -> None:
        if self.counting:
            setattr(self.counts, name, getattr(self.counts, name) + 1)

    @contextmanager
    def measure(self) -> Iterator[Counts]:
        self.counts = Counts()
        self.counting = True
        try:
            yield self.counts
        finally:
            self.counting = False


def _request() -> cases.NewCase:
    return cases.NewCase(
        name="Jeanne Lefèvre",
        email="jeanne@example.fr",
        rights=["access"],
        received=date(2026, 1, 20),
        channel="email",
    )


def _files(folder: Path) -> list[tuple[Path, str]]:
    letter, scan = folder / "request-letter.pdf", folder / "id-scan.pdf"
    letter.write_bytes(PDF)
    scan.write_bytes(PDF.replace(b"1 0 obj", b"2 0 obj"))
    return [(letter, "attachment"), (scan, "id-evidence")]


def take_in(ctx: Context, files: list[tuple[Path, str]]) -> str:
    """What the intake dialog's Save does in this checkout."""
    try:
        intake = importlib.import_module("dpo_desk.services.intake")
    except ImportError:  # before issue 15: the case, then one attach per file
        detail = cases.add_case(ctx, _request())
        for path, kind in files:
            detail = documents.attach(ctx, detail.reference, path, kind)
        return detail.reference
    return str(intake.take_in_request(ctx, _request(), files).reference)


def walk(counter: Counter, folder: Path) -> dict[str, Counts]:
    data_dir = folder / "data"
    store = open_store(data_dir)
    ctx = Context(db=store.db, data_dir=store.data_dir, actor="walks", clock=lambda: NOW)
    results: dict[str, Counts] = {}
    files = _files(folder)
    with counter.measure() as counts:
        ref = take_in(ctx, files)
    results["intake with 2 files"] = counts
    with counter.measure() as counts:
        letter = letters.generate(ctx, ref, "acknowledgement", "en")
        letters.mark_sent(ctx, letter.document_id, channel="email")
    results["letter generate + mark sent"] = counts
    made = backup.create(ctx)
    assert made is not None
    store.close()
    with counter.measure() as counts:
        backup.restore(made.path, data_dir, yes=True)
        open_store(data_dir).close()
    results["restore of a backup (+ reopen)"] = counts
    return results


def _row(*cells: object) -> str:
    return "".join(f"{c!s:<34}" if i == 0 else f"{c!s:>10}" for i, c in enumerate(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="the numbers as JSON")
    args = parser.parse_args(argv)
    os.environ.pop("DPO_DESK_PASSPHRASE", None)
    keyring.set_keyring(_MemoryKeyring())
    counter = Counter()
    counter.install()
    with tempfile.TemporaryDirectory(prefix="dpo_walks_") as tmp:
        os.environ["DPO_DESK_HOME"] = str(Path(tmp) / "home")
        results = walk(counter, Path(tmp))
    source = Path(importlib.import_module("dpo_desk").__file__ or "").parent
    if args.json:
        print(
            json.dumps(
                {"dpo_desk": str(source), **{k: asdict(v) for k, v in results.items()}}, indent=1
            )
        )
        return 0
    print(f"dpo_desk from {source}")
    print(_row("walk", "reads", "writes", "begun", "commits", "no-commit"))
    for name, c in results.items():
        print(_row(name, c.read_sessions, c.write_sessions, c.begun, c.committed, c.rolled_back))
    return 0


if __name__ == "__main__":
    sys.exit(main())
