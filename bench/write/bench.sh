#!/usr/bin/env bash
# Write path: POST /api/projects through the gateway (partnership of gateway + project-service +
# PostgreSQL + outbox relay to Kafka), at capacity (wrk -t2 -c16) and at a fixed rate (hey, 50/s);
# baseline: pgbench running the same INSERTs (project, audit entry, outbox row) on the same database.
# Target: capacity >= 30% of the SQL-only baseline's TPS.
source "$(dirname "$0")/../lib/common.sh"
here="$BENCH_DIR/write"
start_platform
start_app project-service 18082
start_app gateway 18080
TOKEN=$(token)
export BENCH_BODY="$here/project.json"
code=$(curl -sS -o "$BENCH_TMP/post.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data-binary @"$BENCH_BODY" "$GATEWAY/api/projects")
[[ $code == 201 ]] || { log "POST /api/projects answered $code: $(cat "$BENCH_TMP/post.json")"; exit 1; }
warm=$(dur 15 2); run=$(dur 20 3); rate=50

wrk -t2 -c16 -d"${warm}s" -s "$here/post-project.lua" -H "Authorization: Bearer $TOKEN" "$GATEWAY/api/projects" >/dev/null
wrk -t2 -c16 -d"${run}s" --latency -s "$here/post-project.lua" -H "Authorization: Bearer $TOKEN" "$GATEWAY/api/projects" >"$BENCH_TMP/wrk-write.txt"
cap=$(wrk_rps "$BENCH_TMP/wrk-write.txt"); bad=$(wrk_non2xx "$BENCH_TMP/wrk-write.txt")
[[ -z "$bad" ]] || log "capacity run: $bad non-2xx answers"
# fixed rate: 10 workers x 5/s
hey -z "${run}s" -c 10 -q $((rate / 10)) -m POST -T application/json -H "Authorization: Bearer $TOKEN" -D "$BENCH_BODY" \
  "$GATEWAY/api/projects" >"$BENCH_TMP/hey-write.txt"
p50=$(awk '/50% in/ { printf "%.1f", $3 * 1000 }' "$BENCH_TMP/hey-write.txt")
p99=$(awk '/99% in/ { printf "%.1f", $3 * 1000 }' "$BENCH_TMP/hey-write.txt")
got=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$BENCH_TMP/hey-write.txt")
non201=$(awk '/Status code distribution/ { f = 1; next } f && /\[/ && $1 != "[201]" { s += $2 } END { print s + 0 }' "$BENCH_TMP/hey-write.txt")

"$PG_BIN/pgbench" -n -c 8 -j 2 -T "$run" -f "$here/insert-project.sql" "$PG_URL/project" >"$BENCH_TMP/pgbench-write.txt" 2>&1
tps=$(awk '/^tps/ { printf "%.0f", $3 }' "$BENCH_TMP/pgbench-write.txt")

table_head "Write path: POST /api/projects through the gateway vs pgbench (same INSERTs + outbox row)"
row "capacity req/s (wrk -c16) vs TPS" "$cap" "$tps" "$(ratio "$cap" "$tps")" ">= 0.30" "$(met "$cap / $tps >= 0.3")"
row "fixed rate: achieved req/s" "$got" "$rate" "" "" ""
row "fixed rate: p50 ms" "$p50" "" "" "" ""
row "fixed rate: p99 ms" "$p99" "" "" "" ""
row "fixed rate: answers not 201" "$non201" "" "" "0" "$(met "$non201 == 0")"
