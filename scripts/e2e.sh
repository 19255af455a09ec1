#!/usr/bin/env bash
# End-to-end tests: a throwaway stack (fresh database, API on :18080, client on :15173, the shared Keycloak on
# :8180) and the browser tests of frontend/e2e in Debian's Chromium. Stops what it started, pass or fail.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MAILLON_API_PORT="${MAILLON_E2E_API_PORT:-18080}"
export MAILLON_WEB_PORT="${MAILLON_E2E_WEB_PORT:-15173}"
export MAILLON_PG_PORT="${MAILLON_E2E_PG_PORT:-15432}"
export MAILLON_PG_DATA="$ROOT/.local/e2e-pgdata"
rm -rf "$MAILLON_PG_DATA"
trap '"$ROOT/scripts/stack.sh" down >/dev/null 2>&1 || true; rm -rf "$MAILLON_PG_DATA"' EXIT
"$ROOT/scripts/stack.sh" up

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
