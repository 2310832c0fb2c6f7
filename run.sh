#!/usr/bin/env bash
# Install what is missing, then start DPO Desk (arguments are passed to dpo-desk).
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh
exec .venv/bin/dpo-desk "$@"
