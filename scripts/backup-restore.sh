#!/usr/bin/env bash
# A backup and restore test of Maillon's database (docs/operations.md, "Restore test routine"): dumps a running
# database with pg_dump, restores the dump into a FRESH PostgreSQL cluster, and proves the copy is the same:
# row count and content checksum of every table, sequence positions, and the number of indexes, constraints,
# triggers and functions. Prints the sizes and timings; exits 1 on any difference.
#
#   scripts/backup-restore.sh                                 # the bench database (bench/bench.sh --load-only)
#   BR_SOURCE_PORT=55432 scripts/backup-restore.sh            # the database of `make run`
#
# Environment:
#   BR_SOURCE_HOST (127.0.0.1), BR_SOURCE_PORT (55499, the bench's), BR_SOURCE_USER (postgres), BR_SOURCE_DB (maillon)
#     PGPASSWORD if the source needs one.
#   BR_FORMAT: custom (default: one file, pg_dump -Fc) or directory (pg_dump -Fd -j BR_JOBS, parallel dump)
#   BR_JOBS (2): parallel jobs of pg_restore (and of pg_dump in directory format)
#   BR_TARGET_PORT (55492): port of the fresh cluster (data in .local/backup-restore/pgdata)
#   BR_KEEP=1: keep the dump and the restored cluster (running) afterwards; default: stop and remove both
# Needs the PostgreSQL 17 client tools (scripts/pg-client.sh finds or fetches them) and the server binaries of
# scripts/postgres.sh for the fresh cluster.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/.local/backup-restore"
SRC_HOST="${BR_SOURCE_HOST:-127.0.0.1}"
SRC_PORT="${BR_SOURCE_PORT:-55499}"
SRC_USER="${BR_SOURCE_USER:-postgres}"
SRC_DB="${BR_SOURCE_DB:-maillon}"
FORMAT="${BR_FORMAT:-custom}"
JOBS="${BR_JOBS:-2}"
DST_PORT="${BR_TARGET_PORT:-55492}"
DST_DATA="$WORK/pgdata"
PG_VERSION="17.6.0"
PGHOME="$ROOT/.local/pgsql-$PG_VERSION"
BIN="$("$ROOT/scripts/pg-client.sh" bin)"

say() { echo "[backup-restore] $*"; }
as_pg() { if [ "$(id -u)" = "0" ]; then unshare -U "$@"; else "$@"; fi; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
src_sql() { "$BIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h "$SRC_HOST" -p "$SRC_PORT" -U "$SRC_USER" -d "$SRC_DB" "$@"; }
dst_sql() { PGPASSWORD= "$BIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DST_PORT" -U postgres "$@"; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
stop_target() {
  if [ -f "$DST_DATA/postmaster.pid" ]; then as_pg "$PGHOME/bin/pg_ctl" -D "$DST_DATA" -m fast -w -t 60 stop >/dev/null 2>&1 || true; fi
}
cleanup() {
  if [ "${BR_KEEP:-0}" != "1" ]; then stop_target; rm -rf "$WORK/dump" "$DST_DATA"; fi
}

case "$FORMAT" in custom|directory) ;; *) say "BR_FORMAT must be custom or directory"; exit 2 ;; esac
src_sql -c "SELECT 1" >/dev/null || { say "cannot reach the source database $SRC_DB on $SRC_HOST:$SRC_PORT"; exit 1; }
if port_in_use "$DST_PORT"; then say "port $DST_PORT is in use (BR_TARGET_PORT)"; exit 1; fi
"$ROOT/scripts/postgres.sh" fetch >/dev/null
mkdir -p "$WORK"
rm -rf "$WORK/dump" "$DST_DATA"
trap cleanup EXIT

# What "the same" means: per table its exact row count and an order-independent checksum of its rows' text
# (sum of 64-bit hashes), the sequences' positions, and the counts of catalog objects. Same session settings both
# sides, so that timestamps and numbers print identically.
FINGERPRINT_SQL=$(cat <<'SQL'
SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 1; SET search_path = public;
CREATE TEMP TABLE fp (kind text, name text, value text);
DO $$
DECLARE t record; n bigint; h numeric;
BEGIN
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
           WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1 LOOP
    EXECUTE format('SELECT count(*), coalesce(sum(hashtextextended(x::text, 0)::numeric), 0) FROM public.%I x', t.relname) INTO n, h;
    INSERT INTO fp VALUES ('rows', t.relname, n::text), ('checksum', t.relname, h::text);
  END LOOP;
END $$;
INSERT INTO fp SELECT 'sequence', sequencename, coalesce(last_value::text, 'unset') FROM pg_sequences WHERE schemaname = 'public';
INSERT INTO fp SELECT 'objects', 'indexes', count(*)::text FROM pg_indexes WHERE schemaname = 'public';
INSERT INTO fp SELECT 'objects', 'constraints', count(*)::text FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE s.nspname = 'public';
INSERT INTO fp SELECT 'objects', 'triggers', count(*)::text FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND NOT g.tgisinternal;
INSERT INTO fp SELECT 'objects', 'functions', count(*)::text FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace WHERE s.nspname = 'public';
INSERT INTO fp SELECT 'objects', 'flyway migrations', count(*)::text FROM flyway_schema_history WHERE success;
COPY (SELECT kind, name, value FROM fp ORDER BY kind, name) TO STDOUT;
SQL
)

say "source: $SRC_DB on $SRC_HOST:$SRC_PORT, $(src_sql -c "SELECT version()" | cut -d' ' -f1-2), size $(src_sql -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
say "fingerprinting the source (row count and checksum of every table)…"
t=$(now_ms); echo "$FINGERPRINT_SQL" | src_sql >"$WORK/source.tsv"; fp_ms=$(( $(now_ms) - t ))
say "  $(grep -c '^rows' "$WORK/source.tsv") tables, $(awk -F'\t' '$1=="rows"{s+=$3} END{print s}' "$WORK/source.tsv") rows, in $(secs $fp_ms) s"

# 1. Dump.
say "dumping with pg_dump ($FORMAT format$([ "$FORMAT" = directory ] && echo ", $JOBS jobs"))…"
mkdir -p "$WORK/dump"
t=$(now_ms)
if [ "$FORMAT" = custom ]; then
  "$BIN/pg_dump" -h "$SRC_HOST" -p "$SRC_PORT" -U "$SRC_USER" -d "$SRC_DB" -Fc -f "$WORK/dump/maillon.dump"
  DUMP="$WORK/dump/maillon.dump"
else
  "$BIN/pg_dump" -h "$SRC_HOST" -p "$SRC_PORT" -U "$SRC_USER" -d "$SRC_DB" -Fd -j "$JOBS" -f "$WORK/dump/maillon.dir"
  DUMP="$WORK/dump/maillon.dir"
fi
dump_ms=$(( $(now_ms) - t ))
dump_size=$(du -sh "$DUMP" | cut -f1)
dump_bytes=$(du -sb "$DUMP" | cut -f1)
say "  $dump_size in $(secs $dump_ms) s"
"$BIN/pg_restore" -l "$DUMP" >"$WORK/toc.txt"
say "  table of contents: $(grep -c ' TABLE DATA ' "$WORK/toc.txt") tables of data, $(grep -c ' INDEX ' "$WORK/toc.txt") indexes, $(grep -c ' TRIGGER ' "$WORK/toc.txt") triggers"

# 2. A fresh cluster, as after losing the server: initdb, the application's role (roles are cluster-wide: pg_dump
#    leaves them out; in production they come from pg_dumpall --globals-only), an empty database.
say "a fresh PostgreSQL 17 cluster on :$DST_PORT…"
as_pg "$PGHOME/bin/initdb" -D "$DST_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1
cat >>"$DST_DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
shared_buffers = 1GB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 30min
EOF
as_pg "$PGHOME/bin/pg_ctl" -D "$DST_DATA" -l "$WORK/postgres.log" -w -t 120 -o "-p $DST_PORT" start >/dev/null
dst_sql -d postgres -c "CREATE ROLE maillon LOGIN PASSWORD 'maillon'" -c "CREATE DATABASE maillon OWNER maillon"

# 3. Restore, then ANALYZE (pg_restore does not gather planner statistics: without them the reports are slow).
say "restoring with pg_restore -j $JOBS…"
t=$(now_ms)
"$BIN/pg_restore" -h 127.0.0.1 -p "$DST_PORT" -U postgres -d maillon -j "$JOBS" --exit-on-error "$DUMP"
restore_ms=$(( $(now_ms) - t ))
say "  restored in $(secs $restore_ms) s"
t=$(now_ms); dst_sql -d maillon -c "ANALYZE"; analyze_ms=$(( $(now_ms) - t ))
say "  ANALYZE in $(secs $analyze_ms) s; restored database $(dst_sql -d maillon -c "SELECT pg_size_pretty(pg_database_size('maillon'))")"

# 4. Compare.
say "fingerprinting the restored copy…"
echo "$FINGERPRINT_SQL" | dst_sql -d maillon >"$WORK/restored.tsv"
if diff "$WORK/source.tsv" "$WORK/restored.tsv" >"$WORK/diff.txt"; then same=yes; else same=no; fi
tables=$(grep -c '^rows' "$WORK/source.tsv")
rows=$(awk -F'\t' '$1=="rows"{s+=$3} END{print s}' "$WORK/source.tsv")
{
  echo "| Table | Rows (source) | Rows (restored) | Checksum equal |"
  echo "|---|---:|---:|---|"
  LC_ALL=C join -t $'\t' <(awk -F'\t' '$1=="rows"{print $2"\t"$3}' "$WORK/source.tsv") \
                <(awk -F'\t' '$1=="rows"{print $2"\t"$3}' "$WORK/restored.tsv") |
  while IFS=$'\t' read -r name a b; do
    ca=$(awk -F'\t' -v n="$name" '$1=="checksum" && $2==n {print $3}' "$WORK/source.tsv")
    cb=$(awk -F'\t' -v n="$name" '$1=="checksum" && $2==n {print $3}' "$WORK/restored.tsv")
    printf "| %s | %d | %d | %s |\n" "$name" "$a" "$b" "$([ "$ca" = "$cb" ] && echo yes || echo NO)"
  done
} >"$WORK/tables.md"
cat >"$WORK/summary.md" <<EOF
Source: $SRC_DB ($(src_sql -c "SELECT pg_size_pretty(pg_database_size(current_database()))"), $tables tables, $rows rows).
Dump: pg_dump $FORMAT format$([ "$FORMAT" = directory ] && echo " -j $JOBS"): $dump_size ($dump_bytes bytes) in $(secs $dump_ms) s.
Restore into a fresh cluster: pg_restore -j $JOBS in $(secs $restore_ms) s, then ANALYZE in $(secs $analyze_ms) s.
Identical (row count and checksum of every table, sequences, indexes, constraints, triggers, functions, migrations): $same.
EOF
echo
cat "$WORK/summary.md"
echo
head -2 "$WORK/tables.md"; tail -n +3 "$WORK/tables.md" | sort -t'|' -k3,3nr | head -12
echo "(the $tables tables: $WORK/tables.md)"
awk -F'\t' '$1=="objects" || $1=="sequence" {printf "  %s %s: %s\n", $1, $2, $3}' "$WORK/restored.tsv"
if [ "$same" != yes ]; then
  say "DIFFERENCES between the source and the restored copy:"; head -40 "$WORK/diff.txt"; exit 1
fi
say "the restored copy is identical to the source"
