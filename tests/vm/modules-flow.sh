#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# modules-flow.sh [--from-files] KMOD-DIR FLOW-TEST
#
# Runs as root inside Debian's 6.1 guest (tests/vm/run-in-vm): installs the teaching modules built in KMOD-DIR
# (labs/kmod) under /lib/modules/$(uname -r)/updates — the guest's root is a throw-away tmpfs overlay — indexes
# them with depmod, then runs FLOW-TEST offscreen: tests/gui/tst_modulesflow_live (issue 7's "done when" story,
# from Modules ▸ Available to the error cases) or tests/gui/tst_modulelab_live (lab 12's steps).
#
# Exit status: the test's; 77 when the modules are missing or built for another kernel.
set -eu

from_files=
if [ "${1:-}" = --from-files ]; then
    from_files=1
    shift
fi
kmod_dir=${1:?usage: modules-flow.sh KMOD-DIR FLOW-TEST}
flow=${2:?usage: modules-flow.sh KMOD-DIR FLOW-TEST}
release=$(uname -r)

for ko in kaleido_teach.ko kaleido_teach_user.ko; do
    [ -f "$kmod_dir/$ko" ] || { echo "$kmod_dir/$ko is not built: skipping"; exit 77; }
done
case "$release" in 6.1.*) ;; *) echo "guest kernel is $release, expected Debian's 6.1"; exit 1 ;; esac

# kmod's tools, not busybox's applets.
depmod=/sbin/depmod
[ -x "$depmod" ] || depmod=/usr/sbin/depmod
if [ -z "$from_files" ]; then
    updates=/lib/modules/$release/updates
    mkdir -p "$updates"
    install -m 644 "$kmod_dir/kaleido_teach.ko" "$kmod_dir/kaleido_teach_user.ko" "$updates/"
    "$depmod" -a "$release"
elif grep -q '/kaleido_teach' "/lib/modules/$release/modules.dep"; then
    echo "kaleido_teach is installed for $release: the .ko route would not be taken"
    exit 1
fi
[ -n "$from_files" ] && export KALEIDO_KMOD_FROM_FILES=1

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 KALEIDO_KMOD_DIR="$kmod_dir"
exec "$flow"
