#!/usr/bin/env bash
# Event propagation: from a write's commit (POST /api/partnerships answered 201) to the change being
# visible in reporting's API (asOf.eventsApplied of /api/reports/overview), at a fixed rate (100
# writes/s for 60 s; smoke: 20/s for 3 s). Path: outbox row -> relay (woken after commit) -> Kafka ->
# reporting's listener -> read model. Baseline: Kafka's own EndToEndLatency on the same broker
# (produce acks=all, 1 KiB, then consume; one record at a time).
# Target: p99 <= 250 ms at that rate.
source "$(dirname "$0")/../lib/common.sh"
here="$BENCH_DIR/propagation"
cp="$("$BENCH_DIR/lib/kafka-tools.sh")"
start_platform
start_app partnership-service 18081
TOKEN=$(token)
rate=$( [[ $SMOKE == 1 ]] && echo 20 || echo 100 ); secs=$(dur 60 3)
# warm-up: a few seconds at the same rate (not counted)
"$JAVA" "$here/Propagation.java" "$PARTNERSHIP" "$REPORTING" "$TOKEN" "$rate" "$(dur 10 2)" >/dev/null
read -r sent ok p50 p95 p99 max < <("$JAVA" "$here/Propagation.java" "$PARTNERSHIP" "$REPORTING" "$TOKEN" "$rate" "$secs")
records=$( [[ $SMOKE == 1 ]] && echo 200 || echo 2000 )
"$JAVA" -cp "$cp" org.apache.kafka.tools.EndToEndLatency "$KAFKA" bench.e2e.latency "$records" all 1024 \
  >"$BENCH_TMP/e2e.txt" 2>&1 || { tail -20 "$BENCH_TMP/e2e.txt" >&2; exit 1; }
k50=$(sed -nE 's/.*50th = ([0-9.]+).*/\1/p' "$BENCH_TMP/e2e.txt"); k99=$(sed -nE 's/.*99th = ([0-9.]+).*/\1/p' "$BENCH_TMP/e2e.txt")
k999=$(sed -nE 's/.*99.9th = ([0-9.]+).*/\1/p' "$BENCH_TMP/e2e.txt")

table_head "Event propagation: commit -> visible in reporting, $rate writes/s for $secs s (baseline: Kafka EndToEndLatency, $records records)"
row "writes answered 201 and seen" "$ok of $sent" "" "" "all" "$(met "$ok == $sent")"
row "p50 ms" "$p50" "$k50" "$(ratio "$p50" "$k50")" "" ""
row "p95 ms" "$p95" "n/a" "" "" ""
row "p99 ms" "$p99" "$k99" "$(ratio "$p99" "$k99")" "<= 250 ms" "$(met "$p99 <= 250")"
row "max ms (baseline: p99.9)" "$max" "$k999" "" "" ""
