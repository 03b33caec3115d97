// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/AuditLog.h"

#include "core/security/AccessControl.h"

#include <QSaveFile>

#include <algorithm>

namespace stillpoint::core {

namespace {

// Quotes a CSV cell and neutralises text a spreadsheet would run as a formula.
QString csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock) { }

Result<QList<AuditEntry>> AuditLog::entries(const Session &session, const AuditFilter &filter) const
{
    if (Status allowed = AccessControl(m_database, m_clock).require(session, Operation::AuditRead);
        !allowed)
        return allowed.error();
    return AuditTrail(m_database, m_clock).entries(filter);
}

Result<AuditVerification> AuditLog::verify(const Session &session) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::AuditVerify);
        !allowed)
        return allowed.error();
    return AuditTrail(m_database, m_clock).verify();
}

Result<int> AuditLog::exportCsv(const Session &session, const AuditFilter &filter,
                                const QString &path) const
{
    if (Status allowed = AccessControl(m_database, m_clock).require(session, Operation::AuditRead);
        !allowed)
        return allowed.error();
    AuditTrail trail(m_database, m_clock);
    QList<AuditEntry> rows;
    AuditFilter page = filter;
    page.limit = 5000;
    page.offset = 0;
    for (;;) {
        auto chunk = trail.entries(page);
        if (!chunk)
            return chunk.error();
        rows << chunk.value();
        if (chunk->size() < page.limit)
            break;
        page.offset += page.limit;
    }
    std::reverse(rows.begin(), rows.end()); // oldest first

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Stillpoint could not write %1: %2. Choose another "
                                        "folder.")
                                 .arg(path, file.errorString()));
    QString out = QStringLiteral("id,time_utc,user,operation,client_id,record_type,record_id,"
                                 "outcome,detail\r\n");
    for (const AuditEntry &row : std::as_const(rows)) {
        const QStringList cells{ QString::number(row.id),
                                 row.at.toString(Qt::ISODateWithMs),
                                 row.event.username,
                                 row.event.operation,
                                 idText(row.event.clientId),
                                 row.event.recordType,
                                 idText(row.event.recordId),
                                 AuditTrail::outcomeKey(row.event.outcome),
                                 row.event.detail };
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvCell(cell);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    const QByteArray bytes = out.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io,
                         QStringLiteral("Stillpoint could not finish writing %1 (%2); the "
                                        "previous file, if any, is unchanged.")
                                 .arg(path, file.errorString()));

    AuditEvent exported;
    exported.operation = Operations::key(Operation::DataExport);
    exported.userId = session.userId;
    exported.username = session.username;
    exported.recordType = QStringLiteral("audit");
    exported.detail = QStringLiteral("audit trail CSV, %1 rows").arg(rows.size());
    if (Status status = trail.record(exported); !status)
        return status.error();
    return static_cast<int>(rows.size());
}

} // namespace stillpoint::core
