// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryImportService.h"

#include "core/outcomes/DiaryRepository.h"
#include "core/outcomes/DiaryValidator.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"

#include <algorithm>

namespace stillpoint::core {

namespace {

const QString diaryRecord = QStringLiteral("diary");

Status requireBoth(Database &database, const Clock &clock, const Session &session, qint64 clientId)
{
    const AccessControl access(database, clock);
    for (const Operation operation : { Operation::ClinicalRead, Operation::ClinicalWrite }) {
        if (Status allowed = access.require(session, operation, clientId); !allowed)
            return allowed;
    }
    return Status::success();
}

Status requireClient(DiaryRepository &repository, qint64 clientId)
{
    auto exists = repository.clientExists(clientId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return makeError(
                ErrorCode::NotFound,
                QStringLiteral("Client %1 does not exist; nothing was imported.").arg(clientId));
    return Status::success();
}

} // namespace

DiaryImportService::DiaryImportService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<DiaryImportPreview> DiaryImportService::preview(const Session &session, qint64 clientId,
                                                       const CsvTable &table,
                                                       const DiaryImportMapping &mapping) const
{
    if (Status allowed = requireBoth(m_database, m_clock, session, clientId); !allowed)
        return allowed.error();
    DiaryRepository repository(m_database, m_clock);
    if (Status found = requireClient(repository, clientId); !found)
        return found.error();
    auto stored = repository.entries(clientId);
    if (!stored)
        return stored.error();
    DiaryImportPreview result =
            DiaryImport::preview(table, mapping, clientId, stored.value(), m_clock.today());
    if (Status audited = AuditTrail(m_database, m_clock)
                                 .record(auditEvent(session, Operation::ClinicalRead, clientId,
                                                    diaryRecord, 0,
                                                    QStringLiteral("CSV import preview, %1 rows "
                                                                   "in the file")
                                                            .arg(table.records.size())));
        !audited)
        return audited.error();
    return result;
}

Result<int> DiaryImportService::importEntries(const Session &session,
                                              const DiaryImportPreview &preview)
{
    const qint64 clientId = preview.clientId;
    if (Status allowed = requireBoth(m_database, m_clock, session, clientId); !allowed)
        return allowed.error();
    if (!preview.problems.isEmpty())
        return preview.problems.constFirst();
    if (const int bad = preview.count(DiaryImportStatus::Bad); bad > 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 of the file's rows cannot be imported as they are; "
                                        "nothing was imported. Correct or remove them and try "
                                        "again.")
                                 .arg(bad));
    QList<DiaryEntry> entries = preview.entriesToCreate();
    if (entries.isEmpty())
        return 0;
    // Checked again: the preview may be from another day.
    const QList<int> lines = preview.linesToCreate();
    const QDate today = m_clock.today();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        entries[i].clientId = clientId;
        entries[i].source = DiarySource::Import;
        const QList<Error> errors = DiaryValidator::validate(entries.at(i), today);
        if (!errors.isEmpty())
            return makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("Line %1: %2 Nothing was imported.")
                            .arg(QString::number(lines.at(i)), errors.constFirst().message),
                    errors.constFirst().field);
    }
    DiaryRepository repository(m_database, m_clock);
    if (Status found = requireClient(repository, clientId); !found)
        return found.error();
    auto stored = repository.entries(clientId);
    if (!stored)
        return stored.error();
    const QList<int> repeated = DiaryImport::newRowsMatching(preview, stored.value());
    if (!repeated.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Since the preview was made, the diary got a row like the "
                                        "one on line %1. Preview the file again; nothing was "
                                        "imported.")
                                 .arg(repeated.constFirst()));

    const auto [first, last] = std::minmax_element(
            entries.cbegin(), entries.cend(),
            [](const DiaryEntry &a, const DiaryEntry &b) { return a.date < b.date; });
    const QString detail =
            QStringLiteral("CSV import, %1 rows (%2 to %3)")
                    .arg(entries.size())
                    .arg(first->date.toString(Qt::ISODate), last->date.toString(Qt::ISODate));
    const auto audit = [this, &session, clientId, detail](const Transaction &transaction, qint64) {
        return AuditTrail(m_database, m_clock)
                .record(transaction,
                        auditEvent(session, Operation::ClinicalWrite, clientId, diaryRecord, 0,
                                   detail));
    };
    const DiaryAuthor author{ session.userId,
                              session.displayName.isEmpty() ? session.username
                                                            : session.displayName };
    return repository.insertMany(entries, author, audit);
}

} // namespace stillpoint::core
