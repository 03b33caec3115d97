// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/exchange/ExportRepository.h"
#include "core/intake/Intake.h"
#include "core/intake/IntakeService.h"
#include "core/notes/SessionNote.h"
#include "core/outcomes/DiaryEntry.h"
#include "core/security/Role.h"
#include "core/security/Session.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace stillpoint::core {

class Database;

// Everything the practice holds about one client, as a client's request for their records
// should receive it.
struct ClientRecord
{
    QString practiceName;
    QString timeZoneId; // the practice's, for the times on paper
    QDateTime exportedAtUtc;
    QString exportedBy; // the signed-in user's display name (or username)
    Client client; // with every alert
    QList<Intake> intakes; // every version, oldest first, drafts and discarded ones marked
    QList<QuestionnaireAdministration> questionnaires; // oldest first
    QList<RedFlagAlert> redFlagAlerts; // oldest first, with the reasons to proceed
    QList<ExportedAppointment> appointments; // oldest first, cancelled and missed ones included
    // Every session note with its addenda, oldest session first; drafts and discarded drafts
    // marked as such.
    QList<SessionNote> notes;
    QList<Technique> practiceTechniques; // the labels of the practice's own techniques
    QList<DiaryEntry> diary; // the headache diary, by date
};

// The printable part handed to the PDF writer: a title for the PDF's metadata, the HTML and a
// footer for every page.
struct ClientRecordPrintout
{
    QString title;
    QString html;
    QString footer;
};

// The two files written.
struct ClientRecordFiles
{
    QString jsonPath;
    QString pdfPath;
};

// Pure renderings of a ClientRecord (no database), so the JSON and the PDF say the same.
namespace ClientRecordDocument {

constexpr int FormatVersion = 1;
inline QString formatName()
{
    return QStringLiteral("stillpoint-client-record");
}

// One JSON document: format, when and by whom, the contact record, intakes (their stored
// content), questionnaire scores, red-flag alerts, appointments, session notes with addenda and
// the headache diary.
QByteArray json(const ClientRecord &record);
// The same for people, plain HTML that QTextDocument prints: each section with a heading,
// unanswered fields as "—", red flags answered Yes in bold.
QString html(const ClientRecord &record);
ClientRecordPrintout printout(const ClientRecord &record);

} // namespace ClientRecordDocument

// A client's complete record as two files in one folder, client-<id>-record.json and
// client-<id>-record.pdf, for answering a client's request for their records.
//
// Who may: roles with ClinicalRead and, besides, DataExport or ClinicalWrite: the owner and the
// therapist. Answering such a request is the treating therapist's job as much as the owner's, and
// the therapist already reads and writes all of this; the front desk (no ClinicalRead) never.
// Refusals are audited by AccessControl. A done export is audited as one data.export row with
// record type "client-record" and the client's id, with no content in the detail; the record's
// parts are read from the repositories, so no further read rows are written for it.
//
// All or nothing: both files are written under temporary names (StagedFile) and put in place
// only when both are complete; when either fails, neither is left. Existing files of the same
// names are never replaced (Conflict). The PDF is made by `PdfWriter` (Qt Gui's text layout,
// which core does not link): the desktop app and the command-line tool pass ui's writer.
class ClientRecordExport
{
public:
    // Writes the printout as a PDF at `path` (a new, empty, private temporary file).
    using PdfWriter = std::function<Status(const ClientRecordPrintout &, const QString &path)>;

    explicit ClientRecordExport(Database &database, const Clock &clock = SystemClock::instance());

    // Whether `role` may export a client's record (see above); for showing the command.
    static bool allowedFor(Role role);
    static QString jsonFileName(qint64 clientId);
    static QString pdfFileName(qint64 clientId);

    // Writes both files into `folder`, which must exist.
    Result<ClientRecordFiles> write(const Session &session, qint64 clientId, const QString &folder,
                                    const PdfWriter &pdfWriter) const;

private:
    Status requireExport(const Session &session, qint64 clientId) const;
    // The record, read in one snapshot; only after requireExport(), and audited by write().
    Result<ClientRecord> read(const Session &session, qint64 clientId) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
