// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ClientRecordExport.h"

#include "core/clients/ClientRepository.h"
#include "core/exchange/StagedFile.h"
#include "core/intake/IntakeRepository.h"
#include "core/notes/NoteRepository.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/Permissions.h"
#include "core/security/PracticeSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace stillpoint::core {

ClientRecordExport::ClientRecordExport(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

bool ClientRecordExport::allowedFor(Role role)
{
    return Permissions::allows(role, Operation::ClinicalRead)
            && (Permissions::allows(role, Operation::DataExport)
                || Permissions::allows(role, Operation::ClinicalWrite));
}

QString ClientRecordExport::jsonFileName(qint64 clientId)
{
    return QStringLiteral("client-%1-record.json").arg(clientId);
}

QString ClientRecordExport::pdfFileName(qint64 clientId)
{
    return QStringLiteral("client-%1-record.pdf").arg(clientId);
}

Status ClientRecordExport::requireExport(const Session &session, qint64 clientId) const
{
    // Each check audits its own refusal; the second names what the role lacks.
    const AccessControl access(m_database, m_clock);
    if (Status allowed = access.require(session, Operation::ClinicalRead, clientId); !allowed)
        return allowed;
    const Operation second = Permissions::allows(session.role, Operation::DataExport)
            ? Operation::DataExport
            : Operation::ClinicalWrite;
    return access.require(session, second, clientId);
}

Result<ClientRecord> ClientRecordExport::read(const Session &session, qint64 clientId) const
{
    ClientRecord record;
    PracticeSettings settings(m_database, m_clock);
    auto practiceName = settings.practiceName();
    if (!practiceName)
        return practiceName.error();
    record.practiceName = practiceName.value();
    auto zone = settings.timeZoneId();
    if (!zone)
        return zone.error();
    record.timeZoneId = zone.value();
    record.exportedAtUtc = m_clock.nowUtc();
    record.exportedBy = session.displayName.isEmpty() ? session.username : session.displayName;

    ReadSnapshot snapshot(m_database);
    if (!snapshot.status())
        return snapshot.status().error();
    auto client = ClientRepository(m_database, m_clock).find(clientId);
    if (!client)
        return client.error();
    record.client = client.value();

    IntakeRepository intakes(m_database, m_clock);
    auto history = intakes.history(clientId);
    if (!history)
        return history.error();
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        auto intake = intakes.find(it->id);
        if (!intake)
            return intake.error();
        record.intakes << intake.value();
    }
    auto given = intakes.administrations(clientId);
    if (!given)
        return given.error();
    record.questionnaires = given.value();
    auto alerts = intakes.alerts(clientId);
    if (!alerts)
        return alerts.error();
    record.redFlagAlerts = alerts.value();
    std::reverse(record.redFlagAlerts.begin(), record.redFlagAlerts.end());

    auto appointments = ExportRepository(m_database).appointments(clientId);
    if (!appointments)
        return appointments.error();
    record.appointments = appointments.value();

    NoteRepository notes(m_database, m_clock);
    auto noteHistory = notes.history(clientId);
    if (!noteHistory)
        return noteHistory.error();
    for (auto it = noteHistory->crbegin(); it != noteHistory->crend(); ++it) {
        auto note = notes.find(it->id);
        if (!note)
            return note.error();
        record.notes << note.value();
    }
    auto techniques = notes.practiceTechniques();
    if (!techniques)
        return techniques.error();
    record.practiceTechniques = techniques.value();
    auto diary = DiaryRepository(m_database, m_clock).entries(clientId);
    if (!diary)
        return diary.error();
    record.diary = diary.value();
    return record;
}

Result<ClientRecordFiles> ClientRecordExport::write(const Session &session, qint64 clientId,
                                                    const QString &folder,
                                                    const PdfWriter &pdfWriter) const
{
    if (Status allowed = requireExport(session, clientId); !allowed)
        return allowed.error();
    const QDir dir(folder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("The folder %1 does not exist. Choose an existing folder.")
                                 .arg(QDir::toNativeSeparators(folder)),
                         QStringLiteral("folder"));
    ClientRecordFiles files{ dir.absoluteFilePath(jsonFileName(clientId)),
                             dir.absoluteFilePath(pdfFileName(clientId)) };
    for (const QString &path : { files.jsonPath, files.pdfPath }) {
        if (QFileInfo::exists(path))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 already exists, and Stillpoint never replaces it. "
                                            "Choose another folder, or move the earlier export "
                                            "away first.")
                                     .arg(QDir::toNativeSeparators(path)),
                             QStringLiteral("folder"));
    }

    auto record = read(session, clientId);
    if (!record)
        return record.error();

    auto json = StagedFile::create(files.jsonPath);
    if (!json)
        return json.error();
    if (Status written = json.value()->writeAll(ClientRecordDocument::json(record.value()));
        !written)
        return written.error();
    auto pdf = StagedFile::create(files.pdfPath);
    if (!pdf)
        return pdf.error();
    if (Status printed =
                pdfWriter(ClientRecordDocument::printout(record.value()), pdf.value()->path());
        !printed)
        return printed.error();
    if (QFileInfo(pdf.value()->path()).size() == 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("The PDF of the record could not be made; nothing was "
                                        "saved."));

    // Audited before the files are moved into place, with no content: who, which client, when.
    AuditTrail trail(m_database, m_clock);
    AuditEvent event =
            auditEvent(session, Operation::DataExport, clientId, QStringLiteral("client-record"),
                       clientId, QStringLiteral("client's complete record: JSON and PDF"));
    if (Status audited = trail.record(event); !audited)
        return audited.error();
    Status committed = json.value()->commit(StagedFile::Replace::Refuse);
    if (committed) {
        committed = pdf.value()->commit(StagedFile::Replace::Refuse);
        if (!committed) {
            // Both or neither: the JSON goes again.
            QFile::remove(files.jsonPath);
            StagedFile::syncFolder(dir.absolutePath());
        }
    }
    if (!committed) {
        event.outcome = AuditOutcome::Failed;
        (void)trail.record(event); // the error below matters more than this row
        return committed.error();
    }
    return files;
}

} // namespace stillpoint::core
