#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End to end: the real desktop app under a virtual X display opens the demo practice, shows its
# main window signed in as the demo owner (no sign-in dialog) and saves a screenshot of it (kept
# as an artefact in the build folder).
# Usage: demo_window_test.sh STILLPOINT_BINARY OUTPUT_PNG
set -euo pipefail
app=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$out"

XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb \
    timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --demo-user owner --screenshot "$out"

[[ -s "$out" ]] || { echo "no screenshot was written to $out" >&2; exit 1; }
# A PNG signature, and a picture big enough to be a real window rather than an empty one.
[[ "$(head -c 8 "$out" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] \
    || { echo "$out is not a PNG" >&2; exit 1; }
size=$(stat -c %s "$out")
(( size > 20000 )) || { echo "the screenshot is suspiciously small ($size bytes)" >&2; exit 1; }
[[ -f "$work/data/Stillpoint/stillpoint/demo.stillpoint" ]] \
    || { echo "the demo practice file was not created in the user's data folder" >&2; exit 1; }
echo "screenshot: $out ($size bytes)"

# The public demo password signs in unasked only on the demo practice.
status=0
XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
    timeout 60 "$app" --demo-user owner 2>"$work/refused.txt" || status=$?
(( status == 2 )) && grep -q -- "--demo-user needs --demo" "$work/refused.txt" \
    || { echo "--demo-user without --demo was not refused (exit $status)" >&2; exit 1; }
