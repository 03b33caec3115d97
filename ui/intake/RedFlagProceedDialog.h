// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeService.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace stillpoint::ui {

class CurrentSession;

// Records why treatment may go ahead despite red flags ("cleared by Dr X on 3 May"): it lists the
// flags, takes the therapist's reason (5 to 500 characters; OK stays disabled until there is
// one) and stores it through core::IntakeService::recordReasonToProceed(), which clears the
// blocking alert. A refusal is shown in the dialog, which then stays open.
class RedFlagProceedDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumReasonLength = 5;
    static constexpr int MaximumReasonLength = 500;

    // `intakeDate` is the date of the intake that reported the flags (shown only).
    RedFlagProceedDialog(core::IntakeService &intakes, const CurrentSession &session,
                         const core::RedFlagAlert &alert, const QDate &intakeDate,
                         QWidget *parent = nullptr);
    ~RedFlagProceedDialog() override;

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_okButton; }
    // The alert as stored once the reason was recorded.
    const core::RedFlagAlert &alert() const { return m_alert; }

    void accept() override;

private:
    void updateOk();

    core::IntakeService &m_intakes;
    const CurrentSession &m_session;
    core::RedFlagAlert m_alert;
    QPlainTextEdit *m_reason;
    QLabel *m_counter;
    QLabel *m_problem;
    QPushButton *m_okButton = nullptr;
};

} // namespace stillpoint::ui
