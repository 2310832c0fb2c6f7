#!/usr/bin/env bash
# Build the one-folder program into dist/dpo-desk/, then check it starts from a copy
# outside the source tree: --version, and doctor (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh "test,build"
QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py >/dev/null
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/dpo_desk.spec
copy=$(mktemp -d)
cp -a dist/dpo-desk "$copy/"
echo "built: dist/dpo-desk ($(du -sh dist/dpo-desk | cut -f1)); testing a copy in $copy"
(cd "$copy" && env -i HOME="$copy" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
   "$copy/dpo-desk/dpo-desk" --version)
(cd "$copy" && env -i HOME="$copy" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
   "$copy/dpo-desk/dpo-desk" --data-dir "$copy/data" demo)
(cd "$copy" && env -i HOME="$copy" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
   "$copy/dpo-desk/dpo-desk" --data-dir "$copy/data" doctor) || true
echo "copy kept in $copy"
