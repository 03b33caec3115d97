// SPDX-License-Identifier: GPL-3.0-or-later
// SchedulePanel's dialogs: booking, cancelling (and the waitlist after it), details, the day
// sheet. Kept apart from the panel's layout and navigation.
#include "ui/schedule/SchedulePanel.h"

#include "core/schedule/AppointmentService.h"
#include "core/security/PracticeSettings.h"
#include "ui/common/Prompter.h"
#include "ui/schedule/AppointmentDetailsDialog.h"
#include "ui/schedule/BookingDialog.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/CancelDialog.h"
#include "ui/schedule/ScheduleController.h"
#include "ui/security/CurrentSession.h"

#include <QLocale>

namespace stillpoint::ui {

BookingDialog *SchedulePanel::book(const BookingDraft &draft)
{
    if (!m_available || !m_services.session.allows(core::Operation::ScheduleWrite))
        return nullptr;
    if (m_resourcesStale)
        reloadResources();
    if (m_source.therapists().isEmpty() || m_source.rooms().isEmpty()
        || m_source.types().isEmpty()) {
        m_services.prompter.information(this, tr("Nothing to book yet"),
                                        tr("The practice has no therapists, rooms or appointment "
                                           "types yet. The owner sets them up first."));
        return nullptr;
    }
    QList<core::CalendarItem> dayItems;
    if (draft.date >= m_options.firstDate()
        && draft.date < m_options.firstDate().addDays(m_options.dayCount())) {
        dayItems = m_dayItems;
    } else if (const auto items = m_source.items(draft.date, 1)) {
        dayItems = items.value();
    }
    auto *dialog = new BookingDialog(*m_controller, m_source, draft, dayItems, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::Appointment &booked = dialog->booked();
        const QDate date = m_source.localDate(booked.startUtc);
        if (date < m_options.firstDate()
            || date >= m_options.firstDate().addDays(m_options.dayCount()))
            showDate(date);
        m_view->selectAppointment(booked.id);
        m_view->setFocus(Qt::OtherFocusReason);
        Q_EMIT statusMessage(tr("Booked for %1 at %2.")
                                     .arg(QLocale().toString(date, QStringLiteral("ddd d MMM")),
                                          booked.localTime.toString(QStringLiteral("HH:mm"))));
    });
    track(dialog);
    m_booking = dialog;
    dialog->open();
    return dialog;
}

CancelDialog *SchedulePanel::cancelAppointment(qint64 appointmentId)
{
    const core::CalendarItem *shown = shownItem(appointmentId);
    if (!m_available || !shown)
        return nullptr;
    const core::CalendarItem item = *shown;
    const auto hours = m_services.settings.lateCancellationHours();
    const QDateTime start = item.startUtc.toTimeZone(m_source.zone());
    const QString summary =
            tr("%1 · %2 · %3 with %4 in %5")
                    .arg(item.clientFirstName,
                         QLocale().toString(start, QStringLiteral("ddd d MMM HH:mm")),
                         item.typeName, item.therapistName, item.roomName);
    auto *dialog = new CancelDialog(
            summary, item.startUtc, m_source.nowUtc(),
            hours ? hours.value() : core::PracticeSettings::DefaultLateCancellationHours, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, item] {
        const auto outcome = m_controller->cancel(item, dialog->request(), this);
        if (!outcome)
            return;
        Q_EMIT statusMessage(outcome->appointment.lateCancellation
                                     ? tr("Cancelled (late) for %1.").arg(item.clientFirstName)
                                     : tr("Cancelled for %1.").arg(item.clientFirstName));
        showWaitlist(outcome->waitlistMatches);
    });
    track(dialog);
    dialog->open();
    return dialog;
}

void SchedulePanel::showWaitlist(const QList<core::WaitlistMatch> &matches)
{
    if (matches.isEmpty()) {
        Q_EMIT statusMessage(tr("Cancelled. Nobody on the waitlist fits the time it freed."));
        return;
    }
    QStringList lines;
    for (const core::WaitlistMatch &match : matches) {
        const QDateTime start = match.suggestedStartUtc.toTimeZone(m_source.zone());
        lines << tr("• %1: %2 on %3 at %4 with %5 (waiting since %6)")
                         .arg(match.item.clientName, match.item.typeName,
                              QLocale().toString(start.date(), QStringLiteral("ddd d MMM")),
                              start.toString(QStringLiteral("HH:mm")),
                              m_source.therapistName(match.therapistId),
                              QLocale().toString(match.item.entry.addedOn,
                                                 QStringLiteral("d MMM yyyy")));
    }
    m_services.prompter.information(
            this, tr("Waitlist"),
            tr("These clients on the waitlist could take the time that was freed:\n\n%1")
                    .arg(lines.join(u'\n')));
}

AppointmentDetailsDialog *SchedulePanel::showDetails(qint64 appointmentId)
{
    if (!m_available || appointmentId <= 0)
        return nullptr;
    const auto details =
            m_services.appointments.details(m_services.session.session(), appointmentId);
    if (!details) {
        m_services.prompter.warning(this, tr("Appointment not shown"), details.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return nullptr;
    }
    auto *dialog = new AppointmentDetailsDialog(details.value(), m_source.zone(), this);
    track(dialog);
    dialog->open();
    return dialog;
}

bool SchedulePanel::printDaySheet()
{
    return m_available && m_daySheet.print(this, m_options.date);
}

bool SchedulePanel::saveDaySheetAsPdf(QString *savedPath)
{
    return m_available && m_daySheet.saveAsPdf(this, m_options.date, savedPath);
}

} // namespace stillpoint::ui
