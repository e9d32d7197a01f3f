#!/usr/bin/env bash
# Draw benchmark (issue 18): time to compute the LEXIMIN distribution and its smallest selection
# probability against the legacy draw by crossed cells, on generated pools.
#
#   bench/draws.sh                 # 100x12, 200x20, 300x30, 400x40 (people x seats)
#   bench/draws.sh 400x40 150x15   # chosen sizes
#   BENCH_BUDGET=55 bench/draws.sh # seconds before LEXIMIN stops at MAXIMIN (default 55)
#
# Prints a Markdown table and writes it to bench/out/draws-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/draws-bench.cp >/dev/null
mkdir -p bench/out
out="bench/out/draws-$(date -u +%Y%m%dT%H%M%SZ).md"
java -Xmx1g -Dbudget="${BENCH_BUDGET:-55}" -cp "target/test-classes:target/classes:$(cat target/draws-bench.cp)" \
  fr.maillage.participation.DrawsBench "$@" | tee "$out"
echo "machine: $(nproc) cores, $(uptime)" | tee -a "$out"
