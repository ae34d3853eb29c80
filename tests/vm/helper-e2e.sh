#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Inside the qemu guest (Debian's 6.1 kernel, root, throw-away overlay): Kaleido's whole privileged stack for
# real. A private system bus with our bus policy, the real polkitd with our generated .policy and a rule that
# grants the test user "nobody", kaleido-helper started by bus activation, and kaleido-cli as nobody — so every
# load, unload and write below went through D-Bus, polkit and the helper's validation into the real kernel.
#
# usage: helper-e2e.sh KALEIDO_CLI KALEIDO_HELPER_TEST POLICY BUS_CONF KMOD_BUILD_DIR [TST_KERNELLOGSTREAM_LIVE]
set -uo pipefail

cli=$1 helper=$2 policy=$3 busconf=$4 kmod=$5 kernellog=${6:-}
teach=$kmod/kaleido_teach.ko
teach_user=$kmod/kaleido_teach_user.ko
here=$(dirname "$(readlink -f "$0")")
case "$(uname -r)" in 6.1.*) ;; *) echo "guest kernel is $(uname -r), expected Debian's 6.1"; exit 1 ;; esac
[ -f "$teach" ] || { echo "SKIP: $teach is not built"; exit 77; }

. "$here/../helper/private-system.sh"
work=$(mktemp -d /tmp/kaleido-e2e.XXXXXX)
chmod 755 "$work"
trap 'private_system_stop' EXIT
mkdir -p "$work/rules.d"
cat >"$work/rules.d/50-kaleido-e2e.rules" <<'RULES'
// The end-to-end test's user may do everything Kaleido's helper offers.
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("org.kaleido.kaleido.") == 0 && subject.user == "nobody")
        return polkit.Result.YES;
    return polkit.Result.NOT_HANDLED;
});
RULES
# The administrator forbids one module (read by libkmod when the helper starts).
echo "blacklist nlmon" >/etc/modprobe.d/kaleido-e2e.conf
private_system_start "$work" "$policy" "$busconf" "$helper --idle-seconds 10" || exit 1

passed=0
failed=0
check() { # check NAME EXPECTED-PATTERN ACTUAL
    if grep -q -- "$2" <<<"$3"; then
        echo "ok: $1"
        passed=$((passed + 1))
    else
        echo "FAIL: $1: expected /$2/, got:"
        sed 's/^/    /' <<<"$3"
        failed=$((failed + 1))
    fi
}
refute() { # refute NAME UNEXPECTED-PATTERN ACTUAL
    if grep -q -- "$2" <<<"$3"; then
        echo "FAIL: $1: did not expect /$2/ in:"
        sed 's/^/    /' <<<"$3"
        failed=$((failed + 1))
    else
        echo "ok: $1"
        passed=$((passed + 1))
    fi
}
# kaleido-cli as the unprivileged test user: everything that needs root goes through the helper.
kcli() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$cli" "$@" 2>&1; }
loaded() { grep -c "^$1 " /proc/modules; }

# kaleido-cli's module list is the kernel's.
check "kaleido-cli modules agrees with lsmod" "^$(lsmod | tail -n +2 | awk '{print $1}' | sort | tr '\n' ' ')\$" \
    "$("$cli" --json modules | grep '"name"' | sed 's/.*"name": "\(.*\)".*/\1/' | sort | tr '\n' ' ')"

# Load by name with a parameter.
out=$(kcli load --no-prompt dummy numdummies=2)
check "load dummy numdummies=2 through the helper" "Done\|loaded\|dummy" "$out"
check "dummy is in /proc/modules" '^1$' "$(loaded dummy)"
# dummy hides numdummies from sysfs (permission 0): its effect is the number of interfaces. The teaching
# module's parameters are checked in /sys/module below.
check "the parameter took effect (two dummy interfaces)" '^2$' "$(ls /sys/class/net | grep -c '^dummy')"
out=$(kcli load --no-prompt dummy)
check "loading it again: EEXIST" 'EEXIST' "$out"
out=$(kcli unload --no-prompt dummy)
check "unload dummy" '^0$' "$(loaded dummy)"

# The teaching module from its file: the result carries its log lines.
out=$(kcli load --no-prompt "$teach" objects=64 greeting=hello weights=1,2,3)
check "load the teaching module from its .ko" 'kernel: .*kaleido_teach' "$out"
check "kaleido_teach is loaded" '^1$' "$(loaded kaleido_teach)"
check "its charp parameter" '^hello$' "$(cat /sys/module/kaleido_teach/parameters/greeting 2>&1)"
check "its array parameter" '^1,2,3$' "$(cat /sys/module/kaleido_teach/parameters/weights 2>&1)"
check "its /proc entry" 'hello' "$(cat /proc/kaleido_teach 2>&1)"
check "its slab cache" '^kaleido_teach_obj ' "$(grep '^kaleido_teach_obj ' /proc/slabinfo)"
out=$(kcli modparam --no-prompt kaleido_teach greeting bonjour)
check "write a writable parameter through the helper" 'bonjour' "$(cat /sys/module/kaleido_teach/parameters/greeting)"
out=$(kcli modparam --no-prompt kaleido_teach objects 5)
check "a read-only parameter is refused" 'not writable\|read-only\|cannot be changed' "$out"

out=$(kcli load --no-prompt "$teach_user")
check "load the companion" '^1$' "$(loaded kaleido_teach_user)"
out=$(kcli unload --no-prompt kaleido_teach)
check "unload refused while the companion holds it" 'kaleido_teach_user' "$out"
check "kaleido_teach is still loaded" '^1$' "$(loaded kaleido_teach)"
kcli unload --no-prompt kaleido_teach_user >/dev/null
out=$(kcli unload --no-prompt kaleido_teach)
check "both unloaded in the safe order" '^0 0$' "$(loaded kaleido_teach_user) $(loaded kaleido_teach)"

# Errors, each in the kernel's words.
out=$(kcli load --no-prompt "$teach" fail_with=22)
check "init failing with EINVAL is reported as EINVAL" 'EINVAL' "$out"
check "and the module is not loaded" '^0$' "$(loaded kaleido_teach)"
cp "$teach" "$work/kaleido_teach.ko"
python3 - "$work/kaleido_teach.ko" <<'PY'
import sys
p = sys.argv[1]
data = open(p, 'rb').read()
at = data.index(b'vermagic=')
end = data.index(b'\0', at)
magic = data[at:end]
# Same release, same length, different build flags: passes Kaleido's release check, refused by the kernel.
bad = magic.replace(b' SMP ', b' SMX ', 1)
assert bad != magic, magic
open(p, 'wb').write(data[:at] + bad + data[end:])
PY
chmod 644 "$work/kaleido_teach.ko"
out=$(kcli load --no-prompt "$work/kaleido_teach.ko")
check "a corrupted vermagic: ENOEXEC" 'ENOEXEC' "$out"
out=$(kcli load --no-prompt nlmon)
check "a blacklisted module is refused" 'blacklist' "$out"
check "and not loaded" '^0$' "$(loaded nlmon)"
out=$(kcli load --no-prompt dummy 'numdummies=$(id)')
check "a hostile parameter value is refused" 'numdummies' "$out"

# Tunables through the helper, read back from the kernel.
kcli set --no-prompt vm.overcommit_memory 1 >/dev/null
check "vm.overcommit_memory" '^1$' "$(cat /proc/sys/vm/overcommit_memory)"
kcli set --no-prompt vm.overcommit_memory 0 >/dev/null
if [ -f /sys/kernel/mm/transparent_hugepage/enabled ]; then
    kcli set --no-prompt thp.enabled never >/dev/null
    check "thp.enabled" '\[never\]' "$(cat /sys/kernel/mm/transparent_hugepage/enabled)"
fi
if [ -f /sys/kernel/mm/ksm/run ]; then
    kcli set --no-prompt ksm.run 1 >/dev/null
    check "ksm.run" '^1$' "$(cat /sys/kernel/mm/ksm/run)"
    kcli set --no-prompt ksm.run 0 >/dev/null
fi
out=$(kcli set --no-prompt vm.drop_caches 3)
check "vm.drop_caches" 'drop_caches' "$out"
out=$(kcli set --no-prompt vm.swappiness 201)
check "an out-of-range value is refused" '201' "$out"

# A signal to another user's process: kaleido-cli tries as nobody, the kernel says EPERM, the helper does it.
sleep 300 &
victim=$!
out=$(kcli signal --no-prompt "$victim" TERM)
sleep 0.5
check "signal another user's process through the helper" '^gone$' \
    "$(kill -0 "$victim" 2>/dev/null && echo alive || echo gone)"
wait "$victim" 2>/dev/null
out=$(kcli signal --no-prompt 1 99)
check "an invalid signal number is refused" '99' "$out"

# The Kernel log for a normal user when kernel.dmesg_restrict is 1: reading /dev/kmsg is refused, the helper's
# KernelLog stream brings a marker written before it opened and one written while it is open.
if [ -n "$kernellog" ] && [ -x "$kernellog" ]; then
    restrict_before=$(cat /proc/sys/kernel/dmesg_restrict)
    echo 1 >/proc/sys/kernel/dmesg_restrict
    marker="kaleido-e2e kmsg marker $$-$RANDOM"
    echo "<5>$marker before" >/dev/kmsg
    mkdir -m 1777 "$work/kmsg-ready"
    ready=$work/kmsg-ready/ready
    (for _ in $(seq 1200); do
        if [ -e "$ready" ]; then echo "<4>$marker after" >/dev/kmsg; break; fi
        sleep 0.1
    done) &
    writer=$!
    out=$(KALEIDO_KMSG_MARKER="$marker" KALEIDO_KMSG_READY="$ready" \
        setpriv --reuid=nobody --regid=nogroup --clear-groups "$kernellog" 2>&1)
    check "the kernel log through the helper with dmesg_restrict=1 (tst_kernellogstream_live)" \
        'Totals: 4 passed, 0 failed, 0 skipped' "$out"
    kill "$writer" 2>/dev/null
    wait "$writer" 2>/dev/null
    echo "$restrict_before" >/proc/sys/kernel/dmesg_restrict
else
    echo "note: no tst_kernellogstream_live given: the Kernel log stream is not checked"
fi

# 100 load/unload cycles through the helper: the module list and Slab come back.
modules_before=$(cut -d' ' -f1 /proc/modules | sort)
slab_before=$(awk '/^Slab:/ {print $2}' /proc/meminfo)
cycles_failed=0
start=$(date +%s)
for i in $(seq 100); do
    kcli load --no-prompt "$teach" objects=32 >/dev/null || cycles_failed=$((cycles_failed + 1))
    kcli unload --no-prompt kaleido_teach >/dev/null || cycles_failed=$((cycles_failed + 1))
done
seconds=$(($(date +%s) - start))
sync
echo 2 >/proc/sys/vm/drop_caches
slab_after=$(awk '/^Slab:/ {print $2}' /proc/meminfo)
echo "100 cycles in ${seconds} s; Slab ${slab_before} kB -> ${slab_after} kB"
check "100 load/unload cycles all succeeded" '^0$' "$cycles_failed"
check "the module list is back where it started" '^same$' \
    "$([ "$modules_before" = "$(cut -d' ' -f1 /proc/modules | sort)" ] && echo same || echo differs)"
# Slab may move by what the rest of the system does; a leak of 100×32 objects and a cache per cycle would not
# stay under 2 MiB.
check "Slab is back within 2 MiB" '^ok$' "$([ $((slab_after - slab_before)) -lt 2048 ] && echo ok || echo grew)"

rm -f /etc/modprobe.d/kaleido-e2e.conf
echo "helper-e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
