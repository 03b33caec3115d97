// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/exchange/ClientImport.h"
#include "core/security/Session.h"

namespace stillpoint::core {

class Database;

// Importing clients from a CSV file as the signed-in user: preview() reads nothing but the stored
// clients (to find duplicates) and saves nothing; importClients() saves the preview's new rows all
// or nothing, in one transaction with one audit row that gives the count (never names). Both
// check that the role may create clients.
class ClientImportService
{
public:
    explicit ClientImportService(Database &database, const Clock &clock = SystemClock::instance());

    Result<ClientImportPreview> preview(const Session &session, const CsvTable &table,
                                        const ClientImportMapping &mapping,
                                        const ClientImport::Progress &progress = {}) const;

    // Creates the preview's new rows; returns how many. Refused, with nothing saved, when the
    // preview has a problem or a bad row, or when a client stored since the preview now matches
    // one of its new rows (preview again to see it).
    Result<int> importClients(const Session &session, const ClientImportPreview &preview);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
