// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/Recurrence.h"
#include "core/schedule/ScheduleResources.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace stillpoint::core {

// The schedule's storage details shared by its repositories and the bulk loader: how instants
// are written (canonical UTC text, so text order is time order), the column lists and the
// statements more than one of them runs. Internal to core/schedule.
namespace ScheduleSql {

// "2026-03-03T09:00:00Z" (seconds kept, milliseconds dropped) and back; fast, as the week view
// reads thousands.
QString utcText(const QDateTime &instant);
QDateTime utcFrom(const QVariant &value);
// created_at and friends, as the rest of the schema writes them (ISO with milliseconds).
QString stampText(const QDateTime &instant);
QDateTime stampFrom(const QVariant &value);
QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);
QVariant idValue(qint64 id);
QVariant textValue(const QString &text);

Error queryError(const QString &what, const QSqlQuery &query);
// A refusal by the no-overlap trigger or another constraint, turned into words for the desk.
Error writeError(const QString &what, const QSqlQuery &query);

// The refusal for the first of `conflicts` (not empty), with how many more there are.
Error conflictError(const QList<ScheduleConflict> &conflicts);

// SELECT list for appointmentFrom().
extern const QString appointmentColumns;
Appointment appointmentFrom(const QSqlQuery &query, int first = 0);
// Prepares `query` with the INSERT for bindAppointmentInsert().
bool prepareAppointmentInsert(QSqlQuery &query);
void bindAppointmentInsert(QSqlQuery &query, const Appointment &appointment,
                           const ScheduleAuthor &author, const QDateTime &nowUtc);

extern const QString seriesColumns;
RecurringSeries seriesFrom(const QSqlQuery &query);
Result<qint64> insertSeries(const QSqlDatabase &db, const RecurringSeries &series,
                            const ScheduleAuthor &author, const QDateTime &nowUtc);

Result<qint64> insertTherapist(const QSqlDatabase &db, const Therapist &therapist,
                               const QDateTime &nowUtc);
Status replaceHours(const QSqlDatabase &db, qint64 therapistId,
                    const QList<WorkingInterval> &hours);
Result<qint64> insertTimeOff(const QSqlDatabase &db, const TimeOff &timeOff,
                             const ScheduleAuthor &author, const QDateTime &nowUtc);
Result<qint64> insertRoom(const QSqlDatabase &db, const Room &room, const QDateTime &nowUtc);
Result<qint64> insertType(const QSqlDatabase &db, const AppointmentType &type,
                          const QDateTime &nowUtc);

} // namespace ScheduleSql

} // namespace stillpoint::core
