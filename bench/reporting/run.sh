#!/usr/bin/env bash
# bench/reporting/bench.sh inside the suite: starts what it needs, loads the scale data (50,000
# projects, 5,000 partnerships, 20,000 legislative items; smoke: timing only on an empty model),
# times the reports and prints a table like the others. Target: guideline check and overview median < 500 ms.
source "$(dirname "$0")/../lib/common.sh"
start_platform
export PATH="$PG_BIN:$PATH"
mode=(); [[ $SMOKE == 1 ]] && mode=(--time-only)
status=0
RUNS=$( [[ $SMOKE == 1 ]] && echo 2 || echo 10 ) REPORTING_URL=$REPORTING REPORTING_DB="$PG_URL/reporting" \
  "$BENCH_DIR/reporting/bench.sh" "${mode[@]}" >"$BENCH_TMP/reporting.txt" 2>&1 || status=$?
table_head "Reporting at scale ($( [[ $SMOKE == 1 ]] && echo "empty read model, smoke" || echo "50,000 projects, 5,000 partnerships, 20,000 items"))"
grep -E '^(rows|loaded)' "$BENCH_TMP/reporting.txt" | sed 's/^/    /' || true
while read -r path _ median _ _ max _ verdict; do
  case "$path" in
    /api/reports/guideline-check|/api/reports/overview) row "median ms $path" "$median" "" "" "< 500 ms" "$(met "$median < 500")" ;;
    /api/*) row "median ms ${path:0:24}" "$median" "" "" "" "" ;;
  esac
done < <(grep '^/api' "$BENCH_TMP/reporting.txt")
[[ $status == 0 || $status == 1 ]] || { cat "$BENCH_TMP/reporting.txt" >&2; exit "$status"; }
