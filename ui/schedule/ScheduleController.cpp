// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/ScheduleController.h"

#include "ui/common/Prompter.h"
#include "ui/schedule/ScheduleCommands.h"
#include "ui/security/CurrentSession.h"

#include <QUndoStack>
#include <QWidget>

namespace stillpoint::ui {

AppointmentPlace AppointmentPlace::of(const core::CalendarItem &item)
{
    return { item.startUtc, int(item.startUtc.secsTo(item.endUtc) / 60), item.therapistId,
             item.roomId };
}

AppointmentPlace AppointmentPlace::of(const core::Appointment &appointment)
{
    return { appointment.startUtc, appointment.durationMinutes(), appointment.therapistId,
             appointment.roomId };
}

ScheduleController::ScheduleController(const ScheduleServices &services, QObject *parent)
    : QObject(parent), m_services(services), m_undoStack(new QUndoStack(this))
{
    m_undoStack->setObjectName(QStringLiteral("scheduleUndoStack"));
}

ScheduleController::~ScheduleController() = default;

void ScheduleController::clear()
{
    m_undoStack->clear();
    m_versions.clear();
}

QWidget *ScheduleController::promptParent(QWidget *parent) const
{
    return parent ? parent : m_promptParent.data();
}

void ScheduleController::remember(const core::Appointment &appointment)
{
    m_versions.insert(appointment.id, appointment.rowVersion);
}

int ScheduleController::versionOf(qint64 appointmentId) const
{
    return m_versions.value(appointmentId);
}

DragVerdict ScheduleController::verdict(const core::CalendarItem &item,
                                        const AppointmentPlace &place) const
{
    core::BookingRequest request;
    request.clientId = item.clientId;
    request.therapistId = place.therapistId;
    request.roomId = place.roomId;
    request.typeId = item.typeId;
    request.startUtc = place.startUtc;
    request.durationMinutes = place.minutes;
    const auto checked = m_services.appointments.check(m_services.session.session(), request,
                                                       item.appointmentId);
    if (!checked)
        return { DragVerdict::Kind::Conflict, checked.error().message };
    if (!checked->isFree())
        return { DragVerdict::Kind::Conflict, checked->conflicts.constFirst().message };
    QList<core::ScheduleWarning> warnings = checked->warnings;
    if (place.startUtc == item.startUtc) // resizing one that has begun is not booking the past
        warnings.removeIf([](const core::ScheduleWarning &warning) {
            return warning.kind == core::ScheduleWarning::Kind::InThePast;
        });
    if (!warnings.isEmpty())
        return { DragVerdict::Kind::Warning, warnings.constFirst().message };
    return { DragVerdict::Kind::Free, QString() };
}

bool ScheduleController::confirmWarnings(const QList<core::ScheduleWarning> &warnings,
                                         const QString &question, QWidget *parent)
{
    QStringList lines;
    for (const core::ScheduleWarning &warning : warnings)
        lines << warning.message;
    const auto choice = m_services.prompter.warning(
            promptParent(parent), tr("Please confirm"), lines.join(u'\n'),
            { Prompter::Choice::Yes, Prompter::Choice::No }, Prompter::Choice::No,
            Prompter::Choice::No, question);
    return choice == Prompter::Choice::Yes;
}

core::Result<std::optional<core::Appointment>>
ScheduleController::book(core::BookingRequest request, QWidget *parent)
{
    const core::Session &session = m_services.session.session();
    auto outcome = m_services.appointments.book(session, request);
    if (!outcome)
        return outcome.error();
    if (outcome->needsConfirmation()) {
        if (!confirmWarnings(outcome->warnings, tr("Book the appointment anyway?"), parent))
            return std::optional<core::Appointment>();
        request.acknowledgeWarnings = true;
        outcome = m_services.appointments.book(session, request);
        if (!outcome)
            return outcome.error();
    }
    const core::Appointment &booked = outcome->appointment;
    remember(booked);
    m_undoStack->push(new BookCommand(*this, booked, tr("Book appointment")));
    Q_EMIT changed(booked.id);
    return std::optional<core::Appointment>(booked);
}

bool ScheduleController::change(const core::CalendarItem &item, const AppointmentPlace &place,
                                QWidget *parent)
{
    const core::Session &session = m_services.session.session();
    const AppointmentPlace before = AppointmentPlace::of(item);
    const bool sameResources =
            place.therapistId == before.therapistId && place.roomId == before.roomId;
    const auto attempt = [&](bool acknowledge) {
        if (sameResources && place.minutes == before.minutes)
            return m_services.appointments.move(session, item.appointmentId, item.rowVersion,
                                                place.startUtc, acknowledge);
        if (sameResources && place.startUtc == before.startUtc)
            return m_services.appointments.resize(session, item.appointmentId, item.rowVersion,
                                                  place.startUtc.addSecs(place.minutes * 60LL),
                                                  acknowledge);
        core::AppointmentChange change;
        change.appointmentId = item.appointmentId;
        change.expectedRowVersion = item.rowVersion;
        change.startUtc = place.startUtc;
        change.durationMinutes = place.minutes;
        change.therapistId = place.therapistId;
        change.roomId = place.roomId;
        change.acknowledgeWarnings = acknowledge;
        return m_services.appointments.reschedule(session, change);
    };
    auto outcome = attempt(false);
    if (outcome && outcome->needsConfirmation()) {
        if (!confirmWarnings(outcome->warnings, tr("Make the change anyway?"), parent))
            return false;
        outcome = attempt(true);
    }
    if (!outcome) {
        m_services.prompter.warning(promptParent(parent), tr("Not changed"),
                                    outcome.error().message, { Prompter::Choice::Ok },
                                    Prompter::Choice::Ok, Prompter::Choice::Ok);
        return false;
    }
    remember(outcome->appointment);
    const QString text = place.minutes != before.minutes && place.startUtc == before.startUtc
            ? tr("Resize appointment")
            : tr("Move appointment");
    m_undoStack->push(new PlaceCommand(*this, item.appointmentId, before,
                                       AppointmentPlace::of(outcome->appointment), text));
    Q_EMIT changed(item.appointmentId);
    return true;
}

bool ScheduleController::setStatus(const core::CalendarItem &item, core::AppointmentStatus status,
                                   QWidget *parent)
{
    const auto changedTo = m_services.appointments.setStatus(
            m_services.session.session(), item.appointmentId, item.rowVersion, status);
    if (!changedTo) {
        m_services.prompter.warning(promptParent(parent), tr("Status not changed"),
                                    changedTo.error().message, { Prompter::Choice::Ok },
                                    Prompter::Choice::Ok, Prompter::Choice::Ok);
        return false;
    }
    remember(changedTo.value());
    m_undoStack->push(new StatusCommand(
            *this, item.appointmentId, item.status, status,
            tr("Mark %1").arg(core::AppointmentStatuses::label(status).toLower())));
    Q_EMIT changed(item.appointmentId);
    return true;
}

std::optional<core::CancellationOutcome>
ScheduleController::cancel(const core::CalendarItem &item, const core::CancelRequest &request,
                           QWidget *parent)
{
    const auto cancelled = m_services.appointments.cancel(
            m_services.session.session(), item.appointmentId, item.rowVersion, request);
    if (!cancelled) {
        m_services.prompter.warning(promptParent(parent), tr("Not cancelled"),
                                    cancelled.error().message, { Prompter::Choice::Ok },
                                    Prompter::Choice::Ok, Prompter::Choice::Ok);
        return std::nullopt;
    }
    remember(cancelled->appointment);
    m_undoStack->push(new StatusCommand(*this, item.appointmentId, item.status,
                                        core::AppointmentStatus::Cancelled,
                                        tr("Cancel appointment"), request));
    Q_EMIT changed(item.appointmentId);
    return cancelled.value();
}

core::Result<std::optional<core::SeriesOutcome>>
ScheduleController::bookSeries(const core::SeriesRequest &request, core::ConflictPolicy policy,
                               QWidget *parent)
{
    const core::Session &session = m_services.session.session();
    auto outcome = m_services.series.book(session, request, policy);
    if (!outcome)
        return outcome.error();
    if (outcome->needsConfirmation()) {
        QList<core::ScheduleWarning> warnings;
        for (const core::SeriesOccurrence &occurrence : outcome->needingConfirmation)
            warnings << occurrence.warnings;
        if (!confirmWarnings(warnings, tr("Book the series anyway?"), parent))
            return std::optional<core::SeriesOutcome>();
        outcome = m_services.series.book(session, request, policy, true);
        if (!outcome)
            return outcome.error();
    }
    for (const core::Appointment &written : outcome->written)
        remember(written);
    Q_EMIT changed(outcome->written.isEmpty() ? 0 : outcome->written.constFirst().id);
    return std::optional<core::SeriesOutcome>(outcome.value());
}

core::Result<std::optional<core::SeriesOutcome>>
ScheduleController::changeSeries(qint64 appointmentId, int rowVersion, core::SeriesScope scope,
                                 const core::SeriesChange &change, core::ConflictPolicy policy,
                                 QWidget *parent)
{
    const core::Session &session = m_services.session.session();
    auto outcome =
            m_services.series.change(session, appointmentId, rowVersion, scope, change, policy);
    if (!outcome)
        return outcome.error();
    if (outcome->needsConfirmation()) {
        QList<core::ScheduleWarning> warnings;
        for (const core::SeriesOccurrence &occurrence : outcome->needingConfirmation)
            warnings << occurrence.warnings;
        if (!confirmWarnings(warnings, tr("Make the change anyway?"), parent))
            return std::optional<core::SeriesOutcome>();
        outcome = m_services.series.change(session, appointmentId, rowVersion, scope, change,
                                           policy, true);
        if (!outcome)
            return outcome.error();
    }
    for (const core::Appointment &written : outcome->written)
        remember(written);
    Q_EMIT changed(appointmentId);
    return std::optional<core::SeriesOutcome>(outcome.value());
}

std::optional<core::SeriesCancellation>
ScheduleController::cancelSeries(qint64 appointmentId, int rowVersion, core::SeriesScope scope,
                                 const core::CancelRequest &request, QWidget *parent)
{
    const auto cancelled = m_services.series.cancel(m_services.session.session(), appointmentId,
                                                    rowVersion, scope, request);
    if (!cancelled) {
        m_services.prompter.warning(promptParent(parent), tr("Not cancelled"),
                                    cancelled.error().message, { Prompter::Choice::Ok },
                                    Prompter::Choice::Ok, Prompter::Choice::Ok);
        return std::nullopt;
    }
    for (const core::Appointment &appointment : cancelled->cancelled)
        remember(appointment);
    Q_EMIT changed(appointmentId);
    return cancelled.value();
}

core::Result<core::Appointment> ScheduleController::applyPlace(qint64 appointmentId,
                                                               const AppointmentPlace &place)
{
    core::AppointmentChange change;
    change.appointmentId = appointmentId;
    change.expectedRowVersion = versionOf(appointmentId);
    change.startUtc = place.startUtc;
    change.durationMinutes = place.minutes;
    change.therapistId = place.therapistId;
    change.roomId = place.roomId;
    change.acknowledgeWarnings = true;
    const auto outcome = m_services.appointments.reschedule(m_services.session.session(), change);
    if (!outcome)
        return outcome.error();
    remember(outcome->appointment);
    Q_EMIT changed(appointmentId);
    return outcome->appointment;
}

core::Result<core::Appointment> ScheduleController::applyStatus(qint64 appointmentId,
                                                                core::AppointmentStatus status)
{
    auto changedTo = m_services.appointments.setStatus(m_services.session.session(), appointmentId,
                                                       versionOf(appointmentId), status);
    if (!changedTo)
        return changedTo;
    remember(changedTo.value());
    Q_EMIT changed(appointmentId);
    return changedTo;
}

core::Result<core::Appointment> ScheduleController::applyCancel(qint64 appointmentId,
                                                                const core::CancelRequest &request)
{
    const auto cancelled = m_services.appointments.cancel(
            m_services.session.session(), appointmentId, versionOf(appointmentId), request);
    if (!cancelled)
        return cancelled.error();
    remember(cancelled->appointment);
    Q_EMIT changed(appointmentId);
    return cancelled->appointment;
}

void ScheduleController::report(const QString &title, const core::Error &error)
{
    m_services.prompter.warning(promptParent(nullptr), title, error.message,
                                { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                Prompter::Choice::Ok);
}

} // namespace stillpoint::ui
