// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/IcsExport.h"

#include "core/exchange/IcsCalendar.h"
#include "core/schedule/AppointmentService.h"
#include "core/schedule/ScheduleSetupService.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/PracticeSettings.h"
#include "core/security/UserRepository.h"
#include "core/storage/Transaction.h"

#include <QSaveFile>
#include <QTimeZone>
#include <QUuid>

namespace stillpoint::core {

namespace {

// Where the calendar identity is kept among the practice settings.
const QString calendarIdentityKey = QStringLiteral("exchange.calendarId");

QDateTime startOfDay(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}

Error writeError(const QString &path, const QSaveFile &file)
{
    return makeError(ErrorCode::Io,
                     QStringLiteral("Stillpoint could not write %1 (%2); the previous file, if "
                                    "any, is unchanged. Choose another folder.")
                             .arg(path, file.errorString()));
}

} // namespace

IcsExport::IcsExport(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
{ }

Status IcsExport::requireExport(const Session &session) const
{
    Status allowed = AccessControl(m_database, m_clock).require(session, Operation::DataExport);
    if (!allowed && allowed.error().code == ErrorCode::Denied)
        return makeError(ErrorCode::Denied,
                         QStringLiteral("Only the practice owner may export the whole practice's "
                                        "calendar or another therapist's; a therapist may export "
                                        "their own."));
    return allowed;
}

Result<QString> IcsExport::calendarIdentity() const
{
    UserRepository settings(m_database);
    if (auto stored = settings.setting(calendarIdentityKey); !stored || !stored->isEmpty())
        return stored;
    // Made once; the write lock makes a second exporter racing this one read the same identity.
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto stored = settings.setting(calendarIdentityKey);
    if (!stored || !stored->isEmpty())
        return stored;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status saved = settings.setSetting(calendarIdentityKey, made); !saved)
        return saved.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return made;
}

Result<int> IcsExport::write(const Session &session, const IcsExportRequest &request,
                             const QString &path) const
{
    if (!request.firstDay.isValid() || !request.lastDay.isValid()
        || request.lastDay < request.firstDay || request.firstDay.daysTo(request.lastDay) >= 366)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Choose a range of dates of at most a year, the first day "
                                        "not after the last."),
                         QStringLiteral("range"));

    auto practiceName = PracticeSettings(m_database, m_clock).practiceName();
    if (!practiceName)
        return practiceName.error();
    QString calendarName = practiceName.value();
    CalendarQuery query;
    if (request.therapistId != 0) {
        auto therapist =
                ScheduleSetupService(m_database, m_clock).therapist(session, request.therapistId);
        if (!therapist)
            return therapist.error();
        if (therapist->userId != session.userId) {
            if (Status allowed = requireExport(session); !allowed)
                return allowed.error();
        }
        query.therapistIds = { request.therapistId };
        calendarName = calendarName.isEmpty()
                ? therapist->displayName
                : calendarName + QStringLiteral(" \u2013 ") + therapist->displayName;
    } else if (Status allowed = requireExport(session); !allowed) {
        return allowed.error();
    }

    auto zoneId = PracticeSettings(m_database, m_clock).timeZoneId();
    if (!zoneId)
        return zoneId.error();
    QTimeZone zone(zoneId->toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    query.fromUtc = startOfDay(request.firstDay, zone);
    query.toUtc = startOfDay(request.lastDay.addDays(1), zone);
    query.includeCancelled = true;
    auto items = AppointmentService(m_database, m_clock).calendar(session, query);
    if (!items)
        return items.error();
    auto identity = calendarIdentity();
    if (!identity)
        return identity.error();

    IcsCalendarInfo info;
    info.name = calendarName;
    info.uidDomain = identity.value() + QStringLiteral(".stillpoint");
    info.stampUtc = m_clock.nowUtc();
    info.withTherapist = request.therapistId == 0;
    const QByteArray text = IcsCalendar::render(items.value(), info);
    const int count = static_cast<int>(items->size());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (text.isEmpty() || file.write(text) != text.size()) {
        const Error error = writeError(path, file);
        file.cancelWriting();
        return error;
    }

    // Audited before the file is moved into place: no export exists that the trail does not show.
    // The count and the days only: nothing about the clients.
    AuditTrail trail(m_database, m_clock);
    AuditEvent event;
    event.operation = Operations::key(Operation::DataExport);
    event.userId = session.userId;
    event.username = session.username;
    event.recordType = QStringLiteral("calendar");
    event.recordId = request.therapistId;
    event.detail = QStringLiteral("iCalendar, %1 appointments, %2 to %3")
                           .arg(count)
                           .arg(request.firstDay.toString(Qt::ISODate),
                                request.lastDay.toString(Qt::ISODate));
    if (Status audited = trail.record(event); !audited) {
        file.cancelWriting();
        return audited.error();
    }
    if (!file.commit()) {
        const Error error = writeError(path, file);
        event.outcome = AuditOutcome::Failed;
        (void)trail.record(event); // the error below matters more than this row
        return error;
    }
    return count;
}

} // namespace stillpoint::core
