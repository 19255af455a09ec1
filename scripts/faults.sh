#!/usr/bin/env bash
# Maillon fault scenarios (make faults): what the API does when what it depends on fails, under load.
#
#   scripts/faults.sh            build, start everything of its own, run the four scenarios, check the database,
#                                print the report, stop everything it started (exit 1 when an expectation fails)
#
# It runs its OWN PostgreSQL 17 (port 55480, data .local/faults-pg, fresh each run), its OWN Keycloak (instance
# "faults", ports 8280/9280: the usual one on 8180 is never touched) and the API's production jar built with the demo
# data (port 18280), and scripts/Faults.java as the load generator (writes with unique markers, reads, health
# sampling; one client-credentials token per thread).
#   a. postgres  PostgreSQL stopped for 20 s under load, then started again.
#   b. keycloak  Keycloak stopped under load for 20 s, then restarted (same database and signing keys); run first.
#   c. keycloak-cold  Keycloak stopped, the API restarted without it (no keys: 503), then Keycloak back.
#   d. kill      the API killed with SIGKILL under write load, then started again.
# After each, every acknowledged write is looked up in PostgreSQL (by id and marker) and the invariants of a whole
# record are checked by SQL (an activity has its acts and its report row, a request its RECEIVED history row, each
# has its audit entry, no half-finished idempotency record, no duplicate).
#
# Environment (defaults in brackets): FAULTS_PG_PORT [55480], FAULTS_API_PORT [18280], FAULTS_KEYCLOAK_PORT [8280],
# FAULTS_KEYCLOAK_MANAGEMENT_PORT [9280], FAULTS_HOLD [20: seconds PostgreSQL and Keycloak stay down],
# FAULTS_SKIP_BUILD=1 (use backend/target/quarkus-app as built, with the demo data).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/.local/faults"
export MAILLON_PG_PORT="${FAULTS_PG_PORT:-55480}"
export MAILLON_PG_DATA="$ROOT/.local/faults-pg"
export KEYCLOAK_INSTANCE=faults
export KEYCLOAK_PORT="${FAULTS_KEYCLOAK_PORT:-8280}"
export KEYCLOAK_MANAGEMENT_PORT="${FAULTS_KEYCLOAK_MANAGEMENT_PORT:-9280}"
export MAILLON_DEMO=true
API_PORT="${FAULTS_API_PORT:-18280}"
HOLD="${FAULTS_HOLD:-20}"
API="http://127.0.0.1:$API_PORT"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
KC="$ROOT/infra/keycloak/keycloak.sh"
PG="$ROOT/scripts/postgres.sh"
SELF="$ROOT/scripts/faults.sh"

say() { echo "[faults] $*"; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
psql_maillon() { PGPASSWORD=maillon PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$MAILLON_PG_PORT" -U maillon -d maillon "$@"; }

api_pid() { [ -f "$WORK/api.pid" ] && cat "$WORK/api.pid" || true; }

start_api() {
  mkdir -p "$WORK"
  MAILLON_FLYWAY_LOCATIONS="db/migration,db/demo" \
  QUARKUS_HTTP_PORT="$API_PORT" QUARKUS_MANAGEMENT_PORT="$((API_PORT + 920))" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$MAILLON_PG_PORT/maillon" \
  QUARKUS_DATASOURCE_USERNAME=maillon QUARKUS_DATASOURCE_PASSWORD=maillon \
  QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:$KEYCLOAK_PORT/realms/maillon" \
    nohup java -Xms256m -Xmx768m -jar "$JAR" >>"$WORK/api.log" 2>&1 </dev/null &
  echo $! >"$WORK/api.pid"
  local i
  for i in $(seq 1 240); do
    if curl -sf -o /dev/null "$API/q/health/ready" 2>/dev/null; then echo "API ready after ${i}x0.5 s"; return 0; fi
    kill -0 "$(api_pid)" 2>/dev/null || { echo "the API exited:"; tail -30 "$WORK/api.log"; return 1; }
    sleep 0.5
  done
  echo "the API did not become ready in 120 s"; tail -30 "$WORK/api.log"; return 1
}

kill_api() { # signal
  local pid; pid="$(api_pid)"
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$1" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$WORK/api.pid"
}

stop_all() {
  say "stopping what this run started…"
  kill_api TERM
  "$KC" stop >/dev/null 2>&1 || true
  "$PG" stop >/dev/null 2>&1 || true
}

# ------------------------------------------------------------------------------------------------ SQL checks
# verify SCENARIO: every acknowledged write present (same id and marker), none duplicated, every record whole.
verify() {
  local scenario="$1" prefix="faults:$RUN:$1:%"
  {
    echo "CREATE TEMP TABLE acked (kind text, id uuid, marker text, replayed boolean);"
    echo "COPY acked FROM STDIN WITH (FORMAT csv);"
    cat "$WORK/acked-$scenario.csv"
    echo '\.'
    cat <<'SQL'
WITH a AS (SELECT * FROM activity WHERE notes LIKE :'prefix'),
     r AS (SELECT * FROM service_request WHERE need LIKE :'prefix')
SELECT
  (SELECT count(*) FROM acked),
  -- acknowledged but absent (or not with its marker)
  (SELECT count(*) FROM acked k WHERE k.kind = 'activity' AND NOT EXISTS (SELECT 1 FROM activity x WHERE x.id = k.id AND x.notes = k.marker))
  + (SELECT count(*) FROM acked k WHERE k.kind = 'request' AND NOT EXISTS (SELECT 1 FROM service_request x WHERE x.id = k.id AND x.need = k.marker)),
  -- the same marker saved twice (a retried write applied twice)
  (SELECT count(*) FROM (SELECT notes FROM a GROUP BY notes HAVING count(*) > 1) d)
  + (SELECT count(*) FROM (SELECT need FROM r GROUP BY need HAVING count(*) > 1) d),
  -- records of this scenario in the database
  (SELECT count(*) FROM a) + (SELECT count(*) FROM r),
  -- saved but never acknowledged (allowed only for writes still pending at the end)
  (SELECT count(*) FROM a WHERE notes NOT IN (SELECT marker FROM acked))
  + (SELECT count(*) FROM r WHERE need NOT IN (SELECT marker FROM acked)),
  -- half-written activities: not exactly its 2 acts, no report row with them, no audit entry
  (SELECT count(*) FROM a WHERE (SELECT count(*) FROM activity_act x WHERE x.activity_id = a.id) <> 2
      OR NOT EXISTS (SELECT 1 FROM report_activity_acts x WHERE x.activity_id = a.id AND cardinality(x.acts) = 2)
      OR NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.record_type = 'activity' AND e.record_id = a.id::text AND e.action = 'CREATE')),
  -- half-written requests: no RECEIVED history row, populations or determinants missing, no audit entry, no event
  (SELECT count(*) FROM r WHERE NOT EXISTS (SELECT 1 FROM request_transition t WHERE t.request_id = r.id AND t.from_status IS NULL AND t.to_status = 'RECEIVED')
      OR (SELECT count(*) FROM service_request_population p WHERE p.request_id = r.id) <> 1
      OR (SELECT count(*) FROM service_request_determinant d WHERE d.request_id = r.id) <> 1
      OR NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.record_type = 'service-request' AND e.record_id = r.id::text AND e.action = 'CREATE')
      OR NOT EXISTS (SELECT 1 FROM outbox_event o WHERE o.record_type = 'service-request' AND o.record_id = r.id::text AND o.event_type = 'request.received')),
  -- idempotency keys reserved but never completed, or pointing to nothing
  (SELECT count(*) FROM idempotency_record i WHERE i.status <> 201 OR i.resource_id IS NULL
      OR NOT (EXISTS (SELECT 1 FROM activity x WHERE x.id::text = i.resource_id) OR EXISTS (SELECT 1 FROM service_request x WHERE x.id::text = i.resource_id)));
SQL
  } | psql_maillon -At -F '|' -v prefix="$prefix"
}

# ------------------------------------------------------------------------------------------------ internal commands
case "${1:-}" in
  _pg-stop) exec "$PG" stop ;;
  _pg-start) exec "$PG" start ;;
  _kc-stop) exec "$KC" stop ;;
  _kc-start) KEYCLOAK_KEEP_DATA=true exec "$KC" start ;;
  _api-kill) pid="$(api_pid)"; kill -KILL "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; echo "API (pid $pid) killed with SIGKILL"; exit 0 ;;
  _api-start) start_api; exit $? ;;
  _api-restart) kill_api TERM; start_api; exit $? ;;
  _verify) RUN="$3"; verify "$2"; exit $? ;; # _verify SCENARIO RUN: the SQL checks of an earlier run
  "") ;;
  *) echo "usage: $0   (runs every scenario; see the top of this file)" >&2; exit 2 ;;
esac

# ------------------------------------------------------------------------------------------------ the run
command -v psql >/dev/null || { echo "faults: psql is needed (Debian: apt-get install postgresql-client)" >&2; exit 1; }
started=$(date +%s)
RUN="$(date +%Y%m%d%H%M%S)"
mkdir -p "$WORK"
rm -f "$WORK"/acked-*.csv "$WORK"/summary-*.txt "$WORK/api.log"
for port in "$MAILLON_PG_PORT" "$API_PORT" "$KEYCLOAK_PORT" "$KEYCLOAK_MANAGEMENT_PORT"; do
  if port_in_use "$port"; then say "port $port is already in use: free it or set FAULTS_*_PORT"; exit 1; fi
done
trap stop_all EXIT

say "PostgreSQL 17 of its own on :$MAILLON_PG_PORT (fresh data in $MAILLON_PG_DATA)…"
"$PG" stop >/dev/null 2>&1 || true
rm -rf "$MAILLON_PG_DATA"
"$PG" start | sed 's/^/  /'
say "Keycloak of its own on :$KEYCLOAK_PORT (instance faults, management :$KEYCLOAK_MANAGEMENT_PORT)…"
"$KC" start >"$WORK/keycloak-start.log" 2>&1 &
kc_job=$!
if [ "${FAULTS_SKIP_BUILD:-}" != "1" ] || [ ! -f "$JAR" ]; then
  say "building the API with the demo data…"
  (cd "$ROOT/backend" && MAILLON_FLYWAY_LOCATIONS="db/migration,db/demo" ./mvnw -B -q package -DskipTests >"$WORK/build.log" 2>&1) \
    || { tail -40 "$WORK/build.log"; exit 1; }
fi
if ! wait "$kc_job"; then cat "$WORK/keycloak-start.log"; exit 1; fi
say "the API on :$API_PORT…"
start_api | sed 's/^/  /'

LOAD=(java "$ROOT/scripts/Faults.java")
COMMON=(--api "$API" --token-url "http://localhost:$KEYCLOAK_PORT/realms/maillon/protocol/openid-connect/token"
  --client-id maillon-integration-lan --client-secret integration-lan-demo-secret --run "$RUN" --out "$WORK")
declare -A RESULT
overall=0

scenario() { # name description -- Faults.java options
  local name="$1" what="$2"; shift 3
  say "scenario $name: $what"
  if "${LOAD[@]}" "$name" "${COMMON[@]}" "$@"; then RESULT[$name]=ok; else RESULT[$name]=FAILED; overall=1; fi
  # Every acknowledged write in PostgreSQL, once, whole.
  local v; v="$(verify "$name")" || v="||||||||"
  CHECKS[$name]="$v"
  local acked lost dup rows unacked badact badreq badidem
  IFS='|' read -r acked lost dup rows unacked badact badreq badidem <<<"$v"
  if [ "$lost" != 0 ] || [ "$dup" != 0 ] || [ "$unacked" != 0 ] || [ "$badact" != 0 ] || [ "$badreq" != 0 ] || [ "$badidem" != 0 ]; then
    RESULT[$name]=FAILED; overall=1
  fi
}
declare -A CHECKS

# Keycloak first: its long run also warms the freshly started API up for the PostgreSQL scenario.
scenario keycloak "Keycloak stopped ${HOLD} s under load (the API keeps running), then restarted" -- \
  --before 10 --hold "$HOLD" --after 15 --fault-cmd "$SELF _kc-stop" --recover-cmd "$SELF _kc-start"
scenario postgres "PostgreSQL stopped ${HOLD} s under load, then started" -- \
  --before 10 --hold "$HOLD" --after 20 --fault-cmd "$SELF _pg-stop" --recover-cmd "$SELF _pg-start"
scenario keycloak-cold "Keycloak stopped, then the API restarted without it, then Keycloak back" -- \
  --before 10 --hold 10 --after 15 --fault-cmd "$SELF _kc-stop && $SELF _api-restart" --recover-cmd "$SELF _kc-start"
scenario kill "the API killed with SIGKILL under write load, then started" -- \
  --before 10 --hold 2 --after 20 --writers 6 --readers 1 --fault-cmd "$SELF _api-kill" --recover-cmd "$SELF _api-start"

# The database as a whole, after everything: no activity without acts, no request without its first history row.
IFS='|' read -r all_act_noacts all_req_nohist <<<"$(psql_maillon -At -F '|' -c "SELECT
  (SELECT count(*) FROM activity a WHERE NOT EXISTS (SELECT 1 FROM activity_act x WHERE x.activity_id = a.id)),
  (SELECT count(*) FROM service_request r WHERE NOT EXISTS (SELECT 1 FROM request_transition t WHERE t.request_id = r.id AND t.to_status = 'RECEIVED'))")"
if [ "$all_act_noacts" != 0 ] || [ "$all_req_nohist" != 0 ]; then overall=1; fi

field() { grep -m1 "^$2=" "$WORK/summary-$1.txt" 2>/dev/null | cut -d= -f2; }
row() { # scenario fault-text readiness recovery
  local acked lost dup rows unacked badact badreq badidem
  IFS='|' read -r acked lost dup rows unacked badact badreq badidem <<<"${CHECKS[$1]}"
  local latency="-"
  [ -n "$(field "$1" unavailable_p50_ms)" ] && latency="$(field "$1" unavailable_p50_ms) / $(field "$1" unavailable_max_ms) ms"
  printf '| %-13s | %-34s | %-24s | %-16s | %-20s | %-22s | %-56s | %-6s |\n' "$1" "$2" \
    "$(field "$1" during_ok) / $(field "$1" during_unavailable) / $(field "$1" during_refused) / $(field "$1" server_errors)" \
    "$latency" "$3" "$4" "$acked acked, $lost lost, $dup duplicated, $((badact + badreq + badidem)) half-written" "${RESULT[$1]}"
}
echo
echo "== Fault scenarios: report (run $RUN, $(( $(date +%s) - started )) s) =="
printf '| %-13s | %-34s | %-24s | %-16s | %-20s | %-22s | %-56s | %-6s |\n' "scenario" "fault" "during: 2xx/503/none/500" \
  "503 in p50 / max" "readiness during" "2xx writes again after" "acknowledged writes, checked in PostgreSQL" "result"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "---------------" "------------------------------------" "--------------------------" \
  "------------------" "----------------------" "------------------------" "----------------------------------------------------------" "--------"
row postgres "PostgreSQL stopped ${HOLD} s" "DOWN ($(field postgres ready_down_samples) samples)" \
  "$(field postgres first_write_back_s) s (PG back)"
row keycloak "Keycloak stopped, then restarted" "UP" "$(field keycloak first_write_back_s) s (KC back)"
row keycloak-cold "API restarted while Keycloak down" "UP (503 on /api)" "$(field keycloak-cold first_write_back_s) s (KC back)"
row kill "API killed (SIGKILL), restarted" "no process" "$(field kill first_write_back_s) s (API ready)"
echo
echo "Whole database afterwards: $all_act_noacts activities without acts, $all_req_nohist requests without their RECEIVED row."
echo "Columns: 'none' = no HTTP answer (connection refused while no API process runs); 'half-written' = an activity"
echo "without its 2 acts, report row or audit entry, a request without its RECEIVED row, populations, determinants, audit"
echo "entry or event, or an idempotency key never completed. API log: $WORK/api.log ($(grep -c ' ERROR ' "$WORK/api.log" || true) ERROR lines)."
if [ "$overall" = 0 ]; then echo "faults: every expectation met"; else echo "faults: SOME EXPECTATIONS FAILED (see above)"; fi
exit "$overall"
