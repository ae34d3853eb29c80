#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs inside the qemu guest (Debian's 6.1 kernel, as root; see tests/vm/README.md):
#   vm-memory.sh KALEIDO-CLI TEST-BINARY...
# 1. the memory tests, whose live parts then check a second real kernel (and slabtop on it);
# 2. CommitLimit with every input in play, which the captured trees cannot show (they have no swap and no
#    hugetlb pages): hugetlb pages, swap on zram, then overcommit_kbytes — kaleido-cli's computed value must equal
#    the kernel's each time.
set -eu
case "$(uname -r)" in 6.1.*) ;; *) echo "guest kernel is $(uname -r), expected Debian's 6.1"; exit 1 ;; esac
cli=$1
shift
for test in "$@"; do
    "$test" -silent || { echo "FAIL: $test"; exit 1; }
done

agrees() {
    json=$("$cli" --json overcommit)
    if ! printf '%s\n' "$json" | grep -q '"agreesWithKernel": true'; then
        echo "FAIL: CommitLimit differs from the kernel's ($1)"
        printf '%s\n' "$json"
        grep -E 'CommitLimit|SwapTotal|Hugetlb|MemTotal' /proc/meminfo
        exit 1
    fi
    echo "ok: CommitLimit agrees ($1): $(grep CommitLimit /proc/meminfo)"
}

echo 8 >/proc/sys/vm/nr_hugepages
[ "$(cat /proc/sys/vm/nr_hugepages)" -gt 0 ] || { echo "FAIL: no huge pages could be reserved"; exit 1; }
agrees "$(cat /proc/sys/vm/nr_hugepages) huge pages"

modprobe zram
echo 64M >/sys/block/zram0/disksize
mkswap /dev/zram0 >/dev/null
swapon /dev/zram0
agrees "huge pages and 64 MiB swap"

echo 30 >/proc/sys/vm/overcommit_ratio
agrees "ratio 30"

echo 123457 >/proc/sys/vm/overcommit_kbytes
agrees "overcommit_kbytes 123457 (not a whole number of pages)"

echo 2 >/proc/sys/vm/overcommit_memory
"$cli" overcommit 1G | grep -q 'in mode 2, as root .* refused' || { echo "FAIL: 1 GiB not refused in mode 2"; exit 1; }
echo "ok: mode 2 verdicts"
