// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/ScheduleSource.h"

#include "core/schedule/AppointmentService.h"
#include "core/schedule/ScheduleSetupService.h"
#include "core/security/PracticeSettings.h"
#include "ui/security/CurrentSession.h"

#include <algorithm>

namespace stillpoint::ui {

ScheduleSource::ScheduleSource(const ScheduleServices &services) : m_services(services) { }

core::Status ScheduleSource::reload()
{
    clear();
    const core::Session &session = m_services.session.session();
    const auto zoneId = m_services.settings.timeZoneId();
    if (zoneId && !zoneId->isEmpty()) {
        const QTimeZone zone(zoneId->toUtf8());
        if (zone.isValid())
            m_zone = zone;
    }
    auto therapists = m_services.setup.therapists(session);
    if (!therapists)
        return therapists.error();
    auto rooms = m_services.setup.rooms(session);
    if (!rooms)
        return rooms.error();
    auto types = m_services.setup.types(session, true);
    if (!types)
        return types.error();
    QHash<qint64, QList<core::WorkingInterval>> hours;
    for (const core::Therapist &therapist : std::as_const(therapists.value())) {
        auto week = m_services.setup.workingHours(session, therapist.id);
        if (!week)
            return week.error();
        hours.insert(therapist.id, week.value());
    }
    m_therapists = therapists.value();
    m_rooms = rooms.value();
    m_types = types.value();
    m_hours = hours;
    return core::Status::success();
}

void ScheduleSource::clear()
{
    m_zone = QTimeZone::utc();
    m_therapists.clear();
    m_rooms.clear();
    m_types.clear();
    m_hours.clear();
}

const core::AppointmentType *ScheduleSource::type(qint64 typeId) const
{
    const auto found = std::find_if(m_types.cbegin(), m_types.cend(),
                                    [typeId](const auto &type) { return type.id == typeId; });
    return found == m_types.cend() ? nullptr : &*found;
}

QString ScheduleSource::therapistName(qint64 therapistId) const
{
    for (const core::Therapist &therapist : m_therapists)
        if (therapist.id == therapistId)
            return therapist.displayName;
    return {};
}

QString ScheduleSource::roomName(qint64 roomId) const
{
    for (const core::Room &room : m_rooms)
        if (room.id == roomId)
            return room.name;
    return {};
}

core::Result<QList<core::CalendarItem>> ScheduleSource::items(const QDate &first, int days,
                                                              bool includeCancelled) const
{
    core::CalendarQuery query;
    query.fromUtc = toUtc(first, 0);
    query.toUtc = toUtc(first.addDays(days), 0);
    query.includeCancelled = includeCancelled;
    auto found = m_services.appointments.calendar(m_services.session.session(), query);
    if (!found)
        return found;
    std::stable_sort(found.value().begin(), found.value().end(),
                     [](const core::CalendarItem &a, const core::CalendarItem &b) {
                         return a.startUtc < b.startUtc;
                     });
    return found;
}

core::Result<QList<core::TimeOff>> ScheduleSource::timeOff(const QDate &first, int days) const
{
    return m_services.setup.timeOff(m_services.session.session(), 0, toUtc(first, 0),
                                    toUtc(first.addDays(days), 0));
}

QDateTime ScheduleSource::toUtc(const QDate &date, int minute) const
{
    const int day = minute / 1440;
    const int rest = minute % 1440;
    return QDateTime(date.addDays(day), QTime(rest / 60, rest % 60), m_zone).toUTC();
}

QDate ScheduleSource::localDate(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).date();
}

QDateTime ScheduleSource::nowUtc() const
{
    return m_services.clock.nowUtc();
}

QDate ScheduleSource::today() const
{
    return localDate(nowUtc());
}

} // namespace stillpoint::ui
