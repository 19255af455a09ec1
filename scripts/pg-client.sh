#!/usr/bin/env bash
# PostgreSQL 17 client tools (pg_dump, pg_restore, psql, pg_basebackup, pg_verifybackup) for the scripts that back
# up and restore Maillon's database here. pg_dump refuses to dump a server newer than itself, and this machine's
# Debian 12 ships the version 15 client only; the embedded server binaries of scripts/postgres.sh have no client.
#
#   scripts/pg-client.sh bin     # prints a directory holding pg_dump, pg_restore, psql... of version 17 or newer
#
# Where it finds them, in order: $PG_CLIENT_BIN; the pg_dump on the PATH if it is 17 or newer;
# /usr/lib/postgresql/17/bin (Debian/Ubuntu package postgresql-client-17, e.g. from apt.postgresql.org — what a
# server of the CISSS should have). Otherwise it fetches Debian 13's postgresql-client-17 with apt-get download
# (a private package list: nothing is installed or changed on the system) into .local/pgclient-17, and writes
# wrappers that run those binaries with Debian 13's own C library (Debian 12's is older than they need).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/.local/pgclient-17"
TOOLS="pg_dump pg_restore psql pg_basebackup pg_verifybackup pg_isready"

major() { "$1" --version 2>/dev/null | sed -n 's/.* \([0-9][0-9]*\)\.[0-9].*/\1/p' | head -1; }

find_bin() {
  if [ -n "${PG_CLIENT_BIN:-}" ]; then echo "$PG_CLIENT_BIN"; return 0; fi
  local p; p="$(command -v pg_dump || true)"
  if [ -n "$p" ] && [ "$(major "$p")" -ge 17 ] 2>/dev/null; then dirname "$(readlink -f "$p")"; return 0; fi
  if [ -x /usr/lib/postgresql/17/bin/pg_dump ]; then echo /usr/lib/postgresql/17/bin; return 0; fi
  if [ -x "$DIR/bin/pg_dump" ] && [ "$(major "$DIR/bin/pg_dump")" -ge 17 ] 2>/dev/null; then echo "$DIR/bin"; return 0; fi
  return 1
}

fetch() {
  command -v apt-get >/dev/null || { echo "pg-client: no apt-get: install the PostgreSQL 17 client and set PG_CLIENT_BIN" >&2; exit 1; }
  echo "pg-client: fetching Debian 13's postgresql-client-17 into $DIR…" >&2
  local apt="$DIR/apt"
  rm -rf "$DIR" && mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$DIR/debs" "$DIR/root" "$DIR/bin"
  echo "deb http://deb.debian.org/debian trixie main" >"$apt/sources.list"
  local opts=(-o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache" -o Dir::State::status=/dev/null
    -o APT::Sandbox::User=root -o Debug::NoLocking=1)
  apt-get "${opts[@]}" -qq update >&2
  (cd "$DIR/debs" && apt-get "${opts[@]}" -qq download postgresql-client-17 libpq5 libc6 libldap2 >&2)
  local d; for d in "$DIR"/debs/*.deb; do dpkg-deb -x "$d" "$DIR/root"; done
  rm -rf "$apt" "$DIR/debs"
  local lib="$DIR/root/usr/lib/x86_64-linux-gnu" tool
  for tool in $TOOLS; do
    cat >"$DIR/bin/$tool" <<EOF
#!/bin/sh
# Debian 13's $tool (postgresql-client-17), run with Debian 13's C library; see scripts/pg-client.sh.
exec "$lib/ld-linux-x86-64.so.2" --library-path "$lib:/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu" \\
  "$DIR/root/usr/lib/postgresql/17/bin/$tool" "\$@"
EOF
    chmod +x "$DIR/bin/$tool"
  done
  "$DIR/bin/pg_dump" --version >&2
}

case "${1:-bin}" in
  bin) find_bin || { fetch; find_bin; } ;;
  fetch) fetch; echo "$DIR/bin" ;;
  *) echo "usage: $0 bin|fetch" >&2; exit 2 ;;
esac
