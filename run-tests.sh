#!/usr/bin/env bash
# Install what is missing, then run the whole test suite headless. Extra arguments go to
# pytest; "-n auto" runs a worker per core (pytest-xdist; tests/conftest.py keeps a
# module's tests, and the PostgreSQL ones, together), not yet the default: in 2 of 6
# parallel runs a worker died of SIGBUS or the start-up check's test timed out.
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh test
export QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
