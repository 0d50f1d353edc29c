#!/usr/bin/env bash
# Gateway overhead: GET one partnership by id, straight to partnership-service and through the
# gateway (Spring Cloud Gateway Server MVC), with the same token and the same wrk settings (-t2 -c50,
# warm-up then measurement): the gateway on Java 17 (Tomcat's thread pool), on Java 25 with virtual
# threads (as configured) and, with BENCH_GATEWAY_AB=1, as the A/B of the threading model, on Java 25
# without them. Latency also at a fixed 200 requests/s for 10 s (hey) and one request at a time (curl):
# at saturation, p50 is mostly waiting for one of the 2 shared cores.
#   bench/gateway/bench.sh            warm-up until the JIT has settled (10 s slices), then 20 s per measurement
#   BENCH_SMOKE=1 bench/gateway/bench.sh   a few seconds each
#   BENCH_WARM=5 BENCH_RUN=10  shorter warm-up slices and runs while iterating (seconds)
#   BENCH_JFR=1   also records a JFR profile of the gateway (Java 17) under load ($BENCH_TMP/gateway.jfr)
# Target: through the gateway >= 50% of direct throughput, added p50 <= 2 ms.
source "$(dirname "$0")/../lib/common.sh"
command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk"; exit 1; }
start_platform
start_app partnership-service 18081
TOKEN=$(token)
id=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$PARTNERSHIP/api/partnerships" -d '{
  "kind":"PARTNER_CITY","cityName":"Bench City '$RANDOM'","countryCode":"NO","priorityAreas":["OWN_OPERATIONS"],
  "mutualBenefit":"Benchmark data: an example partnership","responsibleUnit":"Bench unit"}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
path="/api/partnerships/$id"
slice=${BENCH_WARM:-$(dur 10 2)}; run=${BENCH_RUN:-$(dur 20 3)}; paced_s=$(dur 10 3)

# measure <name> <base url> <gateway pid or -> -> "req/s p50 p99 gateway-CPU-ms/request service-CPU-ms/request";
# warms up first until the JIT of the apps on the path has settled
measure() {
  local out="$BENCH_TMP/wrk-$1.txt" gw=$3 g0=0 s0 pids=$PID_partnership_service warmed
  [[ $gw == - ]] || pids+=" $gw"
  warmed=$(warm_up "$slice" "$pids" 50 -t2 -H "Authorization: Bearer $TOKEN" "$2$path")
  log "$1: warmed up for $warmed s"
  [[ $1 == gateway && "${BENCH_JFR:-0}" == 1 ]] && "${JAVA%java}jcmd" "$gw" JFR.start name=gateway settings=profile \
    duration="${run}s" filename="$BENCH_TMP/gateway.jfr" >/dev/null
  [[ $gw == - ]] || g0=$(cpu_ms "$gw"); s0=$(cpu_ms "$PID_partnership_service")
  wrk -t2 -c50 -d"${run}s" --latency -H "Authorization: Bearer $TOKEN" "$2$path" >"$out"
  local g=0 s n; [[ $gw == - ]] || g=$(( $(cpu_ms "$gw") - g0 )); s=$(( $(cpu_ms "$PID_partnership_service") - s0 ))
  n=$(wrk_requests "$out")
  local bad; bad=$(wrk_non2xx "$out")
  [[ -z "$bad" ]] || log "$1: $bad non-2xx answers (see $out)"
  echo "$(wrk_rps "$out") $(wrk_pct 50 "$out") $(wrk_pct 99 "$out") $(per "$g" "$n") $(per "$s" "$n")"
}

# paced <name> <base url> -> "p50 p99" in ms at a fixed 200 requests/s (hey, 10 workers x 20/s): latency
# without the queueing for 2 shared cores that a saturating wrk run measures (but with waking idle threads)
paced() {
  local out="$BENCH_TMP/hey-$1.txt"
  hey -z "${paced_s}s" -c 10 -q 20 -H "Authorization: Bearer $TOKEN" "$2$path" >"$out"
  echo "$(awk '/50% in/ { printf "%.2f", $3 * 1000 }' "$out") $(awk '/99% in/ { printf "%.2f", $3 * 1000 }' "$out")"
}

# one_at_a_time <base url> -> p50 ms of 400 requests sent one after the other on one kept-alive connection
# (curl): the hop's own latency, without queueing (saturated) or waking idle threads and cores (paced:
# hey's workers sleep between requests, and so does everything they call; on this VM that costs ~2 ms)
one_at_a_time() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$1$path?n=[1-$(dur 400 50)]" |
    awk '$1 != 200 { print "one at a time: answered " $1 > "/dev/stderr" } { print $2 }' | sort -n |
    awk '{ t[NR] = $1 } END { printf "%.2f", t[int(NR / 2) + 1] * 1000 }'
}

curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$PARTNERSHIP$path"
read -r d_rps d_p50 d_p99 _ d_cpu < <(measure direct "$PARTNERSHIP" -)
read -r d_q50 d_q99 < <(paced direct "$PARTNERSHIP")
d_s50=$(one_at_a_time "$PARTNERSHIP")

start_app gateway 18080
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$GATEWAY$path"
read -r g_rps g_p50 g_p99 g_cpu _ < <(measure gateway "$GATEWAY" "$PID_gateway")
read -r g_q50 g_q99 < <(paced gateway "$GATEWAY")
g_s50=$(one_at_a_time "$GATEWAY")
stop_pid "$PID_gateway"

JAVA=$JAVA25 start_app gateway 18080
read -r v_rps v_p50 v_p99 v_cpu _ < <(measure gateway-java25-vt "$GATEWAY" "$PID_gateway")
read -r v_q50 v_q99 < <(paced gateway-java25-vt "$GATEWAY")
v_s50=$(one_at_a_time "$GATEWAY")
stop_pid "$PID_gateway"

variants=("Java 17|$g_rps|$g_p50|$g_p99|$g_cpu|$g_q50|$g_q99|$g_s50" "Java 25, virtual threads|$v_rps|$v_p50|$v_p99|$v_cpu|$v_q50|$v_q99|$v_s50")
if [[ "${BENCH_GATEWAY_AB:-0}" == 1 ]]; then # the threading model's A/B: ~1.5 min more
  JAVA=$JAVA25 start_app gateway 18080 -Dspring.threads.virtual.enabled=false
  read -r t_rps t_p50 t_p99 t_cpu _ < <(measure gateway-java25-pool "$GATEWAY" "$PID_gateway")
  read -r t_q50 t_q99 < <(paced gateway-java25-pool "$GATEWAY")
  t_s50=$(one_at_a_time "$GATEWAY")
  stop_pid "$PID_gateway"
  variants+=("Java 25, thread pool|$t_rps|$t_p50|$t_p99|$t_cpu|$t_q50|$t_q99|$t_s50")
fi

# minus <a> <b> -> a - b, 2 decimals: what the gateway adds to a latency
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }

table_head "Gateway overhead: GET /api/partnerships/{id}, wrk -t2 -c50, ${run} s after a warm-up until the JIT settled"
# variant label | req/s | p50 | p99 | gateway CPU ms/request | p50 | p99 at 200/s | p50 one at a time
for v in "${variants[@]}"; do
  IFS='|' read -r label rps p50 p99 cpu q50 q99 s50 <<<"$v"
  row "req/s, gateway ($label) vs direct" "$rps" "$d_rps" "$(ratio "$rps" "$d_rps")" ">= 0.50" "$(met "$rps / $d_rps >= 0.5")"
  row "p50 / p99 ms, gateway ($label) vs direct" "$p50 / $p99" "$d_p50 / $d_p99" "" "" ""
  added=$(minus "$p50" "$d_p50")
  row "added p50 ms ($label)" "$added" "" "" "<= 2 ms" "$(met "$added <= 2")"
  # CPU per request does not depend on what else shares the 2 cores: the gateway can reach half the
  # direct throughput only if it spends no more CPU per request than the service does
  row "CPU ms/request, gateway ($label) vs service" "$cpu" "$d_cpu" "$(ratio "$cpu" "$d_cpu")" "" ""
  row "p50 / p99 ms at 200/s, gateway ($label) vs direct" "$q50 / $q99" "$d_q50 / $d_q99" "" "" ""
  added=$(minus "$q50" "$d_q50")
  row "added p50 ms at 200/s ($label)" "$added" "" "" "<= 2 ms" "$(met "$added <= 2")"
  row "p50 ms one at a time, gateway ($label) vs direct" "$s50" "$d_s50" "" "" ""
  added=$(minus "$s50" "$d_s50")
  row "added p50 ms one at a time ($label)" "$added" "" "" "<= 2 ms" "$(met "$added <= 2")"
done
