#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Import benchmark: builds a Release tree, generates N messages (default 10000) from the shared
# corpus and scenarios into a temporary folder, imports them into a new case (worker processes,
# analysis, SQLite, full-text index) and parses the same files with Python's email package in the
# same run; prints a Markdown table (messages/s, MB/s, peak RSS) and the ratio.
#   bench/import_bench.sh [MESSAGES] [extra mailtriage-import-bench options...]
#   BUILD_DIR=build/release bench/import_bench.sh 100000 --no-python
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${BUILD_DIR:-$root/build/bench-release}
messages=${1:-10000}
[ $# -gt 0 ] && shift
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMAILTRIAGE_BUILD_TESTS=OFF \
        ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
fi
ninja -C "$build" -j"${JOBS:-2}" mailtriage-import-bench mailtriage-worker >/dev/null
echo "## Import benchmark: $messages messages, $(nproc) cores, $(date -u +%Y-%m-%d)"
MAILTRIAGE_WORKER="$build/bin/mailtriage-worker" "$build/bin/mailtriage-import-bench" --messages "$messages" "$@"
