#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Lab 7 through LabRunner's systemd route, in the guest: a real systemd user manager (the host's systemd, run as
# `systemd --user`) for an unprivileged user, with memory delegated to user@UID.service as logind and
# user@.service do on a desktop, and tst_oomlab_systemd_live run as that user inside the manager's app.slice (a
# desktop session's programs live in the user's delegated tree too, which is what lets systemd move them into a
# new scope). The guest's PID 1 is a busybox shell, so /run/systemd/system, the "booted with systemd" marker, is
# made by hand. Afterwards the kernel log (root only) must name the workload and its scope.
# Usage: labs-systemd-user.sh <tst_oomlab_systemd_live>
set -uo pipefail

live=$1
case "$(uname -r)" in 6.1.*) ;; *) echo "guest kernel is $(uname -r), expected Debian's 6.1"; exit 1 ;; esac
[ -x /lib/systemd/systemd ] && command -v systemd-run >/dev/null || { echo "systemd is not installed"; exit 77; }
cg=/sys/fs/cgroup
grep -qw memory $cg/cgroup.controllers || { echo "no memory controller in the guest's cgroup v2"; exit 1; }

uid=4242
echo "kaleidolab:x:$uid:$uid::/tmp/kaleidolab:/bin/sh" >>/etc/passwd
echo "kaleidolab:x:$uid:" >>/etc/group
mkdir -p /tmp/kaleidolab && chown $uid:$uid /tmp/kaleidolab
mkdir -p /run/systemd/system
runtime=/run/user/$uid
mkdir -p $runtime && chown $uid:$uid $runtime && chmod 700 $runtime

# What logind and the system manager do for user@UID.service: its own group, memory and pids on, owned by the user.
svc=$cg/user.slice/user-$uid.slice/user@$uid.service
echo "+memory +pids" >$cg/cgroup.subtree_control || exit 1
mkdir -p $svc || exit 1
echo "+memory +pids" >$cg/user.slice/cgroup.subtree_control || exit 1
echo "+memory +pids" >$cg/user.slice/user-$uid.slice/cgroup.subtree_control || exit 1
chown -R $uid:$uid $svc
as_user() { setpriv --reuid=$uid --regid=$uid --clear-groups env HOME=/tmp/kaleidolab XDG_RUNTIME_DIR=$runtime "$@"; }

sh -c "echo \$\$ >$svc/cgroup.procs && exec setpriv --reuid=$uid --regid=$uid --clear-groups \
       env HOME=/tmp/kaleidolab XDG_RUNTIME_DIR=$runtime /lib/systemd/systemd --user" >/tmp/systemd-user.log 2>&1 &
manager=$!
for _ in $(seq 300); do
    [ -S $runtime/systemd/private ] && [ -d $svc/app.slice ] && break
    sleep 0.1
done
[ -S $runtime/systemd/private ] || { echo "the user manager did not start:"; cat /tmp/systemd-user.log; exit 1; }

# The session: a group of the user's own below app.slice, which the manager created and the user owns.
session=$svc/app.slice/kaleido-session.scope
mkdir $session && chown $uid:$uid $session/cgroup.procs || exit 1
echo $$ >$session/cgroup.procs || exit 1

out=$(as_user env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$live" 2>&1)
status=$?
echo "$out"
kill $manager 2>/dev/null
[ $status -eq 0 ] || { echo "--- user manager:"; tail -20 /tmp/systemd-user.log; exit 1; }

pid=$(echo "$out" | sed -n 's/.*workload \([0-9]*\) in scope .*/\1/p')
scope=$(echo "$out" | sed -n 's/.*workload [0-9]* in scope \(.*\)/\1/p')
dmesg | grep -q "Killed process $pid (kaleido-lab-oom)" || { echo "no 'Killed process $pid' in the kernel log"; dmesg | tail -5; exit 1; }
dmesg | grep -q "oom_memcg=$scope," || { echo "the kill was not in $scope"; dmesg | grep oom_memcg | tail -2; exit 1; }
echo "OOM lab through systemd-run --user --scope: process $pid killed in $scope"
