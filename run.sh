#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Stillpoint into ./build and starts the desktop app, passing any
# arguments on:  ./run.sh --demo   (a populated demo practice)   ./run.sh   (your practice file)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTILLPOINT_BUILD_TESTS=OFF
cmake --build build --target stillpoint stillpoint-cli

# Qt needs a display unless a platform that draws elsewhere (offscreen, vnc…) is chosen.
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run.sh: Stillpoint is built, but there is no display (DISPLAY and WAYLAND_DISPLAY are empty)." >&2
    echo "It is a desktop app: run it in a graphical session, or under a virtual display:" >&2
    echo "  xvfb-run -a ./run.sh $*" >&2
    exit 1
fi
exec build/app/gui/stillpoint "$@"
