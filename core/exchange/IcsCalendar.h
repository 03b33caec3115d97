// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Appointment.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace stillpoint::core {

// What one exported calendar says about itself.
struct IcsCalendarInfo
{
    QString name; // X-WR-CALNAME, "Calm Hands – Theo"
    QString uidDomain; // the practice file's calendar identity, see IcsExport::calendarIdentity()
    QDateTime stampUtc; // DTSTAMP of every event: when the file was made
    bool withTherapist = false; // name the therapist in each title (a whole-practice calendar)
};

// Renders calendar items as an iCalendar (RFC 5545) text with libical: one VEVENT per
// appointment, with a UID stable across exports (the appointment's id and the file's identity,
// nothing personal), times in UTC, and only what a calendar may show: the client's first name,
// the type, the room (and the therapist). Never a description or notes: calendars sync to phones.
namespace IcsCalendar {
QByteArray render(const QList<CalendarItem> &items, const IcsCalendarInfo &info);
// "appointment-42@<domain>".
QString uid(qint64 appointmentId, const QString &uidDomain);
// "Ines – Treatment 60 min", "Cancelled: Ines – Treatment 60 min (Theo)".
QString summary(const CalendarItem &item, bool withTherapist);
// "TENTATIVE" while only booked, "CONFIRMED" once confirmed (and for what happened or was
// missed), "CANCELLED".
QString statusKey(AppointmentStatus status);
} // namespace IcsCalendar

} // namespace stillpoint::core
