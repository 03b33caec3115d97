#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# "import diary" of the real stillpoint-cli, one CTest test per function below, in the manner of
# cli_test.sh: a practice with an owner (anna), a therapist (theo), the front desk (desk) and one
# client, and the diary files in tests/data/diary.
# Usage: diary_cli_test.sh CASE PATH/TO/stillpoint-cli
set -uo pipefail

case_name=${1:?usage: diary_cli_test.sh CASE PATH/TO/stillpoint-cli}
cli=${2:?usage: diary_cli_test.sh CASE PATH/TO/stillpoint-cli}
data="$(cd "$(dirname "${BASH_SOURCE[0]}")/../data/diary" && pwd)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export LC_ALL=C.UTF-8
mkdir -p "$HOME"

OWNER_PASSWORD='lavender towels 42'
THERAPIST_PASSWORD='warm stones 17'
DESK_PASSWORD='front door 99'
db="$work/practice.stillpoint"

fail() {
    echo "FAIL: $*" >&2
    echo "--- last command: ${last_command:-}" >&2
    echo "--- exit code: ${status:-}" >&2
    echo "--- stdout:" >&2
    printf '%s\n' "${out:-}" >&2
    echo "--- stderr:" >&2
    printf '%s\n' "${err:-}" >&2
    exit 1
}

# as USER LINES ARGUMENTS…: runs a command on $db signed in as USER with LINES on standard input.
as() {
    local user=$1 input=$2
    shift 2
    last_command="stillpoint-cli --user $user $*"
    out=$("$cli" --database "$db" --user "$user" "$@" 2>"$work/stderr" <<<"$input")
    status=$?
    err=$(<"$work/stderr")
}

expect_status() {
    [[ $status -eq $1 ]] || fail "expected exit code $1, got $status"
}

expect_match() {
    local text
    if [[ $1 == out ]]; then text=$out; else text=$err; fi
    grep -qiE -- "$2" <<<"$text" || fail "expected $1 to match /$2/"
}

expect_no_match() {
    local text
    if [[ $1 == out ]]; then text=$out; else text=$err; fi
    if grep -qiE -- "$2" <<<"$text"; then fail "expected $1 not to match /$2/"; fi
}

# The practice, its users and client 1 (imported from a one-row CSV file).
setup_practice() {
    last_command="init"
    out=$("$cli" --database "$db" init --owner anna --display-name 'Anna Owner' \
        --practice-name 'Quiet Hands' --time-zone Europe/London 2>&1 <<<"$OWNER_PASSWORD")
    status=$?
    expect_status 0
    as anna "$OWNER_PASSWORD"$'\n'"$THERAPIST_PASSWORD" users add theo --role therapist
    expect_status 0
    as anna "$OWNER_PASSWORD"$'\n'"$DESK_PASSWORD" users add desk --role frontdesk
    expect_status 0
    printf '%s\n' 'First Name,Last Name' 'Ines,Duarte' >"$work/client.csv"
    as anna "$OWNER_PASSWORD" import clients "$work/client.csv"
    expect_status 0
}

# The number of audit rows of the operation (as the owner sees them).
audit_rows() {
    as anna "$OWNER_PASSWORD" audit list --limit 100000 --operation "$1"
    [[ -n $out ]] && wc -l <<<"$out" || echo 0
}

test_import_diary_is_listed_in_help() {
    last_command="--help"
    out=$("$cli" --help 2>&1)
    grep -qE '^  import diary ' <<<"$out" || fail "import diary is not listed in --help"
    out=$("$cli" import diary --help 2>&1)
    grep -q 'CLIENT_ID FILE' <<<"$out" || fail "import diary --help does not give its syntax"
}

test_import_diary_dry_run_prints_summary_and_saves_nothing() {
    setup_practice
    as theo "$THERAPIST_PASSWORD" import diary --dry-run 1 "$data/year.csv"
    expect_status 0
    expect_match out '^Read 375 rows from .*year\.csv \(UTF-8, comma-separated\)\.$'
    expect_match out '"Intensity" +-> intensity'
    expect_match out '"Medication time" +-> medication-time'
    expect_match out '^Dates read as day/month/year \(decided from the dates in the file\)\.$'
    expect_match out '^To add: 375$'
    expect_match out '^Bad rows: 0$'
    expect_match out '^Dry run: nothing was imported\.$'
    as theo "$THERAPIST_PASSWORD" import diary --dry-run 1 "$data/year.csv"
    expect_match out '^To add: 375$'
}

test_import_diary_year_imports_in_one_step_with_one_audit_row() {
    setup_practice
    as theo "$THERAPIST_PASSWORD" import diary 1 "$data/year.csv"
    expect_status 0
    expect_match out '^Imported 375 diary rows for client 1\.$'
    as anna "$OWNER_PASSWORD" audit list --limit 100 --operation clinical.write
    expect_match out 'CSV import, 375 rows \(2025-03-01 to 2026-02-28\)'
    expect_no_match out 'Sumatriptan|stress|Dark room'
    [[ $(grep -c 'CSV import, ' <<<"$out") -eq 1 ]] || fail "expected one audit row for the import"

    # Again: every row repeats a stored one; nothing is doubled.
    as theo "$THERAPIST_PASSWORD" import diary 1 "$data/year.csv"
    expect_status 0
    expect_match out '^To add: 0$'
    expect_match out '^Duplicates \(skipped\): 375$'
    expect_match out '^  line 2: The diary already has a row on 2025-03-01 without a start time; skipped\.$'
    expect_match out '^Nothing to import\.$'
}

test_import_diary_with_a_bad_row_imports_nothing_and_exits_1() {
    setup_practice
    as theo "$THERAPIST_PASSWORD" import diary 1 "$data/broken_rows.csv"
    expect_status 1
    expect_match out '^To add: 2$'
    expect_match out '^Bad rows: 4$'
    expect_match out '^  line 4: Peak intensity is 0 to 10; 12 was entered\.$'
    expect_match out '^  line 5: Start "25:00" is not a time of day'
    expect_match out '^  line 6: An end time needs a start time'
    expect_match out '^  line 7: Date "2026-02-30" is not a day of the calendar'
    expect_match err 'nothing was imported: 4 rows are bad'
    as theo "$THERAPIST_PASSWORD" import diary --dry-run 1 "$data/duplicates.csv"
    expect_match out '^To add: 3$' # broken_rows.csv added nothing, so nothing repeats it
}

test_import_diary_is_refused_to_the_front_desk_and_recorded() {
    setup_practice
    as desk "$DESK_PASSWORD" import diary 1 "$data/year.csv"
    expect_status 1
    expect_match err 'may not'
    as anna "$OWNER_PASSWORD" audit list --limit 100 --operation clinical.read
    expect_match out 'denied'
}

test_import_diary_command_line_mistakes_exit_2() {
    setup_practice
    as theo "$THERAPIST_PASSWORD" import diary "$data/year.csv"
    expect_status 2
    as theo "$THERAPIST_PASSWORD" import diary ines "$data/year.csv"
    expect_status 2
    expect_match err '"ines" is not a client number'
    as theo "$THERAPIST_PASSWORD" import diary --date-format yyyy 1 "$data/year.csv"
    expect_status 2
    as theo "$THERAPIST_PASSWORD" import diary --map Pain=pain 1 "$data/year.csv"
    expect_status 2
    expect_match err '"pain" is not a diary field'
    as theo "$THERAPIST_PASSWORD" import diary 99 "$data/year.csv"
    expect_status 1
    expect_match err 'Client 99 does not exist'
}

[[ -x $cli ]] || { echo "FAIL: $cli is not an executable" >&2; exit 1; }
declare -F "test_$case_name" >/dev/null || { echo "FAIL: no test case '$case_name'" >&2; exit 1; }
"test_$case_name"
echo "PASS: $case_name"
