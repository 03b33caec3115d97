#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Behaviour tests of the real stillpoint-cli binary, one CTest test per function below.
# Usage: cli_test.sh CASE PATH/TO/stillpoint-cli
# Environment: STILLPOINT_VERSION (expected version), SQLITE3 (the sqlite3 shell, for foreign files).
# Exits 0 when the case passes, 77 when it cannot run here (CTest shows it as skipped), 1 otherwise.
set -uo pipefail

case_name=${1:?usage: cli_test.sh CASE PATH/TO/stillpoint-cli}
cli=${2:?usage: cli_test.sh CASE PATH/TO/stillpoint-cli}

work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
# Nothing here may touch the real user's files: the default practice file lives under these.
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export LC_ALL=C.UTF-8
mkdir -p "$HOME"

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

skip() {
    echo "SKIPPED: $*"
    exit 77
}

# Runs the CLI with nothing on standard input (never a terminal, so it never waits for a
# password); sets $out, $err and $status.
run() {
    last_command="stillpoint-cli $*"
    out=$("$cli" "$@" 2>"$work/stderr" </dev/null)
    status=$?
    err=$(<"$work/stderr")
}

# run_with LINES ARGUMENTS…: runs the CLI with LINES (newline-separated, for example the passwords
# it reads) on standard input.
run_with() {
    local input=$1
    shift
    last_command="stillpoint-cli $* <<<'$input'"
    out=$("$cli" "$@" 2>"$work/stderr" <<<"$input")
    status=$?
    err=$(<"$work/stderr")
}

# as USER PASSWORD ARGUMENTS…: runs a command on $db signed in as USER.
as() {
    local user=$1 password=$2
    shift 2
    run_with "$password" --database "$db" --user "$user" "$@"
}

expect_status() {
    [[ $status -eq $1 ]] || fail "expected exit code $1, got $status"
}

expect_failure() {
    [[ $status -ne 0 ]] || fail "expected a non-zero exit code"
}

# expect_match STREAM REGEX (extended, case-insensitive)
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

checksum() {
    sha256sum "$1" | cut -d' ' -f1
}

# A practice file with 50 demo clients and the demo users owner, therapist and frontdesk.
make_demo_practice() {
    db="$work/practice.stillpoint"
    run --database "$db" demo --clients 50
    expect_status 0
}

# Lines of $out as an array.
result_lines() {
    mapfile -t lines <<<"$out"
    [[ -n $out ]] || lines=()
}

# ---------------------------------------------------------------------------------------------

test_version_prints_project_version() {
    run --version
    expect_status 0
    [[ $out == "stillpoint-cli ${STILLPOINT_VERSION:?}" ]] \
        || fail "expected 'stillpoint-cli $STILLPOINT_VERSION'"
}

test_help_lists_every_command() {
    run --help
    expect_status 0
    for command in init demo 'clients search' 'users add' 'users list' 'users disable' \
        'users enable' 'users reset-password' 'audit verify' 'audit list' 'audit export' check; do
        expect_match out "^  $command "
    done
    expect_match out '--database FILE'
    expect_match out '--user NAME'
}

test_init_creates_file_and_check_passes() {
    local db="$work/new folder/practice.stillpoint"
    run --database "$db" init
    expect_status 0
    expect_match out '^Created .*practice\.stillpoint'
    [[ -f $db ]] || fail "init did not create $db"

    run --database "$db" check
    expect_status 0
    expect_match out 'schema version: [0-9]+'
    expect_match out 'ok'

    run --database "$db" init
    expect_status 0
    expect_match out 'up to date'
}

test_init_without_database_uses_default_file() {
    run init
    expect_status 0
    expect_match out "^Created $XDG_DATA_HOME/"
    run check
    expect_status 0
}

test_options_may_follow_the_command() {
    local db="$work/practice.stillpoint"
    run init --database "$db"
    expect_status 0
    [[ -f $db ]] || fail "--database after the command was ignored"
}

test_demo_then_search_finds_surname_best_first() {
    make_demo_practice
    expect_match out '^Added 50 demo clients to .* in [0-9]+\.[0-9]+ s'

    as owner demo clients search "$DEMO_SURNAME"
    expect_status 0
    result_lines
    ((${#lines[@]} > 0)) || fail "no client named $DEMO_SURNAME found"
    local line
    for line in "${lines[@]}"; do
        # id, name, date of birth (ISO or empty), phone, email, active/archived
        awk -F'\t' 'NF == 6 && $1 ~ /^[0-9]+$/ && $2 != "" && ($3 == "" || $3 ~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/)' \
            <<<"$line" | grep -q . || fail "not id, name, date of birth, phone, email, status: $line"
        [[ $line == *$'\t'active ]] || fail "archived client listed without --archived: $line"
    done
    [[ " $(cut -f2 <<<"${lines[0]}") " == *" $DEMO_SURNAME "* ]] \
        || fail "the first result is not named $DEMO_SURNAME"

    # A query that names match in different ways, to see the order.
    as owner demo clients search --limit 1000 "$DEMO_PREFIX"
    expect_status 0
    result_lines
    check_best_first "$DEMO_PREFIX"
}

# Folds a name the way search does, for the names the demo uses: no accents, lower case, no
# parentheses around a preferred name.
fold() {
    iconv -f UTF-8 -t ASCII//TRANSLIT <<<"$1" | tr 'A-Z()' 'a-z  ' | tr -s ' ' | sed 's/^ //; s/ $//'
}

# How well a name matches: 0 it starts with the query, 1 a word of it does, 2 it contains the
# query, 3 only the phone or email matched.
match_rank() {
    local name query=$2
    name=$(fold "$1")
    if [[ $name == "$query"* ]]; then echo 0
    elif [[ " $name" == *" $query"* ]]; then echo 1
    elif [[ $name == *"$query"* ]]; then echo 2
    else echo 3
    fi
}

# Best first: the lines' match ranks never go down, and the query gives at least two different
# ranks, so the order is really tested.
check_best_first() {
    local query=$1 previous=0 rank line name
    local -A ranks_seen=()
    ((${#lines[@]} > 1)) || fail "expected several matches for '$query'"
    for line in "${lines[@]}"; do
        name=$(cut -f2 <<<"$line")
        rank=$(match_rank "$name" "$query")
        ((rank >= previous)) || fail "'$name' (match rank $rank) is listed after a weaker match"
        previous=$rank
        ranks_seen[$rank]=1
    done
    ((${#ranks_seen[@]} >= 2)) || fail "'$query' matched every name the same way; pick another"
}

test_search_ignores_accents() {
    make_demo_practice
    local pair typed expected
    for pair in "${DEMO_ACCENTED[@]}"; do
        typed=${pair%%|*}
        expected=${pair#*|}
        as owner demo clients search "$typed"
        expect_status 0
        grep -qF "	$expected	" <<<"$out" || fail "searching '$typed' did not find '$expected'"
    done
}

test_search_shows_archived_only_when_asked() {
    make_demo_practice
    # An empty search text lists everyone.
    as owner demo clients search --limit 1000 ""
    expect_status 0
    expect_no_match out '	archived$'
    local active=$out

    as owner demo clients search --archived --limit 1000 ""
    expect_status 0
    expect_match out '	archived$'
    [[ $(grep -v '	archived$' <<<"$out") == "$active" ]] \
        || fail "--archived changed which active clients are listed"
}

test_search_limit_caps_results() {
    make_demo_practice
    as owner demo clients search --limit 3 ""
    expect_status 0
    result_lines
    ((${#lines[@]} == 3)) || fail "expected 3 lines with --limit 3, got ${#lines[@]}"
    expect_match err '^Showing 3 of [0-9]+ matching clients'

    as owner demo clients search --limit none ""
    expect_status 2
    expect_match err 'limit'
}

test_search_nothing_found_is_not_an_error() {
    make_demo_practice
    as owner demo clients search "qqqxxjj"
    expect_status 0
    [[ -z $out ]] || fail "expected no output"
    expect_match err 'no client matches'
}

test_check_refuses_text_file_and_leaves_it_unchanged() {
    local file="$work/notes.txt"
    printf 'Shopping list\nlavender oil\ntowels\n' >"$file"
    local before
    before=$(checksum "$file")

    run --database "$file" check
    expect_failure
    expect_match err 'not a (stillpoint )?(practice file|database)|not a stillpoint'
    [[ $(checksum "$file") == "$before" ]] || fail "check changed $file"
    [[ ! -e $file-wal && ! -e $file-shm && ! -e $file-journal ]] || fail "check left SQLite files"

    run --database "$file" init
    expect_failure
    [[ $(checksum "$file") == "$before" ]] || fail "init changed $file"
}

test_newer_version_file_is_refused_and_left_unchanged() {
    [[ -n ${SQLITE3:-} && -x $SQLITE3 ]] || fail "the sqlite3 shell is needed (scripts/install-deps.sh)"
    local file="$work/future.stillpoint"
    "$SQLITE3" "$file" 'PRAGMA application_id=1398033488; PRAGMA user_version=999;
                       CREATE TABLE from_the_future(x);' || fail "sqlite3 could not make $file"
    local before
    before=$(checksum "$file")

    for command in check init 'clients search a'; do
        # shellcheck disable=SC2086 # the command's words are meant to split
        run_with demo --database "$file" --user owner $command
        expect_failure
        expect_match err 'newer'
        [[ $(checksum "$file") == "$before" ]] || fail "$command changed $file"
    done
}

test_check_reports_an_older_file_without_upgrading_it() {
    [[ -n ${SQLITE3:-} && -x $SQLITE3 ]] || fail "the sqlite3 shell is needed (scripts/install-deps.sh)"
    local file="$work/older.stillpoint"
    "$SQLITE3" "$file" 'PRAGMA application_id=1398033488; PRAGMA user_version=1;
                       CREATE TABLE clients(id INTEGER PRIMARY KEY);' || fail "sqlite3 could not make $file"
    local before
    before=$(checksum "$file")
    run --database "$file" check
    expect_failure
    expect_match out 'Schema version: 1'
    [[ $(checksum "$file") == "$before" ]] || fail "check changed $file"
    [[ ! -e "$file-wal" ]] || fail "check switched $file to WAL"
}

test_other_sqlite_database_is_refused_and_left_unchanged() {
    [[ -n ${SQLITE3:-} && -x $SQLITE3 ]] || fail "the sqlite3 shell is needed (scripts/install-deps.sh)"
    local file="$work/recipes.db"
    "$SQLITE3" "$file" "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('soup');" \
        || fail "sqlite3 could not make $file"
    local before
    before=$(checksum "$file")

    for command in check init; do
        run --database "$file" $command
        expect_failure
        expect_match err 'not a Stillpoint practice file'
        [[ $(checksum "$file") == "$before" ]] || fail "$command changed $file"
    done
}

test_missing_file_is_reported_not_created() {
    local file="$work/typo.stillpoint"
    run --database "$file" check
    expect_failure
    expect_match err 'typo\.stillpoint'
    [[ ! -e $file ]] || fail "check created $file"

    run_with demo --database "$file" --user owner clients search martin
    expect_failure
    expect_match err 'typo\.stillpoint'
    [[ ! -e $file ]] || fail "clients search created $file"
}

test_unwritable_folder_is_reported() {
    local folder="$work/locked"
    mkdir -p "$folder"
    local -a as_user=()
    if [[ $(id -u) -eq 0 ]]; then
        # Root ignores permission bits: run the CLI as nobody, who owns the folder but may not write.
        command -v setpriv >/dev/null || skip "running as root and setpriv is missing"
        as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
        chmod 755 "$work"
        chown nobody:nogroup "$folder"
        # The build folder may be private to root: give nobody a copy it can reach.
        cp "$cli" "$work/stillpoint-cli"
        chmod 755 "$work/stillpoint-cli"
        cli="$work/stillpoint-cli"
        "${as_user[@]}" test -x "$cli" || skip "nobody cannot reach $work"
    fi
    chmod 500 "$folder"

    last_command="stillpoint-cli --database $folder/practice.stillpoint init"
    out=$("${as_user[@]}" env HOME="$work" "$cli" --database "$folder/practice.stillpoint" init \
        2>"$work/stderr")
    status=$?
    err=$(<"$work/stderr")
    expect_failure
    expect_match err 'permission|not writable|cannot|could not|can.t'
    expect_match err 'locked'
    [[ ! -e $folder/practice.stillpoint ]] || fail "a file appeared in the read-only folder"
}

test_unknown_command_exits_2() {
    run frobnicate
    expect_status 2
    expect_match err 'unknown command "frobnicate"'
    expect_match err '--help'

    run
    expect_status 2
    expect_match err '^Usage:'

    run --no-such-option check
    expect_status 2

    run clients
    expect_status 2
    run clients frobnicate
    expect_status 2
}

test_missing_search_text_exits_2() {
    run --database "$work/practice.stillpoint" clients search
    expect_status 2
    expect_match err 'search'
}

test_demo_rejects_bad_client_counts() {
    local db="$work/practice.stillpoint" count
    for count in abc 0 -5 1.5 ''; do
        run --database "$db" demo --clients "$count"
        expect_status 2
        expect_match err '--clients'
        [[ ! -e $db ]] || fail "demo --clients '$count' created $db"
    done
    run --database "$db" demo
    expect_status 2
    expect_match err '--clients'
}

test_demo_refuses_file_with_clients_unless_add() {
    make_demo_practice
    local before
    before=$(checksum "$db")
    run --database "$db" demo --clients 5
    expect_failure
    expect_match err 'already has 50 clients'
    expect_match err '--add'

    run_with demo --database "$db" --user owner demo --clients 5 --add
    expect_status 0
    expect_match out '^Added 5 demo clients'
}

# Sign-in, users and the audit trail -----------------------------------------------------------

OWNER_PASSWORD='lavender towels 42'

# A practice file with no clients whose owner is anna, password $OWNER_PASSWORD.
make_practice_with_owner() {
    db="$work/practice.stillpoint"
    run_with "$OWNER_PASSWORD" --database "$db" init --owner anna --display-name 'Anna Owner' \
        --practice-name 'Quiet Hands' --time-zone Europe/London
    expect_status 0
}

test_init_with_owner_then_search_as_owner_works() {
    make_practice_with_owner
    expect_match out '^Created .*practice\.stillpoint'
    expect_match out 'Quiet Hands.*Europe/London.*anna'

    as anna "$OWNER_PASSWORD" demo --clients 5
    expect_status 0
    as anna "$OWNER_PASSWORD" clients search ""
    expect_status 0
    result_lines
    ((${#lines[@]} == 5)) || fail "expected the 5 clients, got ${#lines[@]} lines"
}

test_init_owner_defaults_to_my_practice() {
    db="$work/practice.stillpoint"
    run_with "$OWNER_PASSWORD" --database "$db" init --owner anna
    expect_status 0
    expect_match out '"My practice" \(time zone [A-Za-z0-9_/+-]+\)'
}

test_init_without_owner_says_how_to_add_one() {
    db="$work/practice.stillpoint"
    run --database "$db" init
    expect_status 0
    expect_match out 'no owner yet'
    expect_match out 'init --owner NAME'
    [[ -f $db ]] || fail "init without --owner did not create $db"

    as anna "$OWNER_PASSWORD" clients search ""
    expect_status 1
    expect_match err 'no users yet'
}

test_init_owner_on_practice_with_users_is_refused() {
    make_demo_practice
    run_with "$OWNER_PASSWORD" --database "$db" init --owner zed
    expect_status 1
    expect_match err 'already has users'
    as zed "$OWNER_PASSWORD" clients search ""
    expect_status 1
}

test_wrong_password_exits_1_with_message_and_no_output() {
    make_practice_with_owner
    as anna 'not the password' clients search ""
    expect_status 1
    [[ -z $out ]] || fail "expected no output"
    expect_match err 'user name or password is wrong'
    expect_no_match err 'not the password'

    # An unknown name gets the same answer, so names cannot be probed.
    as nobody "$OWNER_PASSWORD" clients search ""
    expect_status 1
    [[ -z $out ]] || fail "expected no output"
    expect_match err 'user name or password is wrong'
}

test_missing_password_on_standard_input_is_reported() {
    make_practice_with_owner
    run --database "$db" --user anna clients search ""
    expect_status 1
    [[ -z $out ]] || fail "expected no output"
    expect_match err 'standard input'
}

test_short_owner_password_is_refused_and_leaves_no_owner() {
    db="$work/practice.stillpoint"
    run_with 'short' --database "$db" init --owner anna
    expect_status 1
    expect_match err 'at least 8 characters'
    expect_no_match out 'with its owner'

    run --database "$db" init
    expect_status 0
    expect_match out 'no owner yet'
}

test_search_without_user_exits_2_naming_user() {
    make_demo_practice
    local command
    for command in 'clients search martin' 'users list' 'audit verify' 'audit list'; do
        # shellcheck disable=SC2086 # the command's words are meant to split
        run --database "$db" $command
        expect_status 2
        expect_match err '--user'
        [[ -z $out ]] || fail "$command printed results without --user"
    done
}

test_frontdesk_may_not_list_users() {
    make_demo_practice
    as frontdesk demo users list
    expect_status 1
    [[ -z $out ]] || fail "expected no output"
    expect_match err 'may not'

    as therapist demo audit verify
    expect_status 1
    expect_match err 'may not'
}

test_owner_adds_therapist_who_can_search() {
    make_demo_practice
    as owner $'demo\nstretch-and-breathe' \
        users add theo --role therapist --display-name 'Theo Tester'
    expect_status 0
    expect_match out 'added theo'

    as owner demo users list
    expect_status 0
    grep -qxF $'theo\tTheo Tester\ttherapist\tactive' <<<"$out" \
        || fail "users list does not show theo as an active therapist"

    as theo stretch-and-breathe clients search "$DEMO_SURNAME"
    expect_status 0
    expect_match out "$DEMO_SURNAME"

    as owner demo users add someone --role boss
    expect_status 2
    expect_match err '--role'
}

test_disabled_user_cannot_sign_in() {
    make_demo_practice
    as owner demo users disable therapist
    expect_status 0
    as owner demo users list
    grep -qE $'^therapist\t.*\ttherapist\tdisabled$' <<<"$out" \
        || fail "therapist not listed as disabled"

    as therapist demo clients search ""
    expect_status 1
    [[ -z $out ]] || fail "expected no output"
    expect_match err 'disabled'

    as owner demo users enable therapist
    expect_status 0
    as therapist demo clients search ""
    expect_status 0
}

test_reset_password_replaces_the_old_one() {
    make_demo_practice
    as owner $'demo\nshort' users reset-password frontdesk
    expect_status 1
    expect_match err 'at least 8 characters'

    as owner $'demo\nfront-desk-2026' users reset-password frontdesk
    expect_status 0
    as frontdesk demo clients search ""
    expect_status 1
    expect_match err 'user name or password is wrong'
    as frontdesk front-desk-2026 clients search ""
    expect_status 0
}

test_audit_verify_passes_on_demo_file() {
    make_demo_practice
    as owner demo audit verify
    expect_status 0
    [[ $out =~ ^OK:\ [0-9]+\ audit\ rows\ verified$ ]] \
        || fail "expected 'OK: N audit rows verified'"
}

test_audit_verify_names_tampered_row() {
    [[ -n ${SQLITE3:-} && -x $SQLITE3 ]] || fail "the sqlite3 shell is needed (scripts/install-deps.sh)"
    make_demo_practice
    # Signing in and out writes rows 2 and 3.
    as owner demo audit verify
    expect_status 0
    "$SQLITE3" "$db" "DROP TRIGGER audit_log_no_update;
                      UPDATE audit_log SET detail='x' WHERE id=2;" || fail "sqlite3 could not change $db"

    as owner demo audit verify
    expect_status 1
    expect_match out '^Audit trail broken at row 2: '
}

test_audit_list_shows_rows_newest_first() {
    make_demo_practice
    as owner demo audit verify
    as owner demo audit list --limit 3
    expect_status 0
    result_lines
    ((${#lines[@]} == 3)) || fail "expected 3 lines with --limit 3, got ${#lines[@]}"
    local line previous=999999999 id
    for line in "${lines[@]}"; do
        # id, time UTC, user, operation, client id, outcome, detail
        awk -F'\t' 'NF == 7 && $1 ~ /^[0-9]+$/ && $2 ~ /^[0-9-]+T[0-9:]+Z$/ &&
                     $6 ~ /^(allowed|denied|failed)$/' <<<"$line" | grep -q . \
            || fail "not id, time, user, operation, client, outcome, detail: $line"
        id=$(cut -f1 <<<"$line")
        ((id < previous)) || fail "rows are not newest first"
        previous=$id
    done

    as owner demo audit list --operation session.sign-in
    expect_status 0
    [[ -n $out ]] || fail "no sign-in rows listed"
    if cut -f4 <<<"$out" | grep -qvx 'session.sign-in'; then
        fail "--operation let other rows through"
    fi
}

test_audit_export_writes_csv() {
    make_demo_practice
    local csv="$work/audit.csv"
    as owner demo audit export --out "$csv"
    expect_status 0
    [[ -f $csv ]] || fail "no $csv"
    [[ $(head -n1 "$csv") == id,time_utc,* ]] || fail "$csv has no header line"
    local rows
    rows=$(($(wc -l <"$csv") - 1))
    expect_match out "^Wrote $rows audit rows to "
}

test_demo_names_the_demo_users() {
    make_demo_practice
    expect_match out '^Sign in as owner, therapist or frontdesk with the password demo\.$'
    as owner demo demo --clients 5 --add
    expect_status 0
    expect_no_match out 'password'
}

test_demo_add_to_practice_with_users_needs_owner() {
    make_demo_practice
    run --database "$db" demo --clients 5 --add
    expect_status 2
    expect_match err '--user'
    as frontdesk demo demo --clients 5 --add
    expect_status 1
    expect_match err 'may not'
    as owner demo clients search --limit 1000 ""
    result_lines
    ((${#lines[@]} < 50)) || fail "demo clients were added without the owner"
}

# ---------------------------------------------------------------------------------------------

# What the demo practice (core/demo/DemoPractice: default seed, 50 clients) is known to contain.
# If the demo data changes, update these.
DEMO_SURNAME=Martin
DEMO_PREFIX=ma # Marcus Tanaka (name starts), … Martin (a word starts), Emma … (inside a word)
# typed|found: each typed without accents, found with them
DEMO_ACCENTED=('noemie|Noémie Côté' 'cote|Dmitri Côté' 'lukasz muller|Łukasz (Łuk) Müller'
    'bronte|Mei Brontë' 'ostergaard|Renée Østergaard')

[[ -x $cli ]] || { echo "FAIL: $cli is not an executable" >&2; exit 1; }
declare -F "test_$case_name" >/dev/null || { echo "FAIL: no test case '$case_name'" >&2; exit 1; }
"test_$case_name"
echo "PASS: $case_name"
