// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/IcsCalendar.h"

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace stillpoint::core {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPointer = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct BufferDeleter
{
    void operator()(char *buffer) const { icalmemory_free_buffer(buffer); }
};

// Stored text is one line in a calendar title: line breaks and other control characters go.
QByteArray oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text)
        line += (c.category() == QChar::Other_Control) ? QLatin1Char(' ') : c;
    return line.simplified().toUtf8();
}

icaltimetype utcTime(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icalproperty_status icalStatus(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return ICAL_STATUS_TENTATIVE;
    case AppointmentStatus::Cancelled:
        return ICAL_STATUS_CANCELLED;
    case AppointmentStatus::Confirmed:
    case AppointmentStatus::Arrived:
    case AppointmentStatus::Completed:
    case AppointmentStatus::NoShow:
        break;
    }
    return ICAL_STATUS_CONFIRMED;
}

icalcomponent *event(const CalendarItem &item, const IcsCalendarInfo &info)
{
    icalcomponent *vevent = icalcomponent_new_vevent();
    const QByteArray uid = IcsCalendar::uid(item.appointmentId, info.uidDomain).toUtf8();
    icalcomponent_add_property(vevent, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(utcTime(info.stampUtc)));
    icalcomponent_add_property(vevent, icalproperty_new_dtstart(utcTime(item.startUtc)));
    icalcomponent_add_property(vevent, icalproperty_new_dtend(utcTime(item.endUtc)));
    // Every change to the appointment raises its row version; calendars take the higher one.
    icalcomponent_add_property(vevent, icalproperty_new_sequence(std::max(0, item.rowVersion - 1)));
    const QByteArray title = oneLine(IcsCalendar::summary(item, info.withTherapist));
    icalcomponent_add_property(vevent, icalproperty_new_summary(title.constData()));
    if (const QByteArray room = oneLine(item.roomName); !room.isEmpty())
        icalcomponent_add_property(vevent, icalproperty_new_location(room.constData()));
    icalcomponent_add_property(vevent, icalproperty_new_status(icalStatus(item.status)));
    // A cancelled appointment no longer makes anyone look busy.
    icalcomponent_add_property(vevent,
                               icalproperty_new_transp(item.status == AppointmentStatus::Cancelled
                                                               ? ICAL_TRANSP_TRANSPARENT
                                                               : ICAL_TRANSP_OPAQUE));
    return vevent;
}

} // namespace

QString IcsCalendar::uid(qint64 appointmentId, const QString &uidDomain)
{
    return QStringLiteral("appointment-%1@%2").arg(appointmentId).arg(uidDomain);
}

QString IcsCalendar::summary(const CalendarItem &item, bool withTherapist)
{
    QString text = item.typeName;
    if (!item.clientFirstName.isEmpty())
        text = item.clientFirstName + QStringLiteral(" \u2013 ") + text;
    if (withTherapist && !item.therapistName.isEmpty())
        text += QStringLiteral(" (") + item.therapistName + QLatin1Char(')');
    if (item.status == AppointmentStatus::Cancelled || item.status == AppointmentStatus::NoShow)
        text = AppointmentStatuses::label(item.status) + QStringLiteral(": ") + text;
    return text;
}

QString IcsCalendar::statusKey(AppointmentStatus status)
{
    return QString::fromLatin1(icalproperty_status_to_string(icalStatus(status)));
}

QByteArray IcsCalendar::render(const QList<CalendarItem> &items, const IcsCalendarInfo &info)
{
    const ComponentPointer calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Stillpoint//Practice calendar//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (const QByteArray name = oneLine(info.name); !name.isEmpty()) {
        // NAME is the standard (RFC 7986); most calendar apps still read only X-WR-CALNAME,
        // whose commas libical leaves unescaped, as those apps expect.
        icalcomponent_add_property(calendar.get(), icalproperty_new_name(name.constData()));
        icalproperty *calendarName = icalproperty_new_x(name.constData());
        icalproperty_set_x_name(calendarName, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), calendarName);
    }
    for (const CalendarItem &item : items)
        icalcomponent_add_component(calendar.get(), event(item, info)); // the calendar owns it

    const std::unique_ptr<char, BufferDeleter> text(icalcomponent_as_ical_string_r(calendar.get()));
    return text ? QByteArray(text.get()) : QByteArray();
}

} // namespace stillpoint::core
