#!/usr/bin/env bash
# Builds the benchmarks (Release) and runs every bench/bench_* executable: bench_store (the
# cache, issue 2), bench_portal (the portal's feed, issue 3), bench_sync (a full sync from a
# comptoir-portal in its own process, issue 4 — its first run seeds the portal's data under
# build-bench/bench-data/, about 10 s, and later runs reuse it), bench_receipts (receipt
# rendering, dithering and logo import, issue 8), bench_export (1,000,000 transactions to
# xlsx against bare libxlsxwriter, CSV, a day-close PDF, issue 7; its first run writes its
# cache there too), bench_transactions (the Transactions page on 1,000,000 transactions,
# issue 5). Not part of the test suite:
# results are written to build-bench/results/*.json and summarised by hand in
# docs/performance.md. Arguments go to every benchmark, e.g. --benchmark_repetitions=3.
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
