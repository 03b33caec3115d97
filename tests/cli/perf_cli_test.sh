#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# "demo --scale" and "bench" of the real stillpoint-cli, one CTest test per function below, in the
# manner of cli_test.sh.
# Usage: perf_cli_test.sh CASE PATH/TO/stillpoint-cli
set -uo pipefail

case_name=${1:?usage: perf_cli_test.sh CASE PATH/TO/stillpoint-cli}
cli=${2:?usage: perf_cli_test.sh CASE PATH/TO/stillpoint-cli}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export LC_ALL=C.UTF-8
mkdir -p "$HOME"
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

# run LINES ARGUMENTS…: runs a command on $db with LINES on standard input.
run() {
    local input=$1
    shift
    last_command="stillpoint-cli $*"
    out=$("$cli" --database "$db" "$@" 2>"$work/stderr" <<<"$input")
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

demo_scale_rejects_unknown_sizes_and_mixed_options() {
    run "" demo --scale huge
    expect_status 2
    expect_match err "small, medium or large"
    run "" demo --scale small --clients 10
    expect_status 2
    [[ ! -e $db ]] || fail "a refused command made the file"
}

demo_scale_refuses_a_file_with_clients() {
    run "" demo --clients 5
    expect_status 0
    run "" demo --scale small
    expect_status 1
    expect_match err "new, empty file"
}

# The small practice, measured: every operation has a row, the file is exactly as it was (the
# bench works on a copy) and its copy is gone.
bench_prints_every_operation_and_leaves_the_file_unchanged() {
    run "" demo --scale small
    expect_status 0
    expect_match out "1000 clients"
    run "" check
    expect_status 0
    local before
    before=$(sha256sum "$db" | cut -d' ' -f1)
    run "demo" --user owner bench --runs 2
    expect_status 0
    for operation in "client search, 1 letter" "client search, 6 letters" \
        "open a client's chart" "week view data, all therapists" \
        "booking with conflict check and audit" "progress statistics, two years" \
        "audit verify, per 100,000 rows"; do
        expect_match out "^$operation"
    done
    [[ $(sha256sum "$db" | cut -d' ' -f1) == "$before" ]] || fail "bench changed the practice file"
    [[ ! -e $db.bench ]] || fail "bench left its copy behind"
    run "demo" --user owner audit verify
    expect_status 0
}

bench_needs_a_user() {
    run "" demo --clients 5
    run "" bench
    expect_status 2
    expect_match err "--user"
}

if ! declare -F "$case_name" >/dev/null; then
    echo "unknown case: $case_name" >&2
    exit 2
fi
"$case_name"
