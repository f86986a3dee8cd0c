#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack, unpacks it into a scratch root and checks it like a distribution
# would: files in place, desktop-file-validate, appstreamcli validate, and the installed
# mailtriage-cli runs (--version, inspect on a message) from the unpacked tree.
# Usage: test_deb.sh BUILD_DIR SOURCE_DIR SHARED_DIR
set -euo pipefail
build="$1"; src="$2"; shared="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/pkg/*.deb | head -n1)"
[[ -f "$deb" ]] || fail "no .deb produced"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends" || true
dpkg-deb --field "$deb" Depends | grep -q "libqt6core6" || fail "shlibdeps did not add the Qt runtime"
dpkg-deb --field "$deb" Depends | grep -q "libkf5syntaxhighlighting-tools" || fail "the highlighter tools are not a dependency"

root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/mailtriage usr/bin/mailtriage-cli usr/libexec/mailtriage/mailtriage-worker \
         usr/share/applications/org.mailtriage.MailTriage.desktop \
         usr/share/metainfo/org.mailtriage.MailTriage.metainfo.xml \
         usr/share/mime/packages/mailtriage-case.xml \
         usr/share/icons/hicolor/scalable/apps/mailtriage.svg \
         usr/share/icons/hicolor/48x48/apps/mailtriage.png \
         usr/share/man/man1/mailtriage-cli.1; do
    [[ -e "$root/$f" ]] || fail "missing $f"
done
ls "$root"/usr/share/mailtriage/translations/*.qm >/dev/null 2>&1 || ls "$root"/usr/share/*/translations/*.qm >/dev/null 2>&1 \
    || echo "note: no translation files installed"
desktop-file-validate "$root/usr/share/applications/org.mailtriage.MailTriage.desktop" | grep -v "hint:" && fail "desktop file" || true
appstreamcli validate --no-net "$root/usr/share/metainfo/org.mailtriage.MailTriage.metainfo.xml" >"$work/as.log" 2>&1 \
    || { cat "$work/as.log"; fail "appstream metainfo"; }

"$root/usr/bin/mailtriage-cli" --version | grep -q "mailtriage-cli" || fail "installed --version"
out="$("$root/usr/bin/mailtriage-cli" inspect --json "$shared/scenarios/controls/03_japanese_iso2022jp.eml")" \
    || fail "installed inspect"
echo "$out" | grep -q '"format": "eml"' || fail "installed inspect output"
echo "$out" | grep -q "9月度納品スケジュール" || fail "installed inspect did not decode Japanese"
echo "1 passed, 0 failed"
