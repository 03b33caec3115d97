#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# "export ics" end to end: a demo practice's month exported by the real stillpoint-cli parses in
# an independent iCalendar parser (Debian's python3-icalendar, through ics_check.py) with one
# event per appointment of the month and UTC times; a second export keeps the UIDs; a
# therapist exports their own calendar; the front desk is refused and writes nothing.
# Usage: ics_export_test.sh PATH/TO/stillpoint-cli
set -uo pipefail

cli=${1:?usage: ics_export_test.sh PATH/TO/stillpoint-cli}
check="$(dirname "$0")/ics_check.py"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export LC_ALL=C.UTF-8
mkdir -p "$HOME"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The first python3 that has the icalendar module (a pyenv or venv python3 on PATH may not).
python=
for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import icalendar' 2>/dev/null; then
        python=$candidate
        break
    fi
done
[[ -n $python ]] || fail "no python3 with the icalendar module: install python3-icalendar (scripts/install-deps.sh)"

db="$work/practice.stillpoint"
"$cli" --database "$db" demo --clients 50 >/dev/null || fail "demo --clients 50 failed"

# This month, in which the demo has past and future appointments.
first=$(date +%Y-%m-01)
last=$(date -d "$first +1 month -1 day" +%Y-%m-%d)

# export_as USER OUT [ARGUMENTS…]: exports the month signed in as USER (password demo).
export_as() {
    local user=$1 out=$2
    shift 2
    "$cli" --database "$db" --user "$user" export ics --from "$first" --to "$last" --out "$out" \
        "$@" <<<"demo"
}

output=$(export_as owner "$work/practice.ics") || fail "owner's export failed: $output"
[[ $output =~ ^Wrote\ ([0-9]+)\ appointments\ to\ .*practice\.ics\.$ ]] ||
    fail "unexpected output: $output"
written=${BASH_REMATCH[1]}
uids=$("$python" "$check" "$db" "$work/practice.ics" "$first" "$last") || exit 1
count=$(wc -l <<<"$uids")
[[ $count == "$written" ]] || fail "the CLI says $written appointments, the file has $count"

# A second export: the same events under the same UIDs.
export_as owner "$work/again.ics" >/dev/null || fail "second export failed"
again=$("$python" "$check" "$db" "$work/again.ics" "$first" "$last") || exit 1
[[ $again == "$uids" ]] || fail "the UIDs changed between two exports"

# The demo therapist's own calendar, by the name the calendar shows.
read -r therapist_id therapist_name < <("$python" - "$db" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(*db.execute("SELECT t.id, t.display_name FROM therapists t JOIN users u "
                  "ON u.id = t.user_id WHERE u.username = 'therapist'").fetchone())
EOF
)
[[ -n ${therapist_id:-} ]] || fail "the demo practice has no therapist for the therapist account"
output=$(export_as therapist "$work/own.ics" --therapist "$therapist_name") ||
    fail "the therapist's own export failed: $output"
own=$("$python" "$check" "$db" "$work/own.ics" "$first" "$last" "$therapist_id") || exit 1
[[ $(wc -l <<<"$own") -lt $count ]] || fail "the therapist's calendar is not a part of the practice's"

# The front desk may not take the calendar out of the practice file.
if output=$(export_as frontdesk "$work/desk.ics" 2>&1); then
    fail "the front desk's export was not refused: $output"
fi
[[ ! -e $work/desk.ics ]] || fail "a refused export left a file"

echo "PASS: $count events for $first to $last parse in python3-icalendar, UTC, stable UIDs"
