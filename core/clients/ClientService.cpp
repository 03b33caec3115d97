// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientService.h"

#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/Permissions.h"

namespace stillpoint::core {

namespace {

ClientRepository::BeforeCommit auditing(Database &database, const Clock &clock,
                                        const Session &session, Operation operation)
{
    return [&database, &clock, session, operation](const Transaction &transaction,
                                                   qint64 clientId) {
        return AuditTrail(database, clock)
                .record(transaction,
                        auditEvent(session, operation, clientId, QStringLiteral("client"),
                                   clientId));
    };
}

bool seesAllAlerts(const Session &session)
{
    return Permissions::allows(session.role, Operation::ClientReadAllAlerts);
}

Client withVisibleAlertsOnly(Client client)
{
    QList<ClientAlert> visible;
    for (const ClientAlert &alert : std::as_const(client.alerts)) {
        if (alert.frontDeskVisible)
            visible << alert;
    }
    client.alerts = visible;
    return client;
}

} // namespace

ClientService::ClientService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock), m_repository(database, clock)
{ }

Result<Client> ClientService::create(const Session &session, const Client &client)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClientCreate);
        !allowed)
        return allowed.error();
    Client toStore = client;
    if (!seesAllAlerts(session)) {
        // What the front desk types is for the front desk.
        for (ClientAlert &alert : toStore.alerts)
            alert.frontDeskVisible = true;
    }
    auto created = m_repository.create(
            toStore, auditing(m_database, m_clock, session, Operation::ClientCreate));
    if (!created || seesAllAlerts(session))
        return created;
    return withVisibleAlertsOnly(created.value());
}

Result<Client> ClientService::update(const Session &session, const Client &client)
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClientUpdate, client.id);
        !allowed)
        return allowed.error();
    Client toStore = client;
    if (!seesAllAlerts(session)) {
        auto stored = m_repository.find(client.id);
        if (!stored)
            return stored.error();
        QList<ClientAlert> alerts;
        for (ClientAlert alert : std::as_const(client.alerts)) {
            alert.frontDeskVisible = true;
            alerts << alert;
        }
        for (const ClientAlert &hidden : std::as_const(stored->alerts)) {
            if (!hidden.frontDeskVisible)
                alerts << hidden;
        }
        toStore.alerts = alerts;
    }
    auto updated = m_repository.update(
            toStore, auditing(m_database, m_clock, session, Operation::ClientUpdate));
    if (!updated || seesAllAlerts(session))
        return updated;
    return withVisibleAlertsOnly(updated.value());
}

Result<Client> ClientService::setArchived(const Session &session, qint64 id, bool archived,
                                          int expectedRowVersion)
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClientArchive, id);
        !allowed)
        return allowed.error();
    auto changed = m_repository.setArchived(
            id, archived, expectedRowVersion,
            auditing(m_database, m_clock, session, Operation::ClientArchive));
    if (!changed || seesAllAlerts(session))
        return changed;
    return withVisibleAlertsOnly(changed.value());
}

Result<Client> ClientService::find(const Session &session, qint64 id) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClientReadContact, id);
        !allowed)
        return allowed.error();
    auto found = m_repository.find(id);
    if (!found)
        return found;
    if (Status audited = AuditTrail(m_database, m_clock)
                                 .record(auditEvent(session, Operation::ClientReadContact, id,
                                                    QStringLiteral("client"), id));
        !audited)
        return audited.error();
    if (seesAllAlerts(session))
        return found;
    return withVisibleAlertsOnly(found.value());
}

Result<QList<ClientSummary>> ClientService::search(const Session &session,
                                                   const ClientQuery &query) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClientSearch);
        !allowed)
        return allowed.error();
    return m_repository.search(query);
}

Result<int> ClientService::count(const Session &session, const ClientQuery &query,
                                 int stopAfter) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClientSearch);
        !allowed)
        return allowed.error();
    return m_repository.count(query, stopAfter);
}

Result<ClientListPage> ClientService::listPage(const Session &session, const ClientQuery &query,
                                               int countBound) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClientSearch);
        !allowed)
        return allowed.error();
    return m_repository.listPage(query, countBound);
}

Result<QList<ClientSummary>> ClientService::possibleDuplicates(const Session &session,
                                                               const Client &client) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::ClientSearch);
        !allowed)
        return allowed.error();
    return m_repository.possibleDuplicates(client);
}

} // namespace stillpoint::core
