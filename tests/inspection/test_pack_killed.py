"""A pack killed while it was written (issue 18, reliability.md F15): the hidden folder it
was staged in holds case data, and no clean-up of the killed process will ever run. The
next pack of the same name removes it once nobody has written to it for a while."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from dpo_desk import fsio
from dpo_desk.services import inspection
from dpo_desk.services.context import Context
from tests._tools import run_until_killed

_KILLED_PACK = """
import os, signal, sys
from pathlib import Path
import keyring
from tests.conftest import MemoryKeyring
from dpo_desk.services import inspection
from dpo_desk.services.context import Context
from tests._tools import run_until_killed
from dpo_desk.services.demo import load_demo
from dpo_desk.services.inspection import pack
from dpo_desk.store.opening import open_store

keyring.set_keyring(MemoryKeyring())
store = open_store(Path(sys.argv[1]))
ctx = Context(db=store.db, data_dir=store.data_dir)
load_demo(ctx)
real = pack._new_file
def killed_after_the_first(path, maker):
    real(path, maker)
    os.kill(os.getpid(), signal.SIGKILL)
pack._new_file = killed_after_the_first
inspection.build_pack(ctx, Path(sys.argv[2]), inspection.PackOptions("fr"))
"""


def test_a_killed_pack_is_removed_by_the_next_pack_once_stale(ctx: Context, tmp_path: Path) -> None:
    folder = tmp_path / "inspection"
    folder.mkdir()
    target = folder / "cnil-2026"
    run_until_killed(_KILLED_PACK, str(tmp_path / "other-desk"), str(target))
    (left,) = folder.iterdir()
    assert left.name.startswith(".cnil-2026.partial-") and any(left.iterdir())
    other = folder / ".cnil-2025.partial-0123abcd"  # another pack's: not this name
    other.mkdir()

    inspection.build_pack(ctx, folder / "cnil-2026-b", inspection.PackOptions("en"))
    assert left.exists()  # another name: not looked at
    inspection.build_pack(ctx, target, inspection.PackOptions("en"))
    assert left.exists()  # written a moment ago: it may be a pack still under way
    shutil.rmtree(target)  # the DPO deletes that pack to make it again, later

    old = time.time() - fsio.STALE_STAGED_S - 60
    for path in [left, *left.iterdir(), other]:
        os.utime(path, (old, old))
    newest = next(left.iterdir())
    os.utime(newest, None)  # one file written a moment ago: still not stale
    made = inspection.build_pack(ctx, target, inspection.PackOptions("en"))
    assert left.exists()
    shutil.rmtree(target)

    os.utime(newest, (old, old))
    made = inspection.build_pack(ctx, target, inspection.PackOptions("en"))
    assert not left.exists() and other.exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [".cnil-2025.partial-0123abcd", "cnil-2026", "cnil-2026-b"]
    )
    assert {name for name, _sha in made.files} <= {p.name for p in target.iterdir()}
