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

// A page of a client list and how many clients match in all.
struct ClientListPage
{
    QList<ClientSummary> rows;
    int total = 0;
    // The count stopped at `total`: at least that many match.
    bool totalIsAtLeast = false;
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
    // The page of clients the query asks for. A search text reads only the clients it can
    // match where an index allows (see detail::Plan); the rows are the same either way.
    Result<QList<ClientSummary>> search(const ClientQuery &query) const;
    // How many clients match the query's text and archive filter (ignores offset and limit).
    // With `stopAfter` > 0 counting stops there, so the result is at most `stopAfter` and equal
    // to it means "at least that many": cheap enough for every keystroke.
    Result<int> count(const ClientQuery &query, int stopAfter = 0) const;
    // What a list shows on each keystroke: search() and count() in one, counting a search text's
    // matches only up to `countBound` (a larger total is reported as "at least countBound"),
    // and not at all when the page holds every match.
    Result<ClientListPage> listPage(const ClientQuery &query, int countBound) const;

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
    // search(), also giving the number of matches when finding the page meant reading them all
    // anyway (-1 otherwise).
    Result<QList<ClientSummary>> search(const ClientQuery &query, int *matches) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
