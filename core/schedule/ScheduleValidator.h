// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/schedule/Recurrence.h"
#include "core/schedule/ScheduleResources.h"
#include "core/schedule/Waitlist.h"

#include <QList>

namespace stillpoint::core {

// The rules schedule records meet before they are stored. Each broken rule is one Error with code
// InvalidInput, `field` a stable key ("name", "colour", "hours" …) and a message that names it.
class ScheduleValidator
{
public:
    static constexpr int MinAppointmentMinutes = 5;
    static constexpr int MaxAppointmentMinutes = 720;
    static constexpr int MaxBufferMinutes = 240;
    static constexpr qsizetype MaxNameLength = 100;
    static constexpr qsizetype MaxNotesLength = 2000;

    static QList<Error> therapistProblems(const Therapist &therapist);
    // Intervals must be whole minutes on valid weekdays, each start before its end, and no two
    // on the same day may overlap (touching is fine).
    static QList<Error> hoursProblems(const QList<WorkingInterval> &hours);
    static QList<Error> timeOffProblems(const TimeOff &timeOff);
    static QList<Error> roomProblems(const Room &room);
    static QList<Error> typeProblems(const AppointmentType &type);
    static QList<Error> recurrenceProblems(const RecurrenceRule &rule);
    static QList<Error> waitlistProblems(const WaitlistEntry &entry);
    // A treatment length: MinAppointmentMinutes..MaxAppointmentMinutes, in whole minutes.
    static std::optional<Error> durationProblem(int minutes);
    static std::optional<Error> notesProblem(const QString &notes, const char *field);

    // "#RGB" or "#RRGGBB" in any case → "#rrggbb"; empty when it is not a colour.
    static QString normalizedColour(const QString &colour);
};

} // namespace stillpoint::core
