// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/outcomes/DiaryStatistics.h"
#include "core/security/Session.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace stillpoint::core {

class Database;

// One scored questionnaire on a client's timeline.
struct ScorePoint
{
    QDate date;
    int total = 0;
    int bandIndex = 0;
    QString grade; // "III" for MIDAS; empty for HIT-6
    QString gradeLabel; // "Moderate disability", "Severe impact"
};

// Pain before and after one signed session note (either may be missing).
struct SessionPain
{
    qint64 noteId = 0;
    QDate date;
    std::optional<int> before;
    std::optional<int> after;
};

struct TriggerCount
{
    QString key; // as the diary names it
    QString label; // the catalogue's or the practice's label; the key for free text
    int count = 0; // headache rows naming it
};

// What a client's progress page shows, computed in one pass: the diary over a period, its 28-day
// windows for charts, the medication-overuse check, before/after around the course of care,
// MIDAS and HIT-6 over time, pain before and after each session and trigger counts.
struct ClientProgress
{
    qint64 clientId = 0;
    QDate today;
    QDate from; // the period: by default the first diary day to today
    QDate to;
    int diaryRows = 0; // every row of the diary, whatever its date
    QDate firstDiaryDate; // null without a diary
    QDate lastDiaryDate;
    // Empty when the period has enough recorded days for rates; otherwise why not ("No diary
    // entries yet …"), so a page never shows a misleading zero.
    QString notEnoughData;
    DiaryPeriodStatistics period;
    // Consecutive windows ending on `to`, oldest first, reaching back to `from`.
    QList<DiaryPeriodStatistics> windows;
    MedicationOveruse medicationOveruse; // over the whole diary
    QDate firstSession; // first completed appointment or signed note; null before care began
    QList<QDate> sessionDates; // completed appointments and signed notes, oldest first
    // The window before the first session against the diary's last window; empty before care
    // began, without a diary, or while the last window still reaches back before the first
    // session.
    std::optional<BeforeAfter> beforeAfter;
    QList<ScorePoint> midas; // oldest first, scored administrations only
    QList<ScorePoint> hit6;
    QList<SessionPain> sessionPain; // signed notes, oldest first
    QList<TriggerCount> triggers; // in the period, most named first

    bool enoughData() const { return notEnoughData.isEmpty(); }
};

struct ProgressOptions
{
    QDate from; // null: the first diary day
    QDate to; // null: today
    int windowDays = 28;
};

struct WeekSessions
{
    QDate weekStart; // a Monday
    int completed = 0;
};

// The owner's view of the whole practice (aggregates only, no client named).
struct PracticeOverview
{
    QDate today;
    int activeClients = 0;
    // The 12 full weeks (Monday to Sunday) before the current one, oldest first: completed
    // sessions in each.
    QList<WeekSessions> sessionsPerWeek;
    // Over the same weeks: appointments the client was expected at (all but those cancelled by
    // the practice or by the client in good time), and of them the no-shows and late
    // cancellations.
    int appointmentsDue = 0;
    int noShows = 0;
    int lateCancellations = 0;
    std::optional<double> noShowRate; // empty when nothing was due
    std::optional<double> lateCancellationRate;
    // Clients whose diary allows a before/after comparison (enough days in the 28 before their
    // first session and in their last 28, which lie wholly in the course of care, with headaches
    // before), and of them those whose headache days per 28 fell by half or more.
    int clientsCompared = 0;
    int clientsHalved = 0;
    std::optional<double> halvedShare; // clientsHalved / clientsCompared; empty when none
};

// Progress figures for one client (ClinicalRead: therapist, owner) and for the practice
// (PracticeOverview: owner). Checked in core, refusals audited; each call writes one audit row
// (record type "progress" or "practice-overview") with no clinical content. Data is read
// through the repositories in one go and computed in memory.
class ProgressService
{
public:
    static constexpr int OverviewWeeks = 12;

    explicit ProgressService(Database &database, const Clock &clock = SystemClock::instance());

    Result<ClientProgress> clientProgress(const Session &session, qint64 clientId,
                                          const ProgressOptions &options = {}) const;
    Result<PracticeOverview> practiceOverview(const Session &session) const;

    // The computation behind clientProgress(), on data already read (for tests and benchmarks).
    struct ClientData
    {
        QList<DiaryEntry> diary;
        QList<QDate> completedSessions;
        QList<SessionPain> signedNotes; // any order
        QList<std::pair<QString, ScorePoint>> scores; // questionnaire id, point
        QHash<QString, QString> triggerLabels; // practice trigger keys to labels
    };
    static ClientProgress compute(qint64 clientId, const ClientData &data, const QDate &today,
                                  const ProgressOptions &options = {});

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
