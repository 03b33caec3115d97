// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupRotation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace stillpoint::core {

namespace {

const QString PlainSuffix = QStringLiteral(".stillpoint");
const QString EncryptedSuffix = QStringLiteral(".stillpoint-backup");

QString stemOf(const QString &practicePath)
{
    return QFileInfo(practicePath).completeBaseName() + QStringLiteral("-backup-");
}

QRegularExpression namePattern(const QString &practicePath)
{
    return QRegularExpression(u'^' + QRegularExpression::escape(stemOf(practicePath))
                              + QStringLiteral("(\\d{8}-\\d{6})Z\\.stillpoint(-backup)?$"));
}

// Keeps the newest backup of each of the first `count` periods (as `period` names them) that
// have one.
void keepNewestPerPeriod(const QList<BackupFileEntry> &newestFirst, int count,
                         const std::function<qint64(const QDateTime &)> &period,
                         QSet<QString> &kept)
{
    QSet<qint64> periods;
    for (const BackupFileEntry &entry : newestFirst) {
        if (periods.size() >= count)
            break;
        const qint64 key = period(entry.createdUtc);
        if (periods.contains(key))
            continue;
        periods.insert(key);
        kept.insert(entry.path);
    }
}

} // namespace

RotationPlan BackupRotation::plan(QList<BackupFileEntry> backups,
                                  const BackupRotationPolicy &policy, const QTimeZone &zone)
{
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupFileEntry &a, const BackupFileEntry &b) {
                         return a.createdUtc > b.createdUtc;
                     });
    const auto local = [&zone](const QDateTime &utc) { return utc.toTimeZone(zone).date(); };
    QSet<QString> kept;
    keepNewestPerPeriod(
            backups, policy.daily, [&](const QDateTime &at) { return local(at).toJulianDay(); },
            kept);
    keepNewestPerPeriod(
            backups, policy.weekly,
            [&](const QDateTime &at) {
                int year = 0;
                const int week = local(at).weekNumber(&year);
                return qint64(year) * 100 + week;
            },
            kept);
    keepNewestPerPeriod(
            backups, policy.monthly,
            [&](const QDateTime &at) {
                const QDate date = local(at);
                return qint64(date.year()) * 100 + date.month();
            },
            kept);
    // However the policy is set, the newest backup is never removed.
    if (!backups.isEmpty())
        kept.insert(backups.constFirst().path);

    RotationPlan result;
    for (const BackupFileEntry &entry : std::as_const(backups))
        (kept.contains(entry.path) ? result.keep : result.remove).append(entry);
    return result;
}

QString BackupRotation::fileName(const QString &practicePath, const QDateTime &createdUtc,
                                 bool encrypted)
{
    return stemOf(practicePath) + createdUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))
            + u'Z' + (encrypted ? EncryptedSuffix : PlainSuffix);
}

std::optional<QDateTime> BackupRotation::parseFileName(const QString &practicePath,
                                                       const QString &fileName)
{
    const QRegularExpressionMatch match = namePattern(practicePath).match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return at;
}

QList<BackupFileEntry> BackupRotation::list(const QString &folder, const QString &practicePath)
{
    QList<BackupFileEntry> found;
    const QDir dir(folder);
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &file : files) {
        if (const auto at = parseFileName(practicePath, file.fileName()))
            found.append({ file.absoluteFilePath(), *at });
    }
    return found;
}

Result<RotationPlan> BackupRotation::apply(const QString &folder, const QString &practicePath,
                                           const BackupRotationPolicy &policy,
                                           const QTimeZone &zone, const QDateTime &nowUtc)
{
    const RotationPlan planned = plan(list(folder, practicePath), policy, zone);
    QStringList failed;
    for (const BackupFileEntry &entry : planned.remove) {
        if (!QFile::remove(entry.path))
            failed << QFileInfo(entry.path).fileName();
    }
    // A backup cut off by a crash or power cut leaves its temporary file: ".NAME.partial-…".
    const QRegularExpression ours = namePattern(practicePath);
    const QFileInfoList hidden = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : hidden) {
        const QString name = file.fileName();
        const qsizetype partial = name.lastIndexOf(QLatin1String(".partial-"));
        if (!name.startsWith(u'.') || partial < 0)
            continue;
        if (ours.match(name.mid(1, partial - 1)).hasMatch()
            && file.lastModified().toUTC().secsTo(nowUtc) > 3600)
            QFile::remove(file.absoluteFilePath());
    }
    if (!failed.isEmpty())
        return makeError(ErrorCode::Io,
                         QStringLiteral("Old backups could not be removed from %1: %2.")
                                 .arg(folder, failed.join(QStringLiteral(", "))));
    return planned;
}

} // namespace stillpoint::core
