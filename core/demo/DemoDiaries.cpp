// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoDiaries.h"

#include "core/intake/IntakeCatalog.h"
#include "core/intake/IntakeJson.h"
#include "core/outcomes/DiaryRepository.h"
#include "core/outcomes/ProgressRepository.h"
#include "core/security/AuditTrail.h"
#include "core/security/Operation.h"
#include "core/storage/Database.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace stillpoint::core {

namespace {

constexpr int RampDays = 56; // improvement reaches its full size about two months into care

double uniform(QRandomGenerator &random, double low, double high)
{
    return low + random.generateDouble() * (high - low);
}

bool chance(QRandomGenerator &random, double probability)
{
    return random.generateDouble() < probability;
}

// "Sumatriptan 50 mg" -> name "Sumatriptan", dose "50 mg".
DiaryMedication medicationFrom(const AcuteMedication &acute)
{
    static const QRegularExpression dose(QStringLiteral(R"(\s(\d.*)$)"));
    DiaryMedication medication;
    medication.kind = acute.kind;
    const auto match = dose.match(acute.name);
    medication.name = match.hasMatch() ? acute.name.left(match.capturedStart()).trimmed()
                                       : acute.name.trimmed();
    medication.dose = match.hasMatch() ? match.captured(1).trimmed() : QString();
    return medication;
}

QDate lastDayOfPreviousMonth(const QDate &today)
{
    return today.addDays(-today.day());
}

// One client's diary as it is written day by day.
class DiaryWriter
{
public:
    DiaryWriter(const DemoDiaries::Plan &plan, quint32 seed)
        : m_plan(plan),
          m_random(seed
                   ^ static_cast<quint32>(static_cast<quint64>(plan.clientId) * 2654435761ULL)),
          m_history(plan.intake.migraine)
    {
        m_baseDays = std::clamp(m_history.headacheDaysPerMonth.value_or(4), 1, 25);
        for (const TriggerEntry &trigger : plan.intake.triggers) {
            if (trigger.role == TriggerRole::Trigger)
                m_triggers << trigger.key;
        }
        m_menstrual = m_triggers.contains(QStringLiteral("hormonal"));
        m_triggers.removeAll(QStringLiteral("hormonal"));
        m_aura = m_history.auraReported == Answer::Yes;
        int acuteDays = 0;
        for (const AcuteMedication &acute : m_history.acuteMedications)
            acuteDays += acute.daysPerMonth.value_or(2);
        m_medicationShare = std::min(1.0, double(acuteDays) / m_baseDays);
        if (plan.course == DemoDiaries::Course::Overuse) {
            m_baseDays = std::max(m_baseDays, 17);
            m_medicationShare = 0.85;
        }
        m_improvement = uniform(m_random, 0.45, 0.7);
    }

    QList<DiaryEntry> write(const QDate &from, const QDate &to)
    {
        QList<DiaryEntry> rows;
        const bool overuse = m_plan.course == DemoDiaries::Course::Overuse;
        QDate cycleStart = from.addDays(-static_cast<int>(m_random.bounded(28)));
        int cycleLength = 27 + static_cast<int>(m_random.bounded(4));
        double drift = 1.0;
        int gapLeft = 0;
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            while (cycleStart.daysTo(date) >= cycleLength) {
                cycleStart = cycleStart.addDays(cycleLength);
                cycleLength = 27 + static_cast<int>(m_random.bounded(4));
            }
            if (date.day() == 1)
                drift = uniform(m_random, 0.85, 1.15);
            // Days not written down: now and then one, rarely a week; never in the overuse
            // client's last months, so every month counts.
            const bool keepsEveryDay = overuse && date > to.addDays(-160);
            if (gapLeft > 0) {
                --gapLeft;
                continue;
            }
            if (!keepsEveryDay && chance(m_random, 0.012)) {
                gapLeft = 1 + static_cast<int>(m_random.bounded(6));
                continue;
            }
            if (!keepsEveryDay && chance(m_random, 0.03))
                continue;

            const qint64 cycleDay = cycleStart.daysTo(date);
            const double care = careProgress(date);
            double probability = double(m_baseDays) / 30.0 * drift;
            if (m_menstrual)
                probability =
                        (cycleDay <= 2 || cycleDay >= cycleLength - 1) ? 0.6 : probability * 0.25;
            if (m_plan.course == DemoDiaries::Course::Improves)
                probability *= 1.0 - m_improvement * care;
            DiaryEntry row;
            row.clientId = m_plan.clientId;
            row.date = date;
            row.headache = chance(m_random, std::min(probability, 0.85));
            if (m_menstrual)
                row.menstruation = cycleDay <= 4 ? Answer::Yes : Answer::No;
            if (row.headache)
                fillAttack(row, care, m_menstrual && cycleDay <= 2);
            if (chance(m_random, 0.6))
                row.sleepHours = (row.headache ? 5.0 : 6.0) + 0.5 * m_random.bounded(7);
            if (chance(m_random, 0.6))
                row.stress = std::clamp(
                        (row.headache ? 4 : 2) + static_cast<int>(m_random.bounded(5)), 0, 10);
            rows << row;
        }
        if (overuse)
            enforceOveruse(rows, to);
        return rows;
    }

private:
    // 0 before the first session, rising to 1 over RampDays.
    double careProgress(const QDate &date) const
    {
        const qint64 days = m_plan.firstSession.daysTo(date);
        if (days <= 0)
            return 0.0;
        return std::min(1.0, double(days) / RampDays);
    }

    void fillAttack(DiaryEntry &row, double care, bool periodDay)
    {
        const int startMinutes = 6 * 60 + 15 * static_cast<int>(m_random.bounded(64));
        row.start = QTime(startMinutes / 60, startMinutes % 60);
        const double typical = m_history.typicalDurationHours.value_or(8.0);
        const double hours = typical * uniform(m_random, 0.5, 1.4);
        if (hours < 20)
            row.end = row.start->addSecs(static_cast<int>(hours * 3600) / 900 * 900);
        const double shift = m_plan.course == DemoDiaries::Course::Improves ? 1.5 * care : 0.0;
        row.peakIntensity = std::clamp(
                static_cast<int>(std::lround(m_history.peakIntensity.value_or(6)
                                             + static_cast<int>(m_random.bounded(4)) - 2 - shift)),
                2, 10);
        if (!m_history.locations.isEmpty())
            row.location = m_history.locations.at(static_cast<qsizetype>(m_random.bounded(
                    static_cast<quint32>(std::min<qsizetype>(2, m_history.locations.size())))));
        row.aura = m_aura ? (chance(m_random, 0.6) ? Answer::Yes : Answer::No) : Answer::No;
        const auto symptom = [this](Answer reported, double often) {
            return reported == Answer::Yes && chance(m_random, often) ? Answer::Yes : Answer::No;
        };
        row.nausea = symptom(m_history.nausea, 0.65);
        row.lightSensitivity = symptom(m_history.lightSensitivity, 0.75);
        row.soundSensitivity = symptom(m_history.soundSensitivity, 0.6);
        if (!m_history.acuteMedications.isEmpty() && chance(m_random, m_medicationShare))
            row.medications << takeMedication(row);
        if (periodDay)
            row.triggers << QStringLiteral("hormonal");
        if (!m_triggers.isEmpty() && chance(m_random, 0.55)) {
            const auto pickTrigger = [this] {
                return m_triggers.at(static_cast<qsizetype>(
                        m_random.bounded(static_cast<quint32>(m_triggers.size()))));
            };
            row.triggers << pickTrigger();
            if (chance(m_random, 0.3)) {
                const QString second = pickTrigger();
                if (!row.triggers.contains(second))
                    row.triggers << second;
            }
        }
        if (chance(m_random, 0.06)) {
            const auto &catalog = IntakeCatalog::triggers();
            const QString other = catalog.at(static_cast<qsizetype>(m_random.bounded(
                                                     static_cast<quint32>(catalog.size()))))
                                          .key;
            if (other != QLatin1String("neck-pain") && other != QLatin1String("fatigue")
                && !row.triggers.contains(other))
                row.triggers << other;
        }
        if (!m_history.whatHelps.isEmpty() && chance(m_random, 0.3))
            row.whatHelped = IntakeCatalog::label(
                    IntakeCatalog::reliefMeasures(),
                    m_history.whatHelps.at(static_cast<qsizetype>(
                            m_random.bounded(static_cast<quint32>(m_history.whatHelps.size())))));
        row.dayMissed = row.peakIntensity.value_or(0) >= 7 && chance(m_random, 0.35) ? Answer::Yes
                                                                                     : Answer::No;
    }

    DiaryMedication takeMedication(const DiaryEntry &row)
    {
        const QList<AcuteMedication> &acute = m_history.acuteMedications;
        qsizetype index = 0;
        if (m_plan.course == DemoDiaries::Course::Overuse) {
            for (qsizetype i = 0; i < acute.size(); ++i) {
                if (acute.at(i).kind == AcuteMedicationKind::Triptan) {
                    index = i;
                    break;
                }
            }
        } else {
            index = static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(acute.size())));
        }
        DiaryMedication medication = medicationFrom(acute.at(index));
        medication.time =
                row.start->addSecs(60 * (15 + 15 * static_cast<int>(m_random.bounded(5))));
        medication.helped = chance(m_random, 0.7) ? Answer::Yes : Answer::No;
        return medication;
    }

    // At least 11 triptan days in each of the last four complete months.
    void enforceOveruse(QList<DiaryEntry> &rows, const QDate &to)
    {
        const QDate firstMonth = QDate(to.year(), to.month(), 1).addMonths(-3);
        for (QDate month = firstMonth; month <= to; month = month.addMonths(1)) {
            QList<qsizetype> withoutTriptan;
            int days = 0;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const DiaryEntry &row = rows.at(i);
                if (row.date.year() != month.year() || row.date.month() != month.month())
                    continue;
                const bool triptan = std::any_of(row.medications.cbegin(), row.medications.cend(),
                                                 [](const DiaryMedication &m) {
                                                     return m.kind == AcuteMedicationKind::Triptan;
                                                 });
                if (triptan)
                    ++days;
                else
                    withoutTriptan << i;
            }
            while (days < 11 && !withoutTriptan.isEmpty()) {
                const qsizetype pick = withoutTriptan.takeAt(static_cast<qsizetype>(
                        m_random.bounded(static_cast<quint32>(withoutTriptan.size()))));
                DiaryEntry &row = rows[pick];
                if (!row.headache) {
                    row.headache = true;
                    fillAttack(row, 0.0, false);
                }
                row.medications.clear();
                row.medications << takeMedication(row);
                ++days;
            }
        }
    }

    const DemoDiaries::Plan &m_plan;
    QRandomGenerator m_random;
    const MigraineHistory &m_history;
    int m_baseDays = 4;
    QStringList m_triggers;
    bool m_menstrual = false;
    bool m_aura = false;
    double m_medicationShare = 0.5;
    double m_improvement = 0.5;
};

bool hasTriptan(const MigraineHistory &history)
{
    return std::any_of(history.acuteMedications.cbegin(), history.acuteMedications.cend(),
                       [](const AcuteMedication &acute) {
                           return acute.kind == AcuteMedicationKind::Triptan;
                       });
}

} // namespace

QList<DiaryEntry> DemoDiaries::make(const Plan &plan, const QDate &today, quint32 seed)
{
    DiaryWriter writer(plan, seed);
    QRandomGenerator random(seed
                            ^ static_cast<quint32>(static_cast<quint64>(plan.clientId) * 40503ULL));
    const QDate from = plan.firstSession.addDays(-(38 + static_cast<int>(random.bounded(9))));
    QDate to = today;
    if (plan.course == Course::Overuse)
        to = lastDayOfPreviousMonth(today);
    else if (random.bounded(12) == 0) // stopped keeping the diary a while ago
        to = std::max(plan.firstSession.addDays(35),
                      today.addDays(-(7 + static_cast<int>(random.bounded(35)))));
    return writer.write(from, std::min(to, today));
}

Result<int> DemoDiaries::populateIfNone(Database &database, const Clock &clock, quint32 seed)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM diary_entries)")) || !query.next())
        return Database::storageError(QStringLiteral("look for diaries"), {});
    if (query.value(0).toBool())
        return 0;
    return populate(database, clock, seed);
}

Result<int> DemoDiaries::populate(Database &database, const Clock &clock, quint32 seed)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, CASE display_name WHEN '' THEN username ELSE "
                                   "display_name END FROM users WHERE active = 1 AND role IN "
                                   "('therapist', 'owner') ORDER BY username <> 'therapist', "
                                   "role <> 'therapist', id LIMIT 1")))
        return Database::storageError(QStringLiteral("find the demo therapist"), {});
    if (!query.next())
        return 0;
    const DiaryAuthor author{ query.value(0).toLongLong(), query.value(1).toString() };
    query.finish();

    auto firstSessions = ProgressRepository(database).firstSessionDates();
    if (!firstSessions)
        return firstSessions.error();
    const QDate today = clock.today();

    // The latest signed intake of each active client without a diary who has had a session.
    QMap<qint64, QByteArray> intakes;
    if (!query.exec(QStringLiteral(
                "SELECT i.client_id, i.content FROM intakes i JOIN clients c ON c.id = "
                "i.client_id WHERE i.status = 'signed' AND c.archived = 0 AND NOT EXISTS (SELECT "
                "1 FROM diary_entries d WHERE d.client_id = i.client_id) ORDER BY i.client_id, "
                "i.version")))
        return Database::storageError(QStringLiteral("read the demo intakes"), {});
    while (query.next()) {
        const qint64 clientId = query.value(0).toLongLong();
        const QDate first = firstSessions->value(clientId);
        if (first.isValid() && first <= today)
            intakes.insert(clientId, query.value(1).toByteArray());
    }
    query.finish();

    QRandomGenerator random(seed ^ 0xd1a7e5U);
    bool overuseChosen = false;
    const QDate overuseLatestStart = lastDayOfPreviousMonth(today).addMonths(-4).addDays(30);
    QList<DiaryEntry> rows;
    int clients = 0;
    for (auto it = intakes.cbegin(); it != intakes.cend(); ++it) {
        Plan plan;
        plan.clientId = it.key();
        plan.firstSession = firstSessions->value(it.key());
        if (Status read = IntakeJson::read(it.value(), plan.intake); !read)
            return read.error();
        const MigraineHistory &history = plan.intake.migraine;
        const bool chronic = history.headacheDaysPerMonth.value_or(0) >= 15;
        if (!overuseChosen && chronic && hasTriptan(history)
            && plan.firstSession <= overuseLatestStart) {
            plan.course = Course::Overuse;
            overuseChosen = true;
        } else if (random.bounded(7) == 0) {
            continue; // this client keeps no diary
        } else {
            plan.course = random.bounded(100) < 60 ? Course::Improves : Course::Unchanged;
        }
        rows << make(plan, today, seed);
        ++clients;
    }
    if (rows.isEmpty())
        return 0;
    const auto audit = [&database, &clock, count = rows.size(),
                        clients](const Transaction &transaction, qint64) {
        AuditEvent added;
        added.operation = Operations::key(Operation::DemoCreate);
        added.username = QStringLiteral("demo");
        added.detail =
                QStringLiteral("demo diaries: %1 rows for %2 clients").arg(count).arg(clients);
        return AuditTrail(database, clock).record(transaction, added);
    };
    return DiaryRepository(database, clock).insertMany(rows, author, audit);
}

} // namespace stillpoint::core
