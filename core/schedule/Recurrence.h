// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace stillpoint::core {

// "Every N weeks at this wall-clock time, from this date, until a date or N times." Computed in
// the practice's time zone, so 09:00 stays 09:00 when the clocks change.
struct RecurrenceRule
{
    static constexpr int MaxOccurrences = 260; // five years of weekly visits
    static constexpr int MaxIntervalWeeks = 12;

    int intervalWeeks = 1; // 1 weekly, 2 fortnightly … up to MaxIntervalWeeks
    QDate firstDate; // the first occurrence; its weekday is the series' weekday
    QTime localTime; // wall-clock start, minutes only
    QDate untilDate; // last possible date (inclusive) …
    int count = 0; // … or the number of occurrences: exactly one of the two is set

    friend bool operator==(const RecurrenceRule &, const RecurrenceRule &) = default;
};

// One computed occurrence of a rule.
struct Occurrence
{
    int index = 0; // 1-based
    QDate localDate;
    QTime localTime;
    QDateTime startUtc;
};

// A stored series: the rule, what is booked each time and who booked it. Its appointments are
// the occurrences; each may have been moved or cancelled on its own since.
struct RecurringSeries
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    qint64 typeId = 0;
    RecurrenceRule rule;
    int durationMinutes = 0;
    QString timeZoneId;
    QDateTime createdAtUtc;
    QString createdBy;
    int rowVersion = 0;
};

// Which occurrences an edit or a cancellation of one occurrence reaches. Only occurrences still
// upcoming (booked or confirmed, not yet started) are ever changed: what happened stays as it was.
enum class SeriesScope {
    ThisOne,
    ThisAndFollowing, // this occurrence and the later ones; the series is split here
    All, // every upcoming occurrence of the series
};

// What to change in the occurrences an edit reaches; an unset field stays as it is.
struct SeriesChange
{
    std::optional<QTime> localTime; // new wall-clock start
    int dayShift = 0; // move each occurrence this many days (-6..6): Tuesday to Wednesday is 1
    std::optional<int> durationMinutes;
    std::optional<qint64> therapistId;
    std::optional<qint64> roomId;
    std::optional<qint64> typeId; // a new type also brings its buffer and price
    std::optional<QString> deskNotes;

    bool isEmpty() const;
};

namespace Recurrence {
// Every occurrence of a valid rule (see ScheduleValidator::recurrenceProblems), computed in
// `zone`: each one starts at rule.localTime on its local date. A wall-clock time that does not
// exist on a spring-forward day is moved forward by the gap, as QDateTime does.
QList<Occurrence> occurrences(const RecurrenceRule &rule, const QTimeZone &zone);
// The UTC instant of a wall-clock time in `zone`.
QDateTime toUtc(const QDate &localDate, const QTime &localTime, const QTimeZone &zone);
} // namespace Recurrence

} // namespace stillpoint::core
