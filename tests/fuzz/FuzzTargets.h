// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// What each fuzz target does with one input. The executables (csv_fuzz.cpp, later diary_fuzz.cpp)
// only hand libFuzzer's bytes to one of these; a broken rule aborts, which libFuzzer reports as a
// crash with the input that caused it.
namespace stillpoint::fuzz {

// Reads the bytes as a client CSV file, previews the import (with the guessed mapping and with
// one chosen from the input), and writes the records out again as CSV and reads them back. Checks
// that nothing the reader accepts breaks the importer, that every row gets a status and a reason
// when it needs one, that no new row fails validation, and that the writer's cells read back as
// written (neutralised).
void clientCsv(QByteArrayView bytes);

} // namespace stillpoint::fuzz
