#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Lab 7 (OOM killer) in the VM, as root: kaleido-lab-oom in a cgroup with memory.max=64M grows until the kernel's
# OOM killer ends it with SIGKILL; memory.events counts the kill and the kernel log names the process.
# Usage: labs-oom.sh <path of kaleido-lab-oom>
set -u
workload=$1
root=/sys/fs/cgroup
cg=$root/kaleido-lab-oom
grep -qw memory $root/cgroup.controllers || { echo "no memory controller in cgroup v2"; exit 77; }
echo +memory >$root/cgroup.subtree_control || exit 1
mkdir -p $cg && echo 64M >$cg/memory.max || exit 1
echo 0 >$cg/memory.swap.max 2>/dev/null
out=$(sh -c "echo \$\$ >$cg/cgroup.procs && echo grow | exec $workload --pace-ms 0 --max 1024")
status=$?
echo "$out" | tail -3
pid=$(echo "$out" | sed -n 's/^ready pid=\([0-9]*\).*/\1/p')
fail=0
[ "$status" -eq 137 ] || { echo "exit status $status, expected 137 (SIGKILL)"; fail=1; }
echo "$out" | grep -q '^progress MiB=32' || { echo "it never grew"; fail=1; }
echo "$out" | grep -q '^ok grow' && { echo "it reached --max: the limit did not hold"; fail=1; }
kills=$(sed -n 's/^oom_kill //p' $cg/memory.events)
[ "${kills:-0}" -ge 1 ] || { echo "memory.events oom_kill is ${kills:-missing}"; fail=1; }
dmesg | grep -q "Killed process $pid (kaleido-lab-oom)" || { echo "no 'Killed process $pid' in the kernel log"; dmesg | tail -5; fail=1; }
[ $fail -eq 0 ] && echo "OOM lab: process $pid killed at 64 MiB, oom_kill=$kills"
exit $fail
