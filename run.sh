#!/usr/bin/env bash
# Install what is missing, then start DPO Desk (arguments are passed to dpo-desk).
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh
if [ "$#" -eq 0 ] && [ "$(uname -s)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ] \
    && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # Without this, Qt aborts with a misleading message about xcb-cursor.
    echo "DPO Desk needs a graphical display, and this session has none." >&2
    echo "Run it from the desktop, or headless: QT_QPA_PLATFORM=offscreen ./run.sh" >&2
    echo "or xvfb-run -a ./run.sh; the command line works anywhere: ./run.sh --help" >&2
    exit 2
fi
exec .venv/bin/dpo-desk "$@"
