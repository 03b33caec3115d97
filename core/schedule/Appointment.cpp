// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schedule/Appointment.h"

namespace stillpoint::core {

QList<AppointmentStatus> AppointmentStatuses::all()
{
    return {
        AppointmentStatus::Booked,    AppointmentStatus::Confirmed, AppointmentStatus::Arrived,
        AppointmentStatus::Completed, AppointmentStatus::Cancelled, AppointmentStatus::NoShow
    };
}

QString AppointmentStatuses::key(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("booked");
    case AppointmentStatus::Confirmed:
        return QStringLiteral("confirmed");
    case AppointmentStatus::Arrived:
        return QStringLiteral("arrived");
    case AppointmentStatus::Completed:
        return QStringLiteral("completed");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    case AppointmentStatus::NoShow:
        return QStringLiteral("no-show");
    }
    return {};
}

std::optional<AppointmentStatus> AppointmentStatuses::fromKey(const QString &text)
{
    for (AppointmentStatus status : all()) {
        if (key(status) == text)
            return status;
    }
    return std::nullopt;
}

QString AppointmentStatuses::label(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("Booked");
    case AppointmentStatus::Confirmed:
        return QStringLiteral("Confirmed");
    case AppointmentStatus::Arrived:
        return QStringLiteral("Checked in");
    case AppointmentStatus::Completed:
        return QStringLiteral("Completed");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("Cancelled");
    case AppointmentStatus::NoShow:
        return QStringLiteral("No-show");
    }
    return {};
}

bool AppointmentStatuses::blocksTime(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::NoShow;
}

bool AppointmentStatuses::isUpcoming(AppointmentStatus status)
{
    return status == AppointmentStatus::Booked || status == AppointmentStatus::Confirmed;
}

bool AppointmentStatuses::canChange(AppointmentStatus from, AppointmentStatus to)
{
    using S = AppointmentStatus;
    switch (to) {
    case S::Booked: // undo: a confirmation, a check-in, a no-show or a cancellation
        return from == S::Confirmed || from == S::Arrived || from == S::NoShow
                || from == S::Cancelled;
    case S::Confirmed:
        return from == S::Booked;
    case S::Arrived:
        return from == S::Booked || from == S::Confirmed || from == S::Completed;
    case S::Completed:
        return from == S::Arrived || from == S::Booked || from == S::Confirmed;
    case S::NoShow:
        return from == S::Booked || from == S::Confirmed || from == S::Arrived;
    case S::Cancelled:
        return false; // AppointmentService::cancel, with a reason
    }
    return false;
}

} // namespace stillpoint::core
