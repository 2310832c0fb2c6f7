#!/usr/bin/env bash
# Start a throw-away PostgreSQL for tests/store/test_postgresql.py and print its URL.
# Idempotent: installs the server if missing (Debian), reuses a running one.
# Usage: eval "$(tools/test_postgres.sh)"   ->  exports DPO_DESK_TEST_PG
set -euo pipefail
port=${DPO_DESK_PG_PORT:-55432}
root=${DPO_DESK_PG_DIR:-/tmp/dpo-desk-pg}
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
fi
# pg_dump / pg_restore: a desk dumps a team server before migrating it (tests/team).
if ! command -v pg_dump >/dev/null 2>&1 || ! command -v pg_restore >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql-client >&2
fi
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
run() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if ! pg_isready -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  mkdir -p "$root"
  [ "$(id -u)" -eq 0 ] && chown postgres "$root"
  [ -d "$root/db" ] || run "$bin/initdb -D $root/db -A trust -U postgres" >&2
  run "$bin/pg_ctl -D $root/db -l $root/log -w -o '-p $port -k $root -c listen_addresses=127.0.0.1' start" >&2
  run "$bin/createdb -h 127.0.0.1 -p $port -U postgres dpo_test" >&2 || true
fi
echo "export DPO_DESK_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$port/dpo_test"
