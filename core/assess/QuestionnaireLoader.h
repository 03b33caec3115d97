// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assess/QuestionnaireDefinition.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace stillpoint::core {

// Reads questionnaire definitions from JSON: the ones Stillpoint ships (items described in our own
// words) and licensed files a practice loads. A file that breaks any rule is refused with one
// InvalidInput error whose message says what is wrong and where; nothing is guessed or repaired.
class QuestionnaireLoader
{
public:
    static Result<QuestionnaireDefinition> fromJson(const QByteArray &json);

    // A definition compiled into Stillpoint, by id ("midas", "hit6"). NotFound for other ids.
    static Result<QuestionnaireDefinition> builtIn(const QString &id);
    static QStringList builtInIds();

private:
    static Result<QuestionnaireDefinition> readBuiltIn(const QString &id);

public:
    // Limits that keep totals far from integer overflow, whatever a file contains.
    static constexpr int MaxItems = 200;
    static constexpr int MaxOptions = 50;
    static constexpr int MaxMagnitude = 100000;
};

} // namespace stillpoint::core
