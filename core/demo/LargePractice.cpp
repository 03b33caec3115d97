// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/LargePractice.h"

#include "core/clients/ClientRepository.h"
#include "core/demo/DemoDiaries.h"
#include "core/demo/DemoIntakes.h"
#include "core/demo/DemoNotes.h"
#include "core/intake/IntakeJson.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/schedule/ScheduleLoader.h"
#include "core/security/AuditTrail.h"
#include "core/security/Operation.h"
#include "core/security/PasswordHasher.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>

namespace stillpoint::core {

namespace {

constexpr int SlotMinutes = 45;
constexpr int SlotsPerDay = 16; // 08:00 to 20:00
constexpr int WorkingDays = 6; // Monday to Saturday
constexpr int WeeksAhead = 8;
constexpr int DiaryDaysAfterStart = 90; // most clients keep the diary for three months
constexpr int LongDiaryEvery = 10; // one diary client in ten keeps it for two years
constexpr int LongDiaryDays = 700;
constexpr int DiaryChunk = 200000; // rows per transaction, to bound the memory of one step
// One client has a long history: weekly visits for two and a half years, a note for each and a
// diary over the last two years (a chart as full as any in the practice, for the benchmarks).
constexpr int ShowcaseWeeks = 130;
constexpr int ShowcaseDiaryDays = 730;

const char *const PracticeZone = "America/Los_Angeles"; // as DemoPractice::ensureDemoUsers sets

void step(const QString &name, qint64 rows, QElapsedTimer &timer,
          const LargePractice::Progress &progress)
{
    const qint64 elapsed = timer.restart();
    if (progress)
        progress(name, rows, elapsed);
}

Status auditDemo(Database &database, const Clock &clock, const Transaction &transaction,
                 const QString &detail)
{
    AuditEvent added;
    added.operation = Operations::key(Operation::DemoCreate);
    added.username = QStringLiteral("demo");
    added.detail = detail;
    return AuditTrail(database, clock).record(transaction, added);
}

struct Clinician
{
    qint64 userId = 0;
    QString name;
};

// Nine more therapists beside the demo's own; they share one hash of the public demo password
// (an Argon2id hash takes a noticeable fraction of a second, and these accounts are made up).
Result<QList<Clinician>> addTherapists(Database &database, int therapists, const Clock &clock)
{
    UserRepository users(database);
    auto demoTherapist = users.findByName(QStringLiteral("therapist"));
    if (!demoTherapist)
        return demoTherapist.error();
    QList<Clinician> clinicians{ { demoTherapist->id, demoTherapist->displayName } };
    if (therapists <= 1)
        return clinicians;
    auto hash = PasswordHasher::hash(QString::fromLatin1(DemoPractice::DemoPassword));
    if (!hash)
        return hash.error();
    Transaction transaction(database);
    if (!transaction.status())
        return transaction.status().error();
    for (int i = 2; i <= therapists; ++i) {
        UserAccount account;
        account.username = QStringLiteral("therapist%1").arg(i);
        account.displayName = QStringLiteral("Therapist %1 (demo)").arg(i);
        account.role = Role::Therapist;
        auto id = users.insert(account, hash.value(), clock.nowUtc());
        if (!id)
            return id.error();
        clinicians << Clinician{ id.value(), account.displayName };
    }
    if (Status status = auditDemo(database, clock, transaction,
                                  QStringLiteral("%1 demo therapists").arg(therapists - 1));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return clinicians;
}

// A trail of what a busy practice does every day (sign-ins, searches, charts read, bookings),
// spread over the years before the data itself is written, so that the audit viewer and verify()
// meet a trail of realistic length. Written through AuditTrail so every hash is the real one.
Status writeAuditHistory(Database &database, const QList<Clinician> &clinicians, int rows,
                         int clients, const QDateTime &fromUtc, const QDateTime &toUtc,
                         quint32 seed)
{
    if (rows <= 0)
        return {};
    FixedClock at(fromUtc);
    AuditTrail trail(database, at);
    Transaction transaction(database);
    if (!transaction.status())
        return transaction.status();
    QRandomGenerator random(seed ^ 0xa0d17U);
    const qint64 span = fromUtc.secsTo(toUtc);
    for (int i = 0; i < rows; ++i) {
        at.setNowUtc(fromUtc.addSecs(span * i / rows));
        const Clinician &who = clinicians.at(
                static_cast<qsizetype>(random.bounded(static_cast<quint32>(clinicians.size()))));
        AuditEvent event;
        event.userId = who.userId;
        event.username = QStringLiteral("therapist");
        const qint64 client = 1 + random.bounded(static_cast<quint32>(qMax(1, clients)));
        switch (random.bounded(4U)) {
        case 0:
            event.operation = QStringLiteral("session.sign-in");
            break;
        case 1:
            event.operation = Operations::key(Operation::ClientSearch);
            break;
        case 2:
            event.operation = Operations::key(Operation::ClinicalRead);
            event.clientId = client;
            event.recordType = QStringLiteral("client");
            event.recordId = client;
            break;
        default:
            event.operation = Operations::key(Operation::ScheduleWrite);
            event.clientId = client;
            event.recordType = QStringLiteral("appointment");
            break;
        }
        if (Status status = trail.record(transaction, event); !status)
            return status;
    }
    return transaction.commit();
}

struct ScheduleMade
{
    ScheduleBundle bundle;
    QHash<qint64, int> completedByClient;
    QHash<qint64, QDate> firstCompletedByClient; // local date
};

// Every therapist has room t and slots of 45 minutes; exactly `appointments` of all the slots
// are booked (selection sampling keeps them in time order). Clients come during a stretch of
// the years: a window of a tenth of the clients slides from the first to the last over the
// schedule, so each client has about a year of care and the newest are still coming.
ScheduleMade makeSchedule(const QList<Clinician> &clinicians, const QList<qint64> &clientIds,
                          qint64 showcase, const LargePracticeSize &size, const QDateTime &nowUtc,
                          quint32 seed)
{
    ScheduleMade made;
    ScheduleBundle &bundle = made.bundle;
    const QTimeZone zone(PracticeZone);
    const QString zoneId = QString::fromLatin1(PracticeZone);
    bundle.types << AppointmentType{ 0,
                                     QStringLiteral("Migraine treatment 40 min"),
                                     40,
                                     5,
                                     QStringLiteral("#42a5f5"),
                                     8500,
                                     true,
                                     0 };
    bundle.types << AppointmentType{
        0, QStringLiteral("Follow-up 30 min"), 30, 15, QStringLiteral("#66bb6a"), 6500, true, 0
    };
    const int therapists = static_cast<int>(clinicians.size());
    for (int t = 0; t < therapists; ++t) {
        ScheduleBundle::TherapistRecord record;
        record.therapist = Therapist{ 0, clinicians.at(t).userId, clinicians.at(t).name, true, 0 };
        for (int day = Qt::Monday; day < Qt::Monday + WorkingDays; ++day)
            record.hours << WorkingInterval::of(day, QTime(8, 0), QTime(20, 0));
        bundle.therapists << record;
        bundle.rooms << Room{ 0, QStringLiteral("Room %1").arg(t + 1), QString(), true, 0 };
    }
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QDate lastMonday = today.addDays(1 - today.dayOfWeek()).addDays(7 * WeeksAhead);
    const int weeks = 52 * size.years;
    const QDate firstMonday = lastMonday.addDays(-7 * weeks);
    const qint64 slots = qint64(weeks) * WorkingDays * SlotsPerDay * therapists;
    const qint64 wanted = qMin<qint64>(size.appointments, slots);
    const qint64 clients = clientIds.size();
    const qint64 window = qMax<qint64>(qMin<qint64>(clients, 20), clients / 10);

    QRandomGenerator random(seed ^ 0x5c4edU);
    bundle.appointments.reserve(wanted);
    qint64 seen = 0;
    QSet<qint64> inThisSlot;
    for (int week = 0; week < weeks && qint64(bundle.appointments.size()) < wanted; ++week) {
        for (int day = 0; day < WorkingDays; ++day) {
            const QDate date = firstMonday.addDays(7 * week + day);
            // Daylight-saving changes happen at night, so one offset serves the whole day.
            const QDateTime dayStart = QDateTime(date, QTime(8, 0), zone).toUTC();
            for (int slot = 0; slot < SlotsPerDay; ++slot) {
                inThisSlot.clear();
                const QDateTime start = dayStart.addSecs(qint64(slot) * SlotMinutes * 60);
                for (int t = 0; t < therapists; ++t, ++seen) {
                    const qint64 left = wanted - bundle.appointments.size();
                    // The showcase client comes every Monday at 08:00 for the last 130 weeks.
                    const bool showcaseVisit = showcase > 0 && day == 0 && slot == 0 && t == 0
                            && week >= weeks - ShowcaseWeeks;
                    if (left <= 0
                        || (!showcaseVisit
                            && qint64(random.bounded(static_cast<quint32>(slots - seen))) >= left))
                        continue;
                    const qint64 base = (clients - window) * seen / slots;
                    qint64 client = showcase;
                    while (!showcaseVisit
                           && ((client == showcase && window > 1)
                               || (inThisSlot.contains(client) && inThisSlot.size() < window))) {
                        client = clientIds.at(base + random.bounded(static_cast<quint32>(window)));
                    }
                    inThisSlot.insert(client);

                    ScheduleBundle::AppointmentRecord record;
                    record.therapist = t;
                    record.room = t;
                    record.type = random.bounded(4U) == 0 ? 1 : 0;
                    const AppointmentType &type = bundle.types.at(record.type);
                    Appointment &a = record.appointment;
                    a.clientId = client;
                    a.startUtc = start;
                    a.endUtc = start.addSecs(type.defaultMinutes * 60);
                    a.bufferEndUtc = a.endUtc.addSecs(type.bufferMinutes * 60);
                    a.timeZoneId = zoneId;
                    a.localDate = date;
                    a.localTime = QTime(8, 0).addSecs(slot * SlotMinutes * 60);
                    a.priceCents = type.priceCents;
                    if (a.endUtc < nowUtc) {
                        const quint32 roll = random.bounded(100U);
                        if (roll < 7) {
                            a.status = AppointmentStatus::Cancelled;
                            a.cancelledAtUtc = start.addDays(-2);
                            a.cancelledBy = CancelledBy::Client;
                            a.cancelReason = QStringLiteral("Away that week");
                        } else if (roll < 11) {
                            a.status = AppointmentStatus::NoShow;
                        } else {
                            a.status = AppointmentStatus::Completed;
                            a.arrivedAtUtc = start.addSecs(-300);
                            ++made.completedByClient[client];
                            if (!made.firstCompletedByClient.contains(client))
                                made.firstCompletedByClient.insert(client, date);
                        }
                    } else {
                        a.status = start < nowUtc.addDays(2) ? AppointmentStatus::Confirmed
                                                             : AppointmentStatus::Booked;
                    }
                    bundle.appointments << record;
                }
            }
        }
    }
    return made;
}

Result<QSet<qint64>> blockedClients(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
                "SELECT DISTINCT client_id FROM red_flag_alerts WHERE cleared_at IS NULL")))
        return Database::storageError(QStringLiteral("read the red-flag alerts"),
                                      query.lastError().databaseText());
    QSet<qint64> blocked;
    while (query.next())
        blocked.insert(query.value(0).toLongLong());
    return blocked;
}

// The smallest cap on notes per client that reaches the target. Clients whose red flag was
// cleared get no notes for visits before the clearance, hence a little slack.
int notesCap(const ScheduleMade &made, const QSet<qint64> &blocked, qint64 showcase, int target)
{
    QList<int> counts;
    for (auto it = made.completedByClient.cbegin(); it != made.completedByClient.cend(); ++it) {
        if (!blocked.contains(it.key()) && it.key() != showcase)
            counts << it.value();
    }
    target = target * 21 / 20 - made.completedByClient.value(showcase);
    const int most = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    for (int cap = 1; cap <= most; ++cap) {
        qint64 total = 0;
        for (int c : std::as_const(counts))
            total += qMin(c, cap);
        if (total >= target)
            return cap;
    }
    return qMax(1, most);
}

// Diaries for the newest clients with a signed intake and a first session: three months from
// six weeks before that session, or two years to today for one in ten, until the target.
Result<int> writeDiaries(Database &database, const Clock &clock, const ScheduleMade &made,
                         const QSet<qint64> &blocked, const Clinician &author, qint64 showcase,
                         int target, quint32 seed)
{
    if (target <= 0)
        return 0;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    QMap<qint64, QByteArray> intakes;
    if (!query.exec(QStringLiteral("SELECT client_id, content FROM intakes WHERE status = "
                                   "'signed' ORDER BY client_id, version")))
        return Database::storageError(QStringLiteral("read the demo intakes"),
                                      query.lastError().databaseText());
    while (query.next()) {
        const qint64 clientId = query.value(0).toLongLong();
        if (made.firstCompletedByClient.contains(clientId) && !blocked.contains(clientId))
            intakes.insert(clientId, query.value(1).toByteArray());
    }
    query.finish();

    const QDate today = clock.nowUtc().toTimeZone(QTimeZone(PracticeZone)).date();
    QRandomGenerator random(seed ^ 0xd1a7eU);
    DiaryRepository repository(database, clock);
    const DiaryAuthor diaryAuthor{ author.userId, author.name };
    QList<DiaryEntry> rows;
    int written = 0;
    int diaries = 0;
    const auto flush = [&]() -> Status {
        if (rows.isEmpty())
            return {};
        const qsizetype count = rows.size();
        const auto audit = [&database, &clock, count](const Transaction &transaction, qint64) {
            return auditDemo(database, clock, transaction,
                             QStringLiteral("demo diaries: %1 rows").arg(count));
        };
        auto stored = repository.insertMany(rows, diaryAuthor, audit);
        if (!stored)
            return stored.error();
        written += stored.value();
        rows.clear();
        return {};
    };
    // The showcase client first, then the newest clients.
    QList<qint64> order;
    if (intakes.contains(showcase))
        order << showcase;
    for (auto it = intakes.cend(); it != intakes.cbegin();) {
        --it;
        if (it.key() != showcase)
            order << it.key();
    }
    for (qsizetype i = 0; i < order.size() && written + rows.size() < target; ++i) {
        const qint64 clientId = order.at(i);
        DemoDiaries::Plan plan;
        plan.clientId = clientId;
        if (Status read = IntakeJson::read(intakes.value(clientId), plan.intake); !read)
            return read.error();
        plan.firstSession = made.firstCompletedByClient.value(clientId);
        if (plan.firstSession > today)
            continue;
        plan.course = random.bounded(100U) < 60 ? DemoDiaries::Course::Improves
                                                : DemoDiaries::Course::Unchanged;
        QDate end = qMin(today, plan.firstSession.addDays(DiaryDaysAfterStart));
        if (clientId == showcase) {
            plan.firstSession = today.addDays(-ShowcaseDiaryDays);
            end = today;
        } else if (diaries % LongDiaryEvery == 0) {
            plan.firstSession = qMax(plan.firstSession, today.addDays(-LongDiaryDays));
            end = today;
        }
        QList<DiaryEntry> diary = DemoDiaries::make(plan, end, seed);
        const qsizetype room = target - written - rows.size();
        if (diary.size() > room)
            diary.resize(room);
        rows << diary;
        ++diaries;
        if (rows.size() >= DiaryChunk) {
            if (Status status = flush(); !status)
                return status.error();
        }
    }
    if (Status status = flush(); !status)
        return status.error();
    return written;
}

// The newest client with a signed intake and no red flag at all: the one with the long history.
Result<qint64> showcaseClient(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
                "SELECT i.client_id FROM intakes i WHERE i.status = 'signed' AND NOT EXISTS "
                "(SELECT 1 FROM red_flag_alerts r WHERE r.client_id = i.client_id) "
                "ORDER BY i.client_id DESC LIMIT 1")))
        return Database::storageError(QStringLiteral("choose the showcase client"),
                                      query.lastError().databaseText());
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> countRows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return Database::storageError(QStringLiteral("count the rows"),
                                      query.lastError().databaseText());
    return query.value(0).toLongLong();
}

} // namespace

LargePracticeSize LargePracticeSize::small()
{
    return LargePracticeSize{ 1000, 10, 10, 10000, 4000, 20000, 2000 };
}

LargePracticeSize LargePracticeSize::medium()
{
    return LargePracticeSize{ 10000, 10, 10, 100000, 40000, 200000, 20000 };
}

LargePracticeSize LargePracticeSize::large()
{
    return LargePracticeSize{ 50000, 10, 10, 500000, 200000, 1000000, 100000 };
}

std::optional<LargePracticeSize> LargePracticeSize::named(const QString &name)
{
    if (name == QLatin1String("small"))
        return small();
    if (name == QLatin1String("medium"))
        return medium();
    if (name == QLatin1String("large"))
        return large();
    return std::nullopt;
}

Result<LargePracticeCounts> LargePractice::populate(Database &database,
                                                    const LargePracticeSize &size,
                                                    const Clock &realClock, quint32 seed,
                                                    const Progress &progress)
{
    // Everything is dated as of the start of today (UTC), so that two runs on the same day give
    // the same practice whatever the hour (which visits are past, which notes are signed).
    const FixedClock clock(
            QDateTime(realClock.nowUtc().toUTC().date(), QTime(0, 0), QTimeZone::utc()));
    if (size.clients < 1 || size.therapists < 1 || size.years < 1)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A generated practice needs clients, therapists and "
                                        "years."));
    auto users = UserRepository(database).count();
    if (!users)
        return users.error();
    ClientQuery everyone;
    everyone.includeArchived = true;
    auto existing = ClientRepository(database, clock).count(everyone);
    if (!existing)
        return existing.error();
    if (users.value() > 0 || existing.value() > 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A large demo practice is made in a new, empty file."));

    QElapsedTimer timer;
    timer.start();
    if (auto created = DemoPractice::ensureDemoUsers(database, clock); !created)
        return created.error();
    auto clinicians = addTherapists(database, size.therapists, clock);
    if (!clinicians)
        return clinicians.error();
    step(QStringLiteral("users"), size.therapists + 2, timer, progress);

    const QDateTime now = clock.nowUtc();
    if (Status status =
                writeAuditHistory(database, clinicians.value(), size.auditRows, size.clients,
                                  now.addYears(-size.years), now.addSecs(-3600), seed);
        !status)
        return status.error();
    step(QStringLiteral("audit history"), size.auditRows, timer, progress);

    const auto clientAudit = [&database, &clock, &size](const Transaction &transaction, qint64) {
        return auditDemo(database, clock, transaction,
                         QStringLiteral("%1 demo clients").arg(size.clients));
    };
    auto added = ClientRepository(database, clock)
                         .createMany(DemoPractice::makeClients(size.clients, clock.today(), seed),
                                     clientAudit);
    if (!added)
        return added.error();
    step(QStringLiteral("clients"), added.value(), timer, progress);

    auto intakes = DemoIntakes::populate(database, clock, seed);
    if (!intakes)
        return intakes.error();
    step(QStringLiteral("intakes and scores"), intakes.value(), timer, progress);

    QList<qint64> clientIds;
    {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id FROM clients ORDER BY id")))
            return Database::storageError(QStringLiteral("list the clients"),
                                          query.lastError().databaseText());
        while (query.next())
            clientIds << query.value(0).toLongLong();
    }
    auto showcase = showcaseClient(database);
    if (!showcase)
        return showcase.error();
    const ScheduleMade made =
            makeSchedule(clinicians.value(), clientIds, showcase.value(), size, now, seed);
    const auto scheduleAudit = [&database, &clock,
                                count = made.bundle.appointments.size()](const Transaction &t) {
        return auditDemo(database, clock, t, QStringLiteral("%1 demo appointments").arg(count));
    };
    auto appointments = ScheduleLoader::load(
            database, clock, made.bundle,
            ScheduleAuthor{ clinicians->first().userId, clinicians->first().name }, scheduleAudit);
    if (!appointments)
        return appointments.error();
    step(QStringLiteral("appointments"), appointments.value(), timer, progress);

    auto blocked = blockedClients(database);
    if (!blocked)
        return blocked.error();
    auto notes = DemoNotes::populate(database, clock, seed,
                                     notesCap(made, blocked.value(), *showcase, size.notes),
                                     { *showcase });
    if (!notes)
        return notes.error();
    step(QStringLiteral("session notes"), notes.value(), timer, progress);

    auto diaries = writeDiaries(database, clock, made, blocked.value(), clinicians->first(),
                                *showcase, size.diaryEntries, seed);
    if (!diaries)
        return diaries.error();
    step(QStringLiteral("diaries"), diaries.value(), timer, progress);

    return count(database);
}

Result<LargePracticeCounts> LargePractice::count(Database &database)
{
    LargePracticeCounts counts;
    const QList<std::pair<qint64 *, const char *>> tables{
        { &counts.clients, "clients" },
        { &counts.intakes, "intakes" },
        { &counts.appointments, "appointments" },
        { &counts.notes, "session_notes" },
        { &counts.diaryEntries, "diary_entries" },
        { &counts.auditRows, "audit_log" },
    };
    for (const auto &[target, table] : tables) {
        auto rows = countRows(database,
                              QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        if (!rows)
            return rows.error();
        *target = rows.value();
    }
    return counts;
}

Result<QByteArray> LargePractice::checksum(Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries{
        QStringLiteral("SELECT id, sort_name, date_of_birth, archived FROM clients ORDER BY id"),
        QStringLiteral("SELECT id, client_id, therapist_id, room_id, start_utc, status FROM "
                       "appointments ORDER BY id"),
        QStringLiteral("SELECT id, client_id, appointment_id, status, content FROM session_notes "
                       "ORDER BY id"),
        QStringLiteral("SELECT id, client_id, entry_date, headache, peak_intensity FROM "
                       "diary_entries ORDER BY id"),
        QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id"),
    };
    for (const QString &sql : queries) {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return Database::storageError(QStringLiteral("read the practice"),
                                          query.lastError().databaseText());
        const int columns = query.record().count();
        while (query.next()) {
            for (int c = 0; c < columns; ++c) {
                hash.addData(query.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
        }
    }
    return hash.result().toHex();
}

Result<qint64> LargePractice::busiestClient(Database &database)
{
    auto id = countRows(database,
                        QStringLiteral("SELECT client_id FROM session_notes GROUP BY client_id "
                                       "ORDER BY COUNT(*) DESC, client_id LIMIT 1"));
    if (!id)
        return id.error();
    return id.value();
}

} // namespace stillpoint::core
