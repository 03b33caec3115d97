#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End to end: a crash mid-typing keeps the intake draft. The real desktop app, signed in as the
# demo therapist, starts a new intake for the demo practice's only client; text is typed into the
# form, and a few seconds later the app is killed with SIGKILL (no chance to save on the way out).
# The draft in the practice file must hold what was typed. A screenshot of the form before the
# kill is kept beside the test's output for looking at.
# Usage: intake_crash_test.sh STILLPOINT_BINARY STILLPOINT_CLI_BINARY OUTPUT_PNG
set -euo pipefail
app=$1
cli=$2
out=$3
work=$(mktemp -d)
cleanup() {
    # The app, if the script stopped before killing it (never a process group: no pid 0).
    if [[ -s "$work/pid" ]]; then
        kill -9 "$(cat "$work/pid")" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
db="$work/data/Stillpoint/stillpoint/demo.stillpoint"
mkdir -p "$(dirname "$db")"
# One demo client with a signed intake, and the demo users.
"$cli" --database "$db" demo --clients 1 >/dev/null
[[ "$(sqlite3 "$db" "SELECT count(*) FROM intakes WHERE status = 'signed'")" == 1 ]] \
    || { echo "the demo client has no signed intake to start from" >&2; exit 1; }

marker="typed-just-before-the-crash-$$"
cat >"$work/drive.sh" <<SCRIPT
#!/usr/bin/env bash
set -euo pipefail
"$app" --demo --demo-user therapist &
pid=\$!
echo \$pid >"$work/pid"
wait_for() { # title regex
    for _ in \$(seq 1 100); do
        xdotool search --onlyvisible --name "\$1" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    echo "no window named \$1 appeared" >&2
    import -window root "$out" || true
    return 1
}
wait_for '^Stillpoint'
sleep 1
xdotool mousemove 60 86 click 1   # the client in the list
sleep 1
xdotool key ctrl+i                # Intake > New Intake
wait_for '^Intake'
sleep 1
xdotool mousemove 700 185 click 1 # the Conditions box on the first section
xdotool key ctrl+End
xdotool type --delay 15 " $marker"
sleep 3.5                         # the draft saves 2 s after the last keystroke
import -window root "$out"
kill -9 \$pid
SCRIPT
chmod +x "$work/drive.sh"
QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$work/drive.sh"

drafts=$(sqlite3 "$db" "SELECT count(*) FROM intakes WHERE status = 'draft' AND instr(content, '$marker') > 0")
if [[ "$drafts" != 1 ]]; then
    echo "after the crash, no intake draft holds the typed text (see $out)" >&2
    sqlite3 "$db" "SELECT id, status, substr(content, 1, 200) FROM intakes" >&2
    exit 1
fi
echo "the draft kept what was typed before SIGKILL; screenshot: $out"
