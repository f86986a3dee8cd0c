#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target (preset "fuzz": clang, ASan + UBSan) for N seconds each.
# Usage: scripts/fuzz.sh SECONDS [TARGET...]
# Seeds: ../shared/corpus and ../shared/scenarios (read in place), tests/data; new inputs found go
# to build/fuzz/corpus/TARGET; crashes to build/fuzz/artifacts/ (turn them into tests/data cases).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
cd "$here"
shared="${MAILTRIAGE_SHARED_DIR:-$here/../shared}"
all=(fuzz_eml fuzz_headers fuzz_rfc2231 fuzz_addresses fuzz_dates fuzz_received fuzz_authresults fuzz_mbox fuzz_cfb fuzz_lzfu fuzz_html fuzz_anonymizer fuzz_stored)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")
existing=()
for t in "${targets[@]}"; do
    [[ -f "tests/fuzz/$t.cpp" ]] && existing+=("$t")
done
[[ -f build/fuzz/build.ninja ]] || cmake --preset fuzz >/dev/null
cmake --build build/fuzz -j "$(nproc)" --target "${existing[@]}"
mkdir -p build/fuzz/artifacts
status=0
for t in "${existing[@]}"; do
    mkdir -p "build/fuzz/corpus/$t"
    # libFuzzer stops when a corpus folder is missing: only folders that exist are given.
    seeds=()
    for d in "$shared/corpus" "$shared/scenarios" tests/data resources/demo; do
        [[ -d "$d" ]] && seeds+=("$d")
    done
    # Whole-message targets read long inputs; the small-grammar ones get short inputs (the seeds
    # are whole messages, truncated), which keeps them at thousands of executions a second.
    case "$t" in
        fuzz_eml|fuzz_mbox) max_len=131072 ;;
        fuzz_cfb) max_len=1048576 ;;
        fuzz_lzfu) max_len=65536 ;; # compressed RTF streams are small; long seeds only slow it down
        *) max_len=4096 ;;
    esac
    echo "fuzz.sh: $t for ${seconds}s"
    log="build/fuzz/$t.log"
    if ! "build/fuzz/bin/$t" "build/fuzz/corpus/$t" "${seeds[@]}" -max_total_time="$seconds" -timeout=2 \
        -rss_limit_mb=2048 -max_len="${MAILTRIAGE_FUZZ_MAX_LEN:-$max_len}" -dict=tests/fuzz/mime.dict -print_final_stats=1 \
        -artifact_prefix="build/fuzz/artifacts/$t-" >"$log" 2>&1; then
        echo "fuzz.sh: $t FAILED, see $log"
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | sed "s/^/  $t /" || true
    # One line per run for the README's table: date, target, seconds, executions, peak RSS, result.
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    result=ok
    ls build/fuzz/artifacts/"$t"-* >/dev/null 2>&1 && result="artifacts in build/fuzz/artifacts"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$t" "$seconds" "${execs:-?}" "${rss:-?}" "$result" \
        >>build/fuzz/runs.tsv
done
exit $status
