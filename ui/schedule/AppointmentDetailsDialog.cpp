// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/AppointmentDetailsDialog.h"

#include "ui/common/Styles.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

QString moment(const QDateTime &utc, const QTimeZone &zone)
{
    return QLocale().toString(utc.toTimeZone(zone), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

} // namespace

AppointmentDetailsDialog::AppointmentDetailsDialog(const core::AppointmentDetails &details,
                                                   const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("appointmentDetailsDialog"));
    setWindowTitle(tr("Appointment"));
    const core::Appointment &appointment = details.appointment;
    const QDateTime start = appointment.startUtc.toTimeZone(zone);
    const QDateTime end = appointment.endUtc.toTimeZone(zone);

    addRow(tr("Client"), details.clientName);
    addRow(tr("When"),
           tr("%1, %2–%3 (%4 min)")
                   .arg(QLocale().toString(start.date(), QStringLiteral("dddd d MMMM yyyy")),
                        start.toString(QStringLiteral("HH:mm")),
                        end.toString(QStringLiteral("HH:mm")))
                   .arg(appointment.durationMinutes()));
    if (appointment.bufferMinutes() > 0)
        addRow(tr("Room turnover"), tr("%1 min after").arg(appointment.bufferMinutes()));
    addRow(tr("Type"), details.typeName);
    addRow(tr("Therapist"), details.therapistName);
    addRow(tr("Room"), details.roomName);
    QString status = core::AppointmentStatuses::label(appointment.status);
    if (appointment.status == core::AppointmentStatus::Arrived
        && appointment.arrivedAtUtc.isValid())
        status = tr("%1 at %2")
                         .arg(status,
                              appointment.arrivedAtUtc.toTimeZone(zone).toString(
                                      QStringLiteral("HH:mm")));
    addRow(tr("Status"), status);
    if (appointment.status == core::AppointmentStatus::Cancelled) {
        addRow(tr("Cancelled"),
               tr("%1 by the %2%3")
                       .arg(moment(appointment.cancelledAtUtc, zone),
                            appointment.cancelledBy == core::CancelledBy::Client ? tr("client")
                                                                                 : tr("practice"),
                            appointment.lateCancellation ? tr(", late") : QString()));
        addRow(tr("Reason"), appointment.cancelReason);
    }
    m_appointmentId = appointment.id;
    if (appointment.seriesId)
        addRow(tr("Series"),
               tr("Appointment %1 of a recurring series").arg(appointment.occurrenceIndex));
    addRow(tr("Desk notes"), appointment.deskNotes.isEmpty() ? tr("None") : appointment.deskNotes);
    addRow(tr("Booked"),
           tr("%1 by %2").arg(moment(appointment.createdAtUtc, zone), appointment.createdBy));
    if (appointment.changedAtUtc.isValid() && appointment.changedAtUtc != appointment.createdAtUtc)
        addRow(tr("Last changed"),
               tr("%1 by %2").arg(moment(appointment.changedAtUtc, zone), appointment.changedBy));

    auto *buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->addWidget(Styles::titleLabel(tr("Appointment"), this));
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

AppointmentDetailsDialog::~AppointmentDetailsDialog() = default;

void AppointmentDetailsDialog::offerChanges()
{
    if (m_changeButton)
        return;
    m_changeButton = m_buttons->addButton(tr("C&hange…"), QDialogButtonBox::ActionRole);
    m_changeButton->setObjectName(QStringLiteral("detailsChangeButton"));
    m_changeButton->setToolTip(tr("Another day, time or length"));
    m_cancelButton = m_buttons->addButton(tr("Ca&ncel Appointment…"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("detailsCancelButton"));
    // The details close first: the next dialog shows what changes, and these would be stale.
    connect(m_changeButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_appointmentId;
        close();
        Q_EMIT changeRequested(id);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_appointmentId;
        close();
        Q_EMIT cancelRequested(id);
    });
}

void AppointmentDetailsDialog::addRow(const QString &label, const QString &value)
{
    auto *shown = new QLabel(value, this);
    shown->setTextFormat(Qt::PlainText);
    shown->setWordWrap(true);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    shown->setAccessibleName(label);
    m_form->addRow(label, shown);
}

QString AppointmentDetailsDialog::shownValue(const QString &label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *name = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && value && name->text() == label)
            return value->text();
    }
    return {};
}

} // namespace stillpoint::ui
