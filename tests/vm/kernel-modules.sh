#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# kernel-modules.sh KALEIDO-CLI TEST-BINARY...
#
# Runs as root inside Debian's 6.1 guest (tests/vm/run-in-vm), the kernel where modules are real: loads a few,
# compares kaleido-cli with lsmod and modinfo, checks the taint kaleido-cli predicted for a load against the one
# the kernel then applied, and runs the kernel area's tests (their liveKernel cases) against this kernel.
set -u
cli=$1
shift
failed=0
check() { # check STATUS WHAT
    if [ "$1" -eq 0 ]; then echo "ok   $2"; else echo "FAIL $2"; failed=1; fi
}

# The guest's shell is busybox, which runs its own lsmod, modinfo, modprobe and dmesg applets for bare names: the
# peers to compare with are kmod's and util-linux's, so call them by path.
tool() {
    for dir in /usr/sbin /sbin /usr/bin /bin; do
        [ -x "$dir/$1" ] && { echo "$dir/$1"; return 0; }
    done
    echo "missing: $1" >&2
    exit 1
}
lsmod=$(tool lsmod)
modinfo=$(tool modinfo)
modprobe=$(tool modprobe)
[ -n "$lsmod" ] && [ -n "$modinfo" ] && [ -n "$modprobe" ] || exit 1

case "$(uname -r)" in
6.1.*) ;;
*) echo "guest kernel is $(uname -r), expected Debian's 6.1"; exit 1 ;;
esac

# Before loading: dummy is in-tree and signed (no taint); qlge is from drivers/staging (C).
predicted_dummy=$("$cli" --json modinfo dummy | jq -r '.modules[0].loadTaint')
predicted_qlge=$("$cli" --json modinfo qlge | jq -r '.modules[0].loadTaint')

# sg brings scsi_mod and scsi_common, so there are holders to compare; qlge needs no hardware to load.
$modprobe dummy && $modprobe loop && $modprobe sg && $modprobe qlge || { echo "FAIL modprobe"; exit 1; }

# lsmod against kaleido-cli modules: name, size, use count and holders (sorted: both list holders/ in directory
# order, but that order is not a promise). kaleido-cli's last column is the state.
sort_holders='{ n = split($4, h, ",")
    for (i = 2; i <= n; i++) { v = h[i]; for (j = i - 1; j >= 1 && h[j] > v; j--) h[j + 1] = h[j]; h[j + 1] = v }
    s = ""; for (i = 1; i <= n; i++) s = s (i > 1 ? "," : "") h[i]
    print $1, $2, $3, s }'
"$lsmod" | tail -n +2 | awk "$sort_holders" | sort >/tmp/lsmod.txt
"$cli" modules >/tmp/modules.txt
tail -n +2 /tmp/modules.txt | awk '{ $NF = ""; print }' | awk "$sort_holders" | sort >/tmp/ours.txt
diff -u /tmp/lsmod.txt /tmp/ours.txt
check $? "kaleido-cli modules = lsmod ($(wc -l </tmp/lsmod.txt) modules)"
tail -n +2 /tmp/modules.txt | awk '$NF != "Live" { bad = 1 } END { exit bad }'
check $? "every module Live"

# modinfo, field for field; kaleido-cli adds one line, loadtaint.
for m in dummy loop sg qlge dm_mod ext4 fs-ext3 zswap; do
    "$cli" modinfo "$m" | grep -v '^loadtaint:' >/tmp/ours.modinfo
    "$modinfo" "$m" >/tmp/theirs.modinfo
    diff -u /tmp/theirs.modinfo /tmp/ours.modinfo
    check $? "kaleido-cli modinfo $m = modinfo $m"
done

# The prediction against what the kernel did.
[ "$predicted_dummy" = "$(cat /sys/module/dummy/taint)" ]
check $? "dummy: predicted taint '$predicted_dummy' = /sys/module/dummy/taint"
[ "$predicted_qlge" = "C" ] && [ "$(cat /sys/module/qlge/taint)" = "C" ]
check $? "qlge: predicted taint '$predicted_qlge' = /sys/module/qlge/taint"
[ "$("$cli" --json modules | jq -r '.modules[] | select(.name == "qlge") | .taints')" = C ]
check $? "qlge shows (C) in /proc/modules"
[ "$("$cli" --json taint | jq -r .value)" = "$(cat /proc/sys/kernel/tainted)" ]
check $? "kaleido-cli taint = /proc/sys/kernel/tainted ($(cat /proc/sys/kernel/tainted))"
"$cli" taint | grep -q '^Tainting modules: .*qlge (C)'
check $? "kaleido-cli taint names qlge"

for test in "$@"; do
    "$test" -silent
    check $? "$(basename "$test")"
done
exit $failed
