// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Appointment.h"

#include <QDialog>
#include <QTimeZone>

class QDialogButtonBox;
class QFormLayout;
class QPushButton;

namespace stillpoint::ui {

// One appointment as the desk reads it (AppointmentService::details, an audited read): client,
// time in the practice's zone, therapist, room, type, status with the check-in or cancellation,
// desk notes and who booked and last changed it. Nothing clinical; read-only. For people who may
// change the schedule, an upcoming appointment also offers Change… and Cancel…, which the panel
// carries out (asking, for a series, which occurrences).
class AppointmentDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    AppointmentDetailsDialog(const core::AppointmentDetails &details, const QTimeZone &zone,
                             QWidget *parent = nullptr);
    ~AppointmentDetailsDialog() override;

    // Offers Change… and Cancel… (the caller checks the appointment is upcoming and the user
    // may change the schedule).
    void offerChanges();
    QPushButton *changeButton() const { return m_changeButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    qint64 appointmentId() const { return m_appointmentId; }

    // The value shown beside a row's label ("Client", "Status" …); empty when there is none.
    QString shownValue(const QString &label) const;

Q_SIGNALS:
    void changeRequested(qint64 appointmentId);
    void cancelRequested(qint64 appointmentId);

private:
    void addRow(const QString &label, const QString &value);

    QFormLayout *m_form;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_changeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    qint64 m_appointmentId = 0;
};

} // namespace stillpoint::ui
