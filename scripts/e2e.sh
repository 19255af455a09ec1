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
cd "$ROOT/frontend"
E2E_BASE_URL="http://localhost:$MAILLON_WEB_PORT" E2E_API_URL="http://localhost:$MAILLON_API_PORT" npm run e2e
