// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoSchedule.h"

#include "core/clients/ClientRepository.h"
#include "core/schedule/Availability.h"
#include "core/schedule/ScheduleSetupRepository.h"
#include "core/security/AuditTrail.h"
#include "core/security/Operation.h"
#include "core/security/PracticeSettings.h"
#include "core/security/UserRepository.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <set>

namespace stillpoint::core {

namespace {

// Positions in the bundle's lists.
enum DemoType { Assessment, Treatment60, Treatment45, FollowUp30 };
enum DemoRoom { Room1, Room2, Room3 };

QList<AppointmentType> demoTypes()
{
    return {
        { 0, QStringLiteral("Initial migraine assessment 90 min"), 90, 15,
          QStringLiteral("#7e57c2"), 12000, true, 0 },
        { 0, QStringLiteral("Treatment 60 min"), 60, 15, QStringLiteral("#26a69a"), 9000, true, 0 },
        { 0, QStringLiteral("Treatment 45 min"), 45, 15, QStringLiteral("#42a5f5"), 7500, true, 0 },
        { 0, QStringLiteral("Follow-up 30 min"), 30, 10, QStringLiteral("#ffa726"), 5000, true, 0 },
    };
}

QList<Room> demoRooms()
{
    return { { 0, QStringLiteral("Room 1"), QStringLiteral("Ground floor, step-free"), true, 0 },
             { 0, QStringLiteral("Room 2"), QStringLiteral("First floor"), true, 0 },
             { 0, QStringLiteral("Room 3"), QStringLiteral("Quiet room, dimmable light"), true,
               0 } };
}

// The first therapist works weekdays with a lunch break; the second (often the owner) works
// Tuesdays and Thursdays and Saturday mornings.
QList<WorkingInterval> demoHours(int therapist)
{
    QList<WorkingInterval> hours;
    if (therapist == 0) {
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            hours << WorkingInterval::of(day, QTime(9, 0), QTime(12, 30))
                  << WorkingInterval::of(day, QTime(13, 30), QTime(18, 0));
        }
    } else {
        hours << WorkingInterval::of(Qt::Tuesday, QTime(10, 0), QTime(16, 0))
              << WorkingInterval::of(Qt::Thursday, QTime(10, 0), QTime(16, 0))
              << WorkingInterval::of(Qt::Saturday, QTime(9, 0), QTime(13, 0));
    }
    return hours;
}

QString demoName(const UserAccount &account)
{
    QString name = account.displayName.isEmpty() ? account.username : account.displayName;
    name.remove(QStringLiteral(" (demo)"));
    return name.trimmed();
}

// One client's rhythm of visits.
struct Visitor
{
    qint64 clientId = 0;
    int therapist = 0;
    int type = Treatment60;
    int cadenceDays = 14;
    bool seen = false; // had the initial assessment
};

// Builds the appointments, keeping every therapist's and room's blocked time so that nothing
// overlaps.
class Planner
{
public:
    Planner(ScheduleBundle &bundle, const QDateTime &now, const QTimeZone &zone, quint32 seed)
        : m_bundle(bundle), m_now(now), m_zone(zone), m_random(seed)
    { }

    QRandomGenerator &random() { return m_random; }

    bool isFree(int therapist, int room, const QDateTime &start, const QDateTime &blockEnd) const
    {
        const auto clashes = [&](const QList<TimeSpan> &spans) {
            return std::any_of(spans.cbegin(), spans.cend(), [&](const TimeSpan &span) {
                return span.overlaps(start, blockEnd);
            });
        };
        const QDate date = start.toTimeZone(m_zone).date();
        return !clashes(m_therapistBusy.value(key(therapist, date)))
                && !clashes(m_roomBusy.value(key(room, date)));
    }

    // The end of whatever blocks the therapist at `start`, or `start` when nothing does.
    QDateTime therapistFreeFrom(int therapist, const QDateTime &start,
                                const QDateTime &blockEnd) const
    {
        QDateTime free = start;
        for (const TimeSpan &span :
             m_therapistBusy.value(key(therapist, start.toTimeZone(m_zone).date()))) {
            if (span.overlaps(start, blockEnd))
                free = qMax(free, span.end);
        }
        return free;
    }

    bool inTimeOff(int therapist, const QDateTime &start, const QDateTime &end) const
    {
        const auto &away = m_bundle.therapists.at(therapist).timeOff;
        return std::any_of(away.cbegin(), away.cend(), [&](const TimeOff &off) {
            return TimeSpan{ off.startUtc, off.endUtc }.overlaps(start, end);
        });
    }

    // Adds an appointment with a status that fits its time; returns whether it blocks time.
    bool add(qint64 clientId, int therapist, int room, int type, const QDateTime &start,
             int series = -1, int occurrence = 0, bool cancelledByPractice = false)
    {
        const AppointmentType &t = m_bundle.types.at(type);
        ScheduleBundle::AppointmentRecord record;
        Appointment &a = record.appointment;
        a.clientId = clientId;
        a.startUtc = start;
        a.endUtc = start.addSecs(qint64(t.defaultMinutes) * 60);
        a.bufferEndUtc = a.endUtc.addSecs(qint64(t.bufferMinutes) * 60);
        a.timeZoneId = QString::fromUtf8(m_zone.id());
        const QDateTime local = start.toTimeZone(m_zone);
        a.localDate = local.date();
        a.localTime = local.time();
        a.priceCents = t.priceCents;
        a.occurrenceIndex = occurrence;
        a.createdAtUtc = qMin(m_now, start.addDays(-2 - m_random.bounded(28)));
        a.changedAtUtc = a.createdAtUtc;
        setStatus(a, cancelledByPractice);
        if (m_random.bounded(25) == 0)
            a.deskNotes = m_random.bounded(2) ? QStringLiteral("Prefers a text reminder the day "
                                                               "before.")
                                              : QStringLiteral("Pays by card; needs a receipt.");
        record.therapist = therapist;
        record.room = room;
        record.type = type;
        record.series = series;
        m_bundle.appointments << record;
        if (!a.blocksTime())
            return false;
        m_therapistBusy[key(therapist, local.date())] << TimeSpan{ start, a.bufferEndUtc };
        m_roomBusy[key(room, local.date())] << TimeSpan{ start, a.bufferEndUtc };
        return true;
    }

private:
    static qint64 key(int resource, const QDate &date) { return date.toJulianDay() * 8 + resource; }

    void setStatus(Appointment &a, bool cancelledByPractice)
    {
        const int roll = static_cast<int>(m_random.bounded(100));
        if (cancelledByPractice) {
            cancel(a, CancelledBy::Practice, QStringLiteral("Therapist away"),
                   a.startUtc.addDays(-14));
        } else if (a.endUtc <= m_now) {
            if (roll < 86) {
                a.status = AppointmentStatus::Completed;
                a.arrivedAtUtc = a.startUtc.addSecs(-60 * qint64(m_random.bounded(10)));
                a.changedAtUtc = a.endUtc.addSecs(300);
            } else if (roll < 90) {
                a.status = AppointmentStatus::NoShow;
                a.changedAtUtc = a.startUtc.addSecs(1800);
            } else {
                const bool late = m_random.bounded(10) < 4;
                const QDateTime at = late ? a.startUtc.addSecs(-3600 * (1 + m_random.bounded(20)))
                                          : a.startUtc.addDays(-2 - m_random.bounded(8));
                cancel(a, CancelledBy::Client,
                       late ? QStringLiteral("Called in the morning: car trouble")
                            : QStringLiteral("Away that week"),
                       at);
            }
        } else if (a.startUtc <= m_now) {
            a.status = AppointmentStatus::Arrived;
            a.arrivedAtUtc = a.startUtc.addSecs(-300);
            a.changedAtUtc = a.arrivedAtUtc;
        } else if (roll < 4) {
            cancel(a, CancelledBy::Client, QStringLiteral("Work meeting moved"),
                   m_now.addSecs(-3600 * qint64(1 + m_random.bounded(30))));
        } else {
            a.status = a.startUtc < m_now.addDays(2) && roll < 64 ? AppointmentStatus::Confirmed
                                                                  : AppointmentStatus::Booked;
        }
    }

    void cancel(Appointment &a, CancelledBy by, const QString &reason, const QDateTime &at)
    {
        a.status = AppointmentStatus::Cancelled;
        a.cancelledBy = by;
        a.cancelReason = reason;
        a.cancelledAtUtc = qMin(at, m_now);
        a.createdAtUtc = qMin(a.createdAtUtc, a.cancelledAtUtc.addDays(-1));
        a.changedAtUtc = a.cancelledAtUtc;
        a.lateCancellation =
                by == CancelledBy::Client && a.cancelledAtUtc.secsTo(a.startUtc) < 24 * 3600;
    }

    ScheduleBundle &m_bundle;
    QDateTime m_now;
    QTimeZone m_zone;
    QRandomGenerator m_random;
    QHash<qint64, QList<TimeSpan>> m_therapistBusy;
    QHash<qint64, QList<TimeSpan>> m_roomBusy;
};

// A weekly or fortnightly series some clients are on.
struct SeriesTemplate
{
    int therapist;
    int weekday;
    QTime time;
    int intervalWeeks;
    int count;
    int startOffsetDays; // first occurrence on or after today + this
    int type;
    int room;
};

// The date on or after `from` that falls on `weekday`.
QDate onOrAfter(const QDate &from, int weekday)
{
    return from.addDays((weekday - from.dayOfWeek() + 7) % 7);
}

void planSeries(ScheduleBundle &bundle, Planner &planner, QList<Visitor> &visitors,
                const QDate &today, const QTimeZone &zone)
{
    const QList<SeriesTemplate> templates{
        { 0, Qt::Tuesday, QTime(9, 0), 1, 12, -42, Treatment60, Room1 },
        { 0, Qt::Thursday, QTime(14, 0), 2, 8, -28, Treatment45, Room1 },
        { 1, Qt::Saturday, QTime(10, 0), 2, 8, -35, Treatment60, Room2 },
        { 0, Qt::Monday, QTime(16, 30), 1, 10, -7, FollowUp30, Room3 },
        { 1, Qt::Tuesday, QTime(11, 0), 1, 8, 3, Treatment60, Room2 },
        { 0, Qt::Friday, QTime(10, 30), 2, 6, 5, Treatment45, Room1 },
    };
    const int therapistCount = static_cast<int>(bundle.therapists.size());
    qsizetype next = visitors.size() / 3;
    for (const SeriesTemplate &t : templates) {
        if (t.therapist >= therapistCount || next >= visitors.size())
            continue;
        Visitor &visitor = visitors[next];
        next += 7;
        visitor.seen = true;
        ScheduleBundle::SeriesRecord record;
        record.therapist = t.therapist;
        record.room = t.room;
        record.type = t.type;
        RecurringSeries &series = record.series;
        series.clientId = visitor.clientId;
        series.rule.intervalWeeks = t.intervalWeeks;
        series.rule.firstDate = onOrAfter(today.addDays(t.startOffsetDays), t.weekday);
        series.rule.localTime = t.time;
        series.rule.count = t.count;
        series.durationMinutes = bundle.types.at(t.type).defaultMinutes;
        series.timeZoneId = QString::fromUtf8(zone.id());
        series.createdAtUtc =
                QDateTime(series.rule.firstDate.addDays(-7), QTime(12, 0), zone).toUTC();
        series.createdBy = QStringLiteral("demo");
        const int seriesIndex = static_cast<int>(bundle.series.size());
        bundle.series << record;
        for (const Occurrence &occurrence : Recurrence::occurrences(series.rule, zone)) {
            const AppointmentType &type = bundle.types.at(t.type);
            const QDateTime end = occurrence.startUtc.addSecs(qint64(type.defaultMinutes) * 60);
            const bool away = planner.inTimeOff(t.therapist, occurrence.startUtc, end);
            planner.add(visitor.clientId, t.therapist, t.room, t.type, occurrence.startUtc,
                        seriesIndex, occurrence.index, away);
        }
        // The series is this client's rhythm from now on: the filler leaves them out.
        visitor.cadenceDays = 0;
    }
}

void fillDays(ScheduleBundle &bundle, Planner &planner, QList<Visitor> &visitors,
              const QDate &first, const QDate &last, const QTimeZone &zone)
{
    QRandomGenerator &random = planner.random();
    const int therapistCount = static_cast<int>(bundle.therapists.size());
    // Who is due next, per therapist: (due day, visitor).
    QList<std::set<std::pair<qint64, qsizetype>>> due(therapistCount);
    const qint64 span = first.daysTo(last);
    for (qsizetype i = 0; i < visitors.size(); ++i) {
        if (visitors.at(i).cadenceDays == 0)
            continue;
        const qint64 joined = first.toJulianDay() + random.bounded(qMax<qint64>(1, span * 4 / 5));
        due[visitors.at(i).therapist].insert({ joined, i });
    }
    const qint64 quarterHour = 15 * 60;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        for (int t = 0; t < therapistCount; ++t) {
            for (const TimeSpan &work :
                 Availability::workingSpans(bundle.therapists.at(t).hours, date, zone)) {
                if (planner.inTimeOff(t, work.start, work.end))
                    continue;
                QDateTime cursor = work.start;
                while (cursor.addSecs(30 * 60) <= work.end) {
                    if (random.bounded(100) < 15) { // a gap the desk has not filled
                        cursor = cursor.addSecs(quarterHour * (1 + random.bounded(2)));
                        continue;
                    }
                    auto &queue = due[t];
                    if (queue.empty() || queue.begin()->first > date.toJulianDay()) {
                        cursor = cursor.addSecs(2 * quarterHour);
                        continue;
                    }
                    const qsizetype index = queue.begin()->second;
                    Visitor &visitor = visitors[index];
                    int type = visitor.seen ? visitor.type : int(Assessment);
                    const auto length = [&](int candidate) {
                        const AppointmentType &at = bundle.types.at(candidate);
                        return qint64(at.defaultMinutes) * 60;
                    };
                    if (cursor.addSecs(length(type)) > work.end)
                        type = visitor.seen ? int(FollowUp30) : -1;
                    if (type < 0 || cursor.addSecs(length(type)) > work.end)
                        break;
                    const QDateTime blockEnd = cursor.addSecs(
                            length(type) + qint64(bundle.types.at(type).bufferMinutes) * 60);
                    const QDateTime free = planner.therapistFreeFrom(t, cursor, blockEnd);
                    if (free > cursor) { // a series occurrence is there
                        cursor = free;
                        continue;
                    }
                    int room = t == 0 ? Room1 : Room2;
                    if (random.bounded(100) < 12 || !planner.isFree(t, room, cursor, blockEnd))
                        room = Room3;
                    if (!planner.isFree(t, room, cursor, blockEnd)) {
                        cursor = cursor.addSecs(quarterHour);
                        continue;
                    }
                    planner.add(visitor.clientId, t, room, type, cursor);
                    visitor.seen = true;
                    queue.erase(queue.begin());
                    const qint64 next = date.toJulianDay() + visitor.cadenceDays
                            + static_cast<qint64>(random.bounded(5)) - 2;
                    queue.insert({ next, index });
                    // The next appointment starts on the quarter hour after the buffer.
                    const qint64 used = work.start.secsTo(blockEnd);
                    cursor = work.start.addSecs((used + quarterHour - 1) / quarterHour
                                                * quarterHour);
                }
            }
        }
    }
}

void addWaitlist(ScheduleBundle &bundle, const QList<Visitor> &visitors, const QDate &today)
{
    if (visitors.size() < 8)
        return;
    const auto entry = [&](qsizetype visitor, int therapist, int type, int weekdays, int parts,
                           const QString &notes, int addedDaysAgo, int expiresInDays,
                           WaitlistStatus status) {
        ScheduleBundle::WaitlistRecord record;
        record.therapist = therapist < static_cast<int>(bundle.therapists.size()) ? therapist : -1;
        record.type = type;
        record.entry.clientId = visitors.at(visitor).clientId;
        record.entry.weekdays = weekdays;
        record.entry.partsOfDay = parts;
        record.entry.notes = notes;
        record.entry.addedOn = today.addDays(-addedDaysAgo);
        if (expiresInDays > 0)
            record.entry.expiresOn = today.addDays(expiresInDays);
        record.entry.status = status;
        bundle.waitlist << record;
    };
    const auto bit = [](int weekday) { return WaitlistEntry::weekdayBit(weekday); };
    const int morning = static_cast<int>(PartOfDay::Morning);
    const int afternoon = static_cast<int>(PartOfDay::Afternoon);
    const int evening = static_cast<int>(PartOfDay::Evening);
    entry(1, -1, Treatment60, bit(Qt::Monday) | bit(Qt::Wednesday), morning,
          QStringLiteral("Would like an earlier appointment; can come at short notice"), 12, 0,
          WaitlistStatus::Open);
    entry(3, 0, FollowUp30, bit(Qt::Tuesday) | bit(Qt::Thursday), afternoon | evening,
          QStringLiteral("After work only"), 5, 30, WaitlistStatus::Open);
    entry(5, 1, Treatment45, bit(Qt::Saturday), morning, QStringLiteral("Saturdays suit best"), 20,
          0, WaitlistStatus::Open);
    entry(6, -1, Treatment60, WaitlistEntry::AllWeekdays, WaitlistEntry::AllDay,
          QStringLiteral("Any time this month"), 3, 25, WaitlistStatus::Open);
    entry(7, -1, Assessment, bit(Qt::Friday), morning, QString(), 40, 0, WaitlistStatus::Booked);
}

} // namespace

ScheduleBundle DemoSchedule::make(const QList<UserAccount> &clinicians,
                                  const QList<qint64> &clientIds, const QDateTime &nowUtc,
                                  const QTimeZone &zone, quint32 seed)
{
    ScheduleBundle bundle;
    bundle.types = demoTypes();
    bundle.rooms = demoRooms();
    const QDate today = nowUtc.toTimeZone(zone).date();
    for (qsizetype i = 0; i < qMin<qsizetype>(2, clinicians.size()); ++i) {
        ScheduleBundle::TherapistRecord record;
        record.therapist.userId = clinicians.at(i).id;
        record.therapist.displayName = demoName(clinicians.at(i));
        record.hours = demoHours(static_cast<int>(i));
        // A week's holiday in the past and one to come; a two-day course.
        const auto away = [&](int fromDays, int days, const QString &reason) {
            record.timeOff << TimeOff{
                0, 0, QDateTime(today.addDays(fromDays), QTime(0, 0), zone).toUTC(),
                QDateTime(today.addDays(fromDays + days), QTime(0, 0), zone).toUTC(), reason
            };
        };
        if (i == 0) {
            away(-150, 7, QStringLiteral("Holiday"));
            away(22, 7, QStringLiteral("Holiday"));
        } else {
            away(-75, 2, QStringLiteral("Course"));
        }
        bundle.therapists << record;
    }
    if (bundle.therapists.isEmpty())
        return bundle;

    Planner planner(bundle, nowUtc, zone, seed ^ 0x5c4ed01eU);
    QRandomGenerator &random = planner.random();
    QList<Visitor> visitors;
    const QList<int> cadences{ 7, 14, 14, 21, 21, 28, 28, 42 };
    for (qint64 id : clientIds) {
        Visitor visitor;
        visitor.clientId = id;
        visitor.therapist = bundle.therapists.size() > 1 && random.bounded(10) < 3 ? 1 : 0;
        const int roll = static_cast<int>(random.bounded(100));
        visitor.type = roll < 60 ? Treatment60 : roll < 85 ? Treatment45 : FollowUp30;
        visitor.cadenceDays = cadences.at(random.bounded(static_cast<int>(cadences.size())));
        visitors << visitor;
    }
    planSeries(bundle, planner, visitors, today, zone);
    fillDays(bundle, planner, visitors, today.addDays(-DaysBack), today.addDays(DaysAhead), zone);
    addWaitlist(bundle, visitors, today);
    return bundle;
}

Result<int> DemoSchedule::populate(Database &database, const Clock &clock, quint32 seed)
{
    ScheduleSetupRepository setup(database, clock);
    auto existing = setup.therapists(true);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return 0; // the practice has its schedule already
    auto users = UserRepository(database).all();
    if (!users)
        return users.error();
    // The demo therapist first, then other therapists, then owners; the desk books.
    QList<UserAccount> clinicians;
    ScheduleAuthor author;
    for (const UserAccount &user : std::as_const(users.value())) {
        if (!user.active)
            continue;
        if (user.role == Role::FrontDesk && author.userId == 0)
            author = ScheduleAuthor{ user.id, demoName(user) };
        else if (user.role != Role::FrontDesk)
            clinicians << user;
    }
    if (clinicians.isEmpty())
        return 0; // no one to book: the schedule comes when there is a clinician
    std::stable_sort(clinicians.begin(), clinicians.end(),
                     [](const UserAccount &a, const UserAccount &b) {
                         const auto rank = [](const UserAccount &u) {
                             return u.username == QLatin1String("therapist") ? 0
                                     : u.role == Role::Therapist             ? 1
                                                                             : 2;
                         };
                         return rank(a) != rank(b) ? rank(a) < rank(b) : a.id < b.id;
                     });
    if (author.userId == 0)
        author = ScheduleAuthor{ clinicians.constFirst().id, demoName(clinicians.constFirst()) };

    ClientQuery active;
    active.limit = 1000000;
    active.sort = ClientQuery::Sort::Name;
    auto clients = ClientRepository(database, clock).search(active);
    if (!clients)
        return clients.error();
    QList<qint64> clientIds;
    for (const ClientSummary &client : std::as_const(clients.value()))
        clientIds << client.id;
    std::sort(clientIds.begin(), clientIds.end());

    auto zoneId = PracticeSettings(database, clock).timeZoneId();
    if (!zoneId)
        return zoneId.error();
    QTimeZone zone(zoneId->toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const ScheduleBundle bundle = make(clinicians, clientIds, clock.nowUtc(), zone, seed);
    const auto audit = [&database, &clock, &bundle](const Transaction &transaction) {
        AuditEvent added;
        added.operation = Operations::key(Operation::DemoCreate);
        added.username = QStringLiteral("demo");
        added.detail =
                QStringLiteral("demo schedule: %1 appointments").arg(bundle.appointments.size());
        return AuditTrail(database, clock).record(transaction, added);
    };
    return ScheduleLoader::load(database, clock, bundle, author, audit);
}

} // namespace stillpoint::core
