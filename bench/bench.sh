#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every benchmark of the README's table in one run, each with its baseline measured in the same
# run: import of 1k / 10k / 100k generated messages vs Python's email parser and vs a raw
# read+scan lower bound, the single-message parse+analysis cost, and the GUI on the 10k case
# (offscreen). Builds a Release tree in build/bench-release (override with BUILD_DIR).
#   bench/bench.sh                 # 1000 10000 100000
#   bench/bench.sh 1000 10000      # other sizes (the GUI runs on the 10000 case when there is one)
# Messages are generated once into ${BENCH_DATA:-/tmp/mailtriage-bench} from ../shared (never
# into the project).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build/bench-release}"
data="${BENCH_DATA:-/tmp/mailtriage-bench}"
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 100000)
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMAILTRIAGE_BUILD_TESTS=OFF \
        -DMAILTRIAGE_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$build" -j "$(nproc)" --target mailtriage-import-bench mailtriage-gui-bench mailtriage-worker >/dev/null
export MAILTRIAGE_WORKER="$build/bin/mailtriage-worker"
mkdir -p "$data"
echo "# MailTriage benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
    dir="$data/m$n"
    if [[ ! -f "$dir/.complete" ]]; then
        rm -rf "$dir"
        "$build/bin/mailtriage-import-bench" --messages "$n" --generate "$dir"
        touch "$dir/.complete"
    fi
    echo
    echo "## $n messages"
    extra=()
    [[ "$n" == 10000 ]] && extra=(--keep-case "$data/case10k.mtcase" --stages)
    [[ "$n" == 100000 ]] && extra=(--keep-case "$data/case100k.mtcase")
    "$build/bin/mailtriage-import-bench" --dir "$dir" --no-parse-only "${extra[@]}" 2>/dev/null
done
# The window on the kept cases: the first open analyses the case and stores the analysis, the
# second (a new process) reads it back, as every later open does.
for c in case10k case100k; do
    [[ -f "$data/$c.mtcase" ]] || continue
    echo
    echo "## GUI, $c: first open"
    "$build/bin/mailtriage-gui-bench" -platform offscreen "$data/$c.mtcase" 2>/dev/null
    echo
    echo "## GUI, $c: later opens"
    "$build/bin/mailtriage-gui-bench" -platform offscreen "$data/$c.mtcase" 2>/dev/null
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
