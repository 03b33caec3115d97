// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ClientImportService.h"

#include "core/clients/ClientRepository.h"
#include "core/clients/ClientValidator.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"

namespace stillpoint::core {

ClientImportService::ClientImportService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<ClientImportPreview>
ClientImportService::preview(const Session &session, const CsvTable &table,
                             const ClientImportMapping &mapping,
                             const ClientImport::Progress &progress) const
{
    const AccessControl access(m_database, m_clock);
    // The preview names the stored clients that rows duplicate: that is a search.
    for (const Operation operation : { Operation::ClientCreate, Operation::ClientSearch }) {
        if (Status allowed = access.require(session, operation); !allowed)
            return allowed.error();
    }
    auto stored = ClientRepository(m_database, m_clock).identities();
    if (!stored)
        return stored.error();
    return ClientImport::preview(table, mapping, stored.value(), m_clock.today(), progress);
}

Result<int> ClientImportService::importClients(const Session &session,
                                               const ClientImportPreview &preview)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClientCreate);
        !allowed)
        return allowed.error();
    if (!preview.problems.isEmpty())
        return preview.problems.constFirst();
    if (const int bad = preview.count(ImportRowStatus::Bad); bad > 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 of the file's rows cannot be imported as they are; "
                                        "nothing was imported. Correct or remove them and try "
                                        "again.")
                                 .arg(bad));
    const QList<Client> clients = preview.clientsToCreate();
    if (clients.isEmpty())
        return 0;
    // The preview was checked, but perhaps on another day or changed since: check again, so that
    // a refusal names the file's line rather than a position in the list.
    const QList<int> lines = preview.linesToCreate();
    const QDate today = m_clock.today();
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const QList<Error> errors = ClientValidator::validate(clients.at(i), today);
        if (!errors.isEmpty())
            return makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("Line %1: %2 Nothing was imported.")
                            .arg(QString::number(lines.at(i)), errors.constFirst().message),
                    errors.constFirst().field);
    }

    // Someone may have added a matching client since the preview was made.
    ClientRepository repository(m_database, m_clock);
    auto stored = repository.identities();
    if (!stored)
        return stored.error();
    const QList<int> matching = ClientImport::newRowsMatching(preview, stored.value());
    if (!matching.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Since the preview was made, a client like the one on line "
                                        "%1 was stored. Preview the file again; nothing was "
                                        "imported.")
                                 .arg(matching.constFirst()));

    const auto audit = [this, &session, count = clients.size()](const Transaction &transaction,
                                                                qint64) {
        AuditEvent event;
        event.operation = Operations::key(Operation::ClientCreate);
        event.userId = session.userId;
        event.username = session.username;
        event.recordType = QStringLiteral("client-import");
        event.detail = QStringLiteral("CSV import, %1 clients").arg(count);
        return AuditTrail(m_database, m_clock).record(transaction, event);
    };
    return repository.createMany(clients, audit);
}

} // namespace stillpoint::core
