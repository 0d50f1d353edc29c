#!/usr/bin/env bash
# Gateway overhead: GET one partnership by id, straight to partnership-service and through the
# gateway, with the same token and the same wrk settings (-t2 -c50, warm-up then measurement), then
# again with the gateway on Java NIO instead of native epoll (-Dreactor.netty.native=false), then
# through gateway-mvc-bench (BENCHMARK ONLY: the same route and bearer-token work on Spring Cloud
# Gateway Server MVC, virtual threads, Java 25 from $JAVA25), with the WebFlux gateway on Java 25 beside it.
#   bench/gateway/bench.sh            20 s warm-up + 20 s per measurement
#   BENCH_SMOKE=1 bench/gateway/bench.sh   a few seconds each
#   BENCH_WARM=10 BENCH_RUN=10 shorter runs while iterating (seconds)
#   BENCH_JFR=1   also records JFR profiles under load ($BENCH_TMP/gateway.jfr, gateway-mvc.jfr)
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
warm=${BENCH_WARM:-$(dur 20 2)}; run=${BENCH_RUN:-$(dur 20 3)}

per() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.3f", a / b }'; }

# measure <name> <base url> <gateway pid or -> -> "req/s p50 p99 gateway-CPU-ms/request service-CPU-ms/request"
measure() {
  local out="$BENCH_TMP/wrk-$1.txt" gw=$3 g0=0 s0
  wrk -t2 -c50 -d"${warm}s" -H "Authorization: Bearer $TOKEN" "$2$path" >/dev/null
  [[ $gw == - ]] || g0=$(cpu_ms "$gw"); s0=$(cpu_ms "$PID_partnership_service")
  wrk -t2 -c50 -d"${run}s" --latency -H "Authorization: Bearer $TOKEN" "$2$path" >"$out"
  local g=0 s n; [[ $gw == - ]] || g=$(( $(cpu_ms "$gw") - g0 )); s=$(( $(cpu_ms "$PID_partnership_service") - s0 ))
  n=$(wrk_requests "$out")
  local bad; bad=$(wrk_non2xx "$out")
  [[ -z "$bad" ]] || log "$1: $bad non-2xx answers (see $out)"
  echo "$(wrk_rps "$out") $(wrk_pct 50 "$out") $(wrk_pct 99 "$out") $(per "$g" "$n") $(per "$s" "$n")"
}

curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$PARTNERSHIP$path"
read -r d_rps d_p50 d_p99 _ d_cpu < <(measure direct "$PARTNERSHIP" -)

gateway_flags=(); [[ "${BENCH_JFR:-0}" == 1 ]] && gateway_flags+=("-XX:StartFlightRecording=filename=$BENCH_TMP/gateway.jfr,settings=profile,delay=$((warm))s,duration=$((run))s")
start_app gateway 18080 "${gateway_flags[@]}"
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$GATEWAY$path"
read -r g_rps g_p50 g_p99 g_cpu _ < <(measure gateway "$GATEWAY" "$PID_gateway")
stop_pid "$PID_gateway"

start_app gateway 18080 -Dreactor.netty.native=false
read -r n_rps n_p50 n_p99 n_cpu _ < <(measure gateway-nio "$GATEWAY" "$PID_gateway")
stop_pid "$PID_gateway"

# Java 25 for the virtual threads; the WebFlux gateway on 25 too, so the JVM is not mistaken for the stack
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA=$JAVA25 start_app gateway 18080
read -r w_rps w_p50 w_p99 w_cpu _ < <(measure gateway-java25 "$GATEWAY" "$PID_gateway")
stop_pid "$PID_gateway"

mvc_flags=(); [[ "${BENCH_JFR:-0}" == 1 ]] && mvc_flags+=("-XX:StartFlightRecording=filename=$BENCH_TMP/gateway-mvc.jfr,settings=profile,delay=$((warm))s,duration=$((run))s")
JAVA=$JAVA25 start_app gateway-mvc-bench 18085 "${mvc_flags[@]}"
read -r m_rps m_p50 m_p99 m_cpu _ < <(measure gateway-mvc-vt http://127.0.0.1:18085 "$PID_gateway_mvc_bench")
stop_pid "$PID_gateway_mvc_bench"

table_head "Gateway overhead: GET /api/partnerships/{id}, wrk -t2 -c50, ${run} s after ${warm} s warm-up"
row "req/s, gateway (epoll) vs direct" "$g_rps" "$d_rps" "$(ratio "$g_rps" "$d_rps")" ">= 0.50" "$(met "$g_rps / $d_rps >= 0.5")"
row "req/s, gateway (NIO) vs direct" "$n_rps" "$d_rps" "$(ratio "$n_rps" "$d_rps")" ">= 0.50" "$(met "$n_rps / $d_rps >= 0.5")"
row "req/s, gateway (epoll, Java 25) vs direct" "$w_rps" "$d_rps" "$(ratio "$w_rps" "$d_rps")" ">= 0.50" "$(met "$w_rps / $d_rps >= 0.5")"
row "req/s, MVC-VT (Java 25) vs direct" "$m_rps" "$d_rps" "$(ratio "$m_rps" "$d_rps")" ">= 0.50" "$(met "$m_rps / $d_rps >= 0.5")"
row "p50 ms (epoll)" "$g_p50" "$d_p50" "" "" ""
row "p99 ms (epoll)" "$g_p99" "$d_p99" "" "" ""
row "p50 ms (NIO)" "$n_p50" "$d_p50" "" "" ""
row "p99 ms (NIO)" "$n_p99" "$d_p99" "" "" ""
row "p50 ms (epoll, Java 25)" "$w_p50" "$d_p50" "" "" ""
row "p99 ms (epoll, Java 25)" "$w_p99" "$d_p99" "" "" ""
row "p50 ms (MVC-VT)" "$m_p50" "$d_p50" "" "" ""
row "p99 ms (MVC-VT)" "$m_p99" "$d_p99" "" "" ""
# CPU per request does not depend on what else shares the 2 cores: the gateway can reach half the
# direct throughput only if it spends no more CPU per request than the service does
row "CPU ms/request, gateway vs service (epoll)" "$g_cpu" "$d_cpu" "$(ratio "$g_cpu" "$d_cpu")" "" ""
row "CPU ms/request, gateway vs service (NIO)" "$n_cpu" "$d_cpu" "$(ratio "$n_cpu" "$d_cpu")" "" ""
row "CPU ms/request, gateway vs service (epoll, Java 25)" "$w_cpu" "$d_cpu" "$(ratio "$w_cpu" "$d_cpu")" "" ""
row "CPU ms/request, gateway vs service (MVC-VT)" "$m_cpu" "$d_cpu" "$(ratio "$m_cpu" "$d_cpu")" "" ""
added=$(awk -v g="$g_p50" -v d="$d_p50" 'BEGIN { printf "%.2f", g - d }')
row "added p50 ms (epoll)" "$added" "" "" "<= 2 ms" "$(met "$added <= 2")"
added=$(awk -v g="$n_p50" -v d="$d_p50" 'BEGIN { printf "%.2f", g - d }')
row "added p50 ms (NIO)" "$added" "" "" "<= 2 ms" "$(met "$added <= 2")"
added=$(awk -v g="$w_p50" -v d="$d_p50" 'BEGIN { printf "%.2f", g - d }')
row "added p50 ms (epoll, Java 25)" "$added" "" "" "<= 2 ms" "$(met "$added <= 2")"
added=$(awk -v g="$m_p50" -v d="$d_p50" 'BEGIN { printf "%.2f", g - d }')
row "added p50 ms (MVC-VT)" "$added" "" "" "<= 2 ms" "$(met "$added <= 2")"
