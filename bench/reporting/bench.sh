#!/usr/bin/env bash
# Scale benchmark for reporting-service (issue 6, item 6): loads 50,000 projects, 5,000 partnerships
# and 20,000 legislative items into reporting's read models and times the guideline check and the
# overview over HTTP. Fails (exit 1) when a median is 500 ms or more.
#
#   bench/reporting/bench.sh            load, time, leave the data (time again with --time-only)
#   bench/reporting/bench.sh --time-only
#   bench/reporting/bench.sh --clean    remove the bench rows
#
# Needs: a running reporting-service (e.g. bin/run) and psql.
#   REPORTING_URL  default http://127.0.0.1:8084
#   REPORTING_DB   default postgresql://postgres@127.0.0.1:15432/reporting
#   RUNS           timed requests per endpoint, default 10
#   IDP_URL        identity provider for a client-credentials token, default http://127.0.0.1:9000
#   (bench/run-all runs it as part of the suite: bench/reporting/run.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url="${REPORTING_URL:-http://127.0.0.1:8084}"
db="${REPORTING_DB:-postgresql://postgres@127.0.0.1:15432/reporting}"
runs="${RUNS:-10}"
# every API needs a token (a department system's, from the development identity provider by default)
token="${REPORTING_TOKEN:-$(curl -fsS -u department-system:department-demo-secret \
  -d 'grant_type=client_credentials&scope=platform.read platform.write' "${IDP_URL:-http://127.0.0.1:9000}/oauth2/token" |
  sed -E 's/.*"access_token":"([^"]+)".*/\1/')}"
auth=(-H "Authorization: Bearer $token")
limit_ms=500

case "${1:-}" in
  --clean) psql -q "$db" -f "$here/clean.sql"; echo "bench rows removed"; exit 0 ;;
  --time-only) ;;
  "")
    psql -q "$db" -f "$here/clean.sql"
    start=$(date +%s.%N)
    psql -q "$db" -f "$here/load.sql"
    printf 'loaded in %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
    ;;
  *) echo "usage: $0 [--time-only|--clean]" >&2; exit 2 ;;
esac

psql -qtA "$db" -c "select 'rows in the active generation: ' || (select count(*) from project_view where gen = g.active) || ' projects, '
  || (select count(*) from partnership_view where gen = g.active) || ' partnerships, '
  || (select count(*) from legislation_item_view where gen = g.active) || ' legislative items' from report_generation g"

failed=0
for path in "/api/reports/guideline-check" "/api/reports/overview" "/api/reports/guideline-check?unit=Bench%20unit%207" \
            "/api/reports/overview?year=2024&priorityArea=OWN_OPERATIONS" "/api/reports/funding?year=2024" \
            "/api/reports/legislation" "/api/reports/activity"; do
  curl -fsS -o /dev/null "${auth[@]}" "$url$path"   # warm-up
  times=()
  for _ in $(seq "$runs"); do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' "${auth[@]}" "$url$path")")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median_ms=$(echo "$sorted" | awk -v n="$runs" 'NR == int((n + 1) / 2) { printf "%d", $1 * 1000 }')
  max_ms=$(echo "$sorted" | tail -1 | awk '{ printf "%d", $1 * 1000 }')
  verdict=ok
  case "$path" in
    /api/reports/guideline-check|/api/reports/overview)
      if [ "$median_ms" -ge "$limit_ms" ]; then verdict="TOO SLOW (limit ${limit_ms} ms)"; failed=1; fi ;;
    *) verdict="(informative)" ;;
  esac
  printf '%-62s median %5d ms  max %5d ms  %s\n' "$path" "$median_ms" "$max_ms" "$verdict"
done
exit $failed
