#!/usr/bin/env bash
# Local Keycloak for Maillon (development / demo only).
#
#   infra/keycloak/keycloak.sh fetch                 download + unzip the Keycloak distribution into .local/keycloak/
#   infra/keycloak/keycloak.sh start                 start Keycloak (dev mode) in the background, realm "maillon" imported fresh
#   infra/keycloak/keycloak.sh stop                  stop it
#   infra/keycloak/keycloak.sh status                tell whether it runs
#   infra/keycloak/keycloak.sh token USER [PASSWORD] print an access token of a demo user (password grant, DEMO ONLY)
#   infra/keycloak/keycloak.sh client-token CLIENT_ID [SECRET]
#                                                    print an access token of a machine client (client credentials)
#
# Environment (all optional):
#   MAILLON_DEMO              true: import the demo users and the password-grant client (default false: left out)
#   KEYCLOAK_VERSION          distribution version (default 26.7.3)
#   KEYCLOAK_PORT             HTTP port (default 8180); issuer = http://localhost:$KEYCLOAK_PORT/realms/maillon
#   KEYCLOAK_MANAGEMENT_PORT  management port for /health (default 9180)
#   KEYCLOAK_INSTANCE         a name for a second, separate Keycloak (own copy under .local/keycloak-NAME/, own
#                             dev database, log and pid file): e.g. the fault scenarios run one they can stop
#   KEYCLOAK_KEEP_DATA        true: start with the dev database of the previous run (same signing keys) instead of
#                             a fresh import
#   KEYCLOAK_START_TIMEOUT    seconds to wait for the realm to answer (default 180)
#   KEYCLOAK_ADMIN_USER / KEYCLOAK_ADMIN_PASSWORD   master-realm admin console login (default admin / admin)
#   JAVA_HOME                 JDK to run Keycloak with (Java 17+; default: `java` on PATH)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"
LOCAL_DIR="$ROOT_DIR/.local"

KC_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KC_PORT="${KEYCLOAK_PORT:-8180}"
KC_MGMT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KC_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
KC_INSTANCE="${KEYCLOAK_INSTANCE:+-$KEYCLOAK_INSTANCE}"
KC_BASE_DIR="$LOCAL_DIR/keycloak$KC_INSTANCE"
KC_HOME="$KC_BASE_DIR/keycloak-$KC_VERSION"
KC_LOG="$LOCAL_DIR/keycloak$KC_INSTANCE.log"
KC_PID_FILE="$LOCAL_DIR/keycloak$KC_INSTANCE.pid"
REALM_FILE="$SCRIPT_DIR/maillon-realm.json"
REALM="maillon"
KC_URL="http://localhost:$KC_PORT"
DISCOVERY_URL="$KC_URL/realms/$REALM/.well-known/openid-configuration"
TOKEN_URL="$KC_URL/realms/$REALM/protocol/openid-connect/token"

log() { echo "[keycloak] $*" >&2; }
die() { echo "[keycloak] ERROR: $*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not installed"; }

# ---------------------------------------------------------------- fetch
is_unpacked() { [[ -f "$KC_HOME/.maillon-unpacked" && -x "$KC_HOME/bin/kc.sh" ]]; }

cmd_fetch() {
  if is_unpacked; then
    log "Keycloak $KC_VERSION already in $KC_HOME"
    return 0
  fi
  need mvn
  need unzip
  mkdir -p "$KC_BASE_DIR"
  local zip="$KC_BASE_DIR/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -s "$zip" ]]; then
    log "Downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip through Maven..."
    # Run from .local so that no project pom.xml is picked up.
    (cd "$KC_BASE_DIR" && mvn -B -q -Dstyle.color=never dependency:copy \
        "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        "-DoutputDirectory=$KC_BASE_DIR") || die "Maven could not fetch keycloak-quarkus-dist:$KC_VERSION"
    [[ -s "$zip" ]] || die "expected $zip after the Maven download"
  fi
  log "Unpacking $(basename "$zip")..."
  local tmp="$KC_BASE_DIR/.unpack-$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp" || { rm -rf "$tmp"; die "unzip failed for $zip"; }
  [[ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ]] || { rm -rf "$tmp"; die "unexpected zip layout in $zip"; }
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rmdir "$tmp"
  touch "$KC_HOME/.maillon-unpacked"
  # The zip stays in Maven's local repository (~/.m2); no need for a second copy here.
  rm -f "$zip"
  log "Keycloak $KC_VERSION ready in $KC_HOME"
}

# ---------------------------------------------------------------- helpers
read_pid() { [[ -f "$KC_PID_FILE" ]] && tr -dc '0-9' <"$KC_PID_FILE" || true; }

pid_alive() { local pid="$1"; [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }

realm_answers() { curl -fsS -o /dev/null --max-time 3 "$DISCOVERY_URL" 2>/dev/null; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

java_major() {
  local java_bin="$1"
  "$java_bin" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

pick_java() {
  # kc.sh uses $JAVA_HOME/bin/java if JAVA_HOME is set, otherwise `java` on PATH.
  local java_bin major
  if [[ -n "${JAVA_HOME:-}" ]]; then java_bin="$JAVA_HOME/bin/java"; else java_bin="$(command -v java || true)"; fi
  if [[ -n "$java_bin" && -x "$java_bin" ]]; then
    major="$(java_major "$java_bin")"
    if [[ -n "$major" && "$major" -ge 17 ]]; then
      log "Using Java $major ($java_bin)"
      return 0
    fi
  fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [[ -x "$candidate/bin/java" ]]; then
      export JAVA_HOME="$candidate"
      log "Using Java from $JAVA_HOME"
      return 0
    fi
  done
  die "Keycloak needs Java 17 or newer (set JAVA_HOME)"
}

wait_ready() {
  local pid="$1" start now elapsed last=0
  start="$(date +%s)"
  log "Waiting for $DISCOVERY_URL (timeout ${KC_TIMEOUT}s, log: $KC_LOG)"
  while true; do
    if realm_answers; then
      now="$(date +%s)"
      log "Keycloak is up after $((now - start))s: $KC_URL (admin console: $KC_URL/admin/)"
      return 0
    fi
    if ! pid_alive "$pid"; then
      echo "----- last lines of $KC_LOG -----" >&2
      tail -n 60 "$KC_LOG" >&2 || true
      rm -f "$KC_PID_FILE"
      die "Keycloak exited before it was ready"
    fi
    now="$(date +%s)"
    elapsed=$((now - start))
    if (( elapsed >= KC_TIMEOUT )); then
      echo "----- last lines of $KC_LOG -----" >&2
      tail -n 60 "$KC_LOG" >&2 || true
      die "Keycloak did not answer within ${KC_TIMEOUT}s (still running as pid $pid; run '$0 stop')"
    fi
    if (( elapsed - last >= 10 )); then
      last=$elapsed
      log "  ...${elapsed}s: $(tail -n 1 "$KC_LOG" 2>/dev/null | cut -c1-140)"
    fi
    sleep 2
  done
}

# ---------------------------------------------------------------- start / stop / status
cmd_start() {
  need curl
  local pid
  pid="$(read_pid)"
  if pid_alive "$pid"; then
    if realm_answers; then
      log "Already running (pid $pid): $KC_URL"
      return 0
    fi
    log "Process $pid is running but not answering yet; waiting for it"
    wait_ready "$pid"
    return 0
  fi
  rm -f "$KC_PID_FILE"
  if realm_answers; then
    log "A Keycloak not started by this script already answers on $KC_URL; leaving it alone"
    return 0
  fi
  port_busy "$KC_PORT" && die "port $KC_PORT is already in use by another process"
  port_busy "$KC_MGMT_PORT" && die "management port $KC_MGMT_PORT is in use (set KEYCLOAK_MANAGEMENT_PORT)"

  cmd_fetch
  pick_java

  # Fresh realm at every start: dev mode keeps its H2 database in data/h2, and
  # --import-realm skips a realm that already exists. KEYCLOAK_KEEP_DATA=true restarts with the database as it was
  # (same realm, users and signing keys: the tokens issued before the restart stay valid), as a real restart does.
  local keep=false
  if [[ "${KEYCLOAK_KEEP_DATA:-false}" == "true" && -d "$KC_HOME/data/h2" ]]; then
    keep=true
    log "Keeping the dev database (KEYCLOAK_KEEP_DATA=true): realm, users and signing keys as they were"
  else
    rm -rf "$KC_HOME/data/h2"
  fi
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME/data/import/"*.json
  if [[ "$keep" == "true" ]]; then
    :
  elif [[ "${MAILLON_DEMO:-false}" == "true" ]]; then
    cp "$REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json"
    log "Demo mode: demo users and the password-grant client maillon-demo-cli are imported"
  else
    # Without the demo flag, the realm is imported without its demo users and without the demo-only client.
    python3 - "$REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json" <<'PY'
import json, sys
realm = json.load(open(sys.argv[1], encoding="utf-8"))
realm["users"] = [u for u in realm.get("users", []) if u.get("username", "").startswith("service-account-")]
realm["clients"] = [c for c in realm.get("clients", []) if c.get("clientId") != "maillon-demo-cli"]
json.dump(realm, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
    log "Demo users and maillon-demo-cli left out (set MAILLON_DEMO=true to include them)"
  fi

  mkdir -p "$LOCAL_DIR"
  : >"$KC_LOG"
  log "Starting Keycloak $KC_VERSION (dev mode) on 127.0.0.1:$KC_PORT"
  # setsid: own process group, detached from this shell, so that stop can end
  # kc.sh and its java children together.
  KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_ADMIN_USER:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}" \
  setsid nohup "$KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 \
      --http-port="$KC_PORT" \
      --http-management-port="$KC_MGMT_PORT" \
      --hostname="$KC_URL" \
      --health-enabled=true \
      --import-realm \
      >>"$KC_LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$KC_PID_FILE"
  log "pid $pid (pid file: $KC_PID_FILE)"
  wait_ready "$pid"
}

cmd_stop() {
  local pid i
  pid="$(read_pid)"
  if ! pid_alive "$pid"; then
    log "Not running"
    rm -f "$KC_PID_FILE"
    return 0
  fi
  log "Stopping Keycloak (pid $pid)"
  # The pid is the leader of its own process group (setsid): signal the group.
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    pid_alive "$pid" || break
    sleep 1
  done
  if pid_alive "$pid"; then
    log "Still running after 60s, killing"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$KC_PID_FILE"
  log "Stopped"
}

cmd_status() {
  local pid
  pid="$(read_pid)"
  if pid_alive "$pid" && realm_answers; then
    echo "running (pid $pid): $KC_URL"
  elif pid_alive "$pid"; then
    echo "starting (pid $pid), realm not answering yet"
    return 1
  elif realm_answers; then
    echo "a Keycloak not started by this script answers on $KC_URL"
  else
    echo "stopped"
    return 3
  fi
}

# ---------------------------------------------------------------- tokens
json_field() {
  # json_field FIELD < json
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg f "$1" '.[$f] // empty'
  else
    python3 -c 'import json,sys; v=json.load(sys.stdin).get(sys.argv[1]); print(v if v is not None else "")' "$1"
  fi
}

request_token() {
  local body out status
  out="$(curl -sS --max-time 20 -w '\n%{http_code}' "$TOKEN_URL" "$@")" || die "could not reach $TOKEN_URL (is Keycloak started?)"
  status="${out##*$'\n'}"
  body="${out%$'\n'*}"
  if [[ "$status" != "200" ]]; then
    die "token request failed (HTTP $status): $body"
  fi
  local token
  token="$(printf '%s' "$body" | json_field access_token)"
  [[ -n "$token" ]] || die "no access_token in response: $body"
  printf '%s\n' "$token"
}

cmd_token() {
  [[ $# -ge 1 ]] || die "usage: $0 token USER [PASSWORD]"
  need curl
  request_token \
    --data-urlencode "grant_type=password" \
    --data-urlencode "client_id=maillon-demo-cli" \
    --data-urlencode "scope=openid" \
    --data-urlencode "username=$1" \
    --data-urlencode "password=${2:-demo}"
}

cmd_client_token() {
  [[ $# -ge 1 ]] || die "usage: $0 client-token CLIENT_ID [SECRET]"
  need curl
  local secret="${2:-}"
  if [[ -z "$secret" ]]; then
    case "$1" in   # demo secrets of the committed realm file (DEMO ONLY)
      maillon-integration-lan) secret="integration-lan-demo-secret" ;;
      maillon-integration-nim) secret="integration-nim-demo-secret" ;;
      maillon-reporting-lan) secret="reporting-lan-demo-secret" ;;
      *) die "no demo secret known for '$1'; pass it as second argument" ;;
    esac
  fi
  request_token \
    --data-urlencode "grant_type=client_credentials" \
    --data-urlencode "client_id=$1" \
    --data-urlencode "client_secret=$secret"
}

usage() {
  sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    fetch) cmd_fetch ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart) cmd_stop; cmd_start ;;
    status) cmd_status ;;
    token) cmd_token "$@" ;;
    client-token) cmd_client_token "$@" ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
