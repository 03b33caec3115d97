#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What CI runs: installs what is missing, builds everything with warnings as errors into
# ./build-test, runs every test, fuzzes the importers briefly (clang, ./build-fuzz), and checks
# the formatting of all C++ files. Exits non-zero if
# anything fails; a formatting failure does not stop the build and tests from running.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/install-deps.sh

failed=()

echo "== Formatting (clang-format $(clang-format --version | grep -o '[0-9][0-9.]*' | head -n1))"
# Tracked files plus new ones not yet committed; build folders are ignored through .gitignore.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t sources < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
else
    mapfile -t sources < <(find . -path './build*' -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print)
fi
if ((${#sources[@]} > 0)) && ! clang-format --dry-run -Werror "${sources[@]}"; then
    echo "Formatting differs from .clang-format; fix with: clang-format -i FILE..." >&2
    failed+=(formatting)
fi

echo "== Build"
jobs=$(nproc)
if cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTILLPOINT_WERROR=ON \
        -DSTILLPOINT_BUILD_TESTS=ON \
    && cmake --build build-test -j "$jobs"; then
    echo "== Tests"
    if ! (cd build-test && ctest --output-on-failure --no-tests=error -j2); then
        failed+=(tests)
    fi
else
    failed+=(build)
fi

# The libFuzzer targets need clang and a build of their own (sanitizers and coverage on the
# importers only); CTest runs each for STILLPOINT_FUZZ_SECONDS (30 by default), in parallel.
fuzz_seconds=${STILLPOINT_FUZZ_SECONDS:-30}
echo "== Fuzzing (${fuzz_seconds} s per target)"
if CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DSTILLPOINT_WERROR=ON -DSTILLPOINT_FUZZ=ON -DSTILLPOINT_FUZZ_SECONDS="$fuzz_seconds" \
    && cmake --build build-fuzz -j "$jobs" --target fuzzers; then
    if ! (cd build-fuzz && ctest --output-on-failure --no-tests=error -L fuzz -j2); then
        failed+=(fuzzing)
    fi
else
    failed+=(fuzz-build)
fi

if ((${#failed[@]} > 0)); then
    echo "test.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "test.sh: all checks passed"
