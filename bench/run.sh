#!/usr/bin/env bash
# Maillage benchmark harness: one command per scenario.
#
#   bench/run.sh <load|pages|search|import|directory|all> [smoke|small|medium|national|annuaire]
#
# Prepares PostgreSQL (a private server in a temporary folder, installed with apt-get when absent,
# or an existing loopback server given by BENCH_DB_URL), builds and starts Maillage as a jar with a
# stated heap, loads the generated data, warms up, measures, writes bench/out/<scenario>-<size>-<date>
# .json and .md, and stops everything it started. See bench/README.md.
set -euo pipefail

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  cat <<'EOF'

Environment (all optional):
  BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD  existing PostgreSQL (loopback only), JDBC URL
  BENCH_HEAP=512m          application heap (-Xmx)
  BENCH_CONNECTIONS=8      concurrent clients      BENCH_THREADS=2   client threads
  BENCH_WARMUP=10          warm-up seconds         BENCH_DURATION=20 measured seconds, per line
  BENCH_SEED=42            generation seed
  BENCH_PAGES=             only these lines of pages.tsv (comma-separated names); the others are only checked
  BENCH_HOME_CONNECTIONS=32  concurrent clients for the public home page's own measurement
  BENCH_TIMED=a,b          the pages timed one request at a time (default: those with a target in their issue)
  BENCH_IMPORT_HEAP=512m   heap of the directory's import step (the application restarts on it)
  BENCH_JFR=1              record the application with Java Flight Recorder (run folder, app-<start>.jfr)
EOF
}

SCENARIO=${1:-}
SIZE=${2:-small}
case "$SCENARIO" in
  load|pages|search|import|directory|all) ;;
  -h|--help|"") usage; exit 2 ;;
  *) echo "Unknown scenario '$SCENARIO'" >&2; usage; exit 2 ;;
esac
case "$SIZE" in
  smoke|small|medium|national|annuaire) ;;
  *) echo "Unknown size '$SIZE'" >&2; usage; exit 2 ;;
esac

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
# The directory's targets are measured on a 256 MB heap (its export must stream within it).
if [ "$SCENARIO" = directory ]; then HEAP=${BENCH_HEAP:-256m}; else HEAP=${BENCH_HEAP:-512m}; fi
CONNECTIONS=${BENCH_CONNECTIONS:-8}
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-10}
DURATION=${BENCH_DURATION:-20}
SEED=${BENCH_SEED:-42}
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN="$BENCH/target/runs/$SCENARIO-$SIZE-$STAMP"
OUT="$BENCH/out/$SCENARIO-$SIZE-$STAMP"
ADMIN_EMAIL=admin@bench.maillage.fr
PASSWORD=Bench-Maillage-2026
TMP=$(mktemp -d /tmp/mbench.XXXXXX)
chmod 755 "$TMP"
mkdir -p "$RUN" "$TMP/static"

APP_PID=""
PG_DATA=""
PG_BIN=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  local status=$?
  stop_app
  if [ -n "$PG_DATA" ]; then
    log "stopping the private PostgreSQL server"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

install_debian() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing $*: install it (apt-get install $*) or run as root" >&2
    exit 1
  fi
  log "installing $* from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

free_port() {
  local port
  for port in $(seq "$1" $(( $1 + 500 ))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "No free port from $1" >&2
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Tools and build
# ---------------------------------------------------------------------------------------------
command -v wrk >/dev/null 2>&1 || install_debian wrk
command -v curl >/dev/null 2>&1 || install_debian curl
JAR="$ROOT/target/maillage.jar"
CLASSPATH_FILE="$BENCH/target/classpath.txt"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" "$BENCH/src" -newer "$JAR" -type f | head -1)" ] \
    || [ ! -f "$ROOT/target/test-classes/fr/maillage/bench/Bench.class" ]; then
  log "building the application jar and the harness (./mvnw package -DskipTests)"
  (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
fi
if [ ! -f "$CLASSPATH_FILE" ] || [ "$ROOT/pom.xml" -nt "$CLASSPATH_FILE" ]; then
  mkdir -p "$BENCH/target"
  (cd "$ROOT" && ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$CLASSPATH_FILE")
fi
bench_java() {
  timeout 3600 java -Xmx1g -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CLASSPATH_FILE")" \
    fr.maillage.bench.Bench "$@"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------
if [ -n "${BENCH_DB_URL:-}" ]; then
  DB_URL=$BENCH_DB_URL
  DB_USER=${BENCH_DB_USER:-postgres}
  DB_PASSWORD=${BENCH_DB_PASSWORD:-}
  case "$DB_URL" in
    jdbc:postgresql://127.*|jdbc:postgresql://localhost[:/]*|jdbc:postgresql://\[::1\]*) ;;
    *) echo "BENCH_DB_URL must name a loopback address (127.0.0.1, localhost, [::1])" >&2; exit 1 ;;
  esac
  PGBENCH=$(command -v pgbench || true)
  PG_VERSION="existing server"
  log "using the existing PostgreSQL server $DB_URL"
else
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$PG_BIN" ]; then
    install_debian postgresql
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  PG_PORT=$(free_port 25432)
  PG_DATA="$TMP/pgdata"
  mkdir -p "$PG_DATA"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_DATA"; fi
  log "starting a private PostgreSQL server ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$PG_PORT"
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$RUN/initdb.log" 2>&1
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DATA -c shared_buffers=256MB" \
    start >/dev/null
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres maillage
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/maillage"
  DB_USER=postgres
  DB_PASSWORD=""
  PGBENCH="$PG_BIN/pgbench"
  PG_VERSION=$("$PG_BIN/postgres" --version | awk '{print $3}')
fi
DB_ARGS=(--jdbc "$DB_URL" --db-user "$DB_USER" --db-password "$DB_PASSWORD")

# ---------------------------------------------------------------------------------------------
# The application
# ---------------------------------------------------------------------------------------------
APP_PORT=$(free_port 18080)
# The jar runs from a copy under a neutral name, so that other people's clean-ups of their own
# "maillage.jar" processes on a shared machine do not stop this run.
cp "$JAR" "$TMP/app.jar"
BASE_URL="http://127.0.0.1:$APP_PORT"

start_app() { # $1: label of this start (and of its data folder); $2: "indexed" when the indexes are built;
              # $3: label of an earlier start whose data folder (and indexes) this one reuses
  local label=$1 data="$TMP/app-data-${3:-$1}" logfile="$RUN/app-$1.log" indexed=${2:-}
  mkdir -p "$data"
  log "starting Maillage ($label) with -Xmx$HEAP on $BASE_URL"
  MAILLAGE_DB_URL="$DB_URL" MAILLAGE_DB_USER="$DB_USER" MAILLAGE_DB_PASSWORD="$DB_PASSWORD" \
    MAILLAGE_DATA_DIR="$data" MAILLAGE_BASE_URL="$BASE_URL" \
    MAILLAGE_ADMIN_EMAIL="$ADMIN_EMAIL" MAILLAGE_ADMIN_PASSWORD="$PASSWORD" \
    java -Xmx"$HEAP" ${BENCH_JFR:+-XX:StartFlightRecording=filename=$RUN/app-$1.jfr,settings=profile,dumponexit=true} \
      -jar "$TMP/app.jar" --server.port="$APP_PORT" --server.address=127.0.0.1 \
      --spring.web.resources.static-locations="classpath:/static/,file:$TMP/static/" \
      >"$logfile" 2>&1 &
  APP_PID=$!
  local waited=0
  until curl -fsS "$BASE_URL/actuator/health" 2>/dev/null | grep -q UP; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "Maillage stopped: see $logfile" >&2; tail -30 "$logfile" >&2; exit 1
    fi
    if [ $waited -ge 600 ]; then echo "Maillage not up after 600 s: see $logfile" >&2; exit 1; fi
    sleep 1; waited=$((waited + 1))
  done
  waited=0
  until [ "$indexed" = indexed ] || grep -q "search index built" "$logfile"; do
    if [ $waited -ge 600 ]; then log "no index line after 600 s; going on"; break; fi
    sleep 1; waited=$((waited + 1))
  done
  # The global search fills its documents in the background after a start: measure once it is done.
  waited=0
  until grep -q "Search backfill finished" "$logfile"; do
    if [ $waited -ge 900 ]; then log "no end of the search backfill after 900 s; going on"; break; fi
    sleep 1; waited=$((waited + 1))
  done
  bench_java startup --log "$logfile" --run "$RUN" --label "$label" >/dev/null
  log "Maillage is up ($(grep -o 'search index built.*' "$logfile" | head -1 || true))"
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping Maillage"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

# Pages whose issue sets a target for one user's wait: timed one request at a time as well.
TIMED_PAGES=home,workspace_dashboard,directory_list,funding_dashboard,funding_copil_pdf,evaluation_dashboard,\
evaluation_regional,evaluation_review_pdf,governance_followups,search_page,sheets_search,resources_search,watch_search,\
experiences_api,public_home
LOAD_ARGS=(--connections "$CONNECTIONS" --threads "$THREADS" --duration "$DURATION" --warmup "$WARMUP")

cat >"$RUN/settings.json" <<EOF
{
  "scenario": "$SCENARIO",
  "size": "$SIZE",
  "seed": $SEED,
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)",
  "java": "$(java -version 2>&1 | head -1 | sed 's/"//g')",
  "postgresql": "$PG_VERSION",
  "heap": "$HEAP",
  "connections": $CONNECTIONS,
  "threads": $THREADS,
  "warmup": $WARMUP,
  "duration": $DURATION,
  "git": "$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)",
  "load_start": $(cut -d' ' -f1 /proc/loadavg),
EOF

# ---------------------------------------------------------------------------------------------
# The scenario
# ---------------------------------------------------------------------------------------------
start_app first-start

# The QPV list comes first: the workspaces' perimeters name its QPV. Its import is measured by the
# import scenario; otherwise it is preparation and its figures stay out of the report.
bench_java qpv-file "${DB_ARGS[@]}" --size "$SIZE" --seed "$SEED" --out "$RUN/qpv.csv"
if [ "$SCENARIO" = import ] || [ "$SCENARIO" = all ]; then IMPORT_RUN="$RUN"; else IMPORT_RUN="$RUN/preparation"; fi
log "importing the QPV list through the application's import form"
bench_java import "${DB_ARGS[@]}" --base-url "$BASE_URL" --run "$IMPORT_RUN" --file "$RUN/qpv.csv" \
  --email "$ADMIN_EMAIL" --password "$PASSWORD" >/dev/null
if ! grep -q '"status" : "measured"' "$IMPORT_RUN/import.json"; then
  echo "The QPV list was not imported; the workspaces' perimeters need it:" >&2
  cat "$IMPORT_RUN/import.json" >&2
  exit 1
fi

if [ "$SCENARIO" != import ]; then
  log "generating and loading the $SIZE data set"
  bench_java generate "${DB_ARGS[@]}" --size "$SIZE" --seed "$SEED" --out "$RUN/dataset"
  cp "$RUN/dataset/generation.json" "$RUN/generation.json"
  # Copied rows are in no search index: the application's context (its server on a free port, unused)
  # rebuilds every index with the mass indexer into a fresh folder, and the application restarts on it.
  stop_app
  log "rebuilding every search index with the mass indexer"
  bench_java reindex "${DB_ARGS[@]}" --data-dir "$TMP/app-data-after-load" --run "$RUN" >"$RUN/reindex.log" 2>&1 \
    || { tail -30 "$RUN/reindex.log" >&2; exit 1; }
  grep "search index" "$RUN/reindex.log" | grep -v "^\s*at " | tail -3 || true
  start_app after-load indexed
fi

if [ "$SCENARIO" = load ] || [ "$SCENARIO" = all ]; then
  sleep 5
  bench_java memory --pid "$APP_PID" --heap "$HEAP" --run "$RUN" --label "idle after load" >/dev/null
fi

if [ "$SCENARIO" = pages ] || [ "$SCENARIO" = all ]; then
  log "measuring the pages and their static floors"
  bench_java pages --base-url "$BASE_URL" --run "$RUN" --bench "$BENCH" --static-dir "$TMP/static" \
    "${LOAD_ARGS[@]}" ${BENCH_PAGES:+--measure "$BENCH_PAGES"} >/dev/null
  bench_java memory --pid "$APP_PID" --heap "$HEAP" --run "$RUN" --label "after pages" >/dev/null
  log "measuring the public home page under ${BENCH_HOME_CONNECTIONS:-32} concurrent clients"
  bench_java pages --base-url "$BASE_URL" --run "$RUN" --bench "$BENCH" --static-dir "$TMP/static" \
    --connections "${BENCH_HOME_CONNECTIONS:-32}" --threads "$THREADS" --duration "$DURATION" --warmup "$WARMUP" \
    --measure public_home --report pages-public-home.json >/dev/null
  log "measuring governance: convening 60 members, a 20-item minutes PDF"
  bench_java governance --base-url "$BASE_URL" --run "$RUN" --bench "$BENCH" "${LOAD_ARGS[@]}" >/dev/null
  log "measuring funding: national totals by funder, the national SCDL export (as the administrator)"
  bench_java funding --base-url "$BASE_URL" --run "$RUN" --bench "$BENCH" --pid "$APP_PID" --heap "$HEAP" \
    --email "$ADMIN_EMAIL" --password "$PASSWORD" "${LOAD_ARGS[@]}" >/dev/null
  log "timing the heaviest pages one request at a time"
  bench_java timed --base-url "$BASE_URL" --run "$RUN" --bench "$BENCH" "${LOAD_ARGS[@]}" \
    --pages "${BENCH_TIMED:-$TIMED_PAGES}" >/dev/null
fi

if [ "$SCENARIO" = search ] || [ "$SCENARIO" = all ]; then
  log "measuring the searches and PostgreSQL's full-text floor"
  bench_java search "${DB_ARGS[@]}" --base-url "$BASE_URL" --run "$RUN" --bench "$BENCH" \
    --pgbench "${PGBENCH:-pgbench}" "${LOAD_ARGS[@]}" >/dev/null
  bench_java memory --pid "$APP_PID" --heap "$HEAP" --run "$RUN" --label "after search" >/dev/null
fi

if [ "$SCENARIO" = directory ]; then
  log "measuring the directory: API search, duplicates, XLSX export, 50,000-row import"
  bench_java directory --base-url "$BASE_URL" --run "$RUN" --bench "$BENCH" --pid "$APP_PID" --heap "$HEAP" \
    --steps search,duplicates,export "${LOAD_ARGS[@]}" >/dev/null
  bench_java memory --pid "$APP_PID" --heap "$HEAP" --run "$RUN" --label "after directory" >/dev/null
  # The import's limit is 512 MB (issue 4): the application restarts on that heap for it.
  stop_app
  HEAP=${BENCH_IMPORT_HEAP:-512m}
  start_app import indexed after-load
  log "measuring the directory: 50,000-row import with -Xmx$HEAP"
  bench_java directory --base-url "$BASE_URL" --run "$RUN" --bench "$BENCH" --pid "$APP_PID" --heap "$HEAP" \
    --steps import "${LOAD_ARGS[@]}" >/dev/null
  bench_java memory --pid "$APP_PID" --heap "$HEAP" --run "$RUN" --label "after import" >/dev/null
fi

echo "  \"load_end\": $(cut -d' ' -f1 /proc/loadavg)" >>"$RUN/settings.json"
echo "}" >>"$RUN/settings.json"
bench_java report --run "$RUN" --out "$OUT"
if [ -f "$RUN/directory.md" ]; then
  { echo; echo "Load average at the end: $(cut -d' ' -f1 /proc/loadavg)"; echo; cat "$RUN/directory.md"; } >>"$OUT.md"
  cp "$RUN/directory.json" "$OUT-directory.json"
fi
echo
cat "$OUT.md"
