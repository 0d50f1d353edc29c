#!/usr/bin/env bash
# Footprint: each app's start-up time (process start -> readiness UP) and resident memory (RSS) at
# rest after a short warm-up (20 health/API calls, then 5 s idle), on Java 17 and on Java 25 (with
# virtual threads on 25). Each app gets a fresh database (first start: Flyway migrations included)
# and the production-like flags -XX:+UseSerialGC -Xmx384m; apps are started one at a time.
# Targets: ready <= 8 s, RSS <= 400 MB.
#   JDK25 (default /usr/lib/jvm/temurin-25-jdk-amd64): skipped when missing.
source "$(dirname "$0")/../lib/common.sh"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
start_platform
[[ $SMOKE == 1 ]] || wait_quiet
TOKEN=$(token)
apps=(gateway identity-provider partnership-service project-service monitoring-service reporting-service)
[[ $SMOKE == 1 ]] && apps=(partnership-service)
jdks=("17:$JAVA"); [[ -x "$JDK25/bin/java" ]] && jdks+=("25:$JDK25/bin/java")
results=()
for jdk in "${jdks[@]}"; do
  v=${jdk%%:*}; JAVA=${jdk#*:}
  for app in "${apps[@]}"; do
    db="fp_${v}_${app//-/_}"
    "$PG_BIN/psql" -q "$PG_URL/postgres" -c "drop database if exists $db" -c "create database $db" >/dev/null 2>&1
    extra=(); [[ $v == 25 ]] && extra+=(-Dspring.threads.virtual.enabled=true)
    # a separate consumer group, so the reporting-service already running is not disturbed, starting at
    # the end of the topics: an app at rest, not one catching up on what earlier benchmarks wrote
    extra+=(-Dspring.kafka.consumer.group-id="bench-footprint-$v" -Dspring.kafka.consumer.auto-offset-reset=latest)
    t0=$(date +%s.%N)
    SERVER_PORT=18090 DATABASE_URL="jdbc:postgresql://127.0.0.1:15432/$db" DATABASE_USER=postgres DATABASE_PASSWORD= \
      KAFKA_BOOTSTRAP_SERVERS=$KAFKA OAUTH2_ISSUER_URI=$IDP \
      "$JAVA" "${APP_JVM_FLAGS[@]}" "${extra[@]}" -jar "$(jar_of "$app")" >"$BENCH_TMP/fp-$v-$app.log" 2>&1 &
    pid=$!; _started_pids+=($pid)
    health=/actuator/health/readiness; [[ $app == identity-provider ]] && health=/.well-known/openid-configuration
    if wait_http "http://127.0.0.1:18090$health" 90; then
      ready=$(echo "$(date +%s.%N) - $t0" | bc | awk '{ printf "%.1f", $1 }')
      for _ in $(seq 20); do
        curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:18090$health"
        curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:18090/actuator/prometheus"
      done
      sleep "$(dur 5 1)"
      rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
    else
      ready="fail"; rss="n/a"; tail -20 "$BENCH_TMP/fp-$v-$app.log" >&2
    fi
    stop_pid "$pid"
    results+=("$v|$app|$ready|$rss")
  done
done
table_head "Footprint: start-up to readiness and RSS at rest (-XX:+UseSerialGC -Xmx384m; 25 with virtual threads)"
for r in "${results[@]}"; do
  IFS='|' read -r v app ready rss <<<"$r"
  row "Java $v $app: ready s" "$ready" "" "" "<= 8 s" "$(met "\"$ready\" != \"fail\" && $ready <= 8")"
  row "Java $v $app: RSS MB" "$rss" "" "" "<= 400 MB" "$(met "\"$rss\" != \"n/a\" && $rss <= 400")"
done
