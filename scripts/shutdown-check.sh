#!/usr/bin/env bash
# Graceful shutdown and production logs, measured on the production jar (`make shutdown-check`).
# Starts a throwaway PostgreSQL 17 and the API (production profile, JSON logs, authentication on with a key made
# here), then scripts/ShutdownCheck.java sends SIGTERM while a webhook delivery and several uploads are in flight
# and checks that they complete, that new requests get 503, and that the delivery is recorded before the exit.
# Then it checks the API's log: every line is JSON, and the access-log lines carry the request ids.
#
# Environment: SHUTDOWN_PG_PORT (55498), SHUTDOWN_API_PORT (18070; its management port is that + 920), SHUTDOWN_SKIP_BUILD=1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/.local/shutdown-check"
API_PORT="${SHUTDOWN_API_PORT:-18070}"
MGMT_PORT=$((API_PORT + 920))
export MAILLON_PG_PORT="${SHUTDOWN_PG_PORT:-55498}"
export MAILLON_PG_DATA="$WORK/pgdata"
ISSUER="https://shutdown.maillon.local/realms/maillon"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
API_PID=""

cleanup() {
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then kill -9 "$API_PID" 2>/dev/null || true; fi
  "$ROOT/scripts/postgres.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

rm -rf "$WORK" && mkdir -p "$WORK"
if [ -z "${SHUTDOWN_SKIP_BUILD:-}" ] || [ ! -f "$JAR" ]; then
  echo "shutdown-check: building the production jar…"
  (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
fi
"$ROOT/scripts/postgres.sh" start
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
PUBLIC_KEY="$(openssl pkey -in "$WORK/key.pem" -pubout -outform DER | base64 -w0)"

QUARKUS_HTTP_PORT="$API_PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$MAILLON_PG_PORT/maillon" \
QUARKUS_DATASOURCE_USERNAME=maillon QUARKUS_DATASOURCE_PASSWORD=maillon \
QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_DISCOVERY_ENABLED=false \
QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" \
MAILLON_WEBHOOKS_ALLOW_INSECURE_LOCALHOST=true \
  java -jar "$JAR" >"$WORK/api.log" 2>&1 &
API_PID=$!
for i in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$API_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$API_PID" 2>/dev/null || { echo "shutdown-check: the API failed to start"; tail -20 "$WORK/api.log"; exit 1; }
  [ "$i" = 180 ] && { echo "shutdown-check: the API did not become ready"; exit 1; }
  sleep 1
done
echo "shutdown-check: API pid $API_PID on :$API_PORT (metrics :$MGMT_PORT), log $WORK/api.log"
curl -fsS "http://127.0.0.1:$MGMT_PORT/q/metrics" >"$WORK/metrics-before.txt"
grep -q '^maillon_webhook_deliveries_pending' "$WORK/metrics-before.txt" \
  || { echo "shutdown-check: no webhook metrics on :$MGMT_PORT"; exit 1; }

CP="$ROOT/backend/target/quarkus-app/lib/main/*"
# The access tokens of the drivers (bench/BenchTokens.java, shared by them), compiled onto their class path.
mkdir -p "$WORK/classes" && javac -d "$WORK/classes" "$ROOT/bench/BenchTokens.java"
CP="$WORK/classes:$CP"
java -cp "$CP" "$ROOT/scripts/ShutdownCheck.java" --api "http://127.0.0.1:$API_PORT" \
  --jdbc "jdbc:postgresql://127.0.0.1:$MAILLON_PG_PORT/maillon" --key "$WORK/key.pem" --issuer "$ISSUER" --pid "$API_PID"
wait "$API_PID" && code=0 || code=$?
echo "shutdown-check: the API exited with status $code"
API_PID=""

# The production log: one JSON object per line, request ids on the access-log lines.
lines=$(grep -c . "$WORK/api.log")
not_json=$(jq -R -r 'fromjson? // "x" | if type == "string" then . else empty end' "$WORK/api.log" | grep -c . || true)
echo "shutdown-check: api.log has $lines lines, $not_json not JSON"
[ "$not_json" = 0 ] || { echo "shutdown-check: lines that are not JSON:"; jq -R -r '. as $l | fromjson? // $l | if type == "string" then . else empty end' "$WORK/api.log" | head -5; exit 1; }
for i in 1 2 3; do
  jq -e -s --arg rid "shutdown-slow-$i" \
    'map(select(.loggerName == "maillon.access" and .mdc.requestId == $rid and .mdc.status == "201")) | length == 1' \
    "$WORK/api.log" >/dev/null || { echo "shutdown-check: no access-log line for shutdown-slow-$i"; exit 1; }
done
jq -r 'select(.loggerName | test("WebhookDispatcher|shutdown|io.quarkus$")) | "  " + .timestamp + " " + .level + " " + .message' "$WORK/api.log" | tail -6
echo "shutdown-check: JSON log lines with request ids: ok"
