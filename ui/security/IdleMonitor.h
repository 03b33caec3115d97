// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace stillpoint::ui {

// Notices when nobody has used the keyboard, mouse or touch screen for a while. It filters every
// event of the application (installed on qApp while it lives), remembers when the last input
// arrived by the injected clock, and checks on a timer; idle() is sent once per idle stretch.
class IdleMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit IdleMonitor(const core::Clock &clock, QObject *parent = nullptr);
    ~IdleMonitor() override;

    // How long without input counts as idle; zero or less turns the monitor off.
    void setTimeoutSeconds(qint64 seconds);
    qint64 timeoutSeconds() const { return m_timeoutSeconds; }
    // How often the clock is looked at (tests shorten it).
    void setCheckInterval(int milliseconds);

    // Input arrived now (also called by the event filter); starts a new stretch.
    void resetActivity();
    // Sends idle() when the timeout has passed since the last input; true when idle.
    bool check();

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void idle();

private:
    const core::Clock &m_clock;
    QTimer *m_timer;
    QDateTime m_lastActivity;
    qint64 m_timeoutSeconds = 0;
    bool m_reported = false;
};

} // namespace stillpoint::ui
