#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Takes the README's screenshot: runs Kaleido under Xvfb with fresh settings while a small workload fills and
# empties shared memory (so the chart has something to show), then grabs the screen.
#   tools/screenshot.sh [OUT.png] [SECONDS]
# Needs a built tree (./dev.sh run or test) and xvfb + imagemagick (apt-get install xvfb xauth imagemagick).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
out=${1:-docs/screenshots/memory-overview.png}
seconds=${2:-40}
binary=$(ls -t build/*/app/kaleido 2>/dev/null | head -n 1)
[ -x "$binary" ] || { echo "screenshot.sh: build Kaleido first (./dev.sh test)"; exit 1; }
for tool in xvfb-run import; do
    command -v "$tool" >/dev/null || { echo "screenshot.sh: needs $tool (apt-get install xvfb xauth imagemagick)"; exit 1; }
done

config=$(mktemp -d)
scratch=/dev/shm/kaleido-screenshot.$$
trap 'rm -rf "$config" "$scratch"' EXIT
cat >"$config/kaleido.conf" <<CONF
[MainWindow]
area=0
[Refresh]
intervalMs=500
[MemoryOverview]
windowSeconds=60
hiddenSeries=MemTotal, CommitLimit
CONF
mkdir -p "$config/kaleido" && mv "$config/kaleido.conf" "$config/kaleido/kaleido.conf"

XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 1100x700x24" bash -c '
    "$1" & app=$!
    sleep 4
    # Shared memory grows in 64 MiB steps, then is released: watch Shmem, Page cache and Available move.
    for i in $(seq 1 6); do dd if=/dev/zero of="$3" bs=1M count=$((i * 64)) status=none; sleep 2; done
    rm -f "$3"
    sleep $(( $2 > 20 ? $2 - 20 : 2 ))
    import -window root "$4"
    kill $app
' _ "$binary" "$seconds" "$scratch" "$out"
echo "screenshot.sh: wrote $out"
