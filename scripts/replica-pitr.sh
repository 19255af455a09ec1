#!/usr/bin/env bash
# PostgreSQL operations of docs/operations.md, run for real on this machine with small data (make replica-pitr):
#
#   A. A streaming replica serving the reports: a primary with WAL archiving, a hot standby made with
#      pg_basebackup -R, the API on the primary and a second API instance, "reports", on the standby
#      (QUARKUS_SCHEDULER_ENABLED=false: no webhook dispatcher or retention job on a read-only database).
#      Records written through the primary's API show in the report of the standby's API once replayed: both
#      answers must be equal. A write sent to the reports instance must fail with 503 (the standby is read-only).
#   B. Point-in-time recovery: a base backup (pg_basebackup, checked with pg_verifybackup) + the archived WAL,
#      restored to the instant before a "mistake" (every request's need overwritten) into a new cluster: it must
#      have every request created before that instant, none overwritten, none of those created after.
#
#   scripts/replica-pitr.sh       # ~3 min; builds the production jar if it is missing
#
# Environment: RP_PRIMARY_PORT (55474), RP_STANDBY_PORT (55475), RP_RESTORED_PORT (55476), RP_API_PORT (18285),
# RP_REPORTS_PORT (18286). Everything it starts is stopped, and its data removed, at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/.local/replica-pitr"
P_PORT="${RP_PRIMARY_PORT:-55474}"
S_PORT="${RP_STANDBY_PORT:-55475}"
R_PORT="${RP_RESTORED_PORT:-55476}"
API_PORT="${RP_API_PORT:-18285}"
REPORTS_PORT="${RP_REPORTS_PORT:-18286}"
PGHOME="$ROOT/.local/pgsql-17.6.0"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
ISSUER="https://replica-pitr.maillon.local/realms/maillon"
PIDS=()
FAILED=0

say() { echo "[replica-pitr] $*"; }
fail() { echo "[replica-pitr] FAILED: $*"; FAILED=1; }
as_pg() { if [ "$(id -u)" = "0" ]; then unshare -U "$@"; else "$@"; fi; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
sql() { local port="$1"; shift; "$BIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d maillon "$@"; }
pg_start() { as_pg "$PGHOME/bin/pg_ctl" -D "$1" -l "$1.log" -w -t 120 -o "-p $2" start >/dev/null; }
pg_stop() { if [ -f "$1/postmaster.pid" ]; then as_pg "$PGHOME/bin/pg_ctl" -D "$1" -m fast -w -t 60 stop >/dev/null 2>&1 || true; fi; }
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  pg_stop "$WORK/restored"; pg_stop "$WORK/standby"; pg_stop "$WORK/primary"
  rm -rf "$WORK/primary" "$WORK/standby" "$WORK/restored" "$WORK/base" "$WORK/archive"
}

for p in "$P_PORT" "$S_PORT" "$R_PORT" "$API_PORT" "$REPORTS_PORT"; do
  if port_in_use "$p"; then say "port $p is in use (RP_*_PORT)"; exit 1; fi
done
BIN="$("$ROOT/scripts/pg-client.sh" bin)"
"$ROOT/scripts/postgres.sh" fetch >/dev/null
if [ "${RP_BUILD:-0}" = "1" ] || [ ! -f "$JAR" ]; then
  say "building the production jar…"; (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
fi
t_start=$(date +%s)
mkdir -p "$WORK"
trap cleanup EXIT
cleanup
rm -f "$WORK"/*.log   # the logs of the previous run (kept after a run, for reading)
mkdir -p "$WORK/archive"

# ---- the primary: WAL for replicas and archiving ----------------------------------------------------------------
say "primary on :$P_PORT (wal_level replica, archive_mode on)…"
as_pg "$PGHOME/bin/initdb" -D "$WORK/primary" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1
cat >>"$WORK/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
wal_level = replica
max_wal_senders = 5
archive_mode = on
archive_command = 'test ! -f $WORK/archive/%f && cp %p $WORK/archive/%f'
EOF
pg_start "$WORK/primary" "$P_PORT"
"$BIN/psql" -X -q -h 127.0.0.1 -p "$P_PORT" -U postgres -d postgres \
  -c "CREATE ROLE maillon LOGIN PASSWORD 'maillon'" -c "CREATE DATABASE maillon OWNER maillon"

db_env() { echo QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$1/maillon" QUARKUS_DATASOURCE_USERNAME=maillon \
  QUARKUS_DATASOURCE_PASSWORD=maillon TZ=America/Montreal; }
say "migrating with the migrations Job's command…"
env $(db_env "$P_PORT") QUARKUS_INIT_AND_EXIT=true QUARKUS_FLYWAY_MIGRATE_AT_START=true QUARKUS_SCHEDULER_ENABLED=false \
  QUARKUS_OIDC_TENANT_ENABLED=false java -Xmx256m -jar "$JAR" >"$WORK/migrate.log" 2>&1 || { tail -20 "$WORK/migrate.log"; exit 1; }

# ---- B (first half). The base backup, before any record exists ---------------------------------------------------
say "base backup (pg_basebackup -X stream, checkpoint fast)…"
t=$(now_ms)
"$BIN/pg_basebackup" -h 127.0.0.1 -p "$P_PORT" -U postgres -D "$WORK/base" -Fp -X stream -c fast
took=$(( $(now_ms) - t ))
# -n: the files against the backup manifest (sizes, checksums); the WAL check needs pg_waldump, which Debian ships
# with the server package, not the client tools used here.
if "$BIN/pg_verifybackup" -q -n "$WORK/base"; then verified="OK (files vs manifest)"; else verified=FAILED; fail "pg_verifybackup"; fi
say "  $(du -sh "$WORK/base" | cut -f1) in $took ms; pg_verifybackup: $verified"

# ---- A. The standby and the reports instance ---------------------------------------------------------------------
say "hot standby on :$S_PORT (pg_basebackup -R: standby.signal and primary_conninfo written)…"
"$BIN/pg_basebackup" -h 127.0.0.1 -p "$P_PORT" -U postgres -D "$WORK/standby" -Fp -X stream -c fast -R
pg_start "$WORK/standby" "$S_PORT"
say "  in recovery: $(sql "$S_PORT" -c "SELECT pg_is_in_recovery()"); primary sees: $(sql "$P_PORT" -c "SELECT string_agg(state || ' ' || sync_state, ', ') FROM pg_stat_replication")"

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
PUBLIC_KEY="$(openssl pkey -in "$WORK/key.pem" -pubout -outform DER | base64 -w0)"
start_api() { # name port db-port extra-env...
  local name="$1" port="$2" dbport="$3"; shift 3
  # Each instance its own management port (metrics), as every API started on one machine (README "Configuration").
  env $(db_env "$dbport") QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$((port + 920))" QUARKUS_FLYWAY_MIGRATE_AT_START=false QUARKUS_FLYWAY_VALIDATE_AT_START=true \
    QUARKUS_FLYWAY_IGNORE_FUTURE_MIGRATIONS=true \
    QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_DISCOVERY_ENABLED=false QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" \
    QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" "$@" java -Xms256m -Xmx512m -jar "$JAR" >"$WORK/api-$name.log" 2>&1 &
  PIDS+=($!)
}
say "API on :$API_PORT (primary) and the reports instance on :$REPORTS_PORT (standby, QUARKUS_SCHEDULER_ENABLED=false)…"
start_api primary "$API_PORT" "$P_PORT"
start_api reports "$REPORTS_PORT" "$S_PORT" QUARKUS_SCHEDULER_ENABLED=false
for port in "$API_PORT" "$REPORTS_PORT"; do
  for i in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { say "an API stopped:"; tail -n 30 "$WORK"/api-*.log; exit 1; }; done
    [ "$i" = 180 ] && { say "the API on :$port is not ready"; exit 1; }
    sleep 1
  done
done
CP="$ROOT/backend/target/quarkus-app/lib/main/*"
# The access tokens of the drivers (bench/BenchTokens.java, shared by them), compiled onto their class path.
mkdir -p "$WORK/classes" && javac -d "$WORK/classes" "$ROOT/bench/BenchTokens.java"
CP="$WORK/classes:$CP"
MANAGER=$(java -cp "$CP" "$ROOT/scripts/TwoInstances.java" token "$WORK/key.pem" "$ISSUER" manager)
REPORTING=$(java -cp "$CP" "$ROOT/scripts/TwoInstances.java" token "$WORK/key.pem" "$ISSUER" reporting)
api() { # method port path [body]
  curl -sS -X "$1" -H "Authorization: Bearer $MANAGER" -H "Content-Type: application/json" ${4:+-d "$4"} \
    -w '\n%{http_code}' "http://127.0.0.1:$2$3"
}
ORG=$(api POST "$API_PORT" /api/v1/organizations \
  '{"type": "COMMUNITY_ORGANIZATION", "name": "Organisme du test de réplique", "territory": "LAN-JOLIETTE"}' | head -1 | sed 's/.*"id":"\([^"]*\)".*/\1/')
YESTERDAY=$(date -d yesterday +%F)
create_requests() { # count label
  local i status
  for i in $(seq 1 "$1"); do
    status=$(api POST "$API_PORT" /api/v1/requests "{\"organizationId\": \"$ORG\", \"receivedOn\": \"$YESTERDAY\", \"channel\": \"EMAIL\", \
\"territory\": \"LAN-JOLIETTE\", \"serviceOffer\": \"ORGANIZATION_SUPPORT\", \"need\": \"$2 $i\"}" | tail -1)
    [ "$status" = 201 ] || { fail "creating a request: HTTP $status"; return; }
  done
}
say "A. 30 requests written through the primary's API…"
create_requests 30 "Avant"
t=$(now_ms)
target_lsn=$(sql "$P_PORT" -c "SELECT pg_current_wal_lsn()")
until [ "$(sql "$S_PORT" -c "SELECT pg_last_wal_replay_lsn() >= '$target_lsn'::pg_lsn")" = t ]; do
  [ $(( $(now_ms) - t )) -gt 30000 ] && { fail "the standby did not replay within 30 s"; break; }
  sleep 0.05
done
say "  the standby replayed them $(( $(now_ms) - t )) ms after the last commit"
if [ "$(date +%m)" -ge 4 ]; then FY="FY$(date +%Y)-$(( $(date +%Y) + 1 ))"; else FY="FY$(( $(date +%Y) - 1 ))-$(date +%Y)"; fi
report() { curl -sS -H "Authorization: Bearer $REPORTING" "http://127.0.0.1:$1/api/v1/reports/summary?period=$FY"; }
from_primary=$(report "$API_PORT"); from_standby=$(report "$REPORTS_PORT")
received=$(echo "$from_standby" | grep -o '"received":[0-9]*' | head -1)
if [ -n "$from_standby" ] && [ "$from_primary" = "$from_standby" ] && [ "$received" = '"received":30' ]; then
  say "  report $FY through the reports instance (standby) = through the primary's API: $received, $(echo "$from_standby" | wc -c) bytes, identical"
else
  fail "the reports differ: primary $from_primary / standby $from_standby"
fi
csv=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $REPORTING" -H "Accept: text/csv" \
  "http://127.0.0.1:$REPORTS_PORT/api/v1/reports/breakdown?dimension=territory&period=$FY")
say "  breakdown as CSV from the standby: HTTP $csv"; [ "$csv" = 200 ] || fail "breakdown from the standby: HTTP $csv"
write=$(api POST "$REPORTS_PORT" /api/v1/organizations '{"type": "COMMUNITY_ORGANIZATION", "name": "Refusé", "territory": "LAN-JOLIETTE"}')
write_status=$(echo "$write" | tail -1)
say "  a write sent to the reports instance: HTTP $write_status ($(echo "$write" | head -1 | grep -o '"detail":"[^"]*"' | cut -c1-120))"
[ "$write_status" = 503 ] || fail "a write sent to the reports instance: HTTP $write_status, expected 503 (read-only database)"
grep -q "read-only transaction" "$WORK/api-reports.log" && say "  its log: $(grep -o -m1 'cannot execute [A-Z]* in a read-only transaction' "$WORK/api-reports.log")"

# ---- B. Point-in-time recovery ------------------------------------------------------------------------------------
say "B. the mistake: every request's need overwritten, then 5 more requests…"
sleep 1
target_time=$(sql "$P_PORT" -c "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
sleep 1
sql "$P_PORT" -c "UPDATE service_request SET need = 'ÉCRASÉ PAR ERREUR'"
create_requests 5 "Après"
before=$(sql "$P_PORT" -c "SELECT count(*) || ' requests, ' || count(*) FILTER (WHERE need LIKE 'ÉCRASÉ%') || ' overwritten' FROM service_request")
say "  primary now: $before; recovery target: $target_time"
last_wal=$(sql "$P_PORT" -c "SELECT pg_walfile_name(pg_switch_wal())")
t=$(now_ms)
until [ -f "$WORK/archive/$last_wal" ]; do
  [ $(( $(now_ms) - t )) -gt 30000 ] && { fail "WAL $last_wal not archived within 30 s"; break; }
  sleep 0.1
done
say "  WAL archived up to $last_wal ($(ls "$WORK/archive" | grep -c '^[0-9A-F]\{24\}$') segments, $(du -sh "$WORK/archive" | cut -f1))"
say "restoring the base backup + archived WAL to $target_time into a new cluster on :$R_PORT…"
cp -a "$WORK/base" "$WORK/restored"
cat >>"$WORK/restored/postgresql.auto.conf" <<EOF
restore_command = 'cp $WORK/archive/%f %p'
recovery_target_time = '$target_time'
recovery_target_action = 'promote'
archive_mode = off
EOF
touch "$WORK/restored/recovery.signal"
t=$(now_ms)
pg_start "$WORK/restored" "$R_PORT"
until [ "$(sql "$R_PORT" -c "SELECT pg_is_in_recovery()" 2>/dev/null)" = f ]; do
  [ $(( $(now_ms) - t )) -gt 120000 ] && { fail "recovery did not finish within 120 s"; break; }
  sleep 0.2
done
say "  recovered and promoted in $(( $(now_ms) - t )) ms ($(grep -o -m1 'recovery stopping before commit of transaction [0-9]*, time [^ ]* [^ ]*' "$WORK/restored.log" || true))"
after=$(sql "$R_PORT" -c "SELECT count(*) FILTER (WHERE need LIKE 'Avant%') || ' ' || count(*) FILTER (WHERE need LIKE 'ÉCRASÉ%') || ' ' || count(*) FILTER (WHERE need LIKE 'Après%') FROM service_request")
read -r kept overwritten later <<<"$after"
say "  restored: $kept requests of before the mistake (30 expected), $overwritten overwritten (0), $later created after it (0)"
[ "$kept" = 30 ] && [ "$overwritten" = 0 ] && [ "$later" = 0 ] || fail "the point-in-time restore is not the database of $target_time"

say "total $(( $(date +%s) - t_start )) s"
if [ "$FAILED" = 0 ]; then say "RESULT: PASSED"; else say "RESULT: FAILED"; exit 1; fi
