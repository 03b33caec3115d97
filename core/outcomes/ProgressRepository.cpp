// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/ProgressRepository.h"
#include "core/storage/SqlValues.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace stillpoint::core {

namespace {

using sql::queryError;

// The canonical form appointments keep their instants in (text order is time order).
QString utcText(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

ProgressRepository::ProgressRepository(Database &database) : m_database(database) { }

Result<QList<QDate>> ProgressRepository::completedSessionDates(qint64 clientId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT substr(local_start, 1, 10) FROM appointments WHERE "
                                 "client_id = ? AND status = 'completed' ORDER BY start_utc"));
    query.addBindValue(clientId);
    if (!query.exec())
        return queryError(QStringLiteral("list the client's sessions"), query);
    QList<QDate> dates;
    while (query.next())
        dates << QDate::fromString(query.value(0).toString(), Qt::ISODate);
    return dates;
}

Result<QHash<qint64, QDate>> ProgressRepository::firstSessionDates() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
                "SELECT client_id, MIN(day) FROM ("
                "SELECT client_id, substr(local_start, 1, 10) AS day FROM appointments "
                "WHERE status = 'completed' "
                "UNION ALL SELECT client_id, session_date FROM session_notes "
                "WHERE status = 'signed' AND session_date IS NOT NULL) GROUP BY client_id")))
        return queryError(QStringLiteral("find each client's first session"), query);
    QHash<qint64, QDate> first;
    while (query.next())
        first.insert(query.value(0).toLongLong(),
                     QDate::fromString(query.value(1).toString(), Qt::ISODate));
    return first;
}

Result<QList<AppointmentTally>>
ProgressRepository::appointmentsStarting(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT substr(local_start, 1, 10), status, cancelled_by, "
                                 "late_cancellation FROM appointments WHERE start_utc >= ? AND "
                                 "start_utc < ? ORDER BY start_utc"));
    query.addBindValue(utcText(fromUtc));
    query.addBindValue(utcText(toUtc));
    if (!query.exec())
        return queryError(QStringLiteral("count the appointments"), query);
    QList<AppointmentTally> list;
    while (query.next()) {
        AppointmentTally tally;
        tally.localDate = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        tally.status = query.value(1).toString();
        tally.cancelledByPractice = query.value(2).toString() == QLatin1String("practice");
        tally.lateCancellation = query.value(3).toInt() != 0;
        list << tally;
    }
    return list;
}

Result<int> ProgressRepository::activeClients() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM clients WHERE archived = 0"))
        || !query.next())
        return queryError(QStringLiteral("count the clients"), query);
    return query.value(0).toInt();
}

} // namespace stillpoint::core
