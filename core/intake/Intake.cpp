// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/Intake.h"

namespace stillpoint::core {

QStringList Intake::redFlagsRaised() const
{
    QStringList raised;
    for (const RedFlagAnswer &flag : redFlags) {
        if (flag.answer == Answer::Yes)
            raised << flag.key;
    }
    return raised;
}

namespace IntakeStatuses {

QString key(IntakeStatus status)
{
    switch (status) {
    case IntakeStatus::Draft:
        return QStringLiteral("draft");
    case IntakeStatus::Signed:
        return QStringLiteral("signed");
    case IntakeStatus::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

std::optional<IntakeStatus> fromKey(const QString &key)
{
    for (IntakeStatus status :
         { IntakeStatus::Draft, IntakeStatus::Signed, IntakeStatus::Discarded }) {
        if (IntakeStatuses::key(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace IntakeStatuses

} // namespace stillpoint::core
