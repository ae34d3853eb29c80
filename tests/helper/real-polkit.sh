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
work=$(mktemp -d /tmp/kaleido-real-polkit.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/actions" "$work/rules.d" "$work/empty" "$work/services" "$work/root/proc/sys/vm"
cp "$policy" "$work/actions/"
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
chmod -R a+rX "$work"
mount --bind "$work/actions" /usr/share/polkit-1/actions
mount --bind "$work/rules.d" /etc/polkit-1/rules.d
mount --bind "$work/empty" /usr/share/polkit-1/rules.d

echo 60 >"$work/root/proc/sys/vm/swappiness"
echo 0 >"$work/root/proc/sys/vm/overcommit_memory"
cat >"$work/services/org.kaleido.Kaleido.Helper.service" <<EOF
[D-BUS Service]
Name=org.kaleido.Kaleido.Helper
Exec=$helper --root $work/root --idle-seconds 5
User=root
EOF

cat >"$work/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$work/socket</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$work/services</servicedir>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
  </policy>
  <include>/usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf</include>
  <include>$busconf</include>
</busconfig>
EOF

dbus-daemon --config-file="$work/bus.conf" --nofork --nosyslog --print-address=3 3>"$work/address" &
pids+=($!)
for _ in $(seq 300); do
    [ -s "$work/address" ] && break
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.1
done
[ -s "$work/address" ] || { echo "FAIL: the private bus did not start"; exit 1; }
DBUS_SYSTEM_BUS_ADDRESS=$(head -n1 "$work/address")
export DBUS_SYSTEM_BUS_ADDRESS

/usr/lib/polkit-1/polkitd --no-debug >"$work/polkitd.log" 2>&1 &
pids+=($!)
has_owner() {
    dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}
for _ in $(seq 300); do
    has_owner org.freedesktop.PolicyKit1 && break
    sleep 0.1
done
has_owner org.freedesktop.PolicyKit1 || { echo "FAIL: polkitd did not come up"; cat "$work/polkitd.log"; exit 1; }

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
