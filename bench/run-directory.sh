#!/usr/bin/env bash
# Benchmark of the directory (issue 3, "Speed"): generates the dataset into a dedicated PostgreSQL, starts the
# packaged platform on it, runs the Gatling simulations (search, map clusters, organisation page vs nginx) and
# writes p50/p95/p99 and throughput into a results file. See bench/README.md and docs/performance.md.
#
#   bench/run-directory.sh gard        # 25,000 organisations, platform with -Xmx512m
#   bench/run-directory.sh national    # 1,500,000 organisations, platform with -Xmx2g
#
# Environment (all optional):
#   BENCH_STEPS      steps to run, in order (default: "db schema generate app simulations stop")
#                    db: start PostgreSQL; schema: run the platform once (Flyway + territory import) then stop it;
#                    generate: dataset + feeders; app: start the platform; simulations: Gatling; stop: stop both
#   BENCH_WORK       work folder (default /var/tmp/gide-dir-bench): PostgreSQL cluster, logs, nginx, static pages
#   BENCH_SEED       generator seed (default 42); BENCH_COUNT overrides the scale's organisation count
#   BENCH_HEAP       platform heap (default 512m for gard, 2g for national)
#   BENCH_START_TIMEOUT  seconds to wait for the platform to be ready, search index rebuild included
#                    (default 900 for gard, 3600 for national)
#   BENCH_WARMUP     warm-up seconds per simulation (default 20); BENCH_DURATION measured seconds (default 60)
#   BENCH_USERS      concurrent clients (default 32)
#   BENCH_SIMULATIONS  which of "search clusters page" to run (default all three)
#   PG_BIN           PostgreSQL binaries (default: the newest /usr/lib/postgresql/*/bin; installed with apt if none)
#   PG_PORT APP_PORT NGINX_PORT   (defaults 55432 for gard and 55433 for national, 18080, 18081)
#   GIDE_JAR         the platform jar (default target/gide-*.jar, built with ./mvnw -DskipTests package if absent)
set -euo pipefail

scale="${1:-}"
case "$scale" in
  gard) default_heap=512m; default_shared_buffers=256MB; default_pg_port=55432; default_start_timeout=900 ;;
  national) default_heap=2g; default_shared_buffers=1GB; default_pg_port=55433; default_start_timeout=3600 ;;
  *) echo "usage: $0 gard|national" >&2; exit 2 ;;
esac

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_WORK:-/var/tmp/gide-dir-bench}/$scale"
steps="${BENCH_STEPS:-db schema generate app simulations stop}"
heap="${BENCH_HEAP:-$default_heap}"
start_timeout="${BENCH_START_TIMEOUT:-$default_start_timeout}"
warmup="${BENCH_WARMUP:-20}"
duration="${BENCH_DURATION:-60}"
users="${BENCH_USERS:-32}"
simulations="${BENCH_SIMULATIONS:-search clusters page}"
pg_port="${PG_PORT:-$default_pg_port}"
app_port="${APP_PORT:-18080}"
nginx_port="${NGINX_PORT:-18081}"
data="$repo/bench/target/directory-data/$scale"
results_dir="$repo/bench/target/directory-results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$results_dir/$scale-$stamp.md"
jdbc="jdbc:postgresql://127.0.0.1:$pg_port/gide"
contours="$repo/../shared/data/derived/communes-30-gard-cog2026.geojson"
mkdir -p "$work" "$results_dir" "$data"
chmod 755 "$work" "$(dirname "$work")"

log() { echo "[bench $(date -u +%H:%M:%S)] $*"; }
note() { echo "$*" >> "$results"; }
has_step() { [[ " $steps " == *" $1 "* ]]; }
seconds_since() { awk -v s="$1" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }'; }

# --- PostgreSQL -------------------------------------------------------------------------------------------------
pg_bin="${PG_BIN:-}"
if [ -z "$pg_bin" ]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
fi
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pgdata="$work/pgdata"
psql_gide() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U gide -X -q -t -A "$@"; }

start_db() {
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/pg_ctl" ]; then
    log "no PostgreSQL server binaries: installing the Debian package postgresql"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    log "initdb $pgdata ($("$pg_bin/postgres" --version))"
    mkdir -p "$pgdata"
    [ "$(id -u)" = 0 ] && chown postgres: "$pgdata" "$work"
    as_postgres "$pg_bin/initdb" -D "$pgdata" -U gide --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$pgdata/postgresql.conf" <<EOF
# gide directory benchmark
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$work'
max_connections = 100
shared_buffers = ${PG_SHARED_BUFFERS:-$default_shared_buffers}
work_mem = 16MB
maintenance_work_mem = 512MB
effective_cache_size = 4GB
wal_level = minimal
max_wal_senders = 0
max_wal_size = 4GB
checkpoint_timeout = 15min
random_page_cost = 1.1
EOF
  fi
  if ! as_postgres "$pg_bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    log "starting PostgreSQL on 127.0.0.1:$pg_port"
    as_postgres "$pg_bin/pg_ctl" -D "$pgdata" -l "$work/postgres.log" -w start >/dev/null
  fi
  if [ "$(psql_gide -d postgres -c "select count(*) from pg_database where datname = 'gide'")" = 0 ]; then
    psql_gide -d postgres -c "create database gide"
  fi
}

stop_db() {
  if [ -n "$pg_bin" ] && [ -f "$pgdata/postmaster.pid" ]; then
    log "stopping PostgreSQL"
    as_postgres "$pg_bin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null || true
  fi
}

# --- the platform -------------------------------------------------------------------------------------------------
jar="${GIDE_JAR:-}"
find_jar() {
  if [ -z "$jar" ]; then
    jar="$(ls "$repo"/target/gide-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)"
  fi
  if [ -z "$jar" ]; then
    log "no platform jar: building it (./mvnw -DskipTests package)"
    (cd "$repo" && ./mvnw -q -B -ntp -DskipTests package)
    jar="$(ls "$repo"/target/gide-*.jar | grep -v -- '-plain' | head -1)"
  fi
}

platform_env() {
  export SPRING_DATASOURCE_URL="$jdbc" SPRING_DATASOURCE_USERNAME=gide SPRING_DATASOURCE_PASSWORD=gide
  export GIDE_DATA_DIR="$work/gide-data" PORT="$app_port" GIDE_PUBLIC_URL="http://127.0.0.1:$app_port"
}

run_schema() {
  find_jar
  platform_env
  log "platform once on the benchmark database: Flyway migrations and territory import (log: $work/schema.log)"
  (cd "$repo" && java -Xmx512m -jar "$jar" --gide.territory.import=true --gide.territory.exit-after-import=true \
    "--gide.territory.contours.locations[0]=file:$contours" > "$work/schema.log" 2>&1) || {
    log "the platform failed to migrate/import: see $work/schema.log"; tail -20 "$work/schema.log"; exit 1; }
}

app_pid_file="$work/app.pid"
start_app() {
  find_jar
  platform_env
  log "starting the platform with -Xmx$heap on port $app_port (log: $work/app.log)"
  local start; start=$(date +%s%N)
  (cd "$repo" && exec java "-Xmx$heap" ${BENCH_JVM_OPTS:-} -jar "$jar" "--gide.territory.contours.locations[0]=file:$contours" \
    > "$work/app.log" 2>&1) &
  echo $! > "$app_pid_file"
  local pid; pid=$(cat "$app_pid_file")
  local ready=""
  local deadline=$(( $(date +%s) + start_timeout ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    if curl -fsS "http://127.0.0.1:$app_port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then ready=yes; break; fi
    sleep 1
  done
  if [ -z "$ready" ]; then
    note "- **The platform did not become ready with -Xmx$heap within $start_timeout s**: $(grep -m1 -o 'OutOfMemoryError.*' "$work/app.log" || tail -1 "$work/app.log" | cut -c1-300)"
    log "the platform did not become ready: see $work/app.log"; tail -30 "$work/app.log"; exit 1
  fi
  local up; up=$(seconds_since "$start")
  # The search may build an in-memory index after start-up: wait until the API answers (503 while indexing).
  local code=""
  while [ "$(date +%s)" -lt "$deadline" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/api/organisations?q=association" || true)
    [ "$code" != 503 ] && break
    sleep 1
  done
  local searchable; searchable=$(seconds_since "$start")
  local rss; rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f MB", $1/1024}')
  note "- Platform: \`java -Xmx$heap -jar $(basename "$jar")\`: ready (actuator readiness UP) in $up s,"\
" search API answering (HTTP $code) after $searchable s, resident memory $rss after start-up."
  log "platform ready in $up s (search API HTTP $code after $searchable s), RSS $rss"
  # What the read models said while starting (search index rebuild, map point store…), as they log it.
  grep -i -E 'index.*(rebuil|built|document|done)|point store|points? loaded|clusters?.*(built|ready)' "$work/app.log" \
    | tail -5 | sed -E 's/^[^ ]+ +[A-Z]+ +[0-9]+ --- \[[^]]*\] \[[^]]*\] [^ ]+ +: /  - start-up log: /' >> "$results" || true
}

stop_app() {
  if [ -f "$app_pid_file" ] && kill -0 "$(cat "$app_pid_file")" 2>/dev/null; then
    local pid; pid=$(cat "$app_pid_file")
    local rss; rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f MB", $1/1024}')
    note "- Platform still running at the end of the run (resident memory $rss): it ran with -Xmx$heap throughout."
    log "stopping the platform (pid $pid)"
    kill "$pid"; for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  elif [ -f "$app_pid_file" ]; then
    note "- **The platform had stopped before the end of the run** (see $work/app.log):"\
" $(grep -m1 -o 'OutOfMemoryError.*' "$work/app.log" || echo 'no OutOfMemoryError logged')."
  fi
  rm -f "$app_pid_file"
}

# --- nginx (organisation page reference) ------------------------------------------------------------------------
nginx_conf="$work/nginx/nginx.conf"
start_nginx() {
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    log "installing the Debian package nginx"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 \
      || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
    # The package may start a default server on port 80: not ours, leave it as the package set it up.
  fi
  local nginx_bin; nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
  mkdir -p "$work/nginx" "$work/static/annuaire"
  chmod -R a+rX "$work/static"
  cat > "$nginx_conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  default_type text/html;
  client_body_temp_path $work/nginx/tmp;
  proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp;
  scgi_temp_path $work/nginx/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location /annuaire/ { try_files \$uri.html =404; charset utf-8; }
  }
}
EOF
  mkdir -p "$work/nginx/tmp"
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null && sleep 1 || true
  "$nginx_bin" -c "$nginx_conf" -p "$work/nginx" -g "user $(id -un);" 2>/dev/null || "$nginx_bin" -c "$nginx_conf" -p "$work/nginx"
  log "nginx serving $work/static on 127.0.0.1:$nginx_port ($("$nginx_bin" -v 2>&1))"
}

stop_nginx() {
  if [ -f "$work/nginx/nginx.pid" ]; then
    kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
    rm -f "$work/nginx/nginx.pid"
  fi
}

# --- simulations --------------------------------------------------------------------------------------------------
probe() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port$1" || echo 000; }

run_gatling() {
  local class="$1" label="$2"
  log "Gatling $class: $users clients, ${warmup}s warm-up, ${duration}s measured"
  local before; before=$(ls -td "$repo"/bench/target/gatling/*/ 2>/dev/null | head -1 || true)
  if ! (cd "$repo" && ./mvnw -q -B -ntp -f bench/pom.xml test-compile gatling:test "-Dgatling.simulationClass=org.gide.bench.$class" \
      "-Dgide.url=http://127.0.0.1:$app_port" "-Dbench.data=$data" "-Dbench.static.url=http://127.0.0.1:$nginx_port" \
      "-Dbench.warmup=$warmup" "-Dbench.duration=$duration" "-Dbench.users=$users" > "$work/gatling-$class.log" 2>&1); then
    log "Gatling $class ended with an error (see $work/gatling-$class.log)"
    note "- $label: Gatling ended with an error, see \`$work/gatling-$class.log\`."
  fi
  local report; report=$(ls -td "$repo"/bench/target/gatling/*/ 2>/dev/null | head -1 || true)
  if [ -z "$report" ] || [ "$report" = "$before" ]; then
    note "- $label: no Gatling report produced."
    return
  fi
  python3 "$repo/bench/directory-report.py" "$report" "$duration" "$scale" "$data" >> "$results"
  note ""
}

run_simulations() {
  [ -f "$data/search-queries.csv" ] || { log "no feeders in $data: run the generate step"; exit 1; }
  note "## Simulations ($users concurrent clients, closed model, ${warmup} s warm-up then ${duration} s measured)"
  note ""
  local sample_id; sample_id=$(sed -n 2p "$data/organisation-ids.csv")
  local q; q=$(sed -n 2p "$data/search-queries.csv")
  local v; v=$(sed -n 2p "$data/viewports.csv" | sed 's/"//g; s/,\([0-9]*\)$/\&zoom=\1/')
  for sim in $simulations; do
    case "$sim" in
      search)
        local api page; api=$(probe "/api/organisations?$q"); page=$(probe "/annuaire?$q")
        if [ "$api" != 200 ] && [ "$page" != 200 ]; then
          note "- Search: **not measured**: \`GET /api/organisations\` answered HTTP $api and \`GET /annuaire\` HTTP $page (endpoints not on this build)."
          note ""
        else
          [ "$api" = 200 ] || note "- Search API answered HTTP $api to a probe: its figures below are failures."
          [ "$page" = 200 ] || note "- Search page answered HTTP $page to a probe: its figures below are failures."
          run_gatling DirectorySearchSimulation "Search"
        fi ;;
      clusters)
        local c; c=$(probe "/api/carte/clusters?bbox=$v")
        if [ "$c" != 200 ]; then
          note "- Map clusters: **not measured**: \`GET /api/carte/clusters\` answered HTTP $c (endpoint not on this build)."
          note ""
        else
          run_gatling MapClustersSimulation "Map clusters"
        fi ;;
      page)
        local p; p=$(probe "/annuaire/$sample_id")
        if [ "$p" != 200 ]; then
          note "- Organisation page: **not measured**: \`GET /annuaire/$sample_id\` answered HTTP $p (page not on this build)."
          note ""
        else
          start_nginx
          log "saving the organisation pages served by the platform as static files for nginx"
          local saved=0
          rm -f "$work"/static/annuaire/*.html
          while read -r id; do
            [ "$id" = id ] && continue
            curl -fsS "http://127.0.0.1:$app_port/annuaire/$id" -o "$work/static/annuaire/$id.html" && saved=$((saved + 1)) || true
          done < "$data/organisation-ids.csv"
          chmod -R a+rX "$work/static"
          log "$saved pages saved"
          note "- Organisation pages saved for nginx: $saved, $(cat "$work"/static/annuaire/*.html | wc -c | awk -v n="$saved" '{ printf "%.1f KB", $1 / (n ? n : 1) / 1024 }') on average."
          run_gatling OrganisationPageSimulation "Organisation page"
          stop_nginx
        fi ;;
    esac
  done
}

# --- run ----------------------------------------------------------------------------------------------------------
{
  echo "# Directory benchmark, $scale scale, $stamp"
  echo ""
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); Java $(java -version 2>&1 | head -1)"
  echo "- Commit: $(git -C "$repo" rev-parse --short HEAD) ($(git -C "$repo" log -1 --format=%s | cut -c1-80))"
} > "$results"

trap 'stop_app; stop_nginx' EXIT

if has_step db; then
  start_db
  note "- PostgreSQL: $("$pg_bin/postgres" --version), cluster $pgdata"
fi
if has_step schema; then
  run_schema
fi
if has_step generate; then
  log "generating the $scale dataset (log: $work/generate.log)"
  args="--scale $scale --jdbc $jdbc --user gide --password gide --seed ${BENCH_SEED:-42} --out $data"
  [ -n "${BENCH_COUNT:-}" ] && args="$args --count $BENCH_COUNT"
  start=$(date +%s%N)
  if ! (cd "$repo" && ./mvnw -q -B -ntp -f bench/pom.xml compile exec:java "-Dexec.args=$args") 2>&1 | tee "$work/generate.log"; then
    note "- **Generation or verification failed**: $(grep -E '\[verify\] FAILED|ERROR' "$work/generate.log" | head -5 | paste -sd ';' -)"
    log "generation failed: see $work/generate.log"; exit 1
  fi
  elapsed=$(seconds_since "$start")
  note "- Dataset: $(grep -m1 'organisations over' "$work/generate.log" | sed 's/\[generator\] //')"
  note "- Load: $(grep -m1 'COPY of' "$work/generate.log" | sed 's/\[generator\] //'); $(grep -m1 'organisation table' "$work/generate.log" | sed 's/\[generator\] //'); whole step (Maven, generation, COPY, indexes, ANALYZE, verification) $elapsed s"
  note "- Verification: $(grep -E '\[verify\] (OK|FAILED)' "$work/generate.log" | sed 's/\[verify\] //' | paste -sd ';' - || echo 'not run')"
fi
if has_step app; then
  start_app
fi
if has_step simulations; then
  note ""
  run_simulations
fi
if has_step stop; then
  stop_app
  stop_db
  trap - EXIT
fi
log "results: $results"
cat "$results"
