#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every command kaleido-cli --help lists is documented in docs/kaleido-cli.1, and the page renders without
# warnings, so the manual cannot silently fall behind the program.
set -euo pipefail
cli=$1
page=$2
status=0
commands=$("$cli" --help | sed -n '/^Commands:/,$p' | tail -n +2 | awk '{print $1}')
[ -n "$commands" ] || { echo "no commands in kaleido-cli --help"; exit 1; }
for c in $commands; do
    # An entry starts with .TP followed by a line naming the command (.B/.BR/.BI c …); roff writes '-' as '\-'.
    name=$(printf '%s' "$c" | sed 's/-/\\\\?-/g')
    if ! grep -A1 '^\.TP' "$page" | grep -Eq "^\.(B|BR|BI) \"?$name( |\"|$)"; then
        echo "kaleido-cli $c is not documented in $(basename "$page")"
        status=1
    fi
done
if command -v groff >/dev/null; then
    warnings=$(groff -man -Tutf8 -ww "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || { echo "groff: $warnings"; status=1; }
fi
[ $status -eq 0 ] && echo "all $(echo "$commands" | wc -w) commands documented"
exit $status
