// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Appointment.h"

#include <QDialog>
#include <QTimeZone>

class QFormLayout;

namespace stillpoint::ui {

// One appointment as the desk reads it (AppointmentService::details, an audited read): client,
// time in the practice's zone, therapist, room, type, status with the check-in or cancellation,
// desk notes and who booked and last changed it. Nothing clinical; read-only.
class AppointmentDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    AppointmentDetailsDialog(const core::AppointmentDetails &details, const QTimeZone &zone,
                             QWidget *parent = nullptr);
    ~AppointmentDetailsDialog() override;

    // The value shown beside a row's label ("Client", "Status" …); empty when there is none.
    QString shownValue(const QString &label) const;

private:
    void addRow(const QString &label, const QString &value);

    QFormLayout *m_form;
};

} // namespace stillpoint::ui
