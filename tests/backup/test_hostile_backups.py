"""Backup files that are not what they seem (issue 13): a FIFO, a device or a link named
``*.dpobak`` never hangs verify, restore or list; a bit-rotted backup is not "ok" in the
list; a backup of another installation does not restore over this store without a word."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk import backup
from dpo_desk.backup import listing
from dpo_desk.cli import main
from dpo_desk.errors import UserError
from dpo_desk.services.context import Context
from dpo_desk.store import installation
from dpo_desk.store.models import Case
from dpo_desk.store.opening import open_store

from .conftest import add

ROOT = Path(__file__).resolve().parents[2]


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_or_a_link_named_dpobak_is_refused_without_hanging(
    ctx: Context, store, tmp_path: Path
) -> None:
    info = backup.create(ctx)
    assert info is not None
    store.close()
    folder = ctx.data_dir / "backups"
    fifo = folder / "dpo-desk-20260101T000000000000Z.dpobak"
    os.mkfifo(fifo)
    link = folder / "dpo-desk-20260102T000000000000Z.dpobak"
    link.symlink_to(info.path)
    for name, words in ((fifo, "not a regular file"), (link, "is a link")):
        run = _cli(ctx.data_dir, "backup", "verify", str(name))  # would block for ever
        assert run.returncode == 1 and words in run.stderr, run.stderr
        run = _cli(ctx.data_dir, "backup", "restore", str(name), "--yes")
        assert run.returncode == 1 and words in run.stderr, run.stderr
    listed = {b.path.name: b for b in backup.list_backups(folder)}
    assert listed[fifo.name].ok is False and "not a regular file" in listed[fifo.name].reason
    assert listed[link.name].ok is False
    assert listed[info.path.name].ok is True
    assert not list(ctx.data_dir.glob(".restore-*"))


def test_a_bit_rotted_backup_is_not_ok_in_the_list(ctx: Context, store) -> None:
    info = backup.create(ctx)
    assert info is not None
    assert backup.list_backups(info.path.parent)[0].ok is True
    st = info.path.stat()
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2 if len(data) < listing.PROBE else 300] ^= 0x10  # rot, in place
    info.path.write_bytes(bytes(data))
    os.utime(info.path, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size, same time
    (listed,) = backup.list_backups(info.path.parent)
    assert listed.ok is False and "changed since it was verified" in listed.reason
    assert backup.last_good(info.path.parent) is None


def test_a_backup_of_another_installation_asks_before_replacing_this_store(
    ctx: Context, store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(ctx, name="Elsewhere Person")
    made = backup.create(ctx)
    assert made is not None and made.installation == installation.read(ctx.data_dir)
    store.close()
    other = tmp_path / "other"
    open_store(other).close()
    assert installation.read(other) and installation.read(other) != made.installation
    foreign = tmp_path / made.path.name
    shutil.copy2(made.path, foreign)

    plan = backup.restore(foreign, other, yes=False)
    assert plan.other_installation
    assert any("ANOTHER installation" in line for line in plan.lines())
    with pytest.raises(UserError, match="another installation"):
        backup.restore(foreign, other, yes=True)
    assert main(["--data-dir", str(other), "backup", "restore", str(foreign), "--yes"]) == 1
    assert "--other-installation" in capsys.readouterr().err
    s = open_store(other)
    with s.db.read() as session:
        assert session.scalars(select(Case)).first() is None  # nothing was replaced
    s.close()

    assert (
        main(
            [
                "--data-dir",
                str(other),
                "backup",
                "restore",
                str(foreign),
                "--yes",
                "--other-installation",
            ]
        )
        == 0
    )
    s = open_store(other)
    with s.db.read() as session:
        assert session.scalars(select(Case)).first() is not None
    s.close()
    # The same installation restores without the question; a new directory adopts it.
    assert not backup.restore(made.path, ctx.data_dir, yes=False).other_installation
    fresh = tmp_path / "fresh"
    assert backup.restore(foreign, fresh, yes=True).applied
    assert installation.read(fresh) == made.installation
