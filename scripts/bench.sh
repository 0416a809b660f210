#!/usr/bin/env bash
# Builds the benchmarks (Release) and runs them. Not part of the test suite: results
# are written to build-bench/results/*.json and summarised by hand in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOMPTOIR_BUILD_TESTS=OFF -DCOMPTOIR_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build-bench
mkdir -p build-bench/results
for b in build-bench/bench/bench_*; do
  [ -f "$b" ] || continue
  [ -x "$b" ] || continue
  name=$(basename "$b")
  echo "== $name"
  "$b" --benchmark_out="build-bench/results/$name.json" --benchmark_out_format=json "$@"
done
