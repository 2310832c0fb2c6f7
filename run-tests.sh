#!/usr/bin/env bash
# Install what is missing, then run the whole test suite headless, a worker per core
# (pytest-xdist; tests/conftest.py keeps a module's tests, and the PostgreSQL ones,
# together). Extra arguments go to pytest; "-n 0" runs everything in this one process
# (for -s, --pdb, or to read a test's output in order). A worker that crashes is not
# replaced: its test fails and the run ends red at once (a replaced worker once hung).
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh test
export QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider -n auto --max-worker-restart=0 "$@"
