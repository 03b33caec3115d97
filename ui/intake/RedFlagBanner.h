// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeService.h"

#include <QDate>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QPushButton;

namespace stillpoint::ui {

// The red-flag state of a client at the top of the intake panel. While an alert blocks treatment:
// a red banner naming the flags and the intake that reported them, with buttons for the actions
// given (record a reason to proceed, referral letter). Once cleared: a calm note of who cleared
// it, when and why. The reason is the therapist's text and is shown as plain text.
class RedFlagBanner final : public QWidget
{
    Q_OBJECT

public:
    RedFlagBanner(QAction *proceedAction, QAction *referralAction, QWidget *parent = nullptr);

    void showBlocking(const core::RedFlagAlert &alert, const QDate &intakeDate);
    void showCleared(const core::RedFlagAlert &alert, const QDate &intakeDate);
    void clear();

    QFrame *blockingFrame() const { return m_blocking; }
    QLabel *alertLabel() const { return m_alertLabel; }
    QLabel *clearedLabel() const { return m_clearedLabel; }

    // "Sudden onset (thunderclap), After a head or neck injury".
    static QString flagLabels(const QStringList &keys);

private:
    QFrame *m_blocking;
    QLabel *m_alertLabel;
    QLabel *m_clearedLabel;
};

// A push button that mirrors an action: its work, text, whether it may be used, its tooltip
// with the shortcut.
QPushButton *buttonForAction(QAction *action, const char *objectName, QWidget *parent);

} // namespace stillpoint::ui
