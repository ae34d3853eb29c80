# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by scripts that need a private system bus with the REAL polkitd and kaleido's helper on it: the
# host's real-polkit tier (inside unshare -m) and the end-to-end tests inside the qemu guest. It mounts over
# polkit's directories, so run it only in a private mount namespace or a throw-away guest.
#
#   private_system_start WORK POLICY BUS_CONF HELPER_EXEC
# WORK: an empty directory (made world-readable); put polkit rules into WORK/rules.d before calling.
# POLICY: the generated .policy; BUS_CONF: our system.d bus policy; HELPER_EXEC: the activation Exec= line.
# Exports DBUS_SYSTEM_BUS_ADDRESS; adds the daemons' PIDs to the array private_system_pids (kill them at exit).
# Returns 1 with a message when the bus or polkitd does not come up.
private_system_pids=()

private_system_start() {
    local work=$1 policy=$2 busconf=$3 exec_line=$4
    mkdir -p "$work/actions" "$work/rules.d" "$work/empty" "$work/services"
    cp "$policy" "$work/actions/"
    chmod -R a+rX "$work"
    mount --bind "$work/actions" /usr/share/polkit-1/actions
    mount --bind "$work/rules.d" /etc/polkit-1/rules.d
    mount --bind "$work/empty" /usr/share/polkit-1/rules.d

    cat >"$work/services/org.kaleido.Kaleido.Helper.service" <<EOF2
[D-BUS Service]
Name=org.kaleido.Kaleido.Helper
Exec=$exec_line
User=root
EOF2

    # The default-deny policy of Debian's system bus, with polkit's and our policy included.
    cat >"$work/bus.conf" <<EOF2
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
EOF2

    dbus-daemon --config-file="$work/bus.conf" --nofork --nosyslog --print-address=3 3>"$work/address" &
    private_system_pids+=($!)
    local _
    for _ in $(seq 300); do
        [ -s "$work/address" ] && break
        kill -0 "${private_system_pids[-1]}" 2>/dev/null || break
        sleep 0.1
    done
    [ -s "$work/address" ] || { echo "FAIL: the private bus did not start"; return 1; }
    DBUS_SYSTEM_BUS_ADDRESS=$(head -n1 "$work/address")
    export DBUS_SYSTEM_BUS_ADDRESS

    /usr/lib/polkit-1/polkitd --no-debug >"$work/polkitd.log" 2>&1 &
    private_system_pids+=($!)
    for _ in $(seq 600); do
        private_system_has_owner org.freedesktop.PolicyKit1 && return 0
        sleep 0.1
    done
    echo "FAIL: polkitd did not come up"
    cat "$work/polkitd.log"
    return 1
}

private_system_has_owner() {
    dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}

private_system_stop() {
    local pid
    for pid in "${private_system_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
