// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/notes/SessionNote.h"

#include <QByteArray>

namespace stillpoint::core {

// The stored form of what a therapist writes in a note (S, O, A, P and the body-chart marks):
// one compact JSON document per note or template; the metadata (dates, status, signer) lives in
// its own columns. Optional numbers that were not given are left out, so "not measured" survives
// a round trip as different from 0, and doubles are written in their shortest exact form, so a
// mark's position reads back bit for bit. `format` marks the layout so a later version can read
// older documents.
namespace NoteJson {

constexpr int Format = 1;

QByteArray write(const NoteContent &content);
// A document that is not a note of a known format is refused with a message; unknown keys are
// ignored, unknown enum keys read as the default.
Result<NoteContent> read(const QByteArray &json);

} // namespace NoteJson

} // namespace stillpoint::core
