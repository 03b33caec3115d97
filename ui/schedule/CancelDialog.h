// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/AppointmentService.h"
#include "core/schedule/Recurrence.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace stillpoint::ui {

// Asks why an appointment is called off and by whom (the client, or the practice, which never
// counts against the client) and says beforehand whether core will count it as a late
// cancellation: by the client with less notice than the practice's setting. It only asks; the
// caller cancels with request(). For an occurrence of a recurring series it also asks which
// occurrences to cancel: this one only, this and the following ones, or all upcoming ones.
class CancelDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaximumReasonLength = 200;

    // `summary` names the appointment ("Ines · Tue 24 Nov 10:00 · Treatment 60 min").
    CancelDialog(const QString &summary, const QDateTime &startUtc, const QDateTime &nowUtc,
                 int lateCancellationHours, QWidget *parent = nullptr);
    ~CancelDialog() override;

    QLineEdit *reasonEdit() const { return m_reason; }
    QRadioButton *byClientButton() const { return m_byClient; }
    QRadioButton *byPracticeButton() const { return m_byPractice; }
    QLabel *lateLabel() const { return m_late; }
    QPushButton *okButton() const { return m_okButton; }

    // Shows the choice of which occurrences of the series to cancel (this one preselected).
    void askSeriesScope();
    bool asksSeriesScope() const { return m_thisOne != nullptr; }
    QRadioButton *scopeButton(core::SeriesScope scope) const;
    void setScope(core::SeriesScope scope);
    core::SeriesScope scope() const;

    core::CancelRequest request() const;
    // Whether core will mark it late, as the dialog stands.
    bool isLate() const;

private:
    void updateState();

    QDateTime m_start;
    QDateTime m_now;
    int m_hours;
    QLineEdit *m_reason;
    QRadioButton *m_byClient;
    QRadioButton *m_byPractice;
    QLabel *m_late;
    QPushButton *m_okButton = nullptr;
    QRadioButton *m_thisOne = nullptr;
    QRadioButton *m_following = nullptr;
    QRadioButton *m_all = nullptr;
};

} // namespace stillpoint::ui
