// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assess/QuestionnaireScorer.h"
#include "core/common/Result.h"
#include "core/intake/Intake.h"

#include <QByteArray>

namespace stillpoint::core {

// The stored form of an intake's sections: one JSON document per version (the metadata and the
// signature image live in their own columns). Numbers that were not answered are left out, so
// "not answered" survives a round trip as different from 0. `format` marks the layout so a later
// version can read older documents.
namespace IntakeJson {

constexpr int Format = 1;

QByteArray write(const Intake &intake);
// Fills the sections of `intake` (metadata untouched). A document that is not an intake of a
// known format is refused with a message; unknown keys are ignored.
Status read(const QByteArray &json, Intake &intake);

QByteArray writeAnswers(const QuestionnaireAnswers &answers);
Result<QuestionnaireAnswers> readAnswers(const QByteArray &json);

} // namespace IntakeJson

} // namespace stillpoint::core
