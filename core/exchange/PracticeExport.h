// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/security/Session.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace stillpoint::core {

class Database;

// What a whole-practice export wrote.
struct PracticeExportSummary
{
    QString path;
    int users = 0;
    int clients = 0;
    int intakes = 0;
    int appointments = 0;
    int notes = 0;
    int diaryEntries = 0;
    qint64 bytes = 0;
};

// The whole practice as one JSON document, for moving to other software or keeping outside
// Stillpoint: the practice settings, users (never a password hash), clients with their alerts,
// every intake version (its stored JSON content and signature), questionnaire administrations,
// red-flag alerts, the practice's own triggers, the schedule (therapists with working hours and
// time off, rooms, appointment types, recurring series, appointments, the waitlist) and session
// notes with addenda, templates and techniques. The audit trail is left out: it is for checking
// this file, and "audit export" writes it separately.
//
// Owner only (DataExport). Read in one snapshot (nothing written meanwhile is half in it),
// written all or nothing through StagedFile (readable by its owner only; a full disk leaves no
// file) and audited as one data.export row with counts only, before the file appears.
class PracticeExport
{
public:
    // "format" names the document; "formatVersion" changes only when a reader must change.
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("stillpoint-practice"); }

    explicit PracticeExport(Database &database, const Clock &clock = SystemClock::instance());

    // Writes the document at `path`, replacing a file there whole (never the practice file).
    Result<PracticeExportSummary> write(const Session &session, const QString &path) const;

private:
    Result<QByteArray> document(const Session &session, PracticeExportSummary &summary) const;
    Result<QJsonObject> scheduleObject(PracticeExportSummary &summary) const;
    Result<QJsonObject> notesObject(const QList<qint64> &clientIds,
                                    PracticeExportSummary &summary) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
