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

# Runs the CLI; sets $out, $err and $status.
run() {
    last_command="stillpoint-cli $*"
    out=$("$cli" "$@" 2>"$work/stderr")
    status=$?
    err=$(<"$work/stderr")
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

# A practice file with 50 demo clients.
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
    for command in init demo 'clients search' check; do
        expect_match out "^  $command "
    done
    expect_match out '--database FILE'
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

    run --database "$db" clients search "$DEMO_SURNAME"
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
    run --database "$db" clients search --limit 1000 "$DEMO_PREFIX"
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
        run --database "$db" clients search "$typed"
        expect_status 0
        grep -qF "	$expected	" <<<"$out" || fail "searching '$typed' did not find '$expected'"
    done
}

test_search_shows_archived_only_when_asked() {
    make_demo_practice
    # An empty search text lists everyone.
    run --database "$db" clients search --limit 1000 ""
    expect_status 0
    expect_no_match out '	archived$'
    local active=$out

    run --database "$db" clients search --archived --limit 1000 ""
    expect_status 0
    expect_match out '	archived$'
    [[ $(grep -v '	archived$' <<<"$out") == "$active" ]] \
        || fail "--archived changed which active clients are listed"
}

test_search_limit_caps_results() {
    make_demo_practice
    run --database "$db" clients search --limit 3 ""
    expect_status 0
    result_lines
    ((${#lines[@]} == 3)) || fail "expected 3 lines with --limit 3, got ${#lines[@]}"
    expect_match err '^Showing 3 of [0-9]+ matching clients'

    run --database "$db" clients search --limit none ""
    expect_status 2
    expect_match err 'limit'
}

test_search_nothing_found_is_not_an_error() {
    make_demo_practice
    run --database "$db" clients search "qqqxxjj"
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
        run --database "$file" $command
        expect_failure
        expect_match err 'newer'
        [[ $(checksum "$file") == "$before" ]] || fail "$command changed $file"
    done
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

    run --database "$file" clients search martin
    expect_failure
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

    run --database "$db" demo --clients 5 --add
    expect_status 0
    expect_match out '^Added 5 demo clients'
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
