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
echo "MailTriage demo case (resources/demo): $(find "$demo" -name '*.eml' | wc -l) messages from two mailboxes"
exec "$bin/mailtriage-cli" inspect "$demo"
