#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything MailTriage needs to build, test and run on Debian 12, as root.
# Idempotent: when everything is present it only checks (a second or two) and exits.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

apt_packages=(
    build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6sql6-sqlite qt6-pdf-dev qt6-translations-l10n
    libmimetic-dev libsqlite3-dev sqlite3 libicu-dev libpsl-dev publicsuffix libssl-dev zlib1g-dev
    libkf5syntaxhighlighting-tools libpoppler-qt6-dev
    fonts-noto-cjk wamerican wbritish
    xvfb xauth poppler-utils imagemagick
    clang libclang-rt-14-dev clang-format
    libemail-outlook-message-perl
    desktop-file-utils appstream dpkg-dev file librsvg2-bin
    python3 python3-jsonschema python3-antlr4 python3-six python3-simplejson python3-dateutil python3-colorama
    python3-idna python3-rfc3987
)

missing=()
for p in "${apt_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "setup: these packages are missing and installing them needs root: ${missing[*]}" >&2
        exit 1
    fi
    echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm data packages (pinned in package.json / package-lock.json), installed into the tree.
if [[ -f "$here/package.json" ]]; then
    if [[ ! -d "$here/node_modules" || "$here/package-lock.json" -nt "$here/node_modules" ]]; then
        if ! command -v npm >/dev/null 2>&1; then
            # Debian's own npm (this machine kind usually ships Node.js with npm already).
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null
        fi
        echo "setup: installing npm data packages"
        (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
        touch "$here/node_modules"
    fi
fi
echo "setup: all dependencies present"
