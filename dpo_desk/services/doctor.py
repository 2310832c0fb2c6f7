"""A self-check a DPO (or their IT) can run when something seems wrong: each check gives a
verdict and, when not ok, what to do. It never changes anything (leftover vault files are
collected by the next start, under the store lock, not here)."""

from __future__ import annotations

import importlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import keyring

from dpo_desk.paths import database_path
from dpo_desk.probe import QT_PROBE
from dpo_desk.services import audit, secrets
from dpo_desk.store import anchors, vault_check
from dpo_desk.store.db import Database, make_engine, sqlite_url

OK, WARN, FAIL = "ok", "warning", "problem"
MIN_FREE = 1024**3  # 1 GiB: room for a backup of a large store


@dataclass(frozen=True)
class Check:
    name: str
    verdict: str
    detail: str
    advice: str = ""


#: Never handed to a child process: the probe needs no secret (issue 13 found the
#: passphrase inherited by the Qt probe, readable in its /proc/<pid>/environ).
SECRET_VARIABLES = ("DPO_DESK_PASSPHRASE",)


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment without its secrets, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in SECRET_VARIABLES}
    return {**env, **(extra or {})}


def _qt_platform(env: dict[str, str]) -> tuple[int, str]:
    env = {k: v for k, v in env.items() if k not in SECRET_VARIABLES}

    if getattr(sys, "frozen", False):  # the built program: its own executable
        cmd = [sys.executable, QT_PROBE]
    else:
        cmd = [sys.executable, "-m", "dpo_desk", QT_PROBE]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    return run.returncode, run.stdout.strip()


def check_qt() -> Check:
    """Can Qt start a GUI here? Tried in a child process: a missing platform aborts."""
    try:
        code, platform = _qt_platform(child_env())
        if code == 0 and platform:
            if platform in ("offscreen", "minimal"):
                return Check(
                    "Qt platform",
                    WARN,
                    f"'{platform}': no screen, windows are invisible",
                    "run DPO Desk from a desktop session to see its window",
                )
            return Check("Qt platform", OK, f"'{platform}'")
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless:
            code, platform = _qt_platform(child_env({"QT_QPA_PLATFORM": "offscreen"}))
            if code == 0:
                return Check(
                    "Qt platform",
                    WARN,
                    "no display on this machine (no DISPLAY or WAYLAND_DISPLAY); "
                    "Qt itself works (offscreen)",
                    "open DPO Desk from a desktop session; the command line works here",
                )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Check("Qt platform", FAIL, f"could not start Qt ({exc})", "reinstall DPO Desk")
    return Check(
        "Qt platform",
        FAIL,
        "Qt cannot open a window on this machine",
        "install the X11/EGL libraries (libegl1, libxkbcommon-x11-0, "
        "libxcb-cursor0) or run from a desktop session",
    )


def check_fonts() -> Check:
    try:
        from dpo_desk.letters import fonts

        fonts.register_fonts()
    except Exception as exc:  # noqa: BLE001 - the verdict is the point
        return Check(
            "Letter fonts",
            FAIL,
            f"bundled fonts cannot be loaded ({exc})",
            "reinstall DPO Desk: resources/fonts is incomplete",
        )
    return Check(
        "Letter fonts",
        OK,
        "DejaVu and Droid Sans Fallback (Latin, Greek, Cyrillic, Arabic, Chinese)",
    )


def check_keyring() -> Check:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        secrets = importlib.import_module("dpo_desk.services.secrets")
        secure = getattr(secrets, "keyring_is_secure", None)
        is_secure = bool(secure()) if secure else _secure_backend(backend)
    except Exception:  # noqa: BLE001
        is_secure = _secure_backend(backend)
    if is_secure:
        return Check("Keyring", OK, name)
    return Check(
        "Keyring",
        WARN,
        f"no secure keyring ({name})",
        "DPO Desk will ask for the passphrase at start; for scheduled backups set "
        "DPO_DESK_PASSPHRASE in the scheduler's environment (see docs/security.md)",
    )


def _secure_backend(backend: object) -> bool:
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module in (
        "keyring.backends.fail",
        "keyring.backends.null",
    ):
        return False
    if module == "keyring.backends.chainer":
        return bool(getattr(backend, "backends", []))
    return True


def check_data_dir(data_dir: Path) -> Check:
    if not data_dir.exists():
        return Check(
            "Data directory",
            WARN,
            f"{data_dir} does not exist yet",
            "it is created at the first start",
        )
    if not data_dir.is_dir():
        return Check(
            "Data directory",
            FAIL,
            f"{data_dir} is not a directory",
            "move that file away or choose another --data-dir",
        )
    mode = stat.S_IMODE(data_dir.stat().st_mode)
    if not os.access(data_dir, os.W_OK):
        return Check(
            "Data directory",
            FAIL,
            f"{data_dir} is not writable",
            "give your user write access to it",
        )
    if os.name != "nt" and mode & 0o077:
        return Check(
            "Data directory",
            WARN,
            f"{data_dir} is readable by others ({mode:o})",
            f"chmod 700 {data_dir}",
        )
    return Check("Data directory", OK, f"{data_dir} (owner only)")


def check_database(data_dir: Path, key: str | None) -> Check:
    path = database_path(data_dir)
    if not path.exists():
        return Check("Database", WARN, "no database yet", "start DPO Desk once")
    if key is not None:
        return _check_encrypted(path, key)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return Check(
            "Database",
            FAIL,
            f"cannot read {path.name}: {exc}",
            "restore the latest backup (dpo-desk backup restore)",
        )
    if verdict != "ok":
        return Check(
            "Database",
            FAIL,
            f"integrity check: {verdict}",
            "restore the latest backup (dpo-desk backup restore)",
        )
    return Check(
        "Database",
        OK,
        f"{path.name}: integrity check ok ({path.stat().st_size / 1024 / 1024:.1f} MB)",
    )


def _check_encrypted(path: Path, key: str) -> Check:
    engine = make_engine(sqlite_url(path, key))
    try:
        with engine.connect() as conn:
            verdict = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    except Exception as exc:  # noqa: BLE001
        return Check(
            "Database",
            FAIL,
            f"cannot open the encrypted database ({exc})",
            "check the passphrase, or restore the latest backup",
        )
    finally:
        engine.dispose()
    if verdict != "ok":
        return Check(
            "Database",
            FAIL,
            f"integrity check: {verdict}",
            "restore the latest backup (dpo-desk backup restore)",
        )
    return Check("Database", OK, f"{path.name}: encrypted, integrity check ok")


def check_audit(data_dir: Path, key: str | None) -> Check:
    """The audit chain, and its end against the newest sealed anchor (issue 13: a trail
    cut at the end used to pass doctor)."""
    path = database_path(data_dir)
    if not path.exists():
        return Check("Audit trail", WARN, "no database yet", "start DPO Desk once")
    db = Database(make_engine(sqlite_url(path, key)))
    db.anchors = anchors.AnchorBook(data_dir, anchors.mac_key(key))
    try:
        with db.read() as session:
            report = audit.verify_anchored(session, db)
    except Exception as exc:  # noqa: BLE001 - reported by the Database check already
        return Check("Audit trail", WARN, f"not checked ({str(exc).splitlines()[0]})")
    finally:
        db.dispose()
    if not report.ok:
        return Check(
            "Audit trail",
            FAIL,
            f"{report.problem()} ({report.anchor_note()})",
            "restore the latest backup made before that date, and find out who "
            "changed the database",
        )
    verdict = OK if report.anchor is not None else WARN
    return Check(
        "Audit trail",
        verdict,
        f"{report.chain.count} entries, chain intact; {report.anchor_note()}",
    )


def _named(data_dir: Path, key: str | None) -> list[vault_check.Named]:
    engine = make_engine(sqlite_url(database_path(data_dir), key))
    try:
        raw = engine.raw_connection()
        try:
            return vault_check.named_files(raw.driver_connection)
        finally:
            raw.close()
    finally:
        engine.dispose()


def check_vault(data_dir: Path, key: str | None) -> Check:
    """Every document a row names is in the vault, byte for byte; orphans are counted.

    Reads every file (decrypting it for an encrypted store): a missing or altered document
    is a problem a backup would carry forward, so it is found here first (issue 13).
    """
    if not database_path(data_dir).exists():
        return Check("Documents", WARN, "no database yet", "start DPO Desk once")
    try:
        named = _named(data_dir, key)
        sealer = None
        if key is not None:
            keys = secrets.unlocked(data_dir)
            if keys is None:
                return Check("Documents", WARN, "the store is locked: documents not checked")
            sealer = keys.sealer()
        problems = vault_check.check(named, data_dir, sealer)
        strays = vault_check.orphans(data_dir, named)
    except Exception as exc:  # noqa: BLE001 - the verdict is the point
        return Check(
            "Documents",
            FAIL,
            f"cannot check the documents ({exc})",
            "restore the latest backup (dpo-desk backup restore)",
        )
    if problems:
        shown = "; ".join(p.describe() for p in problems[:3])
        more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
        return Check(
            "Documents",
            FAIL,
            f"{len(problems)} of {len(named)} documents are not as recorded: {shown}{more}",
            "restore the latest backup that verifies (dpo-desk backup list), or "
            "re-attach the originals; backups are refused until then",
        )
    detail = f"{len(named)} documents present and intact"
    if strays:
        size = sum(p.stat().st_size for p in strays if p.exists())
        return Check(
            "Documents",
            WARN,
            f"{detail}; {len(strays)} leftover file(s) no record names ({size / 1024:.0f} KiB)",
            "they are removed at the next start of DPO Desk (or any dpo-desk "
            "command that opens the store)",
        )
    return Check("Documents", OK, detail)


def check_backup(data_dir: Path) -> Check:
    try:
        backup = importlib.import_module("dpo_desk.backup")
        status = backup.status(data_dir)
    except (ImportError, AttributeError):
        return Check("Last backup", WARN, "backups are not available in this build")
    except Exception as exc:  # noqa: BLE001
        return Check("Last backup", WARN, f"cannot read the backup folder ({exc})")
    last = status.last_good_at
    if last is None:
        return Check(
            "Last backup", WARN, "no verified backup yet", "make one now: dpo-desk backup create"
        )
    if getattr(status, "overdue", False):
        return Check(
            "Last backup",
            WARN,
            f"last verified backup {last}, older than the schedule",
            "make one now: dpo-desk backup create",
        )
    return Check("Last backup", OK, f"{last}")


def check_disk(data_dir: Path) -> Check:
    target = data_dir if data_dir.exists() else data_dir.parent
    while not target.exists():
        target = target.parent
    free = shutil.disk_usage(target).free
    detail = f"{free / 1024**3:.1f} GB free"
    if free < MIN_FREE:
        return Check(
            "Free disk space",
            WARN,
            detail,
            "free some space: backups need room, a full disk stops saving",
        )
    return Check("Free disk space", OK, detail)


def run_checks(data_dir: Path, key: str | None = None) -> list[Check]:
    return [
        check_qt(),
        check_fonts(),
        check_keyring(),
        check_data_dir(data_dir),
        check_database(data_dir, key),
        check_vault(data_dir, key),
        check_audit(data_dir, key),
        check_backup(data_dir),
        check_disk(data_dir),
    ]
