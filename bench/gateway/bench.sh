#!/usr/bin/env bash
# Gateway overhead: GET one partnership by id, straight to partnership-service and through the
# gateway, with the same token and the same wrk settings (-t2 -c50, warm-up then measurement), then
# again with the gateway on Java NIO instead of native epoll (-Dreactor.netty.native=false).
#   bench/gateway/bench.sh            20 s warm-up + 20 s per measurement
#   BENCH_SMOKE=1 bench/gateway/bench.sh   a few seconds each
#   BENCH_JFR=1   also records a JFR profile of the gateway under load ($BENCH_TMP/gateway.jfr)
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
warm=$(dur 20 2); run=$(dur 20 3)

measure() { # measure <name> <base url>
  local out="$BENCH_TMP/wrk-$1.txt"
  wrk -t2 -c50 -d"${warm}s" -H "Authorization: Bearer $TOKEN" "$2$path" >/dev/null
  wrk -t2 -c50 -d"${run}s" --latency -H "Authorization: Bearer $TOKEN" "$2$path" >"$out"
  local bad; bad=$(wrk_non2xx "$out")
  [[ -z "$bad" ]] || log "$1: $bad non-2xx answers (see $out)"
  echo "$(wrk_rps "$out") $(wrk_pct 50 "$out") $(wrk_pct 99 "$out")"
}

curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$PARTNERSHIP$path"
read -r d_rps d_p50 d_p99 < <(measure direct "$PARTNERSHIP")

gateway_flags=(); [[ "${BENCH_JFR:-0}" == 1 ]] && gateway_flags+=("-XX:StartFlightRecording=filename=$BENCH_TMP/gateway.jfr,settings=profile,delay=$((warm))s,duration=$((run))s")
start_app gateway 18080 "${gateway_flags[@]}"
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$GATEWAY$path"
read -r g_rps g_p50 g_p99 < <(measure gateway "$GATEWAY")
stop_pid "$PID_gateway"

start_app gateway 18080 -Dreactor.netty.native=false
read -r n_rps n_p50 n_p99 < <(measure gateway-nio "$GATEWAY")
stop_pid "$PID_gateway"

table_head "Gateway overhead: GET /api/partnerships/{id}, wrk -t2 -c50, ${run} s after ${warm} s warm-up"
row "req/s, gateway (epoll) vs direct" "$g_rps" "$d_rps" "$(ratio "$g_rps" "$d_rps")" ">= 0.50" "$(met "$g_rps / $d_rps >= 0.5")"
row "req/s, gateway (NIO) vs direct" "$n_rps" "$d_rps" "$(ratio "$n_rps" "$d_rps")" ">= 0.50" "$(met "$n_rps / $d_rps >= 0.5")"
row "p50 ms (epoll)" "$g_p50" "$d_p50" "" "" ""
row "p99 ms (epoll)" "$g_p99" "$d_p99" "" "" ""
row "p50 ms (NIO)" "$n_p50" "$d_p50" "" "" ""
row "p99 ms (NIO)" "$n_p99" "$d_p99" "" "" ""
added=$(awk -v g="$g_p50" -v d="$d_p50" 'BEGIN { printf "%.2f", g - d }')
row "added p50 ms (epoll)" "$added" "" "" "<= 2 ms" "$(met "$added <= 2")"
