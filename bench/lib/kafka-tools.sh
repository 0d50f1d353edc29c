#!/usr/bin/env bash
# Prints a classpath with Kafka's own tools (kafka-tools, the version Spring Boot manages), fetched
# once from Maven Central into ~/.cache/bench-kafka-tools (not committed).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${BENCH_CACHE:-$HOME/.cache}/bench-kafka-tools"
if ! ls "$cache"/kafka-tools-*.jar >/dev/null 2>&1; then
  mkdir -p "$cache"
  "$root/mvnw" -B -q -f "$root/bench/lib/kafka-tools-pom.xml" dependency:copy-dependencies -DoutputDirectory="$cache" >&2
fi
echo "$cache/*"
