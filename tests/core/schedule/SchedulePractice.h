// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/ClientService.h"
#include "core/common/Clock.h"
#include "core/schedule/AppointmentService.h"
#include "core/schedule/ScheduleSetupService.h"
#include "core/schedule/SeriesService.h"
#include "core/schedule/WaitlistService.h"
#include "tests/support/TestDatabase.h"

#include <QTimeZone>

namespace stillpoint::test {

// A small practice for schedule tests, in its own temporary file: an owner, a therapist and a
// front-desk account; therapists Theo (weekdays 09:00–17:00) and Olivia (weekdays 09:00–13:00
// and 14:00–18:00); Room 1 and Room 2; the types "Treatment 60 min" (15 minutes' buffer),
// "Follow-up 30 min" (none) and "Initial migraine assessment 90 min" (15); clients Ines, Jamal
// and Kai. The clock stands at 07:00 on Monday 2 March 2026 in the practice's zone.
class SchedulePractice
{
public:
    explicit SchedulePractice(const QString &zoneId = QStringLiteral("Europe/London"));

    // A wall-clock time in the practice's zone, as UTC.
    QDateTime at(const QDate &date, const QTime &time) const;
    core::BookingRequest request(qint64 clientId, const core::Therapist &therapist,
                                 const core::Room &room, const core::AppointmentType &type,
                                 const QDateTime &startUtc) const;
    // Books and requires success.
    core::Appointment book(qint64 clientId, const core::Therapist &therapist,
                           const core::Room &room, const core::AppointmentType &type,
                           const QDateTime &startUtc);
    qint64 addClient(const QString &given, const QString &family,
                     const QString &preferred = QString());
    // The number of audit rows with this operation and outcome.
    int auditRows(const QString &operation, bool denied = false);

    TestDatabase t;
    QTimeZone zone;
    core::FixedClock clock;
    core::Session owner;
    core::Session therapist;
    core::Session desk;
    core::ClientService clients;
    core::ScheduleSetupService setup;
    core::AppointmentService appointments;
    core::SeriesService series;
    core::WaitlistService waitlist;
    core::Therapist theo;
    core::Therapist olivia;
    core::Room room1;
    core::Room room2;
    core::AppointmentType treatment60;
    core::AppointmentType followUp30;
    core::AppointmentType assessment90;
    qint64 ines = 0;
    qint64 jamal = 0;
    qint64 kai = 0;

    static const QDate monday; // 2 March 2026
};

} // namespace stillpoint::test
