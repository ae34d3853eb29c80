#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The labs' privileged steps in the guest, through Kaleido's whole privileged stack: tst_labsettings_live runs as
# nobody, its lab cards ask kaleido-helper (bus-activated on a private system bus, with the real polkitd and a rule
# for nobody) to change overcommit_memory, drop_caches, ksm/run and THP's enabled on Debian's 6.1 kernel.
# The page cache lab needs a file system whose clean pages drop_caches can drop (the guest's root and /tmp are
# tmpfs): an ext2 image on a loop device becomes its TMPDIR.
# Usage: labs-settings.sh <kaleido-helper> <policy> <bus conf> <tst_labsettings_live>
set -uo pipefail

helper=$1 policy=$2 busconf=$3 live=$4
here=$(dirname "$(readlink -f "$0")")
case "$(uname -r)" in 6.1.*) ;; *) echo "guest kernel is $(uname -r), expected Debian's 6.1"; exit 1 ;; esac

. "$here/../helper/private-system.sh"
work=$(mktemp -d /tmp/kaleido-labs.XXXXXX)
chmod 755 "$work"
cleanup() {
    private_system_stop
    umount "$work/disk" 2>/dev/null
}
trap cleanup EXIT
mkdir -p "$work/rules.d"
cat >"$work/rules.d/50-kaleido-labs.rules" <<'RULES'
// The test's user may change the settings the labs change.
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("org.kaleido.kaleido.") == 0 && subject.user == "nobody")
        return polkit.Result.YES;
    return polkit.Result.NOT_HANDLED;
});
RULES
private_system_start "$work" "$policy" "$busconf" "$helper --idle-seconds 10" || exit 1

modprobe loop 2>/dev/null
truncate -s 320M "$work/disk.img" && mkfs.ext2 -q -F "$work/disk.img" || exit 1
mkdir -p "$work/disk" && mount -o loop "$work/disk.img" "$work/disk" || { echo "cannot mount an ext2 image"; exit 1; }
chmod 1777 "$work/disk"
mkdir -m 777 "$work/home"

echo 0 >/proc/sys/vm/overcommit_memory
[ -f /sys/kernel/mm/ksm/run ] && echo 0 >/sys/kernel/mm/ksm/run
setpriv --reuid=nobody --regid=nogroup --clear-groups \
    env HOME="$work/home" TMPDIR="$work/disk" QT_QPA_PLATFORM=offscreen "$live"
