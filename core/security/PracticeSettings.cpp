// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/PracticeSettings.h"

#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/UserRepository.h"
#include "core/storage/Transaction.h"

namespace stillpoint::core {

namespace {

const QString nameKey = QStringLiteral("practice.name");
const QString timeZoneKey = QStringLiteral("practice.timeZone");
const QString idleLockKey = QStringLiteral("security.idleLockMinutes");
const QString lateCancellationKey = QStringLiteral("schedule.lateCancellationHours");
const QString legendKey = QStringLiteral("notes.bodyChartLegend");

constexpr int MinIdleMinutes = 1;
constexpr int MaxIdleMinutes = 240;
constexpr int MaxLateCancellationHours = 7 * 24;

} // namespace

PracticeSettings::PracticeSettings(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<QString> PracticeSettings::practiceName() const
{
    return UserRepository(m_database).setting(nameKey);
}

Result<QString> PracticeSettings::timeZoneId() const
{
    auto zone = UserRepository(m_database).setting(timeZoneKey);
    if (zone && zone->isEmpty())
        return QStringLiteral("UTC");
    return zone;
}

Result<int> PracticeSettings::idleLockMinutes() const
{
    auto stored = UserRepository(m_database).setting(idleLockKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int minutes = stored->toInt(&ok);
    if (!ok || minutes < MinIdleMinutes || minutes > MaxIdleMinutes)
        return DefaultIdleLockMinutes;
    return minutes;
}

Result<int> PracticeSettings::lateCancellationHours() const
{
    auto stored = UserRepository(m_database).setting(lateCancellationKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int hours = stored->toInt(&ok);
    if (!ok || hours < 0 || hours > MaxLateCancellationHours)
        return DefaultLateCancellationHours;
    return hours;
}

namespace {

Status changeSetting(Database &database, const Clock &clock, const Session &session,
                     const QString &key, const QString &value)
{
    if (Status allowed = AccessControl(database, clock).require(session, Operation::SettingsChange);
        !allowed)
        return allowed;
    Transaction transaction(database);
    if (!transaction.status())
        return transaction.status();
    if (Status status = UserRepository(database).setSetting(key, value); !status)
        return status;
    AuditEvent changed;
    changed.operation = Operations::key(Operation::SettingsChange);
    changed.userId = session.userId;
    changed.username = session.username;
    changed.recordType = QStringLiteral("setting");
    changed.detail = key;
    if (Status status = AuditTrail(database, clock).record(transaction, changed); !status)
        return status;
    return transaction.commit();
}

} // namespace

Status PracticeSettings::setIdleLockMinutes(const Session &session, int minutes)
{
    if (minutes < MinIdleMinutes || minutes > MaxIdleMinutes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Lock after %1 minutes is not allowed: choose from %2 to "
                                        "%3 minutes.")
                                 .arg(minutes)
                                 .arg(MinIdleMinutes)
                                 .arg(MaxIdleMinutes),
                         QStringLiteral("idleLockMinutes"));
    return changeSetting(m_database, m_clock, session, idleLockKey, QString::number(minutes));
}

Status PracticeSettings::setPracticeName(const Session &session, const QString &name)
{
    if (name.trimmed().isEmpty() || name.trimmed().size() > 200)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Practice name is required (at most 200 characters)."),
                         QStringLiteral("practiceName"));
    return changeSetting(m_database, m_clock, session, nameKey, name.trimmed());
}

Status PracticeSettings::setLateCancellationHours(const Session &session, int hours)
{
    if (hours < 0 || hours > MaxLateCancellationHours)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A late cancellation of %1 hours' notice is not allowed: "
                                        "choose from 0 to %2 hours.")
                                 .arg(hours)
                                 .arg(MaxLateCancellationHours),
                         QStringLiteral("lateCancellationHours"));
    return changeSetting(m_database, m_clock, session, lateCancellationKey, QString::number(hours));
}

Result<ChartLegend> PracticeSettings::bodyChartLegend() const
{
    auto stored = UserRepository(m_database).setting(legendKey);
    if (!stored)
        return stored.error();
    ChartLegend legend;
    legend.entries = ChartLegend::fromJson(stored->toUtf8()).complete();
    return legend;
}

Status PracticeSettings::setBodyChartLegend(const Session &session, const ChartLegend &legend)
{
    if (const QList<Error> problems = legend.problems(); !problems.isEmpty())
        return problems.constFirst();
    ChartLegend complete;
    complete.entries = legend.complete();
    return changeSetting(m_database, m_clock, session, legendKey,
                         QString::fromUtf8(complete.toJson()));
}

} // namespace stillpoint::core
