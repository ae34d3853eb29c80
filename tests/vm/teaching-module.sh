#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# teaching-module.sh KMOD-DIR [KALEIDO-CLI]
#
# Runs as root inside Debian's 6.1 guest (tests/vm/run-in-vm). Loads the teaching modules built in KMOD-DIR
# (labs/kmod: kaleido_teach.ko, kaleido_teach_user.ko) with insmod, and checks every thing the module claims to
# demonstrate where a learner would look for it: /sys/module/kaleido_teach/parameters, /proc/kaleido_teach,
# /proc/slabinfo, /proc/vmallocinfo, the kernel log, holders and the errors of failed loads and unloads; then
# loads and unloads it 100 times and compares /proc/modules and the slab and vmalloc totals with the start.
# KALEIDO-CLI, when given and runnable, is checked against the same facts (modules, modinfo, slab, kmsg).
#
# Exit status: 0 all passed, 1 a check failed, 77 the modules are missing or built for another kernel.
set -eu

kmod_dir=${1:?usage: teaching-module.sh KMOD-DIR [KALEIDO-CLI]}
cli=${2:-}
ko=$kmod_dir/kaleido_teach.ko
user_ko=$kmod_dir/kaleido_teach_user.ko

failed=0
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }
try() { # try WHAT COMMAND...: the command's status is the result
    what=$1
    shift
    if "$@"; then ok "$what"; else fail "$what"; fi
}
expect() { # expect WHAT EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then ok "$1 = $2"; else fail "$1: expected '$2', got '$3'"; fi
}

# The guest's sh is busybox, whose insmod, rmmod, modinfo and dd applets win for bare names: the tools learners
# use are kmod's, and busybox dd lacks iflag=nonblock.
tool() {
    for dir in /usr/sbin /sbin /usr/bin /bin; do
        [ -x "$dir/$1" ] && { echo "$dir/$1"; return 0; }
    done
    echo "missing tool: $1" >&2
    return 1
}
insmod=$(tool insmod)
rmmod=$(tool rmmod)
modinfo=$(tool modinfo)
python=$(tool python3)
dd=$(tool dd)

case "$(uname -r)" in
6.1.*) ;;
*) echo "guest kernel is $(uname -r), expected Debian's 6.1"; exit 1 ;;
esac
for f in "$ko" "$user_ko"; do
    [ -f "$f" ] || { echo "$f was not built (no kernel headers at configure time): skipping"; exit 77; }
done
built_for=$("$modinfo" -F vermagic "$ko" | cut -d' ' -f1)
if [ "$built_for" != "$(uname -r)" ]; then
    echo "kaleido_teach.ko was built for Linux $built_for, the guest runs $(uname -r): skipping"
    exit 77
fi
if [ -n "$cli" ] && ! "$cli" --help >/dev/null 2>&1; then
    echo "note: $cli does not run; its observations are skipped"
    cli=
elif [ -z "$cli" ]; then
    echo "note: no kaleido-cli given; its observations are skipped"
fi

params=/sys/module/kaleido_teach/parameters
work=$(mktemp -d)

# The raw system calls, for the errno the kernel itself returns (insmod and rmmod print their own wording, and
# kmod's rmmod refuses on its own before asking the kernel when a module has holders).
syscalls() { # load FILE [PARAMS] | unload NAME | cycles FILE COUNT PARAMS
    "$python" - "$@" <<'EOF'
import ctypes, errno, os, sys, time
libc = ctypes.CDLL(None, use_errno=True)
SYS_finit_module, SYS_delete_module = 313, 176   # x86-64

def load(path, params):
    fd = os.open(path, os.O_RDONLY)
    try:
        if libc.syscall(SYS_finit_module, fd, params.encode(), 0) != 0:
            return ctypes.get_errno()
        return 0
    finally:
        os.close(fd)

def unload(name):
    if libc.syscall(SYS_delete_module, name.encode(), os.O_NONBLOCK) != 0:
        return ctypes.get_errno()
    return 0

def name(e):
    return "OK" if e == 0 else errno.errorcode.get(e, str(e))

cmd = sys.argv[1]
if cmd == "load":
    print(name(load(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "")))
elif cmd == "unload":
    print(name(unload(sys.argv[2])))
elif cmd == "cycles":
    path, count, params = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    start = time.monotonic()
    for i in range(count):
        e = load(path, params) or unload("kaleido_teach")
        if e:
            print("cycle %d: %s" % (i, name(e)))
            sys.exit(1)
    print("%d cycles in %.1f s" % (count, time.monotonic() - start))
EOF
}

# Kernel log records as /dev/kmsg gives them ("level,seq,usec,flags;text"); dd stops at the end instead of
# waiting. kmsg_since SEQ: the records after sequence number SEQ.
kmsg_since() {
    "$dd" if=/dev/kmsg iflag=nonblock bs=8192 status=none 2>/dev/null |
        awk -v after="$1" '/^[0-9]/ { split($0, h, ","); if (h[2] + 0 > after + 0) print }'
}
kmsg_seq() { kmsg_since -1 | tail -n 1 | cut -d, -f2; }
# shellcheck disable=SC2317 # called through try
log_has() { kmsg_since "$1" | grep -q -- "$2"; } # log_has SEQ PATTERN

proc_value() { # proc_value KEY: the value of "KEY: value" in /proc/kaleido_teach
    sed -n "s/^$1: //p" /proc/kaleido_teach
}
slabinfo_line() { grep '^kaleido_teach_obj ' /proc/slabinfo || true; }
vmalloc_lines() { grep -c '\[kaleido_teach\]' /proc/vmallocinfo || true; }
loaded() { grep -q '^kaleido_teach ' /proc/modules; }
meminfo_kb() { awk -v k="$1:" '$1 == k { print $2 }' /proc/meminfo; }
# The module leaves nothing behind: no module, /proc file, slab cache, sysfs slab directory or vmalloc area.
expect_gone() { # expect_gone WHEN
    left=""
    loaded && left="$left /proc/modules"
    [ -e /proc/kaleido_teach ] && left="$left /proc/kaleido_teach"
    [ -n "$(slabinfo_line)" ] && left="$left slabinfo"
    [ -e /sys/kernel/slab/kaleido_teach_obj ] && left="$left /sys/kernel/slab"
    [ "$(vmalloc_lines)" -eq 0 ] || left="$left vmallocinfo"
    if [ -z "$left" ]; then ok "$1: nothing left behind"; else fail "$1: still present in$left"; fi
}
# insmod_fails WHAT MESSAGE ARGS...: kmod's insmod must refuse with MESSAGE (its wording of the errno).
insmod_fails() {
    what=$1 message=$2
    shift 2
    if "$insmod" "$@" 2>"$work/err"; then
        fail "$what: insmod succeeded"
        "$rmmod" kaleido_teach_user kaleido_teach 2>/dev/null || true
        return 0
    fi
    if grep -q ": $message\$" "$work/err"; then ok "$what: insmod says '$message'"; else
        fail "$what: insmod said '$(cat "$work/err")', expected '$message'"; fi
}

# ---------------------------------------------------------------------------------------------- modinfo
"$modinfo" -F parm "$ko" | cut -d: -f1 | sort | tr '\n' ' ' >"$work/parms"
expect "modinfo parameters" "buffer_kib fail_with greeting log_levels objects verbose weights " "$(cat "$work/parms")"
expect "parameter types" "int uint charp bool array of int hexint int" \
    "$("$modinfo" -F parm "$ko" | sed 's/.*(\(.*\))$/\1/' | tr '\n' ' ' | sed 's/ $//')"
expect "kaleido_teach_user depends" kaleido_teach "$("$modinfo" -F depends "$user_ko")"
expect "license" GPL "$("$modinfo" -F license "$ko")"
if [ -n "$cli" ]; then
    for f in "$ko" "$user_ko"; do
        "$cli" modinfo "$f" | grep -v '^loadtaint:' >"$work/ours"
        "$modinfo" "$f" >"$work/theirs"
        try "kaleido-cli modinfo $(basename "$f") = modinfo" diff -u "$work/theirs" "$work/ours"
    done
    predicted_taint=$("$cli" --json modinfo "$ko" | jq -r '.modules[0].loadTaint')
fi

# ------------------------------------------------------------------------------------ load with defaults
seq0=$(kmsg_seq)
try "insmod kaleido_teach.ko" "$insmod" "$ko"
for p in objects buffer_kib greeting verbose weights log_levels; do
    printf '%s %s\n' "$p" "$(stat -c %a "$params/$p" 2>/dev/null || echo absent)"
done >"$work/modes"
expect "parameter modes" "objects 444 buffer_kib 444 greeting 644 verbose 644 weights 444 log_levels 444" \
    "$(tr '\n' ' ' <"$work/modes" | sed 's/ $//')"
try "fail_with (perm 0) is not in sysfs" test ! -e "$params/fail_with"
expect "default objects" 64 "$(cat "$params/objects")"
expect "default buffer_kib" 128 "$(cat "$params/buffer_kib")"
expect "default greeting" "hello from kaleido_teach" "$(cat "$params/greeting")"
expect "default verbose" N "$(cat "$params/verbose")"
expect "default weights" 1,2,3 "$(cat "$params/weights")"
expect "default log_levels" 0x0000f0 "$(cat "$params/log_levels")"
expect "taint of an unsigned out-of-tree module" OE "$(cat /sys/module/kaleido_teach/taint)"
[ -z "$cli" ] || expect "kaleido-cli predicted the taint" OE "$predicted_taint"
kmsg_since "$seq0" >"$work/kmsg"
expect "default level demo: levels printed" "4 5 6" \
    "$(sed -n 's/^\([0-9]\),.*;kaleido_teach: level demo: \([0-9]\) .*/\1=\2/p' "$work/kmsg" |
        awk -F= '$1 == $2 { printf "%s%s", sep, $1; sep = " " }')"
try "kernel log: loaded message" \
    grep -q ';kaleido_teach: loaded: 64 objects in slab cache kaleido_teach_obj, 128 KiB vmalloc buffer' "$work/kmsg"
try "rmmod kaleido_teach" "$rmmod" kaleido_teach
expect_gone "after rmmod"

# ----------------------------------------------------------------------------- load with every parameter
seq1=$(kmsg_seq)
try "insmod kaleido_teach.ko with parameters" "$insmod" "$ko" objects=100 buffer_kib=256 'greeting="hello class"' \
    verbose=1 weights=5,-6,7 log_levels=0xff dyndbg=+p
expect "objects" 100 "$(cat "$params/objects")"
expect "buffer_kib" 256 "$(cat "$params/buffer_kib")"
expect "greeting (quoted, with a space)" "hello class" "$(cat "$params/greeting")"
expect "verbose" Y "$(cat "$params/verbose")"
expect "weights" 5,-6,7 "$(cat "$params/weights")"
expect "log_levels" 0x0000ff "$(cat "$params/log_levels")"

# /proc/kaleido_teach
expect "proc greeting" "hello class" "$(proc_value greeting)"
expect "proc objects" 100 "$(proc_value objects)"
expect "proc object_size" 120 "$(proc_value object_size)"
expect "proc buffer_bytes" 262144 "$(proc_value buffer_bytes)"
expect "proc buffer_pages" 64 "$(proc_value buffer_pages)"
expect "proc weights" "5 -6 7" "$(proc_value weights)"
expect "proc weights_count" 3 "$(proc_value weights_count)"
expect "proc weights_sum" 6 "$(proc_value weights_sum)"
expect "proc log_levels" 0xff "$(proc_value log_levels)"
expect "verbose lists 8 objects" 8 "$(grep -c '^object [0-7]: magic 0x6b616c65$' /proc/kaleido_teach)"
r1=$(proc_value reads)
r2=$(proc_value reads)
expect "each read runs show() again" "$((r1 + 1))" "$r2"

# the writable parameters, through sysfs
printf 'changed at run time' >"$params/greeting"
expect "greeting after a sysfs write" "changed at run time" "$(cat "$params/greeting")"
expect "proc greeting after a sysfs write" "changed at run time" "$(proc_value greeting)"
echo N >"$params/verbose"
expect "verbose after a sysfs write" N "$(cat "$params/verbose")"
expect "no object lines once verbose=N" 0 "$(grep -c '^object ' /proc/kaleido_teach || true)"
if (echo 5 >"$params/objects") 2>/dev/null; then fail "writing the read-only objects succeeded"; else
    ok "writing the read-only objects is refused, even for root"; fi
expect "objects unchanged" 100 "$(cat "$params/objects")"

# the slab cache: its own line in /proc/slabinfo, its own directory in /sys/kernel/slab (not merged)
# shellcheck disable=SC2046 # split into fields on purpose
set -- $(slabinfo_line)
if [ $# -ge 6 ]; then
    active=$2 num=$3 objsize=$4 perslab=$5
    ctor=$(proc_value constructor_calls)
    try "slabinfo kaleido_teach_obj: $active active objects, 100 allocated" test "$active" -ge 100
    try "slabinfo kaleido_teach_obj: $num objects, $active active" test "$num" -ge "$active"
    expect "slabinfo objsize (120 bytes + free pointer, cache-line aligned)" 128 "$objsize"
    expect "slabinfo num_objs is whole slabs" 0 "$((num % perslab))"
    expect "constructor calls = objects in the cache's slabs" "$num" "$ctor"
else
    fail "no kaleido_teach_obj line in /proc/slabinfo"
fi
try "/sys/kernel/slab/kaleido_teach_obj exists" test -d /sys/kernel/slab/kaleido_teach_obj
try "/sys/kernel/slab/kaleido_teach_obj is a cache of its own, not an alias of a merged one" \
    test ! -L /sys/kernel/slab/kaleido_teach_obj
expect "sysfs object_size" 120 "$(cat /sys/kernel/slab/kaleido_teach_obj/object_size)"
expect "sysfs aliases" 0 "$(cat /sys/kernel/slab/kaleido_teach_obj/aliases)"
if [ -n "$cli" ]; then
    "$cli" --json slab kaleido_teach_obj >"$work/slab.json" || fail "kaleido-cli --json slab failed"
    expect "kaleido-cli slab: sysfs directory" kaleido_teach_obj \
        "$(jq -r '.caches[0].sysfsDirectory' "$work/slab.json")"
    expect "kaleido-cli slab: object_size" 120 "$(jq -r '.caches[0].object_size' "$work/slab.json")"
    "$cli" slab kaleido_teach_obj >"$work/slab.txt" || fail "kaleido-cli slab failed"
    try "kaleido-cli slab: num_objs ${num:-?} as in /proc/slabinfo" \
        grep -Eq "^kaleido_teach_obj +num_objs +${num:-x}\$" "$work/slab.txt"
fi

# the vmalloc buffer, named by the function that called vmalloc()
# shellcheck disable=SC2046
set -- $(grep '\[kaleido_teach\]' /proc/vmallocinfo || true)
expect "vmallocinfo size (256 KiB + guard page)" 266240 "${2:-none}"
expect "vmallocinfo caller" "teach_buffer_create [kaleido_teach]" "${3%%+*} ${4:-}"
expect "vmallocinfo pages" pages=64 "${5:-none}"

# the kernel log: every level at its own priority, pr_debug switched on by dyndbg=+p
kmsg_since "$seq1" >"$work/kmsg"
expect "level demo with log_levels=0xff dyndbg=+p" "0 1 2 3 4 5 6 7" \
    "$(sed -n 's/^\([0-9]\),.*;kaleido_teach: level demo: \([0-9]\) .*/\1=\2/p' "$work/kmsg" |
        awk -F= '$1 == $2 { printf "%s%s", sep, $1; sep = " " }')"
if [ -n "$cli" ]; then
    "$cli" --json kmsg >"$work/kmsg.json" || fail "kaleido-cli --json kmsg failed"
    expect "kaleido-cli kmsg: level of 'level demo: 0'" emerg \
        "$(jq -r '[.records[] | select(.message | test("level demo: 0 "))] | last | .level' "$work/kmsg.json")"
    expect "kaleido-cli kmsg: level of 'level demo: 7'" debug \
        "$(jq -r '[.records[] | select(.message | test("level demo: 7 "))] | last | .level' "$work/kmsg.json")"
fi

# ------------------------------------------------------------------------------ errors while it is loaded
insmod_fails "loading it twice" "File exists" "$ko"
expect "finit_module a second time" EEXIST "$(syscalls load "$ko")"

# ------------------------------------------------------------------ the exported symbol and its holder
seq2=$(kmsg_seq)
try "insmod kaleido_teach_user.ko" "$insmod" "$user_ko"
try "kaleido_teach_user called kaleido_teach_count()" \
    log_has "$seq2" ';kaleido_teach_user: kaleido_teach holds 100 objects$'
expect "holders" kaleido_teach_user "$(ls /sys/module/kaleido_teach/holders)"
expect "refcnt" 1 "$(cat /sys/module/kaleido_teach/refcnt)"
if [ -n "$cli" ]; then
    "$cli" modules >"$work/modules" || fail "kaleido-cli modules failed"
    expect "kaleido-cli modules: kaleido_teach used by" "1 kaleido_teach_user Live" \
        "$(awk '$1 == "kaleido_teach" { print $3, $4, $5 }' "$work/modules")"
fi
if "$rmmod" kaleido_teach 2>"$work/err"; then fail "rmmod kaleido_teach succeeded while it is held"; else
    try "rmmod kaleido_teach refused: $(cat "$work/err")" \
        grep -q 'Module kaleido_teach is in use by: kaleido_teach_user' "$work/err"
fi
expect "delete_module while held (kernel's own answer)" EAGAIN "$(syscalls unload kaleido_teach)"
expect "still live" live "$(cat /sys/module/kaleido_teach/initstate)"
try "rmmod kaleido_teach_user" "$rmmod" kaleido_teach_user
try "then rmmod kaleido_teach" "$rmmod" kaleido_teach
expect_gone "after unloading in order"
try "kernel log: unloaded message" \
    log_has "$seq2" ';kaleido_teach: unloaded: freed 100 objects and destroyed slab cache kaleido_teach_obj$'

# ------------------------------------------------------------------------------------------ failed loads
seq3=$(kmsg_seq)
insmod_fails "user module without kaleido_teach" "Unknown symbol in module" "$user_ko"
try "kernel log names the missing symbol" log_has "$seq3" ';kaleido_teach_user: Unknown symbol kaleido_teach_count '

insmod_fails "fail_with=22" "Invalid parameters" "$ko" fail_with=22
expect "finit_module fail_with=22" EINVAL "$(syscalls load "$ko" fail_with=22)"
expect_gone "after fail_with=22"
insmod_fails "fail_with=12" "Cannot allocate memory" "$ko" fail_with=12
expect "finit_module fail_with=12" ENOMEM "$(syscalls load "$ko" fail_with=12)"
expect_gone "after fail_with=12"
try "kernel log: the deliberate failure" \
    log_has "$seq3" ';kaleido_teach: failing the load on purpose with -12 (fail_with=12); undoing everything$'
expect "fail_with=500 (not an errno)" EINVAL "$(syscalls load "$ko" fail_with=500)"
expect "objects=ten (wrong type)" EINVAL "$(syscalls load "$ko" objects=ten)"
expect "buffer_kib=-1 (uint)" EINVAL "$(syscalls load "$ko" buffer_kib=-1)"
expect "nine weights (array of 8)" EINVAL "$(syscalls load "$ko" weights=1,2,3,4,5,6,7,8,9)"
expect "objects=100001 (range)" EINVAL "$(syscalls load "$ko" objects=100001)"
try "kernel log: the invalid parameter" log_has "$seq3" ";kaleido_teach: \`ten' invalid for parameter \`objects'"
expect_gone "after the failed loads"

# vermagic: a copy whose .modinfo vermagic differs in the same number of bytes. On a kernel with modversions only
# the part after the release is compared (symbol CRCs stand in for the release), so a changed release still loads
# and a changed flag does not.
vermagic=$("$modinfo" -F vermagic "$ko")
patch_vermagic() { # patch_vermagic FROM TO OUT: FROM and TO have the same length
    "$python" - "$ko" "$1" "$2" "$3" <<'EOF'
import sys
src, old, new, out = sys.argv[1:]
data = open(src, "rb").read()
old, new = b"vermagic=" + old.encode(), b"vermagic=" + new.encode()
assert len(old) == len(new) and data.count(old) == 1, "vermagic not found once"
open(out, "wb").write(data.replace(old, new))
EOF
}
release=$(uname -r)
other_release=$(echo "$release" | tr 0-9 1-90)
patch_vermagic "$vermagic" "$(echo "$vermagic" | sed 's/ mod_unload / mod_unlxad /')" "$work/bad-flags.ko"
expect "vermagic of the copy" "$release SMP preempt mod_unlxad modversions" \
    "$("$modinfo" -F vermagic "$work/bad-flags.ko" | sed 's/ *$//')"
seq4=$(kmsg_seq)
insmod_fails "changed vermagic flags" "Invalid module format" "$work/bad-flags.ko"
expect "finit_module with changed vermagic flags" ENOEXEC "$(syscalls load "$work/bad-flags.ko")"
try "kernel log: version magic ... should be ..." \
    log_has "$seq4" ";kaleido_teach: version magic '$release SMP preempt mod_unlxad modversions ' should be"
expect_gone "after the vermagic refusal"
patch_vermagic "$vermagic" "$other_release${vermagic#"$release"}" "$work/other-release.ko"
expect "finit_module with another release in vermagic (modversions)" OK "$(syscalls load "$work/other-release.ko")"
try "rmmod after the other-release load" "$rmmod" kaleido_teach

# ---------------------------------------------------------------------------- 100 load and unload cycles
settle() { sync; echo 3 >/proc/sys/vm/drop_caches; }
settle
modules_before=$(cut -d' ' -f1 /proc/modules | sort | tr '\n' ' ')
slab_before=$(meminfo_kb Slab) unrec_before=$(meminfo_kb SUnreclaim) vmalloc_before=$(meminfo_kb VmallocUsed)
if cycles=$(syscalls cycles "$ko" 100 "objects=1000 buffer_kib=256"); then
    ok "100 load/unload cycles with objects=1000 buffer_kib=256: $cycles"
else
    fail "100 load/unload cycles with objects=1000 buffer_kib=256: $cycles"
fi
settle
modules_after=$(cut -d' ' -f1 /proc/modules | sort | tr '\n' ' ')
slab_after=$(meminfo_kb Slab) unrec_after=$(meminfo_kb SUnreclaim) vmalloc_after=$(meminfo_kb VmallocUsed)
expect "/proc/modules after the cycles" "$modules_before" "$modules_after"
echo "meminfo before/after 100 cycles: Slab $slab_before/$slab_after kB," \
     "SUnreclaim $unrec_before/$unrec_after kB, VmallocUsed $vmalloc_before/$vmalloc_after kB"
# A leak of one cycle's objects is 125 KiB (1000 × 128 B), its buffer 256 KiB: 100 cycles would leak 12 MiB
# and 25 MiB. The tolerance is for the rest of the system, which keeps allocating.
try "SUnreclaim back within 1 MiB ($((unrec_after - unrec_before)) kB)" test $((unrec_after - unrec_before)) -lt 1024
try "Slab back within 1 MiB ($((slab_after - slab_before)) kB)" test $((slab_after - slab_before)) -lt 1024
try "VmallocUsed back within 256 KiB ($((vmalloc_after - vmalloc_before)) kB)" \
    test $((vmalloc_after - vmalloc_before)) -lt 256
kmsg_since -1 >"$work/kmsg"
try "the kernel log was read ($(wc -l <"$work/kmsg") lines)" grep -q ';kaleido_teach: unloaded: ' "$work/kmsg"
if grep -E ';(.*Objects remaining|BUG:|WARNING:|.*Call Trace|.*kmem_cache_destroy)' "$work/kmsg" >"$work/bad"; then
    fail "kernel log has warnings: $(head -n 3 "$work/bad")"
else
    ok "no slab or kernel warnings in the log"
fi
expect_gone "after the cycles"

rm -rf "$work"
exit $failed
