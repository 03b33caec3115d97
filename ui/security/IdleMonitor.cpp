// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace stillpoint::ui {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleMonitor::IdleMonitor(const core::Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_timer(new QTimer(this))
{
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::check);
    resetActivity();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleMonitor::setTimeoutSeconds(qint64 seconds)
{
    m_timeoutSeconds = seconds;
    resetActivity();
    if (seconds > 0)
        m_timer->start();
    else
        m_timer->stop();
}

void IdleMonitor::setCheckInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void IdleMonitor::resetActivity()
{
    m_lastActivity = m_clock.nowUtc();
    m_reported = false;
}

bool IdleMonitor::check()
{
    if (m_timeoutSeconds <= 0)
        return false;
    const bool idleNow = m_lastActivity.secsTo(m_clock.nowUtc()) >= m_timeoutSeconds;
    if (idleNow && !m_reported) {
        m_reported = true;
        Q_EMIT idle();
    }
    return idleNow;
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    // Cheap on purpose: it sees every event of the application. Only the time is noted.
    if (isInput(event->type()))
        resetActivity();
    return QObject::eventFilter(watched, event);
}

} // namespace stillpoint::ui
