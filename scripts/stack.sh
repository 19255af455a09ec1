#!/usr/bin/env bash
# Brings the whole of Maillon up on this machine, without Docker: PostgreSQL 17 (embedded binaries), Keycloak
# (realm "maillon" imported), the API and the built web client.
#
#   scripts/stack.sh run    # up, print the URLs and demo logins, wait; Ctrl-C stops everything it started
#   scripts/stack.sh up     # up, in the background
#   scripts/stack.sh down   # stop what `up` started
#
# Environment (defaults in brackets): MAILLON_API_PORT [8080], MAILLON_MANAGEMENT_PORT [API port + 920: 9000 for
# 8080; the metrics], MAILLON_WEB_PORT [5173], MAILLON_PG_PORT [55432], MAILLON_PG_DATA [.local/pgdata],
# KEYCLOAK_PORT [8180], MAILLON_LOG_JSON [false: the API logs for people; true: JSON lines, as in production],
# MAILLON_SKIP_BUILD [unset: build backend and client].
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL="$ROOT/.local"
API_PORT="${MAILLON_API_PORT:-8080}"
# Several stacks on one machine (make run, e2e, another worktree) each need their own management port.
MGMT_PORT="${MAILLON_MANAGEMENT_PORT:-$((API_PORT + 920))}"
WEB_PORT="${MAILLON_WEB_PORT:-5173}"
export MAILLON_PG_PORT="${MAILLON_PG_PORT:-55432}"
export MAILLON_PG_DATA="${MAILLON_PG_DATA:-$LOCAL/pgdata}"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
# make run and the end-to-end tests use the realm's demo users (Keycloak leaves them out otherwise).
export MAILLON_DEMO="${MAILLON_DEMO:-true}"
STATE="$LOCAL/stack-$API_PORT"
mkdir -p "$STATE"

say() { echo "[maillon] $*"; }

wait_http() { # url seconds what
  local url="$1" limit="$2" what="$3" i=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    i=$((i + 1))
    if [ "$i" -gt "$limit" ]; then say "$what did not answer at $url within ${limit}s"; return 1; fi
    sleep 1
  done
}

stop_pid() { # name
  local f="$STATE/$1.pid"
  [ -f "$f" ] || return 0
  local pid; pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    # The API drains its requests in flight (up to 20 s) and lets its background jobs finish before it exits.
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    say "$1 stopped"
  fi
  rm -f "$f"
}

port_in_use() { # port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

up() {
  # Another stack (another worktree's API, a bench…) on our ports would answer our health checks: stop early.
  local port
  for port in "$API_PORT" "$MGMT_PORT" "$WEB_PORT"; do
    if port_in_use "$port"; then say "port $port is already in use by another process: free it or choose other ports"; exit 1; fi
  done
  local kc_was_running=0
  if "$ROOT/infra/keycloak/keycloak.sh" status >/dev/null 2>&1; then kc_was_running=1; fi
  "$ROOT/scripts/postgres.sh" start
  # Keycloak takes ~40 s cold: start it while the API and the client build.
  "$ROOT/infra/keycloak/keycloak.sh" start >"$STATE/keycloak-start.log" 2>&1 &
  local kc_job=$!
  if [ -z "${MAILLON_SKIP_BUILD:-}" ]; then
    say "building the API…"
    # quarkus.flyway.locations is fixed at build time: the demo data (db/demo) must be in it when the jar is
    # built, setting MAILLON_FLYWAY_LOCATIONS only when the API starts has no effect.
    (cd "$ROOT/backend" && MAILLON_FLYWAY_LOCATIONS="db/migration,db/demo" ./mvnw -B -q package -DskipTests \
      >"$STATE/build-api.log" 2>&1) \
      || { tail -40 "$STATE/build-api.log"; exit 1; }
    say "building the web client…"
    (cd "$ROOT/frontend" && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build) \
      >"$STATE/build-web.log" 2>&1 || { tail -40 "$STATE/build-web.log"; exit 1; }
  fi
  if ! wait "$kc_job"; then cat "$STATE/keycloak-start.log"; exit 1; fi
  [ "$kc_was_running" = 1 ] || touch "$STATE/keycloak.started-here"

  say "starting the API on :$API_PORT (metrics on :$MGMT_PORT)…"
  MAILLON_FLYWAY_LOCATIONS="db/migration,db/demo" \
  QUARKUS_HTTP_PORT="$API_PORT" \
  QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED="${MAILLON_LOG_JSON:-false}" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$MAILLON_PG_PORT/maillon" \
  QUARKUS_DATASOURCE_PASSWORD="maillon" \
  MAILLON_CORS_ORIGINS="http://localhost:$WEB_PORT" \
  QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:$KEYCLOAK_PORT/realms/maillon" \
    nohup java -XX:+UseParallelGC -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" >"$STATE/api.log" 2>&1 &
  echo $! >"$STATE/api.pid"
  wait_http "http://localhost:$API_PORT/q/health/ready" 120 "the API" || { tail -40 "$STATE/api.log"; exit 1; }

  say "serving the web client on :$WEB_PORT…"
  (
    cd "$ROOT/frontend"
    MAILLON_API_URL="http://localhost:$API_PORT" \
      nohup ./node_modules/.bin/vite preview --port "$WEB_PORT" --strictPort >"$STATE/web.log" 2>&1 &
    echo $! >"$STATE/web.pid"
  )
  wait_http "http://localhost:$WEB_PORT/" 60 "the web client" || { tail -20 "$STATE/web.log"; exit 1; }
}

down() {
  stop_pid web
  stop_pid api
  if [ -f "$STATE/keycloak.started-here" ]; then
    "$ROOT/infra/keycloak/keycloak.sh" stop || true
    rm -f "$STATE/keycloak.started-here"
  fi
  "$ROOT/scripts/postgres.sh" stop || true
}

banner() {
  cat <<BANNER

  Maillon is running.
    Web client     http://localhost:$WEB_PORT
    API            http://localhost:$API_PORT/api/v1   (contract: http://localhost:$API_PORT/q/openapi, Swagger UI: http://localhost:$API_PORT/q/swagger-ui)
    Metrics        http://localhost:$MGMT_PORT/q/metrics   (Prometheus; health: http://localhost:$API_PORT/q/health)
    Keycloak       http://localhost:$KEYCLOAK_PORT   (admin console: admin / admin, demo only)
    PostgreSQL     127.0.0.1:$MAILLON_PG_PORT, database maillon (user maillon / maillon)

  Demo logins (password "demo", demo only):
    marie.tremblay      organizer  CISSS de Lanaudière (Joliette, Matawinie)
    julien.gagnon       organizer  CISSS de Lanaudière (L'Assomption, Les Moulins)
    sophie.lavoie       manager    CISSS de Lanaudière
    francois.bergeron   admin      CISSS de Lanaudière
    amelie.roy          organizer  CIUSSS du Nord-de-l'Île-de-Montréal
    karim.benali        manager    CIUSSS du Nord-de-l'Île-de-Montréal

  A token for curl:  TOKEN=\$(infra/keycloak/keycloak.sh token marie.tremblay)
                     curl -H "Authorization: Bearer \$TOKEN" http://localhost:$API_PORT/api/v1/me

  Ctrl-C stops everything.
BANNER
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  run)
    trap 'echo; say "stopping…"; down; exit 0' INT TERM
    up || { down; exit 1; }
    banner
    while kill -0 "$(cat "$STATE/api.pid")" 2>/dev/null; do sleep 2; done
    say "the API stopped (see $STATE/api.log)"; down; exit 1 ;;
  *) echo "usage: $0 run|up|down" >&2; exit 2 ;;
esac
