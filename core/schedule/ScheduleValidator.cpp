// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/ScheduleValidator.h"

#include <QRegularExpression>

namespace stillpoint::core {

namespace {

Error invalid(const QString &message, const char *field)
{
    return makeError(ErrorCode::InvalidInput, message, QString::fromLatin1(field));
}

void checkName(QList<Error> &errors, const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        errors << invalid(QStringLiteral("%1 needs a name.").arg(what), "name");
    else if (name.trimmed().size() > ScheduleValidator::MaxNameLength)
        errors << invalid(QStringLiteral("%1's name is too long (at most %2 characters).")
                                  .arg(what)
                                  .arg(ScheduleValidator::MaxNameLength),
                          "name");
}

} // namespace

QString ScheduleValidator::normalizedColour(const QString &colour)
{
    static const QRegularExpression longForm(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    static const QRegularExpression shortForm(QStringLiteral("^#[0-9a-fA-F]{3}$"));
    const QString trimmed = colour.trimmed();
    if (longForm.match(trimmed).hasMatch())
        return trimmed.toLower();
    if (shortForm.match(trimmed).hasMatch()) {
        QString expanded(QLatin1Char('#'));
        for (qsizetype i = 1; i < 4; ++i)
            expanded += QString(2, trimmed.at(i));
        return expanded.toLower();
    }
    return {};
}

std::optional<Error> ScheduleValidator::durationProblem(int minutes)
{
    if (minutes < MinAppointmentMinutes || minutes > MaxAppointmentMinutes)
        return invalid(QStringLiteral("An appointment of %1 minutes is not possible: choose from "
                                      "%2 to %3 minutes.")
                               .arg(minutes)
                               .arg(MinAppointmentMinutes)
                               .arg(MaxAppointmentMinutes),
                       "duration");
    return std::nullopt;
}

std::optional<Error> ScheduleValidator::notesProblem(const QString &notes, const char *field)
{
    if (notes.size() > MaxNotesLength)
        return invalid(QStringLiteral("The notes are too long (%1 characters; at most %2).")
                               .arg(notes.size())
                               .arg(MaxNotesLength),
                       field);
    return std::nullopt;
}

QList<Error> ScheduleValidator::therapistProblems(const Therapist &therapist)
{
    QList<Error> errors;
    checkName(errors, therapist.displayName, QStringLiteral("A therapist"));
    if (therapist.userId <= 0)
        errors << invalid(QStringLiteral("A therapist must be linked to a user account that can "
                                         "sign in."),
                          "user");
    return errors;
}

QList<Error> ScheduleValidator::hoursProblems(const QList<WorkingInterval> &hours)
{
    QList<Error> errors;
    for (qsizetype i = 0; i < hours.size(); ++i) {
        const WorkingInterval &a = hours.at(i);
        if (a.weekday < 1 || a.weekday > 7 || a.startMinute < 0 || a.startMinute >= 24 * 60
            || a.endMinute > 24 * 60 || a.endMinute <= a.startMinute) {
            errors << invalid(QStringLiteral("Working hours %1–%2 are not a time span: each "
                                             "interval must start before it ends, within one day.")
                                      .arg(a.startTime().toString(QStringLiteral("HH:mm")),
                                           a.endTime().toString(QStringLiteral("HH:mm"))),
                              "hours");
            continue;
        }
        for (qsizetype j = i + 1; j < hours.size(); ++j) {
            const WorkingInterval &b = hours.at(j);
            if (a.weekday == b.weekday && a.startMinute < b.endMinute
                && b.startMinute < a.endMinute)
                errors << invalid(
                        QStringLiteral("Working hours on %1 overlap (%2–%3 and %4–%5): "
                                       "join them into one interval.")
                                .arg(QDate(2024, 1, a.weekday).toString(QStringLiteral("dddd")),
                                     a.startTime().toString(QStringLiteral("HH:mm")),
                                     a.endTime().toString(QStringLiteral("HH:mm")),
                                     b.startTime().toString(QStringLiteral("HH:mm")),
                                     b.endTime().toString(QStringLiteral("HH:mm"))),
                        "hours");
        }
    }
    return errors;
}

QList<Error> ScheduleValidator::timeOffProblems(const TimeOff &timeOff)
{
    QList<Error> errors;
    if (!timeOff.startUtc.isValid() || !timeOff.endUtc.isValid()
        || timeOff.endUtc <= timeOff.startUtc)
        errors << invalid(QStringLiteral("Time off must end after it starts."), "end");
    else if (timeOff.startUtc.daysTo(timeOff.endUtc) > 366)
        errors << invalid(QStringLiteral("Time off lasts at most a year; enter a longer absence as "
                                         "several periods or deactivate the therapist."),
                          "end");
    if (timeOff.reason.size() > MaxNameLength)
        errors << invalid(QStringLiteral("The reason is too long (at most %1 characters).")
                                  .arg(MaxNameLength),
                          "reason");
    return errors;
}

QList<Error> ScheduleValidator::roomProblems(const Room &room)
{
    QList<Error> errors;
    checkName(errors, room.name, QStringLiteral("A room"));
    if (auto problem = notesProblem(room.notes, "notes"))
        errors << *problem;
    return errors;
}

QList<Error> ScheduleValidator::typeProblems(const AppointmentType &type)
{
    QList<Error> errors;
    checkName(errors, type.name, QStringLiteral("An appointment type"));
    if (auto problem = durationProblem(type.defaultMinutes))
        errors << *problem;
    if (type.bufferMinutes < 0 || type.bufferMinutes > MaxBufferMinutes)
        errors << invalid(QStringLiteral("The buffer after an appointment is 0 to %1 minutes.")
                                  .arg(MaxBufferMinutes),
                          "buffer");
    if (normalizedColour(type.colour).isEmpty())
        errors << invalid(QStringLiteral("\"%1\" is not a colour: use #rrggbb, for example "
                                         "#4a90d9.")
                                  .arg(type.colour),
                          "colour");
    if (type.priceCents < 0)
        errors << invalid(QStringLiteral("A price cannot be negative."), "price");
    return errors;
}

QList<Error> ScheduleValidator::recurrenceProblems(const RecurrenceRule &rule)
{
    QList<Error> errors;
    if (rule.intervalWeeks < 1 || rule.intervalWeeks > RecurrenceRule::MaxIntervalWeeks)
        errors << invalid(QStringLiteral("A series repeats every 1 to %1 weeks.")
                                  .arg(RecurrenceRule::MaxIntervalWeeks),
                          "interval");
    if (!rule.firstDate.isValid())
        errors << invalid(QStringLiteral("A series needs the date of its first appointment."),
                          "firstDate");
    if (!rule.localTime.isValid() || rule.localTime.second() != 0 || rule.localTime.msec() != 0)
        errors << invalid(QStringLiteral("A series needs a start time in whole minutes."),
                          "localTime");
    const bool hasUntil = rule.untilDate.isValid();
    const bool hasCount = rule.count != 0;
    if (hasUntil == hasCount)
        errors << invalid(QStringLiteral("A series ends either on a date or after a number of "
                                         "appointments: choose one."),
                          "end");
    if (hasCount && (rule.count < 1 || rule.count > RecurrenceRule::MaxOccurrences))
        errors << invalid(QStringLiteral("A series has 1 to %1 appointments.")
                                  .arg(RecurrenceRule::MaxOccurrences),
                          "count");
    if (hasUntil && rule.firstDate.isValid()) {
        if (rule.untilDate < rule.firstDate)
            errors << invalid(QStringLiteral("The series ends before its first appointment."),
                              "untilDate");
        else if (rule.firstDate.daysTo(rule.untilDate) / (7 * qMax(1, rule.intervalWeeks))
                 >= RecurrenceRule::MaxOccurrences)
            errors << invalid(QStringLiteral("A series has at most %1 appointments: choose an "
                                             "earlier end date.")
                                      .arg(RecurrenceRule::MaxOccurrences),
                              "untilDate");
    }
    return errors;
}

QList<Error> ScheduleValidator::waitlistProblems(const WaitlistEntry &entry)
{
    QList<Error> errors;
    if (entry.clientId <= 0)
        errors << invalid(QStringLiteral("Choose the client who is waiting."), "client");
    if (entry.typeId <= 0)
        errors << invalid(QStringLiteral("Choose the type of appointment wanted."), "type");
    if (entry.weekdays < 1 || entry.weekdays > WaitlistEntry::AllWeekdays)
        errors << invalid(QStringLiteral("Choose at least one day of the week."), "weekdays");
    if (entry.partsOfDay < 1 || entry.partsOfDay > WaitlistEntry::AllDay)
        errors << invalid(QStringLiteral("Choose at least one part of the day."), "partsOfDay");
    if (entry.expiresOn.isValid() && entry.addedOn.isValid() && entry.expiresOn < entry.addedOn)
        errors << invalid(QStringLiteral("The entry would expire before it was added."),
                          "expiresOn");
    if (auto problem = notesProblem(entry.notes, "notes"))
        errors << *problem;
    return errors;
}

} // namespace stillpoint::core
