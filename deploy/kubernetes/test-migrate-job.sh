#!/usr/bin/env bash
# Runs, on this machine, what the Kubernetes manifests run, with the production jar and a PostgreSQL 17 of its own:
#
#   1. the migrations Job's command (migrate/job.yaml: QUARKUS_INIT_AND_EXIT=true, migrate at start) on an empty
#      database, twice at the same time: both must exit 0 and the schema must hold every migration exactly once
#      (Flyway serializes concurrent runs with a PostgreSQL advisory lock);
#   2. the Job again on the migrated database: exit 0, nothing applied;
#   3. the API Deployment's settings (app/api-deployment.yaml: no migration at start, validation at start):
#      on the migrated database it starts and /q/health/started, /ready and /live answer UP;
#      Then a migration of a NEXT release is recorded: the same API must still start (an old pod restarting during
#      a rolling upgrade);
#   4. the same API settings on an EMPTY database: it must refuse to start (exit non-zero), never serve on a schema
#      that lacks its migrations.
#
#   deploy/kubernetes/test-migrate-job.sh      # builds the jar if missing (MIGRATE_TEST_BUILD=1: always)
#
# Environment: MIGRATE_TEST_PG_PORT (55470), MIGRATE_TEST_API_PORT (18283). Data in .local/deploy-pg (removed).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_PORT="${MIGRATE_TEST_PG_PORT:-55470}"
API_PORT="${MIGRATE_TEST_API_PORT:-18283}"
WORK="$ROOT/.local/deploy-test"
export MAILLON_PG_PORT="$PG_PORT" MAILLON_PG_DATA="$ROOT/.local/deploy-pg"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
MIGRATIONS=$(ls "$ROOT"/backend/src/main/resources/db/migration/V*__*.sql | wc -l)
PSQL="$("$ROOT/scripts/pg-client.sh" bin)/psql"
API_PID=""

say() { echo "[migrate-test] $*"; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
sql() { PGPASSWORD=maillon "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$PG_PORT" -U maillon -d "$1" -c "$2"; }
cleanup() {
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then kill "$API_PID"; wait "$API_PID" 2>/dev/null || true; fi
  "$ROOT/scripts/postgres.sh" stop >/dev/null || true
  rm -rf "$MAILLON_PG_DATA"   # its log ($MAILLON_PG_DATA.log) stays for reading
}

for p in "$PG_PORT" "$API_PORT"; do
  if port_in_use "$p"; then say "port $p is in use: choose another (MIGRATE_TEST_PG_PORT / MIGRATE_TEST_API_PORT)"; exit 1; fi
done
if [ "${MIGRATE_TEST_BUILD:-0}" = "1" ] || [ ! -f "$JAR" ]; then
  say "building the production jar…"
  (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
fi
mkdir -p "$WORK"
trap cleanup EXIT
rm -rf "$MAILLON_PG_DATA" "$MAILLON_PG_DATA.log"
"$ROOT/scripts/postgres.sh" start >/dev/null
"$PSQL" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE maillon_empty OWNER maillon"

# The environment of the manifests (common/api.env + the Job's or the Deployment's own), pointed at this database.
common_env=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/maillon"
  QUARKUS_DATASOURCE_USERNAME=maillon QUARKUS_DATASOURCE_PASSWORD=maillon TZ=America/Montreal)
job_env=(QUARKUS_INIT_AND_EXIT=true QUARKUS_FLYWAY_MIGRATE_AT_START=true QUARKUS_DATASOURCE_JDBC_MAX_SIZE=2
  QUARKUS_SCHEDULER_ENABLED=false QUARKUS_OIDC_TENANT_ENABLED=false QUARKUS_LOG_CATEGORY__ORG_FLYWAYDB__LEVEL=INFO)
api_env=(QUARKUS_FLYWAY_MIGRATE_AT_START=false QUARKUS_FLYWAY_VALIDATE_AT_START=true
  QUARKUS_FLYWAY_IGNORE_FUTURE_MIGRATIONS=true QUARKUS_HTTP_PORT="$API_PORT"
  QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_DISCOVERY_ENABLED=false
  QUARKUS_OIDC_PUBLIC_KEY="$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null | openssl pkey -pubout -outform DER | base64 -w0)")

# 1. Two Jobs at once on the empty database.
say "1. two migration Jobs at once (QUARKUS_INIT_AND_EXIT=true) on an empty database…"
t0=$(date +%s%N)
env "${common_env[@]}" "${job_env[@]}" java -Xmx256m -jar "$JAR" >"$WORK/job-a.log" 2>&1 & a=$!
env "${common_env[@]}" "${job_env[@]}" java -Xmx256m -jar "$JAR" >"$WORK/job-b.log" 2>&1 & b=$!
rc_a=0; wait "$a" || rc_a=$?
rc_b=0; wait "$b" || rc_b=$?
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
applied=$(sql maillon "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
failed=$(sql maillon "SELECT count(*) FROM flyway_schema_history WHERE NOT success")
tables=$(sql maillon "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
say "   exit codes $rc_a and $rc_b in $ms ms; flyway_schema_history: $applied migrations applied (of $MIGRATIONS files), $failed failed; $tables tables"
[ "$rc_a" = 0 ] && [ "$rc_b" = 0 ] && [ "$applied" = "$MIGRATIONS" ] && [ "$failed" = 0 ] \
  || { say "FAILED"; tail -30 "$WORK/job-a.log" "$WORK/job-b.log"; exit 1; }
if grep -q "Listening on" "$WORK/job-a.log" "$WORK/job-b.log"; then say "FAILED: a Job opened its HTTP port"; exit 1; fi
say "   job A: $(grep -o -m1 'Successfully applied[^(]*\|Schema "public" is up to date[^.]*' "$WORK/job-a.log" || echo '?')"
say "   job B: $(grep -o -m1 'Successfully applied[^(]*\|Schema "public" is up to date[^.]*' "$WORK/job-b.log" || echo '?')"

# 2. The Job again: nothing to do.
say "2. the Job again on the migrated database…"
rc=0; env "${common_env[@]}" "${job_env[@]}" java -Xmx256m -jar "$JAR" >"$WORK/job-c.log" 2>&1 || rc=$?
again=$(sql maillon "SELECT count(*) FROM flyway_schema_history")
say "   exit code $rc; flyway_schema_history rows: $again (unchanged)"
[ "$rc" = 0 ] && [ "$again" = "$(( applied ))" ] || { say "FAILED"; tail -30 "$WORK/job-c.log"; exit 1; }

# 3. The API as the Deployment runs it, on the migrated database.
say "3. the API with the Deployment's settings (no migration, validation at start) on the migrated database…"
env "${common_env[@]}" "${api_env[@]}" java -Xmx512m -jar "$JAR" >"$WORK/api.log" 2>&1 & API_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$API_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$API_PID" 2>/dev/null || { say "FAILED: the API stopped"; tail -30 "$WORK/api.log"; exit 1; }
  sleep 1
done
for probe in started ready live; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT/q/health/$probe")
  say "   /q/health/$probe: HTTP $status"
  [ "$status" = 200 ] || { say "FAILED"; exit 1; }
done
kill "$API_PID"; rc=0; wait "$API_PID" || rc=$?; API_PID=""
say "   stopped on SIGTERM (exit code $rc)"

# 3b. A rolling upgrade: the next release's Job has applied a migration this jar does not know; an old pod that
#     restarts then must still start (Flyway ignores migrations newer than the code).
say "3b. the same API after a NEWER release's migration was applied (an old pod restarting mid-upgrade)…"
sql maillon "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
  SELECT max(installed_rank) + 1, '999', 'next release', 'SQL', 'V999__next_release.sql', 0, 'maillon', 1, true FROM flyway_schema_history"
env "${common_env[@]}" "${api_env[@]}" java -Xmx512m -jar "$JAR" >"$WORK/api-old.log" 2>&1 & API_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$API_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$API_PID" 2>/dev/null || { say "FAILED: the API refused a schema one release ahead"; tail -30 "$WORK/api-old.log"; exit 1; }
  sleep 1
done
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT/q/health/ready")
say "   /q/health/ready: HTTP $status with schema version 999 applied"
[ "$status" = 200 ] || { say "FAILED"; exit 1; }
kill "$API_PID"; wait "$API_PID" || true; API_PID=""

# 4. The same settings on an empty database: refuse to start.
say "4. the API with the Deployment's settings on an EMPTY database (must refuse to start)…"
rc=0
env "${common_env[@]}" "${api_env[@]}" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/maillon_empty" \
  timeout 120 java -Xmx512m -jar "$JAR" >"$WORK/api-empty.log" 2>&1 || rc=$?
reason=$(grep -o -m1 "Validate failed: [^.]*" "$WORK/api-empty.log" || grep -m1 -i "error" "$WORK/api-empty.log" || true)
say "   exit code $rc: $reason"
[ "$rc" != 0 ] && [ "$rc" != 124 ] || { say "FAILED: it started (or hung) on an empty schema"; tail -30 "$WORK/api-empty.log"; exit 1; }

say "all checks passed (logs: $WORK)"
