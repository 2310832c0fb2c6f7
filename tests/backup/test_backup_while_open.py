"""A scheduled backup while the window is open (issue 13): this process holds the store
and its single-instance lock as the open program does, and keeps saving cases, while
``dpo-desk backup create`` runs in another process. The command succeeds with a verified
backup, the window's saves all succeed, and the audit chain stays whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from dpo_desk import backup
from dpo_desk.services import audit, documents, secrets
from dpo_desk.services.context import Context
from dpo_desk.store.lock import InstanceLock
from dpo_desk.store.models import AuditEvent

from .conftest import PASSPHRASE, add

ROOT = Path(__file__).resolve().parents[2]


def test_backup_create_from_another_process_while_the_store_is_open(
    enc_ctx: Context, enc_store, tmp_path: Path
) -> None:
    data_dir = enc_ctx.data_dir
    ref = add(enc_ctx, name="Before Backup")
    pdf = tmp_path / "id.pdf"
    pdf.write_bytes(b"%PDF-1.4\nevidence\n%%EOF\n")
    documents.attach(enc_ctx, ref, pdf)
    assert InstanceLock(data_dir).held_elsewhere()  # held, as by the open window
    env = {**os.environ, "PYTHONPATH": str(ROOT), secrets.ENV_PASSPHRASE: PASSPHRASE}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dpo_desk",
            "--data-dir",
            str(data_dir),
            "backup",
            "create",
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    saved = 0
    while proc.poll() is None:  # the DPO keeps working meanwhile
        add(enc_ctx, name=f"During Backup {saved}")
        saved += 1
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    info = json.loads(out)
    assert info["ok"] is True
    path = Path(info["path"])
    again = backup.verify(path, keys=secrets.unlocked(data_dir))
    assert again.ok and again.counts["document"] == 1
    assert again.counts["cases"] >= 1
    with enc_ctx.db.read() as session:
        assert audit.verify(session).ok
        ops = session.scalars(select(AuditEvent.operation)).all()
    assert "backup.create" in ops
    assert saved >= 1
    print(f"\nbackup while open: verified backup, {saved} saves in the window meanwhile")


def test_a_second_writer_is_still_refused_while_the_store_is_open(
    enc_ctx: Context, enc_store
) -> None:
    """Only the backup reads through the lock: other writers still get the clear refusal."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), secrets.ENV_PASSPHRASE: PASSPHRASE}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "dpo_desk",
            "--data-dir",
            str(enc_ctx.data_dir),
            "case",
            "add",
            "--name",
            "Other Writer",
            "--right",
            "access",
            "--received",
            "2026-01-20",
            "--channel",
            "post",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 1 and "already open" in run.stderr
