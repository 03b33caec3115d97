// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/ProgressService.h"

#include "core/intake/IntakeCatalog.h"
#include "core/intake/IntakeRepository.h"
#include "core/notes/NoteRepository.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/outcomes/ProgressRepository.h"
#include "core/security/AccessControl.h"
#include "core/security/AuditTrail.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace stillpoint::core {

namespace {

// Windows enough to cover [from, to], at most about eight years of them.
int windowCount(const QDate &from, const QDate &to, int windowDays)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return 0;
    const qint64 days = from.daysTo(to) + 1;
    return static_cast<int>(std::min<qint64>((days + windowDays - 1) / windowDays, 104));
}

// Before/after for a first session and the diary's last day, when the last window lies wholly
// in the course of care.
std::optional<BeforeAfter> courseOfCare(const QList<DiaryEntry> &diary, const QDate &firstSession,
                                        const QDate &latest, int windowDays)
{
    if (!firstSession.isValid() || !latest.isValid()
        || latest.addDays(-(windowDays - 1)) < firstSession)
        return std::nullopt;
    return DiaryStatistics::beforeAfter(diary, firstSession, latest, windowDays);
}

QString triggerLabel(const QString &key, const QHash<QString, QString> &practiceLabels)
{
    if (const auto it = practiceLabels.constFind(key); it != practiceLabels.cend())
        return it.value();
    return IntakeCatalog::label(IntakeCatalog::triggers(), key);
}

} // namespace

ProgressService::ProgressService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

ClientProgress ProgressService::compute(qint64 clientId, const ClientData &data, const QDate &today,
                                        const ProgressOptions &options)
{
    ClientProgress progress;
    progress.clientId = clientId;
    progress.today = today;
    const int windowDays = std::max(1, options.windowDays);
    const QList<DiaryEntry> &diary = data.diary;
    progress.diaryRows = static_cast<int>(diary.size());
    for (const DiaryEntry &entry : diary) {
        if (!progress.firstDiaryDate.isValid() || entry.date < progress.firstDiaryDate)
            progress.firstDiaryDate = entry.date;
        if (!progress.lastDiaryDate.isValid() || entry.date > progress.lastDiaryDate)
            progress.lastDiaryDate = entry.date;
    }
    progress.to = options.to.isValid() ? options.to : today;
    progress.from = options.from.isValid()      ? options.from
            : progress.firstDiaryDate.isValid() ? progress.firstDiaryDate
                                                : progress.to;

    progress.period = DiaryStatistics::forPeriod(diary, progress.from, progress.to);
    progress.windows = DiaryStatistics::rollingWindows(
            diary, progress.to, windowCount(progress.from, progress.to, windowDays), windowDays);
    progress.medicationOveruse = DiaryStatistics::medicationOveruse(diary);
    if (diary.isEmpty())
        progress.notEnoughData = QStringLiteral("No diary entries yet: headache figures need at "
                                                "least %1 recorded days.")
                                         .arg(DiaryStatistics::MinimumRecordedDays);
    else if (!progress.period.headacheDaysPer28.enoughData())
        progress.notEnoughData = QStringLiteral("Not enough data: %1 recorded days in this "
                                                "period; headache figures need at least %2.")
                                         .arg(progress.period.recordedDays)
                                         .arg(DiaryStatistics::MinimumRecordedDays);

    QSet<QDate> sessions;
    for (const QDate &date : data.completedSessions) {
        if (date.isValid())
            sessions.insert(date);
    }
    progress.sessionPain = data.signedNotes;
    std::sort(progress.sessionPain.begin(), progress.sessionPain.end(),
              [](const SessionPain &a, const SessionPain &b) {
                  return a.date != b.date ? a.date < b.date : a.noteId < b.noteId;
              });
    for (const SessionPain &note : std::as_const(progress.sessionPain)) {
        if (note.date.isValid())
            sessions.insert(note.date);
    }
    progress.sessionDates = QList<QDate>(sessions.cbegin(), sessions.cend());
    std::sort(progress.sessionDates.begin(), progress.sessionDates.end());
    if (!progress.sessionDates.isEmpty())
        progress.firstSession = progress.sessionDates.constFirst();

    const QDate latest = progress.lastDiaryDate.isValid()
            ? std::min(progress.lastDiaryDate, progress.to)
            : QDate();
    progress.beforeAfter = courseOfCare(diary, progress.firstSession, latest, windowDays);

    for (const auto &[questionnaire, point] : data.scores) {
        if (questionnaire == QLatin1String("midas"))
            progress.midas << point;
        else if (questionnaire == QLatin1String("hit6"))
            progress.hit6 << point;
    }
    const auto byDate = [](const ScorePoint &a, const ScorePoint &b) { return a.date < b.date; };
    std::stable_sort(progress.midas.begin(), progress.midas.end(), byDate);
    std::stable_sort(progress.hit6.begin(), progress.hit6.end(), byDate);

    for (auto it = progress.period.triggerCounts.cbegin();
         it != progress.period.triggerCounts.cend(); ++it)
        progress.triggers << TriggerCount{ it.key(), triggerLabel(it.key(), data.triggerLabels),
                                           it.value() };
    std::stable_sort(
            progress.triggers.begin(), progress.triggers.end(),
            [](const TriggerCount &a, const TriggerCount &b) { return a.count > b.count; });
    return progress;
}

Result<ClientProgress> ProgressService::clientProgress(const Session &session, qint64 clientId,
                                                       const ProgressOptions &options) const
{
    if (Status allowed = AccessControl(m_database, m_clock)
                                 .require(session, Operation::ClinicalRead, clientId);
        !allowed)
        return allowed.error();

    ClientData data;
    auto diary = DiaryRepository(m_database, m_clock).entries(clientId);
    if (!diary)
        return diary.error();
    data.diary = std::move(diary).value();
    auto completed = ProgressRepository(m_database).completedSessionDates(clientId);
    if (!completed)
        return completed.error();
    data.completedSessions = std::move(completed).value();
    auto notes = NoteRepository(m_database, m_clock).history(clientId);
    if (!notes)
        return notes.error();
    for (const NoteSummary &note : std::as_const(notes.value())) {
        if (note.status == NoteStatus::Signed)
            data.signedNotes << SessionPain{ note.id, note.sessionDate, note.painBefore,
                                             note.painAfter };
    }
    IntakeRepository intakes(m_database, m_clock);
    auto administrations = intakes.administrations(clientId);
    if (!administrations)
        return administrations.error();
    for (const QuestionnaireAdministration &given : std::as_const(administrations.value())) {
        if (!given.score)
            continue;
        data.scores.append({ given.questionnaireId,
                             ScorePoint{ given.date, given.score->total, given.score->bandIndex,
                                         given.score->grade, given.score->gradeLabel } });
    }
    auto practiceTriggers = intakes.practiceTriggers();
    if (!practiceTriggers)
        return practiceTriggers.error();
    for (const PracticeTrigger &trigger : std::as_const(practiceTriggers.value()))
        data.triggerLabels.insert(trigger.key(), trigger.label);

    ClientProgress progress = compute(clientId, data, m_clock.today(), options);
    if (Status audited =
                AuditTrail(m_database, m_clock)
                        .record(auditEvent(
                                session, Operation::ClinicalRead, clientId,
                                QStringLiteral("progress"), 0,
                                QStringLiteral("progress figures: %1 diary rows, %2 "
                                               "sessions, %3 questionnaires")
                                        .arg(progress.diaryRows)
                                        .arg(progress.sessionDates.size())
                                        .arg(progress.midas.size() + progress.hit6.size())));
        !audited)
        return audited.error();
    return progress;
}

Result<PracticeOverview> ProgressService::practiceOverview(const Session &session) const
{
    if (Status allowed =
                AccessControl(m_database, m_clock).require(session, Operation::PracticeOverview);
        !allowed)
        return allowed.error();
    PracticeOverview overview;
    overview.today = m_clock.today();
    ProgressRepository repository(m_database);
    auto active = repository.activeClients();
    if (!active)
        return active.error();
    overview.activeClients = active.value();

    const QDate thisWeek = overview.today.addDays(1 - overview.today.dayOfWeek());
    const QDate firstWeek = thisWeek.addDays(-7 * OverviewWeeks);
    for (int week = 0; week < OverviewWeeks; ++week)
        overview.sessionsPerWeek << WeekSessions{ firstWeek.addDays(7 * week), 0 };
    // A day's margin each side in UTC; the local date decides.
    auto appointments = repository.appointmentsStarting(
            QDateTime(firstWeek.addDays(-1), QTime(0, 0), QTimeZone::utc()),
            QDateTime(thisWeek.addDays(1), QTime(0, 0), QTimeZone::utc()));
    if (!appointments)
        return appointments.error();
    for (const AppointmentTally &tally : std::as_const(appointments.value())) {
        if (tally.localDate < firstWeek || tally.localDate >= thisWeek)
            continue;
        const bool cancelled = tally.status == QLatin1String("cancelled");
        if (tally.status == QLatin1String("completed"))
            ++overview.sessionsPerWeek[firstWeek.daysTo(tally.localDate) / 7].completed;
        if (cancelled && (tally.cancelledByPractice || !tally.lateCancellation))
            continue;
        ++overview.appointmentsDue;
        if (tally.status == QLatin1String("no-show"))
            ++overview.noShows;
        else if (cancelled)
            ++overview.lateCancellations;
    }
    if (overview.appointmentsDue > 0) {
        overview.noShowRate = double(overview.noShows) / overview.appointmentsDue;
        overview.lateCancellationRate =
                double(overview.lateCancellations) / overview.appointmentsDue;
    }

    auto firstSessions = repository.firstSessionDates();
    if (!firstSessions)
        return firstSessions.error();
    auto diaries = DiaryRepository(m_database, m_clock).headacheDaysByClient();
    if (!diaries)
        return diaries.error();
    for (auto it = diaries->cbegin(); it != diaries->cend(); ++it) {
        const QDate first = firstSessions->value(it.key());
        if (!first.isValid() || it.value().isEmpty())
            continue;
        const QDate latest = std::min(it.value().constLast().date, overview.today);
        const auto comparison = courseOfCare(it.value(), first, latest, 28);
        if (!comparison || !comparison->headacheDaysChange)
            continue;
        ++overview.clientsCompared;
        if (comparison->halvedOrBetter())
            ++overview.clientsHalved;
    }
    if (overview.clientsCompared > 0)
        overview.halvedShare = double(overview.clientsHalved) / overview.clientsCompared;

    if (Status audited = AuditTrail(m_database, m_clock)
                                 .record(auditEvent(
                                         session, Operation::PracticeOverview, 0,
                                         QStringLiteral("practice-overview"), 0,
                                         QStringLiteral("%1 weeks to %2")
                                                 .arg(OverviewWeeks)
                                                 .arg(thisWeek.addDays(-1).toString(Qt::ISODate))));
        !audited)
        return audited.error();
    return overview;
}

} // namespace stillpoint::core
