// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/ClientRepository.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/security/Session.h"

namespace stillpoint::core {

class Database;

// Client records as the signed-in user may see and change them: every call checks the session's
// role against the permission table (a refusal is audited) and every read of one record, create,
// change and archive is written to the audit trail in the same transaction as the change.
// The front desk sees only the alerts marked for the front desk; when it saves a record, the
// therapist-only alerts it cannot see are kept as they were.
class ClientService
{
public:
    explicit ClientService(Database &database, const Clock &clock = SystemClock::instance());

    Result<Client> create(const Session &session, const Client &client);
    Result<Client> update(const Session &session, const Client &client);
    Result<Client> setArchived(const Session &session, qint64 id, bool archived,
                               int expectedRowVersion);

    Result<Client> find(const Session &session, qint64 id) const;
    Result<QList<ClientSummary>> search(const Session &session, const ClientQuery &query) const;
    // As ClientRepository::count, `stopAfter` included.
    Result<int> count(const Session &session, const ClientQuery &query, int stopAfter = 0) const;
    // As ClientRepository::listPage.
    Result<ClientListPage> listPage(const Session &session, const ClientQuery &query,
                                    int countBound) const;
    Result<QList<ClientSummary>> possibleDuplicates(const Session &session,
                                                    const Client &client) const;

private:
    Database &m_database;
    const Clock &m_clock;
    ClientRepository m_repository;
};

} // namespace stillpoint::core
