// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CsvExportService.h"

#include "core/clients/ClientRepository.h"
#include "core/exchange/ClientImportMapping.h"
#include "core/exchange/CsvWriter.h"
#include "core/exchange/ExportRepository.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/PracticeSettings.h"

#include <QTimeZone>

namespace stillpoint::core {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString utc(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODate) : QString();
}

// "85.00" from 8500 cents: the practice's currency, without a symbol, as spreadsheets sum it.
QString money(qint64 cents)
{
    const qint64 whole = cents / 100;
    const qint64 rest = cents % 100;
    return QStringLiteral("%1.%2").arg(whole).arg(rest, 2, 10, QLatin1Char('0'));
}

QString minutes(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace

CsvExportService::CsvExportService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

QStringList CsvExportService::clientHeader()
{
    QStringList header{ QStringLiteral("Client number") };
    for (const ImportField field : ImportFields::all()) {
        if (field != ImportField::Ignore && field != ImportField::FullName)
            header << ImportFields::label(field);
    }
    header << QStringLiteral("Contact by phone") << QStringLiteral("Contact by SMS")
           << QStringLiteral("Contact by email") << QStringLiteral("Archived")
           << QStringLiteral("Created (UTC)") << QStringLiteral("Updated (UTC)");
    return header;
}

Status CsvExportService::requireExport(const Session &session) const
{
    return AccessControl(m_database, m_clock).require(session, Operation::DataExport);
}

Result<int> CsvExportService::exportClients(const Session &session, const QString &path) const
{
    if (Status allowed = requireExport(session); !allowed)
        return allowed.error();
    auto clients = ClientRepository(m_database, m_clock).all();
    if (!clients)
        return clients.error();

    CsvExportTable table;
    table.kind = QStringLiteral("clients");
    table.header = clientHeader();
    table.rows.reserve(clients->size());
    for (const Client &c : std::as_const(clients.value())) {
        // In the order of ImportFields::all(), as clientHeader() names them.
        table.rows << QStringList{ QString::number(c.id),
                                   c.givenName,
                                   c.familyName,
                                   c.preferredName,
                                   c.pronouns,
                                   c.dateOfBirth.isValid() ? c.dateOfBirth.toString(Qt::ISODate)
                                                           : QString(),
                                   c.mobilePhone,
                                   c.homePhone,
                                   c.workPhone,
                                   c.email,
                                   c.address.line1,
                                   c.address.line2,
                                   c.address.city,
                                   c.address.region,
                                   c.address.postalCode,
                                   c.address.country,
                                   c.emergencyContact.name,
                                   c.emergencyContact.relation,
                                   c.emergencyContact.phone,
                                   c.physician.name,
                                   c.physician.practice,
                                   c.physician.phone,
                                   c.frontDeskNotes,
                                   yesNo(c.consent.phone),
                                   yesNo(c.consent.sms),
                                   yesNo(c.consent.email),
                                   yesNo(c.archived),
                                   utc(c.createdAt),
                                   utc(c.updatedAt) };
    }
    return write(session, path, table);
}

QStringList CsvExportService::appointmentHeader()
{
    return { QStringLiteral("Appointment number"),
             QStringLiteral("Date"),
             QStringLiteral("Start"),
             QStringLiteral("End"),
             QStringLiteral("Therapist"),
             QStringLiteral("Room"),
             QStringLiteral("Type"),
             QStringLiteral("Client number"),
             QStringLiteral("Given name"),
             QStringLiteral("Family name"),
             QStringLiteral("Status"),
             QStringLiteral("Cancelled by"),
             QStringLiteral("Cancellation reason"),
             QStringLiteral("Late cancellation"),
             QStringLiteral("Desk notes"),
             QStringLiteral("Series"),
             QStringLiteral("Booked by"),
             QStringLiteral("Booked (UTC)"),
             QStringLiteral("Price") };
}

Result<int> CsvExportService::exportAppointments(const Session &session, const QString &path) const
{
    if (Status allowed = requireExport(session); !allowed)
        return allowed.error();
    auto zoneId = PracticeSettings(m_database, m_clock).timeZoneId();
    if (!zoneId)
        return zoneId.error();
    const QTimeZone practiceZone(zoneId->toUtf8());
    auto appointments = ExportRepository(m_database).appointments();
    if (!appointments)
        return appointments.error();

    CsvExportTable table;
    table.kind = QStringLiteral("appointments");
    table.header = appointmentHeader();
    table.rows.reserve(appointments->size());
    for (const ExportedAppointment &exported : std::as_const(appointments.value())) {
        const Appointment &a = exported.appointment;
        // The zone it was booked in (the practice's then); the end in the same wall clock.
        QTimeZone zone(a.timeZoneId.toUtf8());
        if (!zone.isValid())
            zone = practiceZone.isValid() ? practiceZone : QTimeZone::utc();
        const bool cancelled = a.status == AppointmentStatus::Cancelled;
        table.rows << QStringList{
            QString::number(a.id),
            a.localDate.isValid() ? a.localDate.toString(Qt::ISODate) : QString(),
            minutes(a.localTime),
            minutes(a.endUtc.toTimeZone(zone).time()),
            exported.therapistName,
            exported.roomName,
            exported.typeName,
            QString::number(a.clientId),
            exported.clientGivenName,
            exported.clientFamilyName,
            AppointmentStatuses::key(a.status),
            cancelled ? (a.cancelledBy == CancelledBy::Practice ? QStringLiteral("practice")
                                                                : QStringLiteral("client"))
                      : QString(),
            a.cancelReason,
            cancelled ? yesNo(a.lateCancellation) : QString(),
            a.deskNotes,
            a.seriesId > 0 ? QString::number(a.seriesId) : QString(),
            a.createdBy,
            utc(a.createdAtUtc),
            money(a.priceCents),
        };
    }
    return write(session, path, table);
}

Result<int> CsvExportService::write(const Session &session, const QString &path,
                                    const CsvExportTable &table) const
{
    CsvWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened.error();
    writer.writeRow(table.header);
    for (const QStringList &row : table.rows)
        writer.writeRow(row);

    // Audited before the file is moved into place: no export exists that the trail does not show.
    AuditTrail trail(m_database, m_clock);
    AuditEvent event;
    event.operation = Operations::key(Operation::DataExport);
    event.userId = session.userId;
    event.username = session.username;
    event.recordType = table.kind;
    event.detail = QStringLiteral("%1 CSV, %2 rows").arg(table.kind).arg(table.rows.size());
    if (Status audited = trail.record(event); !audited)
        return audited.error();
    if (Status committed = writer.commit(); !committed) {
        event.outcome = AuditOutcome::Failed;
        (void)trail.record(event); // the error below matters more than this row
        return committed.error();
    }
    return static_cast<int>(table.rows.size());
}

} // namespace stillpoint::core
