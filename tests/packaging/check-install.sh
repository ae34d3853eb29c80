#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the build into a staging directory (DESTDIR, so the configured prefix and the helper's absolute
# system directories both land below it) and checks that everything a desktop needs is where it looks for it.
set -euo pipefail
build=$1
staging=$2
rm -rf "$staging"
DESTDIR="$staging" cmake --install "$build" >/dev/null
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
root="$staging$prefix"
status=0
for f in bin/kaleido bin/kaleido-cli share/man/man1/kaleido-cli.1 \
         share/applications/org.kaleido.Kaleido.desktop \
         share/metainfo/org.kaleido.Kaleido.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.kaleido.Kaleido.svg \
         libexec/kaleido-helper \
         libexec/kaleido/labs/kaleido-lab-forktree libexec/kaleido/labs/kaleido-lab-paging \
         share/dbus-1/system-services/org.kaleido.Kaleido.Helper.service \
         lib/systemd/system/kaleido-helper.service; do
    if [ ! -s "$root/$f" ]; then
        echo "missing after install: $prefix/$f"
        status=1
    fi
done
[ -x "$root/bin/kaleido" ] || { echo "bin/kaleido is not executable"; status=1; }
[ -x "$root/libexec/kaleido-helper" ] || { echo "libexec/kaleido-helper is not executable"; status=1; }
# The menu entry must name the installed binary and icon.
grep -qx 'Exec=kaleido' "$root/share/applications/org.kaleido.Kaleido.desktop" || { echo "Exec line wrong"; status=1; }
grep -qx 'Icon=org.kaleido.Kaleido' "$root/share/applications/org.kaleido.Kaleido.desktop" || { echo "Icon line wrong"; status=1; }
# The bus must start the installed helper.
grep -qx "Exec=$prefix/libexec/kaleido-helper" "$root/share/dbus-1/system-services/org.kaleido.Kaleido.Helper.service" ||
    { echo "the activation file does not start $prefix/libexec/kaleido-helper"; status=1; }
# dbus-daemon and polkitd read these only from /usr/share, whatever the prefix: for /usr and /usr/local they
# must land there (any other prefix leaves them below it, for a packager).
if [ "$prefix" = /usr ] || [ "$prefix" = /usr/local ]; then
    for f in /usr/share/dbus-1/system.d/org.kaleido.Kaleido.Helper.conf \
             /usr/share/polkit-1/actions/org.kaleido.Kaleido.Helper.policy; do
        [ -s "$staging$f" ] || { echo "missing after install: $f"; status=1; }
    done
fi
[ $status -eq 0 ] && echo "install layout OK"
exit $status
