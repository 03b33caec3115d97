// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryService.h"

#include "core/outcomes/DiaryValidator.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"

namespace stillpoint::core {

namespace {

const QString diaryRecord = QStringLiteral("diary");

DiaryAuthor authorOf(const Session &session)
{
    return DiaryAuthor{ session.userId,
                        session.displayName.isEmpty() ? session.username : session.displayName };
}

DiaryRepository::BeforeCommit auditing(Database &database, const Clock &clock,
                                       const Session &session, qint64 clientId,
                                       const QString &detail)
{
    return [&database, &clock, session, clientId, detail](const Transaction &transaction,
                                                          qint64 recordId) {
        return AuditTrail(database, clock)
                .record(transaction,
                        auditEvent(session, Operation::ClinicalWrite, clientId, diaryRecord,
                                   recordId, detail));
    };
}

// The first problem, with how many more there are.
Error firstOf(const QList<Error> &problems, const QString &nothingSaved)
{
    Error first = problems.constFirst();
    if (problems.size() > 1)
        first.message += QStringLiteral(" (%1 more to correct.)").arg(problems.size() - 1);
    first.message += QLatin1Char(' ') + nothingSaved;
    return first;
}

QString rangeText(const QDate &from, const QDate &to)
{
    const auto end = [](const QDate &date) {
        return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("…");
    };
    if (!from.isValid() && !to.isValid())
        return QStringLiteral("all dates");
    return end(from) + QStringLiteral(" to ") + end(to);
}

} // namespace

DiaryService::DiaryService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<QList<DiaryEntry>> DiaryService::entries(const Session &session, qint64 clientId,
                                                const QDate &from, const QDate &to) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalRead, clientId);
        !allowed)
        return allowed.error();
    auto list = DiaryRepository(m_database, m_clock).entries(clientId, from, to);
    if (!list)
        return list;
    if (Status audited = AuditTrail(m_database, m_clock)
                                 .record(auditEvent(session, Operation::ClinicalRead, clientId,
                                                    diaryRecord, 0,
                                                    QStringLiteral("read %1, %2 rows")
                                                            .arg(rangeText(from, to))
                                                            .arg(list->size())));
        !audited)
        return audited.error();
    return list;
}

Result<QList<DiaryEntry>> DiaryService::month(const Session &session, qint64 clientId,
                                              const QDate &month) const
{
    if (!month.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The month is not a date."),
                         QStringLiteral("month"));
    const QDate first(month.year(), month.month(), 1);
    return entries(session, clientId, first, first.addMonths(1).addDays(-1));
}

Result<DiaryMonthChange> DiaryService::replaceMonth(const Session &session, qint64 clientId,
                                                    const QDate &month,
                                                    const QList<DiaryEntry> &entries)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalWrite, clientId);
        !allowed)
        return allowed.error();
    const QList<Error> problems = DiaryValidator::validateMonth(month, entries, m_clock.today());
    if (!problems.isEmpty())
        return firstOf(problems, QStringLiteral("Nothing in the month was saved."));
    DiaryRepository repository(m_database, m_clock);
    auto exists = repository.clientExists(clientId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Client %1 does not exist.").arg(clientId));
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));
    const auto audit = [this, &session, clientId, monthText](const Transaction &transaction,
                                                             const DiaryMonthChange &change) {
        return AuditTrail(m_database, m_clock)
                .record(transaction,
                        auditEvent(session, Operation::ClinicalWrite, clientId, diaryRecord, 0,
                                   QStringLiteral("month %1 saved, %2 rows (%3 added, %4 "
                                                  "changed, %5 removed)")
                                           .arg(monthText)
                                           .arg(change.rows())
                                           .arg(change.added)
                                           .arg(change.changed)
                                           .arg(change.removed)));
    };
    return repository.replaceMonth(clientId, month, entries, authorOf(session), audit);
}

Result<DiaryEntry> DiaryService::add(const Session &session, const DiaryEntry &entry)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalWrite, entry.clientId);
        !allowed)
        return allowed.error();
    const QList<Error> problems = DiaryValidator::validate(entry, m_clock.today());
    if (!problems.isEmpty())
        return firstOf(problems, QStringLiteral("The row was not saved."));
    DiaryRepository repository(m_database, m_clock);
    auto exists = repository.clientExists(entry.clientId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Client %1 does not exist.").arg(entry.clientId));
    return repository.insert(
            entry, authorOf(session),
            auditing(m_database, m_clock, session, entry.clientId, QStringLiteral("row added")));
}

Result<DiaryEntry> DiaryService::update(const Session &session, const DiaryEntry &entry)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalWrite, entry.clientId);
        !allowed)
        return allowed.error();
    const QList<Error> problems = DiaryValidator::validate(entry, m_clock.today());
    if (!problems.isEmpty())
        return firstOf(problems, QStringLiteral("The change was not saved."));
    return DiaryRepository(m_database, m_clock)
            .update(entry,
                    auditing(m_database, m_clock, session, entry.clientId,
                             QStringLiteral("row changed")));
}

Status DiaryService::remove(const Session &session, qint64 entryId, int expectedRowVersion)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClinicalWrite);
        !allowed)
        return allowed;
    DiaryRepository repository(m_database, m_clock);
    auto stored = repository.find(entryId);
    if (!stored)
        return stored.error();
    return repository.remove(entryId, expectedRowVersion,
                             auditing(m_database, m_clock, session, stored->clientId,
                                      QStringLiteral("row removed")));
}

} // namespace stillpoint::core
