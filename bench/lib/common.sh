#!/usr/bin/env bash
# Shared by every benchmark: starts what a benchmark needs on 127.0.0.1 and stops it again.
#
# The launcher (platform-launcher) runs PostgreSQL, Kafka, the identity provider and reporting-service
# in a temporary data directory; the apps under load (partnership-service, project-service, gateway)
# are started here with production-like JVM flags (the launcher's own flags stop the JIT at C1 to
# save CPU for a local run, which is no way to measure throughput). Everything started is stopped by
# an EXIT trap. When bench/run-all already started the platform (BENCH_PLATFORM=up) it is reused.
set -euo pipefail

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="$BENCH_ROOT/bench"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# the gateway runs on Java 25 where it is deployed (docker-compose.yml: virtual threads), so the
# benchmarks that go through it do too; the other apps on $JAVA
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
GATEWAY_JAVA=${GATEWAY_JAVA:-$JAVA25}
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
SMOKE="${BENCH_SMOKE:-0}"

# Ports: the launcher's fixed ones for the infrastructure, our own (18xxx) for the apps we start.
PG_URL="postgresql://postgres@127.0.0.1:15432"
KAFKA=127.0.0.1:19092
IDP=http://127.0.0.1:9000
REPORTING=http://127.0.0.1:8084
PARTNERSHIP=http://127.0.0.1:18081
PROJECT=http://127.0.0.1:18082
GATEWAY=http://127.0.0.1:18080
APP_JVM_FLAGS=(-XX:+UseSerialGC -Xmx384m)

_started_pids=()
_cleanup_done=0

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Stops everything this shell started, children first; runs on EXIT.
bench_cleanup() {
  [[ $_cleanup_done == 1 ]] && return 0
  _cleanup_done=1
  local i pid
  for ((i = ${#_started_pids[@]} - 1; i >= 0; i--)); do
    pid=${_started_pids[$i]}
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${_started_pids[@]}"; do
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [[ -n "${BENCH_TMP_OWNED:-}" && -d "$BENCH_TMP_OWNED" && "${BENCH_KEEP:-0}" != 1 ]]; then rm -rf "$BENCH_TMP_OWNED"; fi
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# Waits (bounded) until a URL answers 2xx.
wait_http() {
  local url=$1 seconds=${2:-120} start=$SECONDS
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    if (( SECONDS - start > seconds )); then log "gave up waiting for $url"; return 1; fi
    sleep 0.3
  done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

jar_of() { ls "$BENCH_ROOT/$1"/target/"$1"-*-exec.jar 2>/dev/null | tail -1; }

# Starts the infrastructure and the apps no benchmark loads (identity provider, reporting-service).
start_platform() {
  if [[ "${BENCH_PLATFORM:-}" == up ]]; then return 0; fi
  local p
  for p in 15432 19092 19093 9000 8084 18080 18081 18082 18085; do
    port_free "$p" || { log "port $p is busy: stop bin/run (or whatever holds it) first"; exit 1; }
  done
  BENCH_TMP="$(mktemp -d /tmp/bench.XXXXXX)"; BENCH_TMP_OWNED=$BENCH_TMP
  chmod 755 "$BENCH_TMP"
  export BENCH_TMP
  local launcher; launcher=$(ls "$BENCH_ROOT"/platform-launcher/target/platform-launcher-*-exec.jar | tail -1)
  log "starting PostgreSQL, Kafka, identity-provider, reporting-service (launcher; data in $BENCH_TMP)"
  PLATFORM_HOME="$BENCH_ROOT" PLATFORM_DATA_DIR="$BENCH_TMP/data" \
    "$JAVA" -XX:+UseSerialGC -Xmx512m -jar "$launcher" --apps=identity-provider,reporting-service \
    >"$BENCH_TMP/launcher.log" 2>&1 &
  _started_pids+=($!)
  wait_http "$REPORTING/actuator/health/readiness" 240 || { tail -30 "$BENCH_TMP/launcher.log" >&2; exit 1; }
  wait_http "$IDP/.well-known/openid-configuration" 60
  export BENCH_PLATFORM=up
}

# start_app <module> <port> [extra JVM flags...]; env: the app's variables. Records start-up time in
# $BENCH_TMP/<module>.ready (seconds to readiness).
start_app() {
  local module=$1 port=$2; shift 2
  local db=${module%-service} t0
  t0=$(date +%s.%N)
  SERVER_PORT=$port DATABASE_URL="jdbc:postgresql://127.0.0.1:15432/$db" DATABASE_USER=postgres DATABASE_PASSWORD= \
    KAFKA_BOOTSTRAP_SERVERS=$KAFKA OAUTH2_ISSUER_URI=$IDP \
    PARTNERSHIP_SERVICE_URL=$PARTNERSHIP PROJECT_SERVICE_URL=$PROJECT REPORTING_SERVICE_URL=$REPORTING \
    MONITORING_SERVICE_URL=http://127.0.0.1:18083 GATEWAY_RATE_LIMIT_REQUESTS=1000000000 \
    "$JAVA" "${APP_JVM_FLAGS[@]}" "$@" -jar "$(jar_of "$module")" >"$BENCH_TMP/$module-$port.log" 2>&1 &
  local pid=$!
  _started_pids+=($pid)
  wait_http "http://127.0.0.1:$port/actuator/health/readiness" 120 || { tail -40 "$BENCH_TMP/$module-$port.log" >&2; exit 1; }
  echo "$(date +%s.%N) - $t0" | bc > "$BENCH_TMP/$module-$port.ready"
  eval "PID_${module//-/_}=$pid"
  log "$module ready on :$port in $(cat "$BENCH_TMP/$module-$port.ready") s (pid $pid)"
}

# Stops one app we started (by pid).
stop_pid() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}

# A department-system token (client credentials), valid 15 minutes.
token() {
  curl -fsS -u department-system:department-demo-secret \
    -d 'grant_type=client_credentials&scope=platform.read platform.write' "$IDP/oauth2/token" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# Seconds for a measurement: full or smoke.
dur() { if [[ $SMOKE == 1 ]]; then echo "${2:-3}"; else echo "$1"; fi; }

# wrk's latency lines to milliseconds: "  50%    1.23ms" -> 1.23
wrk_pct() { awk -v p="$1%" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.2f", v }' "$2"; }
wrk_rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
wrk_non2xx() { awk '/Non-2xx/ { print $NF } END { }' "$1" | tail -1; }

# CPU time (user + system, ms) a process has used so far: with 2 shared cores, CPU per request is
# steadier than req/s, which depends on whatever else the machine is doing.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
# CPU time (ms) of a process, its living children and the children it has reaped (PostgreSQL's postmaster
# and its backends): a database's share of a measurement.
tree_cpu_ms() {
  local hz total=0 pid
  hz=$(getconf CLK_TCK)
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat")
  for pid in $(ps -o pid= --ppid "$1"); do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo $(( total * 1000 / hz ))
}
wrk_requests() { awk '/ requests in / { print $1 }' "$1"; }
# per <amount> <count> -> amount / count, 3 decimals (e.g. CPU ms per request); n/a for no count
per() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.3f", a / b }'; }

# Waits (at most <seconds>, default 180) until the machine is quiet: under 15% of its CPU busy over 2 s.
# What an earlier benchmark wrote is still being consumed (reporting catching up on the write path's
# POSTs takes a minute or two), and would otherwise be measured too.
wait_quiet() {
  local limit=${1:-180} t0=$SECONDS busy
  while (( SECONDS - t0 < limit )); do
    busy=$( { head -1 /proc/stat; sleep 2; head -1 /proc/stat; } |
      awk '{ idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i
             if (NR == 1) { idle0 = idle; total0 = total } else printf "%.0f", 100 * (1 - (idle - idle0) / (total - total0)) }')
    (( busy < 15 )) && { log "machine quiet after $((SECONDS - t0)) s"; return 0; }
  done
  log "machine still ${busy}% busy after ${limit} s; measuring anyway"
}

# jit_ms <pid>...: milliseconds the JIT compilers of these JVMs have spent so far, summed (their hsperfdata
# counters, each read by the jcmd beside the JVM's own java, as jcmd must match the JVM).
jit_ms() {
  local pid java total=0
  for pid in "$@"; do
    java=$(readlink -f "/proc/$pid/exe")
    total=$(( total + $("${java%java}jcmd" "$pid" PerfCounter.print 2>/dev/null |
      awk -F= '/^sun\.ci\.(standard|osr)Time=/ { t += $2 } /^sun\.os\.hrt\.frequency=/ { f = $2 } END { printf "%.0f", f ? t * 1000 / f : 0 }') ))
  done
  echo "$total"
}

# warm_up <slice seconds> "<pids>" <connections> <wrk arguments but -c and -d...>: runs wrk in slices
# until the JIT of every listed app has settled, i.e. compiled for less than 15% of the last slice:
# first with light load (-c4), where the compiler thread has a core to itself and drains its queue
# fastest, then with the measurement's own connections, whose contention and pool paths compile more
# (at most BENCH_WARM_SLICES, 12, slices each; one slice each in smoke mode). Prints the warm-up's
# seconds. A fixed short warm-up measured the JIT rather than the app: under full load on 2 cores
# C2's queue took ~100 s to drain, and until then the gateway and the services ran partly interpreted
# and C1 code (a proxied POST cost 1.2 ms of CPU after 15 s of load, 0.27 ms once compiled).
warm_up() {
  local slice=$1 pids=$2 connections=$3 c i p quiet after t0=$SECONDS; shift 3
  local -A before
  for c in 4 "$connections"; do
    for ((i = 1; i <= ${BENCH_WARM_SLICES:-12}; i++)); do
      for p in $pids; do before[$p]=$(jit_ms "$p"); done
      wrk -c"$c" -d"${slice}s" "$@" >"$BENCH_TMP/warm-up.txt"
      quiet=1
      [[ $SMOKE == 1 ]] && break
      local jit=""
      for p in $pids; do
        after=$(jit_ms "$p"); jit+=" $((after - before[$p]))"
        (( after - before[$p] < slice * 150 )) || quiet=0
      done
      log "warm-up -c$c slice $i: JIT ms$jit; $(grep -m1 -E 'Requests/sec' "$BENCH_TMP/warm-up.txt" || true)"
      (( quiet )) && break
    done
    (( quiet )) || log "the JIT was still busy after $((SECONDS - t0)) s of warm-up"
  done
  echo $((SECONDS - t0))
}

# met "<awk condition>" -> yes / NO
met() { awk "BEGIN { print ($1) ? \"yes\" : \"NO\" }"; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }

# One table row: what | platform | baseline | ratio | target | verdict
row() { printf '| %-34s | %14s | %14s | %7s | %-22s | %-6s |\n' "$@"; }
table_head() {
  printf '\n### %s\n\n' "$1"
  row "figure" "platform" "baseline" "ratio" "target" "met?"
  printf '|%s|%s|%s|%s|%s|%s|\n' "------------------------------------" "----------------" "----------------" "---------" "------------------------" "--------"
}
