// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ExportRepository.h"

#include "core/schedule/ScheduleSql.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stillpoint::core {

ExportRepository::ExportRepository(Database &database) : m_database(database) { }

Result<QList<QPair<QString, QString>>> ExportRepository::settings() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM practice_settings ORDER BY key")))
        return ScheduleSql::queryError(QStringLiteral("read the practice settings"), q);
    QList<QPair<QString, QString>> settings;
    while (q.next())
        settings.append({ q.value(0).toString(), q.value(1).toString() });
    return settings;
}

Result<QList<ExportedAppointment>> ExportRepository::appointments(qint64 clientId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // appointmentColumns takes the first 25 columns; the names follow.
    constexpr int names = 25;
    q.prepare(QStringLiteral("SELECT %1, c.given_name, c.family_name, t.display_name, r.name, "
                             "ty.name FROM appointments a JOIN clients c ON c.id = a.client_id "
                             "JOIN therapists t ON t.id = a.therapist_id "
                             "JOIN rooms r ON r.id = a.room_id "
                             "JOIN appointment_types ty ON ty.id = a.type_id "
                             "WHERE ? = 0 OR a.client_id = ? ORDER BY a.start_utc, a.id")
                      .arg(ScheduleSql::appointmentColumns));
    q.addBindValue(clientId);
    q.addBindValue(clientId);
    if (!q.exec())
        return ScheduleSql::queryError(QStringLiteral("read the appointments"), q);
    QList<ExportedAppointment> appointments;
    while (q.next()) {
        ExportedAppointment exported;
        exported.appointment = ScheduleSql::appointmentFrom(q);
        exported.clientGivenName = q.value(names).toString();
        exported.clientFamilyName = q.value(names + 1).toString();
        exported.therapistName = q.value(names + 2).toString();
        exported.roomName = q.value(names + 3).toString();
        exported.typeName = q.value(names + 4).toString();
        appointments.append(exported);
    }
    return appointments;
}

Result<QList<RecurringSeries>> ExportRepository::series() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM appointment_series ORDER BY id")
                        .arg(ScheduleSql::seriesColumns)))
        return ScheduleSql::queryError(QStringLiteral("read the recurring series"), q);
    QList<RecurringSeries> series;
    while (q.next())
        series.append(ScheduleSql::seriesFrom(q));
    return series;
}

ReadSnapshot::ReadSnapshot(Database &database) : m_database(database)
{
    QSqlQuery begin(m_database.connection());
    if (begin.exec(QStringLiteral("BEGIN")))
        m_active = true;
    else
        m_status = Database::storageError(QStringLiteral("start reading the practice file"),
                                          begin.lastError().databaseText());
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_active)
        QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
}

} // namespace stillpoint::core
