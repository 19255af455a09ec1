#!/usr/bin/env bash
# Two API instances on one PostgreSQL, on this machine (make two-instances): what a Kubernetes Deployment with two
# replicas does, as two processes on two ports. scripts/TwoInstances.java then writes through both, receives the
# webhooks, and checks: every event delivered exactly once and in order per record, the same If-Match update
# sent to both at once gives exactly one 2xx and one 412, the same Idempotency-Key to both gives one record.
#
#   scripts/two-instances.sh          # ~2-3 min; builds the production jar if it is missing (TWO_BUILD=1: always)
#
# How it runs them, as in production: a fresh PostgreSQL 17 (scripts/postgres.sh, own port and data directory),
# the schema migrated by the migrations Job's command (QUARKUS_INIT_AND_EXIT=true), then two instances of the
# production jar (production profile, no demo data) with QUARKUS_FLYWAY_MIGRATE_AT_START=false and authentication
# on: tokens signed by an RSA key generated here, whose public key the instances trust (as bench/bench.sh does).
# The only setting that differs from production: MAILLON_WEBHOOKS_ALLOW_INSECURE_LOCALHOST=true, so that the local
# receiver may be http://127.0.0.1 (production subscribers must be https://). Both dispatchers poll every second
# (the production setting, and the finest Quarkus' scheduler runs: it warns that an every() under 1 s is not supported).
#
# Environment: TWO_PG_PORT (55472), TWO_API_A (18281), TWO_API_B (18282), TWO_HOOK_PORT (18284),
# TWO_RECORDS (120), TWO_CLIENTS (4), TWO_LOCK_ROUNDS (20). Everything it started is stopped at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/.local/two-instances"
PG_PORT="${TWO_PG_PORT:-55472}"
PORT_A="${TWO_API_A:-18281}"
PORT_B="${TWO_API_B:-18282}"
HOOK_PORT="${TWO_HOOK_PORT:-18284}"
ISSUER="https://two-instances.maillon.local/realms/maillon"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
export MAILLON_PG_PORT="$PG_PORT" MAILLON_PG_DATA="$WORK/pgdata"
PIDS=()

say() { echo "[two-instances] $*"; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  "$ROOT/scripts/postgres.sh" stop >/dev/null 2>&1 || true
  rm -rf "$MAILLON_PG_DATA" "$MAILLON_PG_DATA.log"
}

for p in "$PG_PORT" "$PORT_A" "$PORT_B" "$HOOK_PORT"; do
  if port_in_use "$p"; then say "port $p is in use: choose others (TWO_PG_PORT, TWO_API_A, TWO_API_B, TWO_HOOK_PORT)"; exit 1; fi
done
command -v openssl >/dev/null || { say "openssl is needed"; exit 1; }
t0=$(date +%s)
if [ "${TWO_BUILD:-0}" = "1" ] || [ ! -f "$JAR" ]; then
  say "building the production jar…"
  (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
fi
mkdir -p "$WORK"
trap cleanup EXIT
rm -rf "$MAILLON_PG_DATA"
"$ROOT/scripts/postgres.sh" start | sed 's/^/  /'

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
PUBLIC_KEY="$(openssl pkey -in "$WORK/key.pem" -pubout -outform DER | base64 -w0)"
db_env=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/maillon"
  QUARKUS_DATASOURCE_USERNAME=maillon QUARKUS_DATASOURCE_PASSWORD=maillon TZ=America/Montreal)

say "migrating the schema with the migrations Job's command (QUARKUS_INIT_AND_EXIT=true)…"
env "${db_env[@]}" QUARKUS_INIT_AND_EXIT=true QUARKUS_FLYWAY_MIGRATE_AT_START=true QUARKUS_SCHEDULER_ENABLED=false \
  QUARKUS_OIDC_TENANT_ENABLED=false QUARKUS_LOG_CATEGORY__ORG_FLYWAYDB__LEVEL=INFO \
  java -Xmx256m -jar "$JAR" >"$WORK/migrate.log" 2>&1 || { tail -30 "$WORK/migrate.log"; exit 1; }
grep -o "Successfully applied [0-9]* migrations[^)]*)\?\|Schema .* is up to date[^.]*" "$WORK/migrate.log" | head -1 | sed 's/^/  /' || true

start_api() { # name port
  # Each instance its own management port (metrics): the API port + 920.
  env "${db_env[@]}" QUARKUS_HTTP_PORT="$2" QUARKUS_MANAGEMENT_PORT="$(($2 + 920))" \
    QUARKUS_FLYWAY_MIGRATE_AT_START=false QUARKUS_FLYWAY_VALIDATE_AT_START=true QUARKUS_FLYWAY_IGNORE_FUTURE_MIGRATIONS=true \
    QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_DISCOVERY_ENABLED=false \
    QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" \
    MAILLON_WEBHOOKS_ALLOW_INSECURE_LOCALHOST=true \
    java -Xms256m -Xmx512m -jar "$JAR" >"$WORK/api-$1.log" 2>&1 &
  PIDS+=($!)
  echo $! >"$WORK/api-$1.pid"
}
say "starting instance A on :$PORT_A and instance B on :$PORT_B…"
start_api a "$PORT_A"
start_api b "$PORT_B"
for port in "$PORT_A" "$PORT_B"; do
  for i in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { say "an instance stopped:"; tail -30 "$WORK"/api-*.log; exit 1; }; done
    [ "$i" = 180 ] && { say "instance on :$port not ready after 180 s"; exit 1; }
    sleep 1
  done
done
say "both ready ($(( $(date +%s) - t0 )) s since start)"

CP="$ROOT/backend/target/quarkus-app/lib/main/*"
# The access tokens of the drivers (bench/BenchTokens.java, shared by them), compiled onto their class path.
mkdir -p "$WORK/classes" && javac -d "$WORK/classes" "$ROOT/bench/BenchTokens.java"
CP="$WORK/classes:$CP"
rc=0
java -cp "$CP" "$ROOT/scripts/TwoInstances.java" \
  --api-a "http://127.0.0.1:$PORT_A" --api-b "http://127.0.0.1:$PORT_B" \
  --pid-a "$(cat "$WORK/api-a.pid")" --pid-b "$(cat "$WORK/api-b.pid")" \
  --hook-port "$HOOK_PORT" --key "$WORK/key.pem" --issuer "$ISSUER" \
  --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/maillon" \
  --records "${TWO_RECORDS:-120}" --clients "${TWO_CLIENTS:-4}" --lock-rounds "${TWO_LOCK_ROUNDS:-20}" \
  | tee "$WORK/summary.txt" || rc=$?
errors=$(cat "$WORK"/api-a.log "$WORK"/api-b.log | grep -c " ERROR " || true)
say "server log errors: $errors (logs: $WORK/api-a.log, api-b.log)"
say "total $(( $(date +%s) - t0 )) s"
exit "$rc"
