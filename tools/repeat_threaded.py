"""Run the threaded tests (``-m threaded``) and the GUI tests most sensitive to timing
N times in a row (20 by default) and print how many runs passed.

Not part of the normal suite: the issue asks that the real background threads be proven
stable by repetition (``tools/repeat_threaded.py``; ``--count 5`` for a quick check).
``--busy 2`` keeps two other processes spinning meanwhile, as the second test worker or
a busy desktop does: the crash after Cancel in a progress dialog (a double free in the
dialog's deletion) showed only so, 4 times in 5 within 150 runs of that test.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Besides ``-m threaded``: the GUI tests where a result arrives from a worker thread
#: while the test waits (progress and cancel, lazy rows, lock and unlock, backups).
SENSITIVE = [
    "tests/ui/test_register_import_progress.py",
    "tests/ui/test_cases_model.py",
    "tests/ui/test_security_lock.py",
    "tests/ui/test_backups_page.py",
    "tests/ui/test_incident_actions.py",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=20, help="runs in a row (20)")
    parser.add_argument(
        "--threaded-only", action="store_true", help="only the tests marked threaded"
    )
    parser.add_argument(
        "--busy", type=int, default=0, help="processes kept spinning beside the runs (0)"
    )
    args = parser.parse_args()
    spinners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)
    ]
    try:
        return _repeat(args)
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def _repeat(args: argparse.Namespace) -> int:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONFAULTHANDLER="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    runs = [["-m", "threaded", "tests/ui"]]
    if not args.threaded_only:
        runs.append(SENSITIVE)
    passed = 0
    for n in range(1, args.count + 1):
        start = time.monotonic()
        ok = True
        for selection in runs:
            result = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *selection],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                ok = False
                tail = "\n".join(result.stdout.splitlines()[-15:])
                print(f"run {n}: FAILED ({' '.join(selection)})\n{tail}", flush=True)
                break
        passed += ok
        if ok:
            print(f"run {n}: passed in {time.monotonic() - start:.0f} s", flush=True)
    print(f"{passed}/{args.count} runs passed")
    return 0 if passed == args.count else 1


if __name__ == "__main__":
    sys.exit(main())
