#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Tier (c): kaleido-helper-test against the REAL polkitd and the generated .policy, on a private system-type bus
# that loads our real bus policy. Runs inside a private mount namespace, where our policy and a test rule
# ("nobody" may do our actions) are bind-mounted over polkit's directories; the host's files are not touched.
# Checks: root is allowed, nobody is allowed by the rule, daemon is denied (and the file stays), bad arguments
# are refused, and no one but root can own the helper's name or call outside its interface.
#
# usage: real-polkit.sh KALEIDO_HELPER_TEST POLICY BUS_CONF      (exit 77: skipped, not root or no namespace)
set -euo pipefail

helper=$(readlink -f "$1")
policy=$(readlink -f "$2")
busconf=$(readlink -f "$3")
skip() {
    echo "SKIP: $*"
    exit 77
}

if [ "${KALEIDO_REAL_POLKIT_INSIDE:-}" != 1 ]; then
    [ "$(id -u)" -eq 0 ] || skip "needs root (polkitd must start as root; clients switch users with setpriv)"
    for tool in unshare setpriv dbus-daemon dbus-send mount; do
        command -v "$tool" >/dev/null || skip "$tool is not installed"
    done
    [ -x /usr/lib/polkit-1/polkitd ] || skip "polkitd is not installed"
    [ -f /usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf ] || skip "polkit's bus policy is missing"
    for user in polkitd nobody daemon; do
        id "$user" >/dev/null 2>&1 || skip "user $user does not exist"
    done
    unshare -m --propagation private true 2>/dev/null || skip "cannot create a mount namespace (unshare -m)"
    export KALEIDO_REAL_POLKIT_INSIDE=1
    exec unshare -m --propagation private "$0" "$@"
fi

# ---- inside the mount namespace ----------------------------------------------------------------------------
. "$(dirname "$(readlink -f "$0")")/private-system.sh"
work=$(mktemp -d /tmp/kaleido-real-polkit.XXXXXX)
chmod 755 "$work"
cleanup() {
    private_system_stop
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/rules.d" "$work/root/proc/sys/vm"
cat >"$work/rules.d/50-kaleido-test.rules" <<'EOF'
// nobody may do Kaleido's actions, but change only vm.swappiness: the helper's details reach the rules.
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("org.kaleido.kaleido.") != 0 || subject.user != "nobody")
        return polkit.Result.NOT_HANDLED;
    if (action.id == "org.kaleido.kaleido.write-tunable" && action.lookup("tunable.key") != "vm.swappiness")
        return polkit.Result.NO;
    return polkit.Result.YES;
});
EOF
echo 60 >"$work/root/proc/sys/vm/swappiness"
echo 0 >"$work/root/proc/sys/vm/overcommit_memory"
private_system_start "$work" "$policy" "$busconf" "$helper --root $work/root --idle-seconds 5"

passed=0
failed=0
check() { # check NAME EXPECTED-PATTERN ACTUAL
    if grep -q -- "$2" <<<"$3"; then
        echo "ok: $1"
        passed=$((passed + 1))
    else
        echo "FAIL: $1: expected /$2/, got: $3"
        failed=$((failed + 1))
    fi
}
as() { # as USER command…: run as that user with no supplementary groups (root runs as is)
    local user=$1
    shift
    if [ "$user" = root ]; then
        "$@"
    else
        setpriv --reuid="$user" --regid="$(id -gn "$user")" --clear-groups "$@"
    fi
}
helper_call() { # helper_call USER METHOD ARGS…
    local user=$1 method=$2
    shift 2
    as "$user" dbus-send --system --print-reply --reply-timeout=60000 --dest=org.kaleido.Kaleido.Helper \
        /org/kaleido/Kaleido/Helper "org.kaleido.Kaleido.Helper1.$method" "$@" 2>&1 || true
}
swappiness() { tr -d '\n' <"$work/root/proc/sys/vm/swappiness"; }

out=$(helper_call root WriteTunable string:vm.swappiness string:10)
check "root may write (uid 0 is always authorized)" 'new-value' "$out"
check "root's write reached the file" '^10$' "$(swappiness)"

out=$(helper_call nobody WriteTunable string:vm.swappiness string:20)
check "nobody may write (granted by the test rule)" 'new-value' "$out"
check "nobody's write reached the file" '^20$' "$(swappiness)"

out=$(helper_call nobody WriteTunable string:vm.overcommit_memory string:1)
check "nobody is denied another key (the rule matched the tunable.key detail)" 'NotAuthorized' "$out"
check "that write did not reach the file" '^0$' "$(tr -d '\n' <"$work/root/proc/sys/vm/overcommit_memory")"

out=$(helper_call daemon WriteTunable string:vm.swappiness string:30)
check "daemon is denied (no rule, no session)" 'org.kaleido.Kaleido.Helper1.Error.NotAuthorized' "$out"
check "daemon's write did not reach the file" '^20$' "$(swappiness)"

out=$(helper_call daemon WriteTunable string:vm.swappiness string:9999)
check "out-of-range value is refused before polkit" 'org.kaleido.Kaleido.Helper1.Error.InvalidArgument' "$out"

out=$(as nobody dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.RequestName string:org.kaleido.Kaleido.Helper uint32:4 2>&1 || true)
check "nobody cannot own the helper's name" 'AccessDenied' "$out"

out=$(as daemon dbus-send --system --print-reply --dest=org.kaleido.Kaleido.Helper /org/kaleido/Kaleido/Helper \
    org.freedesktop.DBus.Properties.GetAll string:org.kaleido.Kaleido.Helper1 2>&1 || true)
check "other interfaces are closed by the bus policy" 'AccessDenied' "$out"

echo "real-polkit: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
