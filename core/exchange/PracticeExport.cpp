// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/PracticeExport.h"

#include "core/clients/ClientRepository.h"
#include "core/exchange/ExportJson.h"
#include "core/exchange/ExportRepository.h"
#include "core/exchange/StagedFile.h"
#include "core/intake/IntakeRepository.h"
#include "core/notes/NoteRepository.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/schedule/ScheduleSetupRepository.h"
#include "core/schedule/WaitlistRepository.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace stillpoint::core {

namespace {

// The widest range of instants the schedule can hold, for "all time off".
const QDateTime Earliest(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
const QDateTime Latest(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc());

// Refuses the practice file itself (and its companions) as the target: an export replaces its
// file whole.
Status checkTarget(const Database &database, const QString &path)
{
    const QString practice = QFileInfo(database.path()).absoluteFilePath();
    const QString chosen = QFileInfo(path).absoluteFilePath();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                   QStringLiteral("-journal") }) {
        if (chosen == practice + suffix)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is the practice file itself. Choose another name "
                                            "for the export.")
                                     .arg(chosen),
                             QStringLiteral("path"));
    }
    return {};
}

} // namespace

PracticeExport::PracticeExport(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<QByteArray> PracticeExport::document(const Session &session,
                                            PracticeExportSummary &summary) const
{
    ReadSnapshot snapshot(m_database);
    if (!snapshot.status())
        return snapshot.status().error();
    ExportRepository dump(m_database);

    QJsonObject root{
        { QStringLiteral("format"), formatName() },
        { QStringLiteral("formatVersion"), FormatVersion },
        { QStringLiteral("application"), QStringLiteral("Stillpoint " STILLPOINT_VERSION) },
        { QStringLiteral("schemaVersion"), m_database.schemaVersion() },
        { QStringLiteral("exportedAt"), ExportJson::instant(m_clock.nowUtc()) },
        { QStringLiteral("exportedBy"), session.username },
        { QStringLiteral("auditTrail"),
          QStringLiteral("Not included: the audit trail stays in the practice file, where "
                         "\"audit verify\" checks it; \"audit export\" writes it on its own.") },
    };

    auto settings = dump.settings();
    if (!settings)
        return settings.error();
    QJsonObject settingsObject;
    for (const auto &[key, value] : std::as_const(settings.value()))
        settingsObject.insert(key, value);
    root.insert(QStringLiteral("settings"), settingsObject);

    auto users = UserRepository(m_database).all();
    if (!users)
        return users.error();
    QJsonArray userArray;
    for (const UserAccount &account : std::as_const(users.value()))
        userArray.append(ExportJson::user(account));
    root.insert(QStringLiteral("users"), userArray);
    summary.users = static_cast<int>(userArray.size());

    auto clients = ClientRepository(m_database, m_clock).all();
    if (!clients)
        return clients.error();
    IntakeRepository intakes(m_database, m_clock);
    QJsonArray clientArray;
    QJsonArray intakeArray;
    QJsonArray administrationArray;
    QJsonArray alertArray;
    for (const Client &client : std::as_const(clients.value())) {
        clientArray.append(ExportJson::client(client));
        auto history = intakes.history(client.id);
        if (!history)
            return history.error();
        // Oldest version first, as they were written.
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            auto intake = intakes.find(it->id);
            if (!intake)
                return intake.error();
            intakeArray.append(ExportJson::intake(intake.value()));
        }
        auto given = intakes.administrations(client.id);
        if (!given)
            return given.error();
        for (const QuestionnaireAdministration &administration : std::as_const(given.value()))
            administrationArray.append(ExportJson::administration(administration));
        auto alerts = intakes.alerts(client.id);
        if (!alerts)
            return alerts.error();
        for (auto it = alerts->crbegin(); it != alerts->crend(); ++it)
            alertArray.append(ExportJson::redFlagAlert(*it));
    }
    root.insert(QStringLiteral("clients"), clientArray);
    root.insert(QStringLiteral("intakes"), intakeArray);
    root.insert(QStringLiteral("questionnaireAdministrations"), administrationArray);
    root.insert(QStringLiteral("redFlagAlerts"), alertArray);
    summary.clients = static_cast<int>(clientArray.size());
    summary.intakes = static_cast<int>(intakeArray.size());

    auto triggers = intakes.practiceTriggers();
    if (!triggers)
        return triggers.error();
    QJsonArray triggerArray;
    for (const PracticeTrigger &trigger : std::as_const(triggers.value()))
        triggerArray.append(QJsonObject{ { QStringLiteral("key"), trigger.key() },
                                         { QStringLiteral("label"), trigger.label } });
    root.insert(QStringLiteral("practiceTriggers"), triggerArray);

    auto schedule = scheduleObject(summary);
    if (!schedule)
        return schedule.error();
    root.insert(QStringLiteral("schedule"), schedule.value());

    QList<qint64> clientIds;
    for (const Client &client : std::as_const(clients.value()))
        clientIds << client.id;
    auto notes = notesObject(clientIds, summary);
    if (!notes)
        return notes.error();
    root.insert(QStringLiteral("notes"), notes.value());

    DiaryRepository diaries(m_database, m_clock);
    QJsonArray diaryArray;
    for (qint64 clientId : std::as_const(clientIds)) {
        auto entries = diaries.entries(clientId);
        if (!entries)
            return entries.error();
        for (const DiaryEntry &entry : std::as_const(entries.value()))
            diaryArray.append(ExportJson::diaryEntry(entry));
    }
    summary.diaryEntries = static_cast<int>(diaryArray.size());
    root.insert(QStringLiteral("diaryEntries"), diaryArray);

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QJsonObject> PracticeExport::scheduleObject(PracticeExportSummary &summary) const
{
    ScheduleSetupRepository setup(m_database, m_clock);
    QJsonObject schedule;

    auto therapists = setup.therapists(true);
    if (!therapists)
        return therapists.error();
    QJsonArray therapistArray;
    for (const Therapist &therapist : std::as_const(therapists.value())) {
        auto hours = setup.workingHours(therapist.id);
        if (!hours)
            return hours.error();
        therapistArray.append(ExportJson::therapist(therapist, hours.value()));
    }
    schedule.insert(QStringLiteral("therapists"), therapistArray);

    auto timeOff = setup.timeOff(0, Earliest, Latest);
    if (!timeOff)
        return timeOff.error();
    QJsonArray timeOffArray;
    for (const TimeOff &away : std::as_const(timeOff.value()))
        timeOffArray.append(ExportJson::timeOff(away));
    schedule.insert(QStringLiteral("timeOff"), timeOffArray);

    auto rooms = setup.rooms(true);
    if (!rooms)
        return rooms.error();
    QJsonArray roomArray;
    for (const Room &room : std::as_const(rooms.value()))
        roomArray.append(ExportJson::room(room));
    schedule.insert(QStringLiteral("rooms"), roomArray);

    auto types = setup.types(true);
    if (!types)
        return types.error();
    QJsonArray typeArray;
    for (const AppointmentType &type : std::as_const(types.value()))
        typeArray.append(ExportJson::appointmentType(type));
    schedule.insert(QStringLiteral("appointmentTypes"), typeArray);

    ExportRepository dump(m_database);
    auto series = dump.series();
    if (!series)
        return series.error();
    QJsonArray seriesArray;
    for (const RecurringSeries &one : std::as_const(series.value()))
        seriesArray.append(ExportJson::series(one));
    schedule.insert(QStringLiteral("series"), seriesArray);

    auto appointments = dump.appointments();
    if (!appointments)
        return appointments.error();
    QJsonArray appointmentArray;
    for (const ExportedAppointment &appointment : std::as_const(appointments.value()))
        appointmentArray.append(ExportJson::appointment(appointment.appointment));
    schedule.insert(QStringLiteral("appointments"), appointmentArray);
    summary.appointments = static_cast<int>(appointmentArray.size());

    auto waitlist = WaitlistRepository(m_database, m_clock).list(true);
    if (!waitlist)
        return waitlist.error();
    QJsonArray waitlistArray;
    for (const WaitlistItem &item : std::as_const(waitlist.value()))
        waitlistArray.append(ExportJson::waitlistEntry(item));
    schedule.insert(QStringLiteral("waitlist"), waitlistArray);
    return schedule;
}

Result<QJsonObject> PracticeExport::notesObject(const QList<qint64> &clientIds,
                                                PracticeExportSummary &summary) const
{
    NoteRepository notes(m_database, m_clock);
    QJsonArray noteArray;
    for (const qint64 clientId : clientIds) {
        auto history = notes.history(clientId);
        if (!history)
            return history.error();
        // Oldest session first, as they were written; every note, drafts included.
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            auto note = notes.find(it->id);
            if (!note)
                return note.error();
            noteArray.append(ExportJson::note(note.value()));
        }
    }
    summary.notes = static_cast<int>(noteArray.size());

    auto templates = notes.templates();
    if (!templates)
        return templates.error();
    QJsonArray templateArray;
    for (const NoteTemplate &noteTemplate : std::as_const(templates.value()))
        templateArray.append(ExportJson::noteTemplate(noteTemplate));

    auto own = notes.practiceTechniques();
    if (!own)
        return own.error();
    QJsonArray techniqueArray;
    for (const Technique &technique : NoteCatalog::seededTechniques() + own.value())
        techniqueArray.append(ExportJson::technique(technique));

    return QJsonObject{ { QStringLiteral("sessionNotes"), noteArray },
                        { QStringLiteral("templates"), templateArray },
                        { QStringLiteral("techniques"), techniqueArray } };
}

Result<PracticeExportSummary> PracticeExport::write(const Session &session,
                                                    const QString &path) const
{
    if (Status allowed = AccessControl(m_database, m_clock).require(session, Operation::DataExport);
        !allowed)
        return allowed.error();
    if (Status target = checkTarget(m_database, path); !target)
        return target.error();

    PracticeExportSummary summary;
    summary.path = QFileInfo(path).absoluteFilePath();
    auto staged = StagedFile::create(summary.path);
    if (!staged)
        return staged.error();
    auto json = document(session, summary);
    if (!json)
        return json.error();
    if (Status written = staged.value()->writeAll(json.value()); !written)
        return written.error();
    summary.bytes = json->size();

    // Audited before the file is moved into place: no export exists that the trail does not
    // show. Counts only, nothing about anyone.
    AuditTrail trail(m_database, m_clock);
    AuditEvent event;
    event.operation = Operations::key(Operation::DataExport);
    event.userId = session.userId;
    event.username = session.username;
    event.recordType = QStringLiteral("practice");
    event.detail = QStringLiteral("practice JSON: %1 clients, %2 intakes, %3 appointments, %4 "
                                  "notes")
                           .arg(summary.clients)
                           .arg(summary.intakes)
                           .arg(summary.appointments)
                           .arg(summary.notes);
    if (Status audited = trail.record(event); !audited)
        return audited.error();
    if (Status committed = staged.value()->commit(StagedFile::Replace::Allow); !committed) {
        event.outcome = AuditOutcome::Failed;
        (void)trail.record(event); // the error below matters more than this row
        return committed.error();
    }
    return summary;
}

} // namespace stillpoint::core
