// SPDX-License-Identifier: GPL-3.0-or-later
// SchedulePanel's dialogs: booking (one or a series), changing and cancelling (for a series with
// the choice of which occurrences, and the waitlist after a cancellation), details, the waitlist
// window, the day sheet. Kept apart from the panel's layout and navigation.
#include "ui/schedule/SchedulePanel.h"

#include "core/schedule/AppointmentService.h"
#include "core/schedule/WaitlistService.h"
#include "core/security/PracticeSettings.h"
#include "ui/common/Prompter.h"
#include "ui/schedule/AppointmentDetailsDialog.h"
#include "ui/schedule/BookingDialog.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/CancelDialog.h"
#include "ui/schedule/ChangeDialog.h"
#include "ui/schedule/ScheduleController.h"
#include "ui/schedule/WaitlistDialog.h"
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
        if (const auto &series = dialog->bookedSeries(); series && series->written.isEmpty())
            return; // nothing was free
        const QDate date = m_source.localDate(booked.startUtc);
        if (date < m_options.firstDate()
            || date >= m_options.firstDate().addDays(m_options.dayCount()))
            showDate(date);
        m_view->selectAppointment(booked.id);
        m_view->setFocus(Qt::OtherFocusReason);
        if (const auto &series = dialog->bookedSeries())
            Q_EMIT statusMessage(
                    series->skipped.isEmpty()
                            ? tr("Booked a series of %1 from %2 at %3.")
                                      .arg(series->written.size())
                                      .arg(QLocale().toString(date, QStringLiteral("ddd d MMM")),
                                           booked.localTime.toString(QStringLiteral("HH:mm")))
                            : tr("Booked %1 of the series from %2 at %3; %4 left out because "
                                 "they collide.")
                                      .arg(series->written.size())
                                      .arg(QLocale().toString(date, QStringLiteral("ddd d MMM")),
                                           booked.localTime.toString(QStringLiteral("HH:mm")))
                                      .arg(series->skipped.size()));
        else
            Q_EMIT statusMessage(tr("Booked for %1 at %2.")
                                         .arg(QLocale().toString(date, QStringLiteral("ddd d MMM")),
                                              booked.localTime.toString(QStringLiteral("HH:mm"))));
    });
    track(dialog);
    m_booking = dialog;
    dialog->open();
    return dialog;
}

namespace {

// What the schedule shows of an appointment read in full (one that is not on screen).
core::CalendarItem itemOf(const core::AppointmentDetails &details)
{
    const core::Appointment &a = details.appointment;
    core::CalendarItem item;
    item.appointmentId = a.id;
    item.therapistId = a.therapistId;
    item.roomId = a.roomId;
    item.typeId = a.typeId;
    item.clientId = a.clientId;
    item.seriesId = a.seriesId;
    item.startUtc = a.startUtc;
    item.endUtc = a.endUtc;
    item.bufferEndUtc = a.bufferEndUtc;
    item.status = a.status;
    item.lateCancellation = a.lateCancellation;
    item.clientFirstName = details.clientFirstName;
    item.typeName = details.typeName;
    item.roomName = details.roomName;
    item.therapistName = details.therapistName;
    item.colour = details.colour;
    item.rowVersion = a.rowVersion;
    return item;
}

} // namespace

CancelDialog *SchedulePanel::cancelAppointment(qint64 appointmentId)
{
    if (!m_available)
        return nullptr;
    core::CalendarItem item;
    if (const core::CalendarItem *shown = shownItem(appointmentId)) {
        item = *shown;
    } else {
        const auto details =
                m_services.appointments.details(m_services.session.session(), appointmentId);
        if (!details)
            return nullptr;
        item = itemOf(details.value());
    }
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
    if (item.seriesId)
        dialog->askSeriesScope();
    connect(dialog, &QDialog::accepted, this, [this, dialog, item] {
        if (dialog->scope() == core::SeriesScope::ThisOne) {
            cancelItem(item, dialog->request()); // one appointment, with undo
            return;
        }
        const auto outcome = m_controller->cancelSeries(item.appointmentId, item.rowVersion,
                                                        dialog->scope(), dialog->request(), this);
        if (!outcome)
            return;
        Q_EMIT statusMessage(tr("Cancelled %n appointment(s) of the series for %1.", nullptr,
                                int(outcome->cancelled.size()))
                                     .arg(item.clientFirstName));
        showWaitlist(outcome->waitlistMatches);
    });
    track(dialog);
    dialog->open();
    return dialog;
}

void SchedulePanel::cancelItem(const core::CalendarItem &item, const core::CancelRequest &request)
{
    const auto outcome = m_controller->cancel(item, request, this);
    if (!outcome)
        return;
    Q_EMIT statusMessage(outcome->appointment.lateCancellation
                                 ? tr("Cancelled (late) for %1.").arg(item.clientFirstName)
                                 : tr("Cancelled for %1.").arg(item.clientFirstName));
    showWaitlist(outcome->waitlistMatches);
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
    if (m_services.session.allows(core::Operation::ScheduleWrite)
        && core::AppointmentStatuses::isUpcoming(details->appointment.status)) {
        dialog->offerChanges();
        connect(dialog, &AppointmentDetailsDialog::changeRequested, this,
                &SchedulePanel::changeAppointment);
        connect(dialog, &AppointmentDetailsDialog::cancelRequested, this,
                &SchedulePanel::cancelAppointment);
    }
    track(dialog);
    dialog->open();
    return dialog;
}

ChangeDialog *SchedulePanel::changeAppointment(qint64 appointmentId)
{
    if (!m_available || !m_services.session.allows(core::Operation::ScheduleWrite))
        return nullptr;
    const auto details =
            m_services.appointments.details(m_services.session.session(), appointmentId);
    if (!details) {
        m_services.prompter.warning(this, tr("Appointment not shown"), details.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return nullptr;
    }
    if (m_resourcesStale)
        reloadResources();
    auto *dialog = new ChangeDialog(*m_controller, m_source, details.value(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, appointmentId] {
        Q_EMIT statusMessage(tr("Changed %n appointment(s).", nullptr, dialog->changedCount()));
        if (const auto now =
                    m_services.appointments.details(m_services.session.session(), appointmentId))
            showDate(now->appointment.localDate);
        m_view->selectAppointment(appointmentId);
    });
    track(dialog);
    dialog->open();
    return dialog;
}

WaitlistDialog *SchedulePanel::showWaitlistWindow()
{
    if (!m_available)
        return nullptr;
    if (m_resourcesStale)
        reloadResources();
    if (m_waitlist) {
        m_waitlist->reload();
        m_waitlist->show();
        m_waitlist->raise();
        m_waitlist->activateWindow();
        return m_waitlist;
    }
    auto *dialog = new WaitlistDialog(m_source, this);
    connect(dialog, &WaitlistDialog::statusMessage, this, &SchedulePanel::statusMessage);
    connect(dialog, &WaitlistDialog::bookRequested, this, &SchedulePanel::bookFromWaitlist);
    track(dialog);
    m_waitlist = dialog;
    dialog->show(); // not modal: the desk looks at the calendar beside it
    return dialog;
}

BookingDialog *SchedulePanel::bookFromWaitlist(const core::WaitlistItem &item)
{
    // Start on the first day from today the client can come, at the start of the earliest part
    // of the day they asked for; the desk adjusts it in the dialog.
    QDate date = m_source.today();
    for (int day = 0; day < 7 && !item.entry.wantsWeekday(date.dayOfWeek()); ++day)
        date = date.addDays(1);
    int minute = 9 * 60;
    if (!item.entry.wantsPartOfDay(core::PartOfDay::Morning))
        minute = item.entry.wantsPartOfDay(core::PartOfDay::Afternoon) ? 13 * 60 : 17 * 60;
    BookingDraft draft{
        date, minute, item.typeMinutes, item.entry.therapistId, 0, item.entry.clientId
    };
    draft.typeId = item.entry.typeId;
    BookingDialog *dialog = book(draft);
    if (!dialog)
        return nullptr;
    const core::WaitlistEntry entry = item.entry;
    const QString name = item.clientName;
    connect(dialog, &QDialog::accepted, this, [this, entry, name] {
        const auto booked = m_services.waitlist.markBooked(m_services.session.session(), entry.id,
                                                           entry.rowVersion);
        if (!booked)
            m_services.prompter.warning(this, tr("Waitlist not updated"), booked.error().message,
                                        { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                        Prompter::Choice::Ok);
        else
            Q_EMIT statusMessage(tr("Booked %1; their waitlist entry is closed.").arg(name));
        if (m_waitlist)
            m_waitlist->reload();
    });
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
