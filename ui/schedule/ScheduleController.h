// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/AppointmentService.h"
#include "core/schedule/SeriesService.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/ScheduleServices.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QUndoStack;

namespace stillpoint::ui {

// Where an appointment is: what a move or resize changes, and what undoing it brings back.
struct AppointmentPlace
{
    QDateTime startUtc;
    int minutes = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;

    static AppointmentPlace of(const core::CalendarItem &item);
    static AppointmentPlace of(const core::Appointment &appointment);
    friend bool operator==(const AppointmentPlace &, const AppointmentPlace &) = default;
};

// Every change the schedule screens make, in one place: booking, moving and resizing, status
// changes and cancelling, each through core for the signed-in person. Warnings (outside working
// hours, time off, in the past) are asked about through the Prompter and the change is then made
// with acknowledgeWarnings; refusals (a conflict naming the other appointment, someone else's
// change) are shown as core words them. Each change goes on the undo stack: undoing a booking
// cancels it with the reason "Undone", undoing a move moves it back, undoing a status change
// restores the status. Undo and redo use the row version of the controller's own last change,
// so that someone else's change in between is reported, never overwritten.
class ScheduleController final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto UndoneReason = "Undone";

    explicit ScheduleController(const ScheduleServices &services, QObject *parent = nullptr);
    ~ScheduleController() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    // The window prompts are shown over (undo and redo come from the menu).
    void setPromptParent(QWidget *parent) { m_promptParent = parent; }
    // Forgets the undo history: another person signed in.
    void clear();

    // Whether an appointment could go to a new place, without writing: for feedback while
    // dragging.
    DragVerdict verdict(const core::CalendarItem &item, const AppointmentPlace &place) const;

    // Books, asking about warnings. The appointment when booked, nothing when the user declined
    // the warnings, an error when core refused (for the booking dialog to show).
    core::Result<std::optional<core::Appointment>> book(core::BookingRequest request,
                                                        QWidget *parent);
    // Moves or resizes; a refusal is shown. True when saved.
    bool change(const core::CalendarItem &item, const AppointmentPlace &place, QWidget *parent);
    // Check-in, completed, no-show and the like; a refusal is shown. True when saved.
    bool setStatus(const core::CalendarItem &item, core::AppointmentStatus status, QWidget *parent);
    // Cancels; a refusal is shown. The outcome (with the waitlist's matches) when cancelled.
    std::optional<core::CancellationOutcome>
    cancel(const core::CalendarItem &item, const core::CancelRequest &request, QWidget *parent);

    // Recurring series. These are not on the undo stack: undoing part of a series would mean
    // joining a split series back together, which core does not offer; the desk cancels or
    // changes the series again instead.
    // Books a series, all of it or only the free occurrences (`policy`), asking about warnings.
    // The outcome when booked, nothing when the user declined the warnings, an error when core
    // refused (for the dialog to show).
    core::Result<std::optional<core::SeriesOutcome>>
    bookSeries(const core::SeriesRequest &request, core::ConflictPolicy policy, QWidget *parent);
    // Changes the occurrences `scope` reaches from one appointment, asking about warnings. As
    // bookSeries() for what it returns.
    core::Result<std::optional<core::SeriesOutcome>>
    changeSeries(qint64 appointmentId, int rowVersion, core::SeriesScope scope,
                 const core::SeriesChange &change, core::ConflictPolicy policy, QWidget *parent);
    // Cancels the upcoming occurrences `scope` reaches; a refusal is shown. The cancelled ones
    // with the waitlist's matches when cancelled.
    std::optional<core::SeriesCancellation> cancelSeries(qint64 appointmentId, int rowVersion,
                                                         core::SeriesScope scope,
                                                         const core::CancelRequest &request,
                                                         QWidget *parent);

    // For the undo commands: each acknowledges warnings (the desk chose the time before) and
    // expects the row version of the controller's last change of the appointment.
    core::Result<core::Appointment> applyPlace(qint64 appointmentId, const AppointmentPlace &place);
    core::Result<core::Appointment> applyStatus(qint64 appointmentId,
                                                core::AppointmentStatus status);
    core::Result<core::Appointment> applyCancel(qint64 appointmentId,
                                                const core::CancelRequest &request);
    // Shows why an undo or redo could not be done.
    void report(const QString &title, const core::Error &error);

Q_SIGNALS:
    // An appointment was booked or changed (the calendar and the today list read again).
    void changed(qint64 appointmentId);
    void statusMessage(const QString &message);

private:
    bool confirmWarnings(const QList<core::ScheduleWarning> &warnings, const QString &question,
                         QWidget *parent);
    void remember(const core::Appointment &appointment);
    int versionOf(qint64 appointmentId) const;
    QWidget *promptParent(QWidget *parent) const;

    ScheduleServices m_services;
    QUndoStack *m_undoStack;
    QPointer<QWidget> m_promptParent;
    QHash<qint64, int> m_versions; // appointment id → row version after our last change
};

} // namespace stillpoint::ui
