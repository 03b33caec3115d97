// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the client CSV import (see FuzzTargets.h).
#include "tests/fuzz/FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    stillpoint::fuzz::clientCsv(
            QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
