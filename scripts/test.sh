#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, runs the whole test suite (ctest),
# then runs the parser tests again under AddressSanitizer + UndefinedBehaviorSanitizer, then every
# fuzz target for a short smoke time. MAILTRIAGE_SKIP_ASAN=1 / MAILTRIAGE_SKIP_FUZZ=1 skip those
# passes (for a quick local run); MAILTRIAGE_FUZZ_SMOKE_SECONDS sets the smoke time (20 s).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
start=$(date +%s)
bash scripts/setup.sh
# Formatting is mechanical (.clang-format): a file that drifts fails the run; fix it with
#   git ls-files '*.cpp' '*.h' '*.c' | xargs clang-format -i
if ! git ls-files '*.cpp' '*.h' '*.c' | xargs clang-format --dry-run --Werror 2>/tmp/mailtriage-format.log; then
    grep -o '^[^:]*:[0-9]*:[0-9]*: error' /tmp/mailtriage-format.log | cut -d: -f1 | sort -u | sed 's/^/test.sh: not formatted: /' >&2
    exit 1
fi
bash scripts/build.sh ci
ctest --preset ci -j "$(nproc)" --timeout 1800
echo "test.sh: main suite done in $(( $(date +%s) - start )) s"

if [[ "${MAILTRIAGE_SKIP_ASAN:-0}" != "1" ]]; then
    # The parsers meet every corpus byte in-process here, so ASan/UBSan see all of it.
    asan_tests=(tst_charset tst_encodedword tst_headerparameters tst_addressparser tst_dateparser
                tst_messageparser tst_corpus tst_japanese tst_receivedparser tst_authresults tst_msgreader
                tst_cfbreader tst_lzfu tst_parseworkerpool tst_limits tst_fuzzregressions)
    existing=()
    for t in "${asan_tests[@]}"; do
        grep -q "NAME $t " tests/*/CMakeLists.txt && existing+=("$t")
    done
    bash scripts/build.sh asan "${existing[@]}" mailtriage-worker
    regex="^($(IFS='|'; echo "${existing[*]}"))\$"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --preset asan -j "$(nproc)" -R "$regex" --timeout 1800
fi

if [[ "${MAILTRIAGE_SKIP_FUZZ:-0}" != "1" ]]; then
    # A short libFuzzer run of every target (clang, ASan + UBSan): a crash, a leak, UB or an input
    # over 2 s fails the run. The long runs (10 min each) are in the README; bash scripts/fuzz.sh.
    bash scripts/fuzz.sh "${MAILTRIAGE_FUZZ_SMOKE_SECONDS:-20}"
fi
echo "test.sh: all done in $(( $(date +%s) - start )) s"
