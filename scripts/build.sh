#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds one CMake preset (default: release). Usage: scripts/build.sh [preset] [targets...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-release}"
shift || true
cd "$here"
if [[ ! -f "build/$preset/build.ninja" ]]; then
    cmake --preset "$preset" >/dev/null
fi
jobs="${MAILTRIAGE_JOBS:-$(nproc)}"
if (($#)); then
    cmake --build "build/$preset" -j "$jobs" --target "$@"
else
    cmake --build "build/$preset" -j "$jobs"
fi
