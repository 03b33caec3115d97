#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages that building, running and testing Stillpoint need, and only
# those that are missing: quiet and quick when everything is already there. Works as root (CI) and
# as a normal user (apt through sudo).
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config
    # Qt 6 and the SQLite driver
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6opengl6-dev
    # libraries
    libsodium-dev libical-dev libcsv-dev
    # tests: Catch2, a virtual display for the GUI, packaging validators, the formatting check and
    # the sqlite3 shell used by the command-line tests to make foreign files
    catch2 xvfb xauth xdotool desktop-file-utils appstream clang-format fonts-dejavu-core sqlite3
    # screenshots of the running app in end-to-end tests (import) and PDF printouts rendered to
    # images for looking at them (pdftoppm)
    imagemagick poppler-utils
    # an independent iCalendar parser that checks the exported calendars
    python3 python3-icalendar
    # the libFuzzer targets (tests/fuzz): clang with its fuzzer and sanitizer runtimes
    clang-14 libclang-rt-14-dev
)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: this is not a Debian-based system; install the equivalents of:" >&2
    echo "  ${packages[*]}" >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: these packages are missing and sudo is not available; as root run:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
