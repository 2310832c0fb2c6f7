#!/usr/bin/env bash
# Install what is missing, then run the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh test
export QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
