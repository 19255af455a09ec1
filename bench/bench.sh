#!/usr/bin/env bash
# Maillon benchmark (make bench): a fresh PostgreSQL 17 with a province-scale data set, the API's production jar
# against it with authentication on (tokens signed by a key generated here), then
#   - bench/Bench.java: the report endpoints next to the same SQL run directly (the floor);
#   - bench/LoadMix.java: a realistic mix of reads, writes and reports from 50 concurrent clients for a fixed time
#     (throughput, p50/p95/p99 per endpoint, errors).
# Prints the tables and writes bench/results/bench-*.md and bench/results/loadmix-*.md.
#
#   bench/bench.sh                    build, fresh database, load, run both, stop everything
#   bench/bench.sh --reuse            keep the loaded database of the previous run (skips the load; new migrations still run)
#   bench/bench.sh --keep             leave PostgreSQL and the API running afterwards (bench/bench.sh --stop stops them)
#   bench/bench.sh --load-only        build, load the data set (or reuse it with --reuse), stop the API, leave PostgreSQL
#                                     running and measure nothing (for scripts/backup-restore.sh; --stop stops it)
#   bench/bench.sh --only mix         only the load mix (or --only report: only the report benchmark)
#
# Environment: BENCH_SCALE (1 = 22 establishments, 2.5 M activities), BENCH_PG_PORT (55499), BENCH_API_PORT (18090),
# BENCH_MANAGEMENT_PORT (API port + 920: 19010; the API's metrics, see README "Operations"),
# BENCH_RUNS (1: multiplies the number of requests of the report benchmark), BENCH_SKIP_BUILD=1 (use the jar as built),
# BENCH_MIX_CLIENTS (50), BENCH_MIX_SECONDS (60), BENCH_MIX_WARMUP (180 s: on 2 cores the JIT compiler is still busy for minutes after start), BENCH_API_JAVA_OPTS (-Xms512m -Xmx1g -XX:+UseParallelGC).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/.local/bench"
PGDATA="$WORK/pgdata"
PG_VERSION="17.6.0"
PGHOME="$ROOT/.local/pgsql-$PG_VERSION"
PG_PORT="${BENCH_PG_PORT:-55499}"
API_PORT="${BENCH_API_PORT:-18090}"
MGMT_PORT="${BENCH_MANAGEMENT_PORT:-$((API_PORT + 920))}"
SCALE="${BENCH_SCALE:-1}"
ISSUER="https://bench.maillon.local/realms/maillon"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
REUSE=0; KEEP=0; LOAD_ONLY=0; ONLY=all
while [ $# -gt 0 ]; do
  case "$1" in
    --reuse) REUSE=1 ;;
    --keep) KEEP=1 ;;
    --load-only) LOAD_ONLY=1 ;;
    --stop) STOP_ONLY=1 ;;
    --only) shift; ONLY="${1:-}"
      case "$ONLY" in report|mix) ;; *) echo "bench: --only takes report or mix" >&2; exit 2 ;; esac ;;
    *) echo "usage: $0 [--reuse] [--keep] [--only report|mix] [--load-only] [--stop]" >&2; exit 2 ;;
  esac
  shift
done

as_pg() { if [ "$(id -u)" = "0" ]; then unshare -U "$@"; else "$@"; fi; }
psql_pg() { PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
pg_running() { [ -f "$PGDATA/postmaster.pid" ] && as_pg "$PGHOME/bin/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }
stop_api() {
  if [ -f "$WORK/api.pid" ]; then
    local pid; pid="$(cat "$WORK/api.pid")"
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done; fi
    rm -f "$WORK/api.pid"
  fi
}
stop_pg() { if [ -x "$PGHOME/bin/pg_ctl" ] && pg_running; then as_pg "$PGHOME/bin/pg_ctl" -D "$PGDATA" -m fast -w -t 60 stop >/dev/null; fi; }
stop_all() { stop_api; stop_pg; }

if [ "${STOP_ONLY:-0}" = "1" ]; then stop_all; echo "bench: stopped"; exit 0; fi
command -v psql >/dev/null || { echo "bench: psql is needed (Debian: apt-get install postgresql-client)" >&2; exit 1; }
command -v openssl >/dev/null || { echo "bench: openssl is needed" >&2; exit 1; }
mkdir -p "$WORK" "$ROOT/bench/results"
if [ "$LOAD_ONLY" = "1" ]; then
  trap 'stop_api' EXIT          # PostgreSQL stays up with the data set; bench/bench.sh --stop stops it
elif [ "$KEEP" = "0" ]; then
  trap 'stop_all' EXIT
fi
stop_api

# 1. The production jar.
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$JAR" ]; then
  echo "bench: building the API (backend/target/quarkus-app)…"
  (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
fi

# 2. PostgreSQL 17 (the binaries of scripts/postgres.sh), its own data directory and port.
"$ROOT/scripts/postgres.sh" fetch >/dev/null
if [ "$REUSE" = "1" ] && [ -f "$PGDATA/PG_VERSION" ] && [ -f "$WORK/loaded" ]; then
  echo "bench: reusing the loaded database in $PGDATA"
else
  stop_pg
  rm -rf "$PGDATA" "$WORK/loaded"
  as_pg "$PGHOME/bin/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1
  # A throwaway cluster: durability off (fsync), memory for a 2-core / 24 GB machine shared with others.
  cat >>"$PGDATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 100
shared_buffers = 2GB
effective_cache_size = 8GB
work_mem = 32MB
maintenance_work_mem = 1GB
max_wal_size = 8GB
checkpoint_timeout = 30min
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
random_page_cost = 1.1
effective_io_concurrency = 200
max_parallel_workers_per_gather = 2
log_min_duration_statement = -1
EOF
fi
# BENCH_PG_STATS=1: with pg_stat_statements (calls, time and rows of every statement: which queries a request costs).
PG_OPTS="-p $PG_PORT"
if [ "${BENCH_PG_STATS:-0}" = "1" ]; then PG_OPTS="$PG_OPTS -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"; fi
if pg_running && [ "$(cat "$WORK/pg-opts" 2>/dev/null)" != "$PG_OPTS" ]; then stop_pg; fi
if ! pg_running; then
  as_pg "$PGHOME/bin/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -w -t 120 -o "$PG_OPTS" start >/dev/null
  echo "$PG_OPTS" >"$WORK/pg-opts"
fi
psql_pg -d postgres -tc "SELECT 1 FROM pg_roles WHERE rolname = 'maillon'" | grep -q 1 || psql_pg -d postgres <<'SQL'
CREATE ROLE maillon LOGIN PASSWORD 'maillon';
CREATE DATABASE maillon OWNER maillon;
SQL
if [ "${BENCH_PG_STATS:-0}" = "1" ]; then
  psql_pg -d maillon -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
  psql_pg -d maillon -c "SELECT pg_stat_statements_reset()" >/dev/null
fi
echo "bench: PostgreSQL 17 on 127.0.0.1:$PG_PORT ($PGDATA)"

# 3. A signing key for the tokens: the API trusts its public key only (no Keycloak needed; authentication stays on).
if [ ! -f "$WORK/key.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
fi
PUBLIC_KEY="$(openssl pkey -in "$WORK/key.pem" -pubout -outform DER | base64 -w0)"

# 4. The API (production jar, production profile): Flyway migrates the empty database at start. The per-client rate
# limit stays on (its cost is measured) but is raised so that it never answers 429 to the bench's few clients, which
# send far more than a person would (BENCH_RATE_LIMIT; production: 50/s, burst 200).
start_api() {
  QUARKUS_HTTP_PORT="$API_PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/maillon" \
  QUARKUS_DATASOURCE_USERNAME=maillon QUARKUS_DATASOURCE_PASSWORD=maillon \
  MAILLON_FLYWAY_LOCATIONS=db/migration \
  QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_DISCOVERY_ENABLED=false \
  QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" \
  MAILLON_RATE_LIMIT_PER_SECOND="${BENCH_RATE_LIMIT:-100000}" MAILLON_RATE_LIMIT_BURST="${BENCH_RATE_LIMIT:-100000}" \
  MAILLON_REPORTS_CACHE="${1:-true}" \
  nohup java ${BENCH_API_JAVA_OPTS:--Xms512m -Xmx1g -XX:+UseParallelGC} -jar "$JAR" >"$WORK/api.log" 2>&1 &
  echo $! >"$WORK/api.pid"
  for _ in $(seq 1 240); do
    if curl -sf "http://127.0.0.1:$API_PORT/q/health/ready" >/dev/null 2>&1; then
      echo "bench: API on http://127.0.0.1:$API_PORT (log: $WORK/api.log)"; return 0
    fi
    kill -0 "$(cat "$WORK/api.pid")" 2>/dev/null || { echo "bench: the API failed to start:" >&2; tail -40 "$WORK/api.log" >&2; exit 1; }
    sleep 1
  done
  echo "bench: the API did not become ready" >&2; tail -40 "$WORK/api.log" >&2; exit 1
}
# The report benchmark measures the reports' SQL: its API computes every report (MAILLON_REPORTS_CACHE=false); the load
# mix runs the production configuration (computed figures served again while their data is unchanged).
if [ "$ONLY" = "mix" ]; then start_api true; else start_api false; fi

# 5. The data set (SQL generate_series inside PostgreSQL), then VACUUM ANALYZE (statistics, visibility map).
if [ ! -f "$WORK/loaded" ]; then
  echo "bench: generating the data set (scale $SCALE)…"
  t0=$(date +%s)
  psql_pg -d maillon -v ON_ERROR_STOP=1 -v scale="$SCALE" -f "$ROOT/bench/generate.sql" | sed 's/^/  /'
  psql_pg -d maillon -c "VACUUM (ANALYZE)"
  echo "bench: data set loaded in $(( $(date +%s) - t0 )) s"
  touch "$WORK/loaded"
fi

if [ "$LOAD_ONLY" = "1" ]; then
  echo "bench: data set loaded; PostgreSQL left running on 127.0.0.1:$PG_PORT (stop it with bench/bench.sh --stop)"
  exit 0
fi

# 6. Measure: the reports against their SQL floor, then the load mix.
CP="$ROOT/backend/target/quarkus-app/app/*:$ROOT/backend/target/quarkus-app/lib/main/*"
# The access tokens of the drivers (bench/BenchTokens.java, shared by them), compiled onto their class path.
mkdir -p "$WORK/classes" && javac -d "$WORK/classes" "$ROOT/bench/BenchTokens.java"
CP="$WORK/classes:$CP"
STAMP="$(date +%Y%m%d-%H%M%S)"
if [ "$ONLY" != "mix" ]; then
  java -cp "$CP" "$ROOT/bench/Bench.java" --api "http://127.0.0.1:$API_PORT" \
    --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/maillon" --key "$WORK/key.pem" --issuer "$ISSUER" \
    --runs-factor "${BENCH_RUNS:-1}" --out "$ROOT/bench/results/bench-$STAMP.md"
fi
if [ "$ONLY" != "report" ]; then
  if [ "$ONLY" != "mix" ]; then stop_api; start_api true; fi
  # The loader is light (one JVM, plain HttpURLConnection, pre-built requests): a small heap, two GC threads.
  java -Xms256m -Xmx512m -XX:+UseParallelGC -XX:ParallelGCThreads=2 -XX:TieredStopAtLevel=1 \
    -cp "$CP" "$ROOT/bench/LoadMix.java" --api "http://127.0.0.1:$API_PORT" \
    --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/maillon" --key "$WORK/key.pem" --issuer "$ISSUER" \
    --clients "${BENCH_MIX_CLIENTS:-50}" --seconds "${BENCH_MIX_SECONDS:-60}" --warmup "${BENCH_MIX_WARMUP:-180}" \
    --api-pid "$(cat "$WORK/api.pid")" --pg-pid "$(head -1 "$PGDATA/postmaster.pid")" --out "$ROOT/bench/results/loadmix-$STAMP.md"
fi
if [ "$KEEP" = "1" ]; then
  echo "bench: left running (PostgreSQL :$PG_PORT, API :$API_PORT); stop with bench/bench.sh --stop"
fi
