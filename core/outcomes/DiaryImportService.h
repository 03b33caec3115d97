// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/outcomes/DiaryImport.h"
#include "core/security/Session.h"

namespace stillpoint::core {

class Database;

// Importing a client's headache diary from a CSV file as the signed-in user (ClinicalRead and
// ClinicalWrite: therapist, owner; refusals audited). preview() compares the file with the
// stored diary and saves nothing (audited as a read); importEntries() saves the preview's new
// rows all or nothing, in one transaction with one audit row that gives the count and the span of
// dates, never what the rows say.
class DiaryImportService
{
public:
    explicit DiaryImportService(Database &database, const Clock &clock = SystemClock::instance());

    Result<DiaryImportPreview> preview(const Session &session, qint64 clientId,
                                       const CsvTable &table,
                                       const DiaryImportMapping &mapping) const;

    // Adds the preview's new rows; returns how many. Refused, with nothing saved, when the
    // preview has a problem or a bad row, or when a row stored since the preview repeats one of
    // its new rows (preview again to see it).
    Result<int> importEntries(const Session &session, const DiaryImportPreview &preview);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
