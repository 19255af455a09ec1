#!/usr/bin/env bash
# End-to-end tests: a throwaway stack (fresh database, API on :18080, client on :15173, the shared Keycloak on
# :8180) and the browser tests of frontend/e2e in Debian's Chromium. Stops what it started, pass or fail.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MAILLON_API_PORT="${MAILLON_E2E_API_PORT:-18080}"
export MAILLON_WEB_PORT="${MAILLON_E2E_WEB_PORT:-15173}"
export MAILLON_PG_PORT="${MAILLON_E2E_PG_PORT:-15432}"
export MAILLON_MANAGEMENT_PORT="${MAILLON_E2E_MANAGEMENT_PORT:-19000}"
# The API logs as in production: JSON lines (checked below).
export MAILLON_LOG_JSON=true
export MAILLON_PG_DATA="$ROOT/.local/e2e-pgdata"
rm -rf "$MAILLON_PG_DATA"
trap '"$ROOT/scripts/stack.sh" down >/dev/null 2>&1 || true; rm -rf "$MAILLON_PG_DATA"' EXIT
"$ROOT/scripts/stack.sh" up

# Operations: metrics on the management port only, the request id in problems and in the JSON log lines.
echo "e2e: metrics, request ids and JSON logs"
API_LOG="$ROOT/.local/stack-$MAILLON_API_PORT/api.log"
RID="e2e-$(date +%s)-$$"
problem=$(curl -s -H "X-Request-Id: $RID" "http://localhost:$MAILLON_API_PORT/api/v1/me")
[ "$(jq -r .requestId <<<"$problem")" = "$RID" ] || { echo "e2e: the 401 problem does not carry the request id: $problem"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$MAILLON_API_PORT/q/metrics")" = 404 ] \
  || { echo "e2e: /q/metrics answers on the API port"; exit 1; }
metrics=$(curl -fsS "http://localhost:$MAILLON_MANAGEMENT_PORT/q/metrics")
for m in http_server_requests_seconds_bucket agroal_active_count maillon_webhook_deliveries_pending jvm_memory_used_bytes; do
  grep -q "^$m" <<<"$metrics" || { echo "e2e: metric $m missing on :$MAILLON_MANAGEMENT_PORT"; exit 1; }
done
sleep 1
# (nohup's own notice, when run from a terminal, is not the API's)
grep -v -e '^{' -e '^nohup: ' "$API_LOG" | head -3 | grep -q . \
  && { echo "e2e: api.log has lines that are not JSON:"; grep -v -e '^{' -e '^nohup: ' "$API_LOG" | head -3; exit 1; }
jq -e -s --arg rid "$RID" 'map(select(.loggerName == "maillon.access" and .mdc.requestId == $rid and .mdc.status == "401")) | length == 1' \
  "$API_LOG" >/dev/null || { echo "e2e: no JSON access-log line with request id $RID"; tail -5 "$API_LOG"; exit 1; }
echo "e2e: metrics on :$MAILLON_MANAGEMENT_PORT, request id $RID in the problem and the JSON access log"

# The scripted-reporting example of the README, against the live stack (client credentials, real Keycloak).
echo "e2e: scripts/maillon-api.sh against the live API"
export MAILLON_API="http://localhost:$MAILLON_API_PORT"
figures=$("$ROOT/scripts/maillon-api.sh" figures)
echo "$figures"
sed -n 2p <<<"$figures" | grep -q "organisation communautaire" || { echo "e2e: no press-release sentence"; exit 1; }
csv="$ROOT/.local/e2e-breakdown.csv"
"$ROOT/scripts/maillon-api.sh" breakdown determinant >"$csv"
[ "$(head -c 3 "$csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || { echo "e2e: the CSV has no UTF-8 BOM"; exit 1; }
synced=$(MAILLON_CLIENT_ID=maillon-integration-lan MAILLON_CLIENT_SECRET=integration-lan-demo-secret \
  "$ROOT/scripts/maillon-api.sh" sync organizations)
[ "$(grep -c '^{' <<<"$synced")" -ge 8 ] && tail -1 <<<"$synced" | grep -q "^# next: " \
  || { echo "e2e: the organization sync did not copy the demo organizations"; exit 1; }
# The next pass, from the printed instant, brings only what changed since: nothing here, and no record again.
again=$(MAILLON_CLIENT_ID=maillon-integration-lan MAILLON_CLIENT_SECRET=integration-lan-demo-secret \
  "$ROOT/scripts/maillon-api.sh" sync organizations "$(tail -1 <<<"$synced" | sed 's/^# next: //')")
[ "$(grep -c '^{' <<<"$again" || true)" -eq 0 ] && tail -1 <<<"$again" | grep -q "^# next: " \
  || { echo "e2e: the second sync pass repeated records or did not end with '# next:'"; exit 1; }
echo "e2e: scripted reporting and sync work"
cd "$ROOT/frontend"
E2E_BASE_URL="http://localhost:$MAILLON_WEB_PORT" E2E_API_URL="http://localhost:$MAILLON_API_PORT" npm run e2e
