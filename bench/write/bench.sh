#!/usr/bin/env bash
# Write path: POST /api/projects (project-service + PostgreSQL + outbox relay to Kafka) at capacity
# (wrk -t2 -c16), through the gateway and straight to project-service, then through the gateway at a
# fixed rate (hey, 50/s for 10 s); baseline: pgbench running the same SQL as one POST on the same database.
#   bench/write/bench.sh                 warm-up until the JIT has settled (10 s slices), then 15 s per measurement
#   BENCH_SMOKE=1 bench/write/bench.sh   a few seconds each
#   BENCH_JFR=1   also records JFR (profile settings) and a GC log of project-service during the
#                 direct capacity run ($BENCH_TMP/project-service.jfr, project-service-gc.log; BENCH_KEEP=1)
#   BENCH_WRITE_ONLY=direct   only the direct capacity run and pgbench (quick iterations on the service)
# Target: capacity through the gateway (the issue's figure) >= 30% of the SQL-only baseline's TPS.
# The direct row separates the service's own path from the gateway's overhead (gateway/bench.sh).
source "$(dirname "$0")/../lib/common.sh"
here="$BENCH_DIR/write"
start_platform
service_flags=()
[[ "${BENCH_JFR:-0}" == 1 ]] && service_flags+=("-Xlog:gc:file=$BENCH_TMP/project-service-gc.log")
start_app project-service 18082 "${service_flags[@]}"
only=${BENCH_WRITE_ONLY:-}
[[ $only == direct ]] || JAVA=$GATEWAY_JAVA start_app gateway 18080
TOKEN=$(token)
export BENCH_BODY="$here/project.json"
first_post() { # first_post <base url>: one POST must answer 201 before anything is measured
  local code
  code=$(curl -sS -o "$BENCH_TMP/post.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data-binary @"$BENCH_BODY" "$1/api/projects")
  [[ $code == 201 ]] || { log "POST $1/api/projects answered $code: $(cat "$BENCH_TMP/post.json")"; exit 1; }
}
slice=$(dur 10 2); run=$(dur 15 3); rate=50

# capacity <name> <base url> "<pids of the apps on the path>" -> "req/s p50 p99 service-CPU-ms/request
# gateway-CPU-ms/request warm-up-s JIT-ms-during-the-run"
capacity() {
  local out="$BENCH_TMP/wrk-write-$1.txt" s0 g0=0 jit0 warmed
  local load=(-t2 -s "$here/post-project.lua" -H "Authorization: Bearer $TOKEN" "$2/api/projects")
  warmed=$(warm_up "$slice" "$3" 16 "${load[@]}")
  [[ $1 == direct && "${BENCH_JFR:-0}" == 1 ]] &&
    "${JAVA%java}jcmd" "$PID_project_service" JFR.start name=write settings=profile duration="${run}s" \
      filename="$BENCH_TMP/project-service.jfr" >/dev/null
  [[ $1 == gateway && "${BENCH_JFR:-0}" == 1 ]] &&
    "${GATEWAY_JAVA%java}jcmd" "$PID_gateway" JFR.start name=write settings=profile duration="${run}s" \
      filename="$BENCH_TMP/gateway-write.jfr" >/dev/null
  jit0=$(jit_ms $3)
  s0=$(cpu_ms "$PID_project_service"); [[ $1 == gateway ]] && g0=$(cpu_ms "$PID_gateway")
  wrk -c16 -d"${run}s" --latency "${load[@]}" >"$out"
  local bad; bad=$(wrk_non2xx "$out")
  [[ -z "$bad" ]] || log "$1 capacity run: $bad non-2xx answers (see $out)"
  # CPU per request does not depend on how busy the shared machine is, unlike req/s
  local n; n=$(wrk_requests "$out")
  local s=$(( $(cpu_ms "$PID_project_service") - s0 )) g=0; [[ $1 == gateway ]] && g=$(( $(cpu_ms "$PID_gateway") - g0 ))
  echo "$(wrk_rps "$out") $(wrk_pct 50 "$out") $(wrk_pct 99 "$out") $(per "$s" "$n") $(per "$g" "$n") $warmed $(( $(jit_ms $3) - jit0 ))"
}

# through the gateway first: its warm-up warms project-service too
if [[ $only != direct ]]; then
  first_post "$GATEWAY"
  read -r cap g_p50 g_p99 g_cpu gw_cpu g_warm g_jit < <(capacity gateway "$GATEWAY" "$PID_gateway $PID_project_service")
fi
first_post "$PROJECT"
read -r d_cap d_p50 d_p99 d_cpu _ d_warm d_jit < <(capacity direct "$PROJECT" "$PID_project_service")
if [[ $only != direct ]]; then
  # fixed rate: 10 workers x 5/s
  hey -z "$(dur 10 3)s" -c 10 -q $((rate / 10)) -m POST -T application/json -H "Authorization: Bearer $TOKEN" -D "$BENCH_BODY" \
    "$GATEWAY/api/projects" >"$BENCH_TMP/hey-write.txt"
  p50=$(awk '/50% in/ { printf "%.1f", $3 * 1000 }' "$BENCH_TMP/hey-write.txt")
  p99=$(awk '/99% in/ { printf "%.1f", $3 * 1000 }' "$BENCH_TMP/hey-write.txt")
  got=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$BENCH_TMP/hey-write.txt")
  non201=$(awk '/Status code distribution/ { f = 1; next } f && /\[/ && $1 != "[201]" { s += $2 } END { print s + 0 }' "$BENCH_TMP/hey-write.txt")
fi

"$PG_BIN/pgbench" -n -c 8 -j 2 -T "$run" -f "$here/insert-project.sql" "$PG_URL/project" >"$BENCH_TMP/pgbench-write.txt" 2>&1
tps=$(awk '/^tps/ { printf "%.0f", $3 }' "$BENCH_TMP/pgbench-write.txt")
[[ -n "$tps" ]] || { log "pgbench failed: $(tail -5 "$BENCH_TMP/pgbench-write.txt")"; exit 1; }

table_head "Write path: POST /api/projects vs pgbench doing the same SQL (project, audit entry, outbox row)"
if [[ $only != direct ]]; then
  row "capacity req/s, gateway vs TPS" "$cap" "$tps" "$(ratio "$cap" "$tps")" ">= 0.30" "$(met "$cap / $tps >= 0.3")"
fi
row "capacity req/s, direct vs TPS" "$d_cap" "$tps" "$(ratio "$d_cap" "$tps")" "(gateway row counts)" ""
row "capacity p50 / p99 ms, direct" "$d_p50 / $d_p99" "" "" "" ""
row "project-service CPU ms/request, direct" "$d_cpu" "" "" "" ""
row "warm-up s / JIT ms in the run, direct" "$d_warm / $d_jit" "" "" "" ""
if [[ $only != direct ]]; then
  row "capacity p50 / p99 ms, gateway" "$g_p50 / $g_p99" "" "" "" ""
  row "project-service CPU ms/request, gateway" "$g_cpu" "" "" "" ""
  row "gateway CPU ms/request" "$gw_cpu" "" "" "" ""
  row "warm-up s / JIT ms in the run, gateway" "$g_warm / $g_jit" "" "" "" ""
  row "fixed rate: achieved req/s" "$got" "$rate" "" "" ""
  row "fixed rate: p50 ms" "$p50" "" "" "" ""
  row "fixed rate: p99 ms" "$p99" "" "" "" ""
  row "fixed rate: answers not 201" "$non201" "" "" "0" "$(met "$non201 == 0")"
fi
if [[ "${BENCH_JFR:-0}" == 1 ]]; then
  for _ in $(seq 20); do [[ -s "$BENCH_TMP/project-service.jfr" ]] && break; sleep 0.5; done
  log "JFR: $BENCH_TMP/project-service.jfr, GC log: $BENCH_TMP/project-service-gc.log (BENCH_KEEP=1 keeps them)"
fi
