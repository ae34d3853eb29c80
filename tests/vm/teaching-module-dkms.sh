#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# teaching-module-dkms.sh BUILD-DIR NAME/VERSION
#
# Runs as root inside Debian's 6.1 guest (tests/vm/run-in-vm), whose root is a throw-away overlay: installs the
# DKMS tree of the teaching module from BUILD-DIR (cmake --install, component kaleido-teach-dkms, prefix /usr),
# then does what labs/README.md tells a learner to do -- dkms add, build, install, modprobe, remove -- and checks
# each step: the modules land in /lib/modules/<release>/updates/dkms, depmod knows that kaleido_teach_user
# needs kaleido_teach, and dkms remove takes them away again.
#
# Under emulation dkms's own depmod of all ~4 000 modules takes 80 s at each install and remove, so install and
# remove run with --no-depmod and depmod is given just the two new modules (it then writes modules.dep for
# those alone, which is fine in the throw-away guest). The build itself takes about two minutes: most of it is
# Kbuild probing the compiler, one emulated gcc run per option.
#
# Exit status: 0 all passed, 1 a check failed, 77 dkms is not installed.
set -eu
build=${1:?usage: teaching-module-dkms.sh BUILD-DIR NAME/VERSION}
package=${2:?usage: teaching-module-dkms.sh BUILD-DIR NAME/VERSION}
release=$(uname -r)

failed=0
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }
try() { # try WHAT COMMAND...
    what=$1
    shift
    if "$@"; then ok "$what"; else fail "$what"; fi
}
expect() { # expect WHAT EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then ok "$1 = $2"; else fail "$1: expected '$2', got '$3'"; fi
}
# kmod's tools, not busybox's applets of the same name (the guest's sh is busybox).
tool() {
    for dir in /usr/sbin /sbin /usr/bin /bin; do
        [ -x "$dir/$1" ] && { echo "$dir/$1"; return 0; }
    done
    return 1
}
dkms=$(tool dkms) || { echo "dkms is not installed (apt-get install dkms): skipping"; exit 77; }
modprobe=$(tool modprobe)
modinfo=$(tool modinfo)
depmod=$(tool depmod)

case "$release" in
6.1.*) ;;
*) echo "guest kernel is $release, expected Debian's 6.1"; exit 1 ;;
esac
[ -f "/lib/modules/$release/build/Makefile" ] ||
    { echo "no headers for $release (apt-get install linux-headers-amd64): skipping"; exit 77; }

cmake --install "$build" --component kaleido-teach-dkms --prefix /usr >/dev/null
try "installed /usr/src/${package%/*}-${package#*/}/dkms.conf" test -f "/usr/src/${package%/*}-${package#*/}/dkms.conf"
try "dkms add $package" "$dkms" add "$package"
start=$(date +%s)
if "$dkms" build "$package" -k "$release" >/tmp/dkms-build.log 2>&1; then
    ok "dkms build $package -k $release ($(($(date +%s) - start)) s)"
else
    fail "dkms build $package -k $release"
    cat /tmp/dkms-build.log
    find /var/lib/dkms -name make.log -exec cat {} + 2>/dev/null || true
fi
try "dkms install $package -k $release" "$dkms" install --no-depmod "$package" -k "$release"
dest=/lib/modules/$release/updates/dkms
try "depmod $release kaleido_teach.ko kaleido_teach_user.ko" \
    "$depmod" "$release" "$dest/kaleido_teach.ko" "$dest/kaleido_teach_user.ko"
expect "dkms status" "$package, $release, $(uname -m): installed" "$("$dkms" status "$package" -k "$release")"
for m in kaleido_teach kaleido_teach_user; do
    expect "modinfo -n $m" "$dest/$m.ko" "$("$modinfo" -n "$m" 2>&1)"
done

try "modprobe kaleido_teach_user" "$modprobe" kaleido_teach_user
expect "modules loaded (kaleido_teach by dependency)" "kaleido_teach kaleido_teach_user" \
    "$(awk '/^kaleido_teach/ { print $1 }' /proc/modules | sort | tr '\n' ' ' | sed 's/ $//')"
expect "holders" kaleido_teach_user "$(ls /sys/module/kaleido_teach/holders)"
try "modprobe -r kaleido_teach_user (and the unused kaleido_teach)" "$modprobe" -r kaleido_teach_user
expect "modules loaded after modprobe -r" "" "$(awk '/^kaleido_teach/ { print $1 }' /proc/modules)"

try "dkms remove $package --all" "$dkms" remove --no-depmod "$package" --all
for m in kaleido_teach kaleido_teach_user; do
    try "$m.ko removed" test ! -e "$dest/$m.ko"
done
expect "dkms status after remove" "" "$("$dkms" status "$package")"
exit $failed
