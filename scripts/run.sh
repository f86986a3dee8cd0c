#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The main job: install what is missing, build, and open the bundled demo case.
# With a display: the MailTriage window. Without one (or QT_QPA_PLATFORM=offscreen): the CLI
# analysis of the same demo case, printed as text.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
bash "$here/scripts/build.sh" release >/dev/null
bin="$here/build/release/bin"
demo="$here/resources/demo"

if [[ -x "$bin/mailtriage" && -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != "offscreen" ]]; then
    exec "$bin/mailtriage" --demo
fi
# No display: the CLI analysis of the same demo case, in a fresh case file.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli="$bin/mailtriage-cli"
"$cli" case create "$work/demo.mtcase" --title "Demo: hijacked invoice thread (fictional)" >/dev/null
"$cli" import "$work/demo.mtcase" "$demo/mailbox-A" "$demo/mailbox-B" --quiet
echo
"$cli" analyze "$work/demo.mtcase"
echo
echo "Timeline:"
"$cli" timeline "$work/demo.mtcase"
