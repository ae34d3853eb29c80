#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# check-dkms.sh SOURCE-DIR BUILD-DIR STAGING-DIR
#
# The DKMS recipe (packaging/dkms/dkms.conf) against the module it packages (labs/kmod): dkms.conf is read the
# way dkms reads it (sourced by bash, with $kernelver set), its module names must be the Kbuild file's obj-m in
# the same order, its version the one the module reports; and `cmake --install` of the kaleido-teach-dkms
# component must lay the sources out as <prefix>/src/<PACKAGE_NAME>-<PACKAGE_VERSION>, where `dkms add` looks.
set -euo pipefail
src=$1
build=$2
staging=$3
status=0
bad() { echo "FAIL: $*"; status=1; }

conf=$src/packaging/dkms/dkms.conf
kbuild=$src/labs/kmod/Kbuild
header=$src/labs/kmod/kaleido_teach.h

# dkms sources the file in a function with kernelver (and arch) set; do the same in a subshell.
read_conf() {
    (
        # shellcheck disable=SC2034 # read by the sourced file
        kernelver=6.1.0-test-amd64 arch=x86_64
        # shellcheck disable=SC1090
        . "$conf"
        printf 'name=%s\nversion=%s\nautoinstall=%s\nmake=%s\nclean=%s\n' \
            "$PACKAGE_NAME" "$PACKAGE_VERSION" "${AUTOINSTALL:-}" "${MAKE[0]}" "${CLEAN:-}"
        for i in "${!BUILT_MODULE_NAME[@]}"; do
            printf 'module=%s %s\n' "${BUILT_MODULE_NAME[$i]}" "${DEST_MODULE_LOCATION[$i]:-}"
        done
    )
}
conf_values=$(read_conf) || { echo "FAIL: $conf cannot be sourced"; exit 1; }
value() { sed -n "s/^$1=//p" <<<"$conf_values"; }

[ "$(value name)" = kaleido-teach ] || bad "PACKAGE_NAME is '$(value name)', expected kaleido-teach"
[ "$(value autoinstall)" = no ] || bad "AUTOINSTALL is '$(value autoinstall)', expected no"
[ "$(value make)" = "make KVER=6.1.0-test-amd64" ] || bad "MAKE[0] does not pass \$kernelver as KVER: '$(value make)'"
[ "$(value clean)" = "make KVER=6.1.0-test-amd64 clean" ] || bad "CLEAN is '$(value clean)'"

# Module names, in order: dkms.conf against Kbuild's "obj-m := a.o b.o".
conf_modules=$(value module | cut -d' ' -f1 | tr '\n' ' ')
kbuild_modules=$(sed -n 's/^obj-m[[:space:]]*[:+]\?=[[:space:]]*//p' "$kbuild" | tr ' ' '\n' |
    sed -n 's/\.o$//p' | tr '\n' ' ')
[ -n "$kbuild_modules" ] || bad "no obj-m modules found in $kbuild"
[ "$conf_modules" = "$kbuild_modules" ] ||
    bad "dkms.conf builds '$conf_modules', Kbuild's obj-m is '$kbuild_modules'"
while read -r module location; do
    case $location in
        /*) ;;
        *) bad "DEST_MODULE_LOCATION of $module is '$location', expected an absolute path below /lib/modules/<kver>" ;;
    esac
done < <(value module)

# Version: dkms.conf and the module's MODULE_VERSION.
module_version=$(sed -n 's/^#define KALEIDO_TEACH_VERSION "\(.*\)"$/\1/p' "$header")
[ -n "$module_version" ] || bad "no KALEIDO_TEACH_VERSION in $header"
[ "$(value version)" = "$module_version" ] ||
    bad "dkms.conf PACKAGE_VERSION is '$(value version)', the module says '$module_version'"

# The installed layout.
rm -rf "$staging"
cmake --install "$build" --component kaleido-teach-dkms --prefix "$staging" >/dev/null
dir=$staging/src/$(value name)-$(value version)
for f in dkms.conf Kbuild Makefile kaleido_teach.c kaleido_teach.h kaleido_teach_user.c; do
    [ -s "$dir/$f" ] || bad "missing after install: ${dir#"$staging"/}/$f"
done
extra=$(find "$staging" -type f | grep -v "^$dir/" || true)
[ -z "$extra" ] || bad "the kaleido-teach-dkms component installs more than the DKMS tree: $extra"
cmp -s "$conf" "$dir/dkms.conf" || bad "installed dkms.conf differs from $conf"

[ $status -eq 0 ] && echo "dkms.conf OK: $(value name) $(value version), modules: $conf_modules"
exit $status
