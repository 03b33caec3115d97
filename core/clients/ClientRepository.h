// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/clients/ClientIdentity.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace stillpoint::core {

class Database;
class Transaction;

// What a client list asks for: a search text (any part of a name, phone or email; case and accents
// ignored), whether archived clients are included, the order and a page.
struct ClientQuery
{
    enum class Sort {
        Relevance, // best matches first when there is a text, otherwise by name
        Name, // family name, then given name
        DateOfBirth,
        Phone,
        Email,
        Updated,
    };

    QString text;
    bool includeArchived = false;
    Sort sort = Sort::Relevance;
    bool descending = false;
    int offset = 0;
    int limit = 200;
};

// Stores and finds client records. All client SQL lives here. Every write validates the record,
// runs in one BEGIN IMMEDIATE transaction and checks row_version, so a stale edit is reported as a
// conflict instead of overwriting someone else's change. Clients are archived, never deleted.
class ClientRepository
{
public:
    // Runs inside a write's transaction, after the change and before the commit, with the
    // client's id; a failure rolls the whole change back. Used to write the audit row atomically.
    using BeforeCommit = std::function<Status(const Transaction &, qint64 clientId)>;

    explicit ClientRepository(Database &database, const Clock &clock = SystemClock::instance());

    // Validates and stores a new client; returns it with id, times and rowVersion set.
    Result<Client> create(const Client &client, const BeforeCommit &beforeCommit = {});
    // Validates and stores changes; `client.rowVersion` must be the version that was read.
    Result<Client> update(const Client &client, const BeforeCommit &beforeCommit = {});
    // Archive or restore; `expectedRowVersion` as for update. Returns the stored record.
    Result<Client> setArchived(qint64 id, bool archived, int expectedRowVersion,
                               const BeforeCommit &beforeCommit = {});

    Result<Client> find(qint64 id) const;
    Result<QList<ClientSummary>> search(const ClientQuery &query) const;
    // How many clients match the query's text and archive filter (ignores offset and limit).
    Result<int> count(const ClientQuery &query) const;

    // Other clients that look like the same person: same name and date of birth, or a shared
    // phone number or email. The client itself (by id) is never listed.
    Result<QList<ClientSummary>> possibleDuplicates(const Client &client) const;

    // The identity of every stored client, archived ones included, for checking many records
    // against them at once (an import) with the rules of possibleDuplicates().
    Result<QList<ClientIdentity>> identities() const;
    // Every client with alerts, archived ones included, by id (for exports).
    Result<QList<Client>> all() const;

    // Bulk insert for demo data and imports: one transaction, no duplicate check, every record
    // validated first; all or nothing.
    Result<int> createMany(const QList<Client> &clients, const BeforeCommit &beforeCommit = {});

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
