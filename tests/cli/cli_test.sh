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
        'users enable' 'users reset-password' 'audit verify' 'audit list' 'audit export' \
        'import clients' 'export clients' 'export appointments' 'export ics' 'export client' \
        'export practice' check; do
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

# Import and export --------------------------------------------------------------------------

csv_data="$(cd "$(dirname "${BASH_SOURCE[0]}")/../data/csv" && pwd)"

# clients.csv in $work: three good rows, a fourth when given as $1.
write_clients_csv() {
    csv="$work/clients.csv"
    printf '%s\r\n' 'First Name,Last Name,Mobile,E-mail,DOB' \
        'Ann,Lee,0412 345 678,ann@example.com,02/11/1990' \
        'Bob,Stone,,bob@example.com,25/12/1970' \
        '"Cara ""CJ""",Diaz,,cara@example.com,' >"$csv"
    if [[ -n ${1:-} ]]; then printf '%s\r\n' "$1" >>"$csv"; fi
}

client_count() {
    as anna "$OWNER_PASSWORD" clients search --archived --limit 100000 ""
    result_lines
    count=${#lines[@]}
}

test_import_clients_dry_run_prints_summary_and_saves_nothing() {
    make_practice_with_owner
    write_clients_csv
    as anna "$OWNER_PASSWORD" import clients --dry-run "$csv"
    expect_status 0
    expect_match out '^Read 3 rows from .*clients\.csv \(UTF-8, comma-separated\)\.$'
    expect_match out '"First Name" +-> given-name'
    expect_match out '"DOB" +-> date-of-birth'
    expect_match out '^Dates of birth read as day/month/year \(decided from the dates in the file\)\.$'
    expect_match out '^To create: 3$'
    expect_match out '^Bad rows: 0$'
    expect_match out '^Dry run: nothing was imported\.$'
    client_count
    ((count == 0)) || fail "a dry run stored $count clients"
}

test_import_clients_creates_them_with_one_audit_row() {
    make_practice_with_owner
    write_clients_csv
    as anna "$OWNER_PASSWORD" import clients "$csv"
    expect_status 0
    expect_match out '^Imported 3 clients\.$'
    as anna "$OWNER_PASSWORD" clients search diaz
    expect_match out 'Cara "CJ" Diaz'
    as anna "$OWNER_PASSWORD" audit list --operation client.create
    result_lines
    ((${#lines[@]} == 1)) || fail "expected one audit row for the import, got ${#lines[@]}"
    expect_match out 'CSV import, 3 clients'
    expect_no_match out '\bAnn\b|\bLee\b|Stone|Diaz'
}

test_import_clients_with_a_bad_row_imports_nothing_and_exits_1() {
    make_practice_with_owner
    write_clients_csv 'Dan,Wu,12,dan@example,'
    as anna "$OWNER_PASSWORD" import clients "$csv"
    expect_status 1
    expect_match out '^To create: 3$'
    expect_match out '^Bad rows: 1$'
    expect_match out '^  line 5: Email "dan@example" is not an email address.* Mobile phone "12" is not a phone number'
    expect_match err 'nothing was imported: 1 row is bad'
    client_count
    ((count == 0)) || fail "$count clients were imported despite a bad row"
}

test_import_clients_map_option_changes_a_column() {
    make_practice_with_owner
    csv="$work/handy.csv"
    printf '%s\n' 'Vorname;Nachname;Handynummer' 'Jürgen;Weiß;0170 1234567' >"$csv"
    as anna "$OWNER_PASSWORD" import clients --dry-run "$csv"
    expect_match out '"Handynummer" +-> \(not imported\)'
    as anna "$OWNER_PASSWORD" import clients --map Handynummer=mobile-phone --map 2=family-name "$csv"
    expect_status 0
    expect_match out '(UTF-8, semicolon-separated)'
    expect_match out '"Handynummer" +-> mobile-phone'
    as anna "$OWNER_PASSWORD" clients search 01701234567
    expect_match out 'Jürgen Weiß'

    as anna "$OWNER_PASSWORD" import clients --map Handy=mobile-phone "$csv"
    expect_status 2
    expect_match err 'no column "Handy"'
    as anna "$OWNER_PASSWORD" import clients --map Handynummer=fax "$csv"
    expect_status 2
    expect_match err '"fax" is not a client field'
}

test_import_clients_ambiguous_dates_need_date_format() {
    make_practice_with_owner
    as anna "$OWNER_PASSWORD" import clients "$csv_data/ambiguous_dates.csv"
    expect_status 1
    expect_match err '03/04/1985 could be day/month/year or month/day/year'
    expect_match err '--date-format dmy'
    client_count
    ((count == 0)) || fail "clients were imported with ambiguous dates"
    as anna "$OWNER_PASSWORD" import clients --date-format mdy "$csv_data/ambiguous_dates.csv"
    expect_status 0
    expect_match out '^Dates of birth read as month/day/year\.$'
    as anna "$OWNER_PASSWORD" clients search 'ann lee'
    expect_match out '1985-03-04'
}

test_import_clients_skips_duplicates_of_stored_clients_and_earlier_rows() {
    make_practice_with_owner
    write_clients_csv 'Annie,Lee,0412-345-678,,'
    as anna "$OWNER_PASSWORD" import clients "$csv"
    expect_status 0
    expect_match out '^Duplicates \(skipped\): 1$'
    expect_match out '^  line 5: Same phone number as line 2\.$'
    write_clients_csv 'Eve,Ng,,eve@example.com,'
    as anna "$OWNER_PASSWORD" import clients "$csv"
    expect_status 0
    expect_match out '^To create: 1$'
    expect_match out '^  line 2: Looks like client [0-9]+, Ann Lee: same name and date of birth\.$'
    expect_match out '^Imported 1 client\.$'
}

test_import_clients_reports_unreadable_files_with_their_line() {
    make_practice_with_owner
    as anna "$OWNER_PASSWORD" import clients "$csv_data/binary.bin"
    expect_status 1
    expect_match err 'NUL byte: this is not a CSV'
    as anna "$OWNER_PASSWORD" import clients "$csv_data/unterminated_quote.csv"
    expect_status 1
    expect_match err 'starts on line 3 opens a quote'
    as anna "$OWNER_PASSWORD" import clients "$csv_data/empty.csv"
    expect_status 1
    expect_match err 'empty'
    run --database "$db" --user anna import clients "$work/missing.csv"
    expect_status 1
    expect_match err 'could not read .*missing\.csv'
    run --database "$db" import clients "$csv_data/tabs.csv"
    expect_status 2
    expect_match err '--user'
}

test_export_clients_writes_neutralised_csv_for_the_owner_only() {
    make_practice_with_owner
    write_clients_csv '=HYPERLINK("http://x"),Evil,+61 412 000 111,evil@example.com,'
    # The file has a stray quote in an unquoted field: fix it the way a spreadsheet would write it.
    sed -i 's/^=HYPERLINK("http:\/\/x")/"=HYPERLINK(""http:\/\/x"")"/' "$csv"
    as anna "$OWNER_PASSWORD" import clients "$csv"
    expect_status 0
    local out_csv="$work/export.csv"
    as anna "$OWNER_PASSWORD" export clients --out "$out_csv"
    expect_status 0
    expect_match out "^Wrote 4 clients to $out_csv\\.$"
    grep -q "^[0-9]*,\"'=HYPERLINK(\"\"http://x\"\")\",Evil,,,,'+61 412 000 111," "$out_csv" \
        || fail "the formula was not neutralised: $(cat "$out_csv")"
    [[ $(stat -c %a "$out_csv") == 600 ]] || fail "the export is not private: $(stat -c %a "$out_csv")"
    as anna "$OWNER_PASSWORD" audit list --operation data.export
    expect_match out 'clients CSV, 4 rows'

    # What was exported imports again: every row is a duplicate of a stored client.
    as anna "$OWNER_PASSWORD" import clients --dry-run "$out_csv"
    expect_status 0
    expect_match out '^To create: 0$'
    expect_match out '^Duplicates \(skipped\): 4$'
}

test_export_clients_is_refused_to_other_roles_and_writes_nothing() {
    make_demo_practice
    as therapist demo export clients --out "$work/x.csv"
    expect_status 1
    expect_match err 'may not'
    [[ ! -e $work/x.csv ]] || fail "a refused export left a file"
    run --database "$db" export clients
    expect_status 2
    expect_match err '--out FILE is needed'
    as owner demo export clients --out "$db"
    expect_status 2
    expect_match err 'practice file itself'
}

# python3 -c SCRIPT ARGUMENTS…: a check in Python (its json and csv modules read what the CLI
# wrote independently of Stillpoint's own code); fails the test with what it printed.
py_check() {
    local script=$1 output
    shift
    output=$(python3 -c "$script" "$@" 2>&1) || fail "python check failed: $output"
    printf '%s' "$output"
}

test_export_appointments_writes_csv_for_the_owner_only() {
    make_demo_practice
    local csv="$work/appointments.csv"
    as owner demo export appointments --out "$csv"
    expect_status 0
    [[ $out =~ ^Wrote\ ([0-9]+)\ appointments\ to\ .*appointments\.csv\.$ ]] \
        || fail "unexpected output"
    local written=${BASH_REMATCH[1]}
    ((written > 100)) || fail "the demo's year of appointments gave only $written rows"
    [[ $(stat -c %a "$csv") == 600 ]] || fail "the export is not private: $(stat -c %a "$csv")"
    # Every row read back by Python's csv module; cancelled and missed ones are in it.
    local summary
    summary=$(py_check '
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))
statuses = {row["Status"] for row in rows}
assert {"cancelled", "no-show", "completed"} <= statuses, statuses
assert all(len(row["Date"]) == 10 and len(row["Start"]) == 5 for row in rows)
print(len(rows))' "$csv")
    [[ $summary == "$written" ]] || fail "the CLI says $written rows, Python read $summary"
    as owner demo audit list --operation data.export
    expect_match out "appointments CSV, $written rows"

    for user in therapist frontdesk; do
        as "$user" demo export appointments --out "$work/$user.csv"
        expect_status 1
        expect_match err 'may not'
        [[ ! -e $work/$user.csv ]] || fail "a refused export left a file"
    done
    run --database "$db" export appointments
    expect_status 2
    expect_match err '--out FILE is needed'
}

test_export_practice_writes_json_for_the_owner_only() {
    make_demo_practice
    local json="$work/practice.json"
    as owner demo export practice --out "$json"
    expect_status 0
    expect_match out '^Wrote the whole practice to .*practice\.json: 3 users, 50 clients, [0-9]+ intakes, [0-9]+ appointments, [0-9]+ session notes\.$'
    [[ $(stat -c %a "$json") == 600 ]] || fail "the export is not private"
    py_check '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
assert doc["format"] == "stillpoint-practice" and doc["formatVersion"] == 1
assert len(doc["users"]) == 3 and len(doc["clients"]) == 50
assert doc["intakes"] and doc["schedule"]["appointments"] and doc["schedule"]["therapists"]
assert doc["auditTrail"].startswith("Not included")
def keys(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key.lower()
            yield from keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from keys(item)
assert not [k for k in keys(doc) if "password" in k or "hash" in k]' "$json" >/dev/null
    grep -q '\$argon2' "$json" && fail "a password hash is in the export"
    as owner demo audit list --operation data.export
    expect_match out 'practice JSON: 50 clients'

    as therapist demo export practice --out "$work/t.json"
    expect_status 1
    expect_match err 'may not'
    [[ ! -e $work/t.json ]] || fail "a refused export left a file"
    as owner demo export practice --out "$db"
    expect_status 2
    expect_match err 'practice file itself'
}

test_export_client_writes_json_and_pdf_of_that_client_only() {
    command -v pdftotext >/dev/null || fail "pdftotext is needed (poppler-utils: scripts/install-deps.sh)"
    make_demo_practice
    as therapist demo clients search --limit 100 ""
    expect_status 0
    # The first client, and another whose names share nothing with the first's.
    local first other
    first=$(head -n1 <<<"$out")
    local id=${first%%$'\t'*} name
    name=$(cut -f2 <<<"$first")
    other=$(awk -F'\t' -v name="$name" 'NR > 1 {
                split(name, a, " "); split($2, b, " "); shared = 0
                for (i in a) for (j in b) if (a[i] == b[j]) shared = 1
                if (!shared) { print $2; exit } }' <<<"$out")
    [[ -n $other ]] || fail "no second client to compare with"

    local folder="$work/records/ann"
    as therapist demo export client "$id" --out "$folder"
    expect_status 0
    expect_match out "^Wrote the record of client $id to .*records/ann: client-$id-record\\.json and client-$id-record\\.pdf\\.$"
    local json="$folder/client-$id-record.json" pdf="$folder/client-$id-record.pdf"
    [[ $(stat -c %a "$folder") == 700 ]] || fail "the new folder is not private"
    [[ $(stat -c %a "$json") == 600 && $(stat -c %a "$pdf") == 600 ]] || fail "the files are not private"
    py_check '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
assert doc["format"] == "stillpoint-client-record"
assert doc["client"]["id"] == int(sys.argv[2])
for part in ("intakes", "questionnaireAdministrations", "redFlagAlerts", "appointments", "sessionNotes", "diary"):
    assert isinstance(doc[part], list), part
assert all(a["clientId"] == int(sys.argv[2]) for a in doc["appointments"])
assert all(d["clientId"] == int(sys.argv[2]) for d in doc["diary"])' "$json" "$id" >/dev/null
    [[ $(head -c 4 "$pdf") == %PDF ]] || fail "$pdf is not a PDF"
    local text
    text=$(pdftotext "$pdf" - 2>/dev/null) || fail "pdftotext could not read $pdf"
    grep -qF "Client record: $name" <<<"$text" || fail "the PDF does not name $name"
    grep -qF "$other" <<<"$text" && fail "the PDF names another client, $other"
    grep -qF "$other" "$json" && fail "the JSON names another client, $other"
    as owner demo audit list --operation data.export
    expect_match out "	$id	allowed	client's complete record: JSON and PDF$"

    # Never over the files already there; the front desk never; a client number is needed.
    local before
    before=$(checksum "$json")
    as therapist demo export client "$id" --out "$folder"
    expect_status 1
    expect_match err 'already exists'
    [[ $(checksum "$json") == "$before" ]] || fail "an existing export was changed"
    as frontdesk demo export client "$id" --out "$work/desk"
    expect_status 1
    expect_match err 'may not'
    [[ ! -e $work/desk ]] || fail "a refused export made its folder"
    as therapist demo export client --out "$work/x"
    expect_status 2
    expect_match err 'needs one client number'
    as therapist demo export client abc --out "$work/x"
    expect_status 2
    expect_match err '"abc" is not a client number'
}

# Backups ------------------------------------------------------------------------------------

BACKUP_PASSPHRASE='quiet hands at dawn'

# Fails unless the practice file $2 lists the same clients as $db (both with the demo users).
expect_same_clients() {
    as owner demo clients search --archived --limit 100000 ""
    expect_status 0
    local original=$out
    run_with demo --database "$1" --user owner clients search --archived --limit 100000 ""
    expect_status 0
    [[ -n $out && $out == "$original" ]] || fail "$1 does not list the same clients as $db"
}

# No temporary file of a backup or restore is left in $1.
expect_no_partial_files() {
    local left
    left=$(find "$1" -maxdepth 1 -name '.*.partial-*')
    [[ -z $left ]] || fail "temporary files were left behind: $left"
}

test_help_lists_backup_and_restore() {
    run --help
    expect_status 0
    expect_match out '^  backup '
    expect_match out '^  restore '
    run backup --help
    expect_status 0
    expect_match out 'backup --out FILE \[--encrypt\]'
    run restore --help
    expect_status 0
    expect_match out 'restore --from BACKUP --to NEWFILE'
}

test_backup_and_restore_round_trip_plain() {
    make_demo_practice
    mkdir -p "$work/backups"
    local backup="$work/backups/practice-copy.stillpoint" restored="$work/restored.stillpoint"
    as owner demo backup --out "$backup"
    expect_status 0
    expect_match out "^Backed up the practice to $backup: [0-9]+ tables, [0-9]+ rows, [0-9]+ bytes; verified\.$"
    expect_match out '^Note: this backup is not encrypted'
    [[ -f $backup ]] || fail "no $backup"
    [[ $(stat -c %a "$backup") == 600 ]] || fail "$backup is readable by others"
    expect_no_partial_files "$work/backups"

    run --database "$db" restore --from "$backup" --to "$restored"
    expect_status 0
    expect_match out "^Restored $backup into $restored: schema version [0-9]+, [0-9]+ tables, [0-9]+ rows \(50 clients\); integrity and foreign keys ok\.$"
    expect_match out 'practice file in use was not changed'
    run --database "$restored" check
    expect_status 0
    expect_same_clients "$restored"
}

test_backup_and_restore_round_trip_encrypted() {
    make_demo_practice
    local backup="$work/practice.stillpoint-backup" restored="$work/restored.stillpoint"
    as owner $'demo\n'"$BACKUP_PASSPHRASE" backup --out "$backup" --encrypt
    expect_status 0
    expect_match out "^Backed up the practice to $backup \(encrypted\): "
    expect_no_match out 'not encrypted'
    expect_no_match out "$BACKUP_PASSPHRASE"
    if grep -qa 'SQLite format 3' "$backup" || grep -qa "$DEMO_SURNAME" "$backup"; then
        fail "$backup can be read without the passphrase"
    fi

    run_with "$BACKUP_PASSPHRASE" --database "$db" restore --from "$backup" --to "$restored"
    expect_status 0
    expect_match out '\(50 clients\); integrity and foreign keys ok\.$'
    expect_match out '^The backup was made [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC\.$'
    run --database "$restored" check
    expect_status 0
    expect_same_clients "$restored"
}

test_restore_with_wrong_passphrase_is_refused_and_writes_nothing() {
    make_demo_practice
    local backup="$work/practice.stillpoint-backup" restored="$work/restored.stillpoint"
    as owner $'demo\n'"$BACKUP_PASSPHRASE" backup --out "$backup" --encrypt
    expect_status 0
    run_with 'quiet hands at dusk' --database "$db" restore --from "$backup" --to "$restored"
    expect_status 1
    [[ -z $out ]] || fail "expected no output"
    expect_match err 'the passphrase is wrong'
    expect_match err 'Nothing was written to'
    expect_no_match err 'dusk'
    [[ ! -e $restored ]] || fail "a restored file appeared"
    expect_no_partial_files "$work"

    # Without any passphrase on standard input
    run --database "$db" restore --from "$backup" --to "$restored"
    expect_status 1
    expect_match err 'backup passphrase'
    [[ ! -e $restored ]] || fail "a restored file appeared"
}

test_restore_of_truncated_backup_is_refused() {
    make_demo_practice
    local backup="$work/practice.stillpoint-backup" cut="$work/cut.stillpoint-backup"
    local restored="$work/restored.stillpoint" size
    as owner $'demo\n'"$BACKUP_PASSPHRASE" backup --out "$backup" --encrypt
    expect_status 0
    size=$(stat -c %s "$backup")
    head -c $((size - 100)) "$backup" >"$cut"
    run_with "$BACKUP_PASSPHRASE" restore --from "$cut" --to "$restored"
    expect_status 1
    expect_match err 'incomplete'
    expect_match err 'cut short'
    [[ ! -e $restored ]] || fail "a restored file appeared"

    # A plain backup cut short fails its checks.
    as owner demo backup --out "$work/plain.stillpoint"
    expect_status 0
    head -c 40000 "$work/plain.stillpoint" >"$work/plain-cut.stillpoint"
    run restore --from "$work/plain-cut.stillpoint" --to "$restored"
    expect_status 1
    expect_match err 'was not restored'
    [[ ! -e $restored ]] || fail "a restored file appeared"
    expect_no_partial_files "$work"
}

test_restore_never_overwrites_an_existing_file() {
    make_demo_practice
    as owner demo backup --out "$work/b.stillpoint"
    expect_status 0
    echo 'keep me' >"$work/existing.stillpoint"
    run restore --from "$work/b.stillpoint" --to "$work/existing.stillpoint"
    expect_status 1
    expect_match err 'already exists'
    [[ $(<"$work/existing.stillpoint") == 'keep me' ]] || fail "the existing file was changed"

    local before
    before=$(checksum "$db")
    run --database "$db" restore --from "$work/b.stillpoint" --to "$db"
    expect_status 1
    [[ $(checksum "$db") == "$before" ]] || fail "the practice file was changed"
}

test_restore_as_owner_is_recorded_in_the_audit_trail() {
    make_demo_practice
    as owner $'demo\n'"$BACKUP_PASSPHRASE" backup --out "$work/b.stillpoint-backup" --encrypt
    expect_status 0
    as owner $'demo\n'"$BACKUP_PASSPHRASE" restore --from "$work/b.stillpoint-backup" \
        --to "$work/restored.stillpoint"
    expect_status 0
    as owner demo audit list --operation backup.restore
    expect_status 0
    expect_match out $'\tbackup\\.restore\t.*\tallowed\trestored into a new file'
    as owner demo audit list --operation backup.create
    expect_match out $'\tallowed\tencrypted backup, verified: '

    as frontdesk demo restore --from "$work/b.stillpoint-backup" --to "$work/r2.stillpoint"
    expect_status 1
    expect_match err 'may not'
    [[ ! -e $work/r2.stillpoint ]] || fail "the front desk restored a backup"
}

test_backup_needs_the_owner_and_a_file() {
    make_demo_practice
    run --database "$db" backup --out "$work/b.stillpoint"
    expect_status 2
    expect_match err '--user'
    as owner demo backup
    expect_status 2
    expect_match err '--out FILE'
    as frontdesk demo backup --out "$work/b.stillpoint"
    expect_status 1
    expect_match err 'may not'
    [[ ! -e $work/b.stillpoint ]] || fail "the front desk made a backup"
    as owner $'demo\nshort' backup --out "$work/b.stillpoint-backup" --encrypt
    expect_status 1
    expect_match err 'at least 8 characters'
    [[ ! -e $work/b.stillpoint-backup ]] || fail "a backup with a weak passphrase was written"
    as owner demo backup --out "$db"
    expect_status 2
    expect_match err 'practice file itself'
    as owner demo backup --out "$work/no such folder/b.stillpoint"
    expect_status 1
    expect_match err 'does not exist'
    run restore --from "$work/b.stillpoint"
    expect_status 2
    expect_match err '--to NEWFILE'
}

test_check_says_whether_the_disk_is_encrypted() {
    make_demo_practice
    run --database "$db" check
    expect_status 0
    expect_match out '^Disk encryption: (yes \(.+\)|no \(if this computer is lost or stolen, anyone can read the client records\)|could not tell)$'
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
