#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Kaleido's two set-up commands (see README.md):
#   ./dev.sh run    install what is missing, build, install the privileged helper, and launch Kaleido
#   ./dev.sh test   install what is missing, build with warnings as errors, and run every test
#
# Works on a fresh Debian 12 with nothing but git installed. Idempotent: a second run installs nothing and only
# rebuilds what changed.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

usage() {
    echo "usage: $0 run|test" >&2
    exit 64
}
[ $# -ge 1 ] || usage
mode=$1
shift

# Debian 12 packages, by purpose. Keep docs/ARCHITECTURE.md's list in step when this changes.
build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libgl-dev libvulkan-dev  # Qt6Charts' CMake config needs Qt6OpenGL; Debian does not pull it
    libkmod-dev libxkbcommon-dev              # xkbcommon: optional for Qt6Gui, but silences a configure warning
)
run_packages=(
    qt6-qpa-plugins qt6-wayland libqt6svg6 fonts-dejavu-core
    dbus polkitd  # kaleido-helper: system bus activation and authorization (the password dialog, a polkit
                  # agent, is the desktop's; pkexec is not needed)
    graphviz      # Modules ▸ Loaded: the holder graph is laid out by running `dot -Tplain` (never linked:
                  # graphviz is EPL-1.0); without it the page says so and the unload order still works
)
test_packages=(
    xvfb xauth appstream desktop-file-utils
    qemu-system-x86 linux-image-amd64 busybox-static kmod xz-utils  # tests/vm: Debian's 6.1 kernel under qemu
    linux-headers-amd64 dkms                                         # labs/kmod: build the module, tests/vm: load it
    clang libclang-rt-14-dev                                         # tests/fuzz: libFuzzer, ASan, UBSan
    dbus-daemon dbus-bin polkitd python3-dbusmock libxml2-utils util-linux  # tests/helper
    procps htop                                                      # tests/bench: ps, top and htop, the peers
)

say() { printf 'dev.sh: %s\n' "$*"; }

# as_root COMMAND…: runs COMMAND as root (directly, or through sudo); returns 1 when that is not possible.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        return 1
    fi
}

missing_packages() {
    local pkg
    for pkg in "$@"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != installed ]; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_packages() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        say "not a Debian system: install the equivalents of: $*"
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            say "these Debian packages are missing and sudo is not available; as root run:"
            say "  apt-get install ${missing[*]}"
            exit 1
        fi
        sudo=(sudo)
    fi
    say "installing missing Debian packages (${#missing[@]}): ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# kaleido-helper must be installed for the system to start it: the bus only activates services it finds in its
# own directories, and polkitd reads actions only from /usr/share/polkit-1/actions. With the default prefix
# /usr/local the helper goes to /usr/local/libexec and /usr/local/{share/dbus-1,lib/systemd}, its bus policy and
# polkit actions to /usr/share (see helper/CMakeLists.txt). Nothing is done (no sudo) when all is up to date.
install_helper() {
    local build=$1 stage f changed=0 manifest=$1/install_manifest_helper.txt saved=
    stage=$(mktemp -d)
    # The staging run rewrites the install manifest; keep the real one (it is how the README uninstalls).
    [ -f "$manifest" ] && saved=$(cat "$manifest")
    DESTDIR="$stage" cmake --install "$build" --component helper >/dev/null
    if [ -n "$saved" ]; then printf '%s\n' "$saved" >"$manifest"; else rm -f "$manifest"; fi
    while IFS= read -r -d '' f; do
        cmp -s "$f" "${f#"$stage"}" || { changed=1; break; }
    done < <(find "$stage" -type f -print0)
    rm -rf "$stage"
    [ $changed -eq 0 ] && return 0
    say "installing kaleido-helper, its D-Bus activation and polkit actions (as root)"
    if ! as_root cmake --install "$build" --component helper >/dev/null; then
        say "could not install kaleido-helper (no root, no sudo): privileged actions will be unavailable;"
        say "  as root run: cmake --install $build --component helper"
        return 0
    fi
    # The manifest was written as root into the user's build tree; the next staging run must overwrite it.
    as_root chown "$(id -u):$(id -g)" "$build/install_manifest_helper.txt" 2>/dev/null || true
    # dbus-daemon and polkitd notice new files by themselves; tell systemd and the bus anyway, if they run.
    if [ -d /run/systemd/system ]; then
        as_root systemctl daemon-reload || true
    fi
    dbus-send --system --type=method_call --dest=org.freedesktop.DBus / org.freedesktop.DBus.ReloadConfig \
        >/dev/null 2>&1 || true
}

build() {
    local preset=$1
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset"
}

case "$mode" in
run)
    install_packages "${build_packages[@]}" "${run_packages[@]}"
    build release
    install_helper build/release
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        say "no display found (DISPLAY and WAYLAND_DISPLAY are unset); to run without a screen: xvfb-run -a ./dev.sh run"
        exit 1
    fi
    exec build/release/app/kaleido "$@"
    ;;
test)
    install_packages "${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}"
    build ci
    ctest --preset ci "$@"
    ;;
*)
    usage
    ;;
esac
