#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the build into a staging prefix and checks that everything a desktop needs is where it looks for it.
set -euo pipefail
build=$1
staging=$2
rm -rf "$staging"
cmake --install "$build" --prefix "$staging" >/dev/null
status=0
for f in bin/kaleido bin/kaleido-cli share/man/man1/kaleido-cli.1 \
         share/applications/org.kaleido.Kaleido.desktop \
         share/metainfo/org.kaleido.Kaleido.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.kaleido.Kaleido.svg; do
    if [ ! -s "$staging/$f" ]; then
        echo "missing after install: $f"
        status=1
    fi
done
[ -x "$staging/bin/kaleido" ] || { echo "bin/kaleido is not executable"; status=1; }
# The menu entry must name the installed binary and icon.
grep -qx 'Exec=kaleido' "$staging/share/applications/org.kaleido.Kaleido.desktop" || { echo "Exec line wrong"; status=1; }
grep -qx 'Icon=org.kaleido.Kaleido' "$staging/share/applications/org.kaleido.Kaleido.desktop" || { echo "Icon line wrong"; status=1; }
[ $status -eq 0 ] && echo "install layout OK"
exit $status
