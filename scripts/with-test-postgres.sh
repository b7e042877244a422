#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL cluster on 127.0.0.1, so the
# tests that must also pass on a real server (search, the booking race) run against one. The cluster lives
# in a temporary directory and is stopped and removed when the command ends.
# Without a PostgreSQL server on the machine the command runs as it is and those tests say they were skipped.
# Usage: scripts/with-test-postgres.sh jest
set -euo pipefail

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  exec "$@"
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "with-test-postgres: no PostgreSQL server found (apt-get install postgresql); running without it" >&2
  exec "$@"
fi

dir=$(mktemp -d /tmp/tuoyu-pg.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
owner=$(id -un)
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root.
  chown postgres "$dir"
  owner=postgres
  as_owner() { runuser -u postgres -- "$@"; }
fi

cleanup() { as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT

as_owner "$bin/initdb" -D "$dir/data" -U "$owner" --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=300" start >/dev/null
as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$owner" tuoyu_test

export TEST_DATABASE_URL="postgresql://$owner@127.0.0.1:$port/tuoyu_test"
echo "with-test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at 127.0.0.1:$port"
"$@"
