"""A restore is all or nothing at every point (issue 13): ``dpo-desk backup restore`` is
killed (SIGKILL, from its own fault-injection hook) at each of its steps; the next start
finishes or undoes it. After that start the store opens with a full integrity check,
every document is readable, the state is entirely the old or the new one (the old one
before the commit point, the new one after), and no staging folder or journal is left."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk.services import audit, documents, secrets
from dpo_desk.services.context import Context
from dpo_desk.store import switch
from dpo_desk.store.models import Case, Document
from dpo_desk.store.opening import open_store

from .conftest import FIXED_NOW, PASSPHRASE, add

ROOT = Path(__file__).resolve().parents[2]

#: Every hook of a restore into a directory with the same key, in order; the first four
#: come before the commit point.
BEFORE = ["verifying", "verified", "pre-restore-backup", "staged"]
AFTER = [
    "committed",
    "swap-dpo_desk.sqlite3-old",
    "swap-dpo_desk.sqlite3-new",
    "swap-documents-old",
    "swap-documents-new",
    "swap-letters-old",
    "swap-letters-new",
    "switched",
    "journal-removed",
]


def _state(data_dir: Path) -> dict[str, object]:
    """Cases, and every live document's bytes (each one must be readable)."""
    secrets.forget(data_dir)
    os.environ[secrets.ENV_PASSPHRASE] = PASSPHRASE
    try:
        store = open_store(data_dir, key=secrets.key_for_cli(data_dir), check="integrity_check")
    finally:
        del os.environ[secrets.ENV_PASSPHRASE]
    try:
        ctx = Context(db=store.db, data_dir=data_dir, clock=lambda: FIXED_NOW)
        with store.db.read() as session:
            cases = sorted(
                (c.reference, c.subject.full_name) for c in session.scalars(select(Case))
            )
            docs = [
                d.id for d in session.scalars(select(Document).where(Document.purged_at.is_(None)))
            ]
            assert audit.verify(session).ok
        contents = {i: hashlib.sha256(documents.read_document(ctx, i)[1]).hexdigest() for i in docs}
    finally:
        store.close()
    return {"cases": cases, "contents": contents}


def _letter(ctx: Context, ref: str, text: bytes) -> None:
    stored = documents.vault(ctx, "letters").put(iter([text]), ".pdf")
    with ctx.db.write() as session:
        case = session.scalars(select(Case).where(Case.reference == ref)).one()
        session.add(
            Document(
                case=case,
                kind="letter",
                stored_name=stored.stored_name,
                size=stored.size,
                sha256=stored.sha256,
                original_name="reply.pdf",
                media_type="application/pdf",
            )
        )


def _run(args: list[str], data_dir: Path, step: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), secrets.ENV_PASSPHRASE: PASSPHRASE}
    env.pop(switch.FAULT_ENV, None)
    if step:
        env[switch.FAULT_ENV] = step
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_restore_killed_at_every_step_is_old_or_new_after_the_next_start(
    enc_ctx: Context, enc_store, tmp_path: Path
) -> None:
    src = enc_ctx.data_dir
    first = add(enc_ctx, name="Backed Up")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\nbacked-up evidence\n%%EOF\n")
    documents.attach(enc_ctx, first, pdf)
    _letter(enc_ctx, first, b"%PDF-1.4 first letter %%EOF")
    enc_store.close()
    assert _run(["backup", "create"], src).returncode == 0
    made = sorted((src / "backups").glob("*.dpobak"))
    backup_file = tmp_path / "chosen.dpobak"
    shutil.copy2(made[-1], backup_file)

    reopened = open_store(src, key=secrets.key_for_open(src))
    ctx = Context(db=reopened.db, data_dir=src, clock=lambda: FIXED_NOW, actor="test-dpo")
    later = add(ctx, name="Added Later")
    pdf.write_bytes(b"%PDF-1.4\nlater evidence\n%%EOF\n")
    documents.attach(ctx, later, pdf)
    _letter(ctx, later, b"%PDF-1.4 second letter %%EOF")
    reopened.close()
    template = tmp_path / "template"
    shutil.copytree(src, template)
    old_state = _state(template)
    assert len(old_state["contents"]) == 4  # type: ignore[arg-type]

    outcomes = _kill_at_each_step(tmp_path, template, backup_file, BEFORE, AFTER, [])
    print(
        f"\nrestore fault injection: {len(outcomes)} kill points, "
        f"{sum(v == 'old' for v in outcomes.values())} rolled back, "
        f"{sum(v == 'new' for v in outcomes.values())} rolled forward, 0 half-restored"
    )


def _kill_at_each_step(
    tmp_path: Path,
    template: Path,
    backup_file: Path,
    before: list[str],
    after: list[str],
    extra: list[str],
) -> dict[str, str]:
    """Kill the restore at each step on a copy of ``template``; say which state the next
    start finds: "old", "new" (that of an uninterrupted restore) or "?"."""
    old_state = _state(template)
    done = tmp_path / "complete"
    shutil.copytree(template, done)
    full = _run(["backup", "restore", str(backup_file), "--yes", *extra], done)
    assert full.returncode == 0, full.stderr
    new_state = _state(done)
    assert new_state != old_state
    outcomes: dict[str, str] = {}
    for step in before + after:
        work = tmp_path / f"run-{step}"
        shutil.copytree(template, work)
        killed = _run(["backup", "restore", str(backup_file), "--yes", *extra], work, step)
        assert killed.returncode == -signal.SIGKILL, (step, killed.returncode, killed.stderr)
        restart = _run(["case", "list", "--json"], work)
        assert restart.returncode == 0, (step, restart.stderr)
        assert not list(work.glob(".restore-*")), step
        assert not (work / switch.JOURNAL).exists(), step
        state = _state(work)
        outcomes[step] = "old" if state == old_state else "new" if state == new_state else "?"
        shutil.rmtree(work)
    shutil.rmtree(done)
    assert outcomes == {**{s: "old" for s in before}, **{s: "new" for s in after}}, outcomes
    return outcomes


@pytest.mark.slow
def test_restore_of_another_key_killed_at_every_step_including_the_key_file(
    enc_ctx: Context, enc_store, tmp_path: Path
) -> None:
    """A backup of another installation with its own master key (same passphrase, as on a
    second computer): ``keys.json`` is switched with the database, so the next start must
    finish the switch before it reads the key file."""
    add(enc_ctx, name="From Elsewhere")
    enc_store.close()
    assert _run(["backup", "create"], enc_ctx.data_dir).returncode == 0
    backup_file = tmp_path / "elsewhere.dpobak"
    shutil.copy2(sorted((enc_ctx.data_dir / "backups").glob("*.dpobak"))[-1], backup_file)
    template = tmp_path / "here"
    secrets.setup(template, passphrase=PASSPHRASE, use_keyring=False)
    here = open_store(template, key=secrets.key_for_open(template))
    add(Context(db=here.db, data_dir=template, clock=lambda: FIXED_NOW), name="Local One")
    here.close()
    swaps = [
        "swap-dpo_desk.sqlite3-old",
        "swap-dpo_desk.sqlite3-new",
        "swap-documents-old",
        "swap-documents-new",
        "swap-letters-old",
        "swap-letters-new",
        "swap-keys.json-old",
        "swap-keys.json-new",
    ]
    after = ["committed", *swaps, "switched", "journal-removed"]
    outcomes = _kill_at_each_step(
        tmp_path, template, backup_file, BEFORE, after, ["--other-installation"]
    )
    assert len(outcomes) == 15
