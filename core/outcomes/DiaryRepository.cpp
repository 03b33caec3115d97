// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryRepository.h"
#include "core/storage/SqlValues.h"

#include "core/outcomes/DiaryValidator.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace stillpoint::core {

namespace {

using sql::isoUtc;
using sql::queryError;
using sql::textValue;

const QString columns = QStringLiteral(
        "id, client_id, entry_date, headache, start_time, end_time, peak_intensity, location, "
        "aura, nausea, light_sensitivity, sound_sensitivity, medications, triggers, "
        "menstruation, sleep_hours, stress, what_helped, day_missed, source, row_version");

const QString insertSql = QStringLiteral(
        "INSERT INTO diary_entries (client_id, entry_date, headache, start_time, end_time, "
        "peak_intensity, location, aura, nausea, light_sensitivity, sound_sensitivity, "
        "medications, triggers, menstruation, sleep_hours, stress, what_helped, day_missed, "
        "source, created_by_user_id, created_by, created_at, updated_at, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");

const QString timeFormat = QStringLiteral("HH:mm");

QVariant timeValue(const std::optional<QTime> &time)
{
    return time && time->isValid() ? QVariant(time->toString(timeFormat)) : QVariant();
}

// "09:30" as stored; read by hand, as the progress page reads hundreds of rows at a time.
std::optional<QTime> timeFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() != 5 || text.at(2) != QLatin1Char(':'))
        return std::nullopt;
    const QStringView view(text);
    const QTime time(view.left(2).toInt(), view.mid(3, 2).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

// "2026-03-07" as stored (the schema checks the form).
QDate dateFrom(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() != 10)
        return QDate::fromString(text, Qt::ISODate);
    const QStringView view(text);
    return QDate(view.left(4).toInt(), view.mid(5, 2).toInt(), view.mid(8, 2).toInt());
}

template<typename T>
QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant answerValue(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return QStringLiteral("yes");
    case Answer::No:
        return QStringLiteral("no");
    case Answer::Unknown:
        break;
    }
    return {};
}

Answer answerFrom(const QVariant &value)
{
    const QString key = value.toString();
    if (key == QLatin1String("yes"))
        return Answer::Yes;
    if (key == QLatin1String("no"))
        return Answer::No;
    return Answer::Unknown;
}

QString kindKey(AcuteMedicationKind kind)
{
    switch (kind) {
    case AcuteMedicationKind::Triptan:
        return QStringLiteral("triptan");
    case AcuteMedicationKind::SimpleAnalgesic:
        return QStringLiteral("simple-analgesic");
    case AcuteMedicationKind::Combination:
        return QStringLiteral("combination");
    case AcuteMedicationKind::Other:
        break;
    }
    return QStringLiteral("other");
}

AcuteMedicationKind kindFrom(const QString &key)
{
    if (key == QLatin1String("triptan"))
        return AcuteMedicationKind::Triptan;
    if (key == QLatin1String("simple-analgesic"))
        return AcuteMedicationKind::SimpleAnalgesic;
    if (key == QLatin1String("combination"))
        return AcuteMedicationKind::Combination;
    return AcuteMedicationKind::Other;
}

// A JSON string literal. Written by hand (read back with QJsonDocument): the demo practice and
// imports write hundreds of thousands of rows, and a QJsonDocument per row is most of that time.
void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendJsonMember(QString &out, QLatin1String key, const QString &value)
{
    out += QLatin1Char(',');
    appendJsonString(out, key);
    out += QLatin1Char(':');
    appendJsonString(out, value);
}

QString medicationsJson(const QList<DiaryMedication> &medications)
{
    if (medications.isEmpty())
        return QStringLiteral("[]");
    QString json = QStringLiteral("[");
    for (const DiaryMedication &medication : medications) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1String("{\"name\":");
        appendJsonString(json, medication.name);
        if (!medication.dose.isEmpty())
            appendJsonMember(json, QLatin1String("dose"), medication.dose);
        if (medication.time && medication.time->isValid())
            appendJsonMember(json, QLatin1String("time"), medication.time->toString(timeFormat));
        appendJsonMember(json, QLatin1String("kind"), kindKey(medication.kind));
        if (medication.helped != Answer::Unknown)
            appendJsonMember(json, QLatin1String("helped"),
                             answerValue(medication.helped).toString());
        json += QLatin1Char('}');
    }
    json += QLatin1Char(']');
    return json;
}

QList<DiaryMedication> medicationsFrom(const QString &json)
{
    QList<DiaryMedication> medications;
    if (json.size() <= 2)
        return medications; // "[]"
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        DiaryMedication medication;
        medication.name = object.value(QStringLiteral("name")).toString();
        medication.dose = object.value(QStringLiteral("dose")).toString();
        medication.time = timeFrom(object.value(QStringLiteral("time")).toVariant());
        medication.kind = kindFrom(object.value(QStringLiteral("kind")).toString());
        medication.helped = answerFrom(object.value(QStringLiteral("helped")).toVariant());
        medications << medication;
    }
    return medications;
}

QString triggersJson(const QStringList &triggers)
{
    QString json = QStringLiteral("[");
    for (const QString &trigger : triggers) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        appendJsonString(json, trigger);
    }
    json += QLatin1Char(']');
    return json;
}

QStringList triggersFrom(const QString &json)
{
    QStringList triggers;
    if (json.size() <= 2)
        return triggers;
    // As written above: without a backslash no string holds a quote, so "," only separates.
    if (json.size() >= 4 && json.startsWith(QLatin1String("[\""))
        && json.endsWith(QLatin1String("\"]")) && !json.contains(QLatin1Char('\\')))
        return QStringView(json).mid(2, json.size() - 4).toString().split(QStringLiteral("\",\""));
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        triggers << value.toString();
    return triggers;
}

QString sourceKey(DiarySource source)
{
    return source == DiarySource::Import ? QStringLiteral("import") : QStringLiteral("manual");
}

DiaryEntry entryFrom(const QSqlQuery &query)
{
    DiaryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.clientId = query.value(1).toLongLong();
    entry.date = dateFrom(query.value(2));
    entry.headache = query.value(3).toInt() != 0;
    entry.start = timeFrom(query.value(4));
    entry.end = timeFrom(query.value(5));
    if (!query.value(6).isNull())
        entry.peakIntensity = query.value(6).toInt();
    entry.location = query.value(7).toString();
    entry.aura = answerFrom(query.value(8));
    entry.nausea = answerFrom(query.value(9));
    entry.lightSensitivity = answerFrom(query.value(10));
    entry.soundSensitivity = answerFrom(query.value(11));
    entry.medications = medicationsFrom(query.value(12).toString());
    entry.triggers = triggersFrom(query.value(13).toString());
    entry.menstruation = answerFrom(query.value(14));
    if (!query.value(15).isNull())
        entry.sleepHours = query.value(15).toDouble();
    if (!query.value(16).isNull())
        entry.stress = query.value(16).toInt();
    entry.whatHelped = query.value(17).toString();
    entry.dayMissed = answerFrom(query.value(18));
    entry.source = query.value(19).toString() == QLatin1String("import") ? DiarySource::Import
                                                                         : DiarySource::Manual;
    entry.rowVersion = query.value(20).toInt();
    return entry;
}

// Binds the content columns (client_id through source: 19 values) from position `at`.
void bindContent(QSqlQuery &query, int at, const DiaryEntry &entry)
{
    query.bindValue(at++, entry.clientId);
    query.bindValue(at++, entry.date.toString(Qt::ISODate));
    query.bindValue(at++, entry.headache ? 1 : 0);
    query.bindValue(at++, timeValue(entry.start));
    query.bindValue(at++, timeValue(entry.end));
    query.bindValue(at++, optionalValue(entry.peakIntensity));
    query.bindValue(at++, textValue(entry.location));
    query.bindValue(at++, answerValue(entry.aura));
    query.bindValue(at++, answerValue(entry.nausea));
    query.bindValue(at++, answerValue(entry.lightSensitivity));
    query.bindValue(at++, answerValue(entry.soundSensitivity));
    query.bindValue(at++, medicationsJson(entry.medications));
    query.bindValue(at++, triggersJson(entry.triggers));
    query.bindValue(at++, answerValue(entry.menstruation));
    query.bindValue(at++, optionalValue(entry.sleepHours));
    query.bindValue(at++, optionalValue(entry.stress));
    query.bindValue(at++, textValue(entry.whatHelped));
    query.bindValue(at++, answerValue(entry.dayMissed));
    query.bindValue(at++, sourceKey(entry.source));
}

void bindInsert(QSqlQuery &query, const DiaryEntry &entry, const DiaryAuthor &author,
                const QString &now)
{
    bindContent(query, 0, entry);
    query.bindValue(19, author.userId > 0 ? QVariant(author.userId) : QVariant());
    query.bindValue(20, textValue(author.name));
    query.bindValue(21, now);
    query.bindValue(22, now);
}

bool isDuplicateError(const QSqlQuery &query)
{
    return query.lastError().databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

Error duplicateError(const DiaryEntry &entry)
{
    return makeError(ErrorCode::Conflict,
                     entry.start ? QStringLiteral("The diary already has a row on %1 starting at "
                                                  "%2; change that row instead.")
                                           .arg(entry.date.toString(Qt::ISODate),
                                                entry.start->toString(timeFormat))
                                 : QStringLiteral("The diary already has a row on %1 without a "
                                                  "start time; change that row instead.")
                                           .arg(entry.date.toString(Qt::ISODate)),
                     QStringLiteral("start"));
}

Error notFound(qint64 entryId)
{
    return makeError(
            ErrorCode::NotFound,
            QStringLiteral("Diary row %1 does not exist; it may have been removed.").arg(entryId));
}

Error changedElsewhere()
{
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("This diary row was changed or removed elsewhere since it was "
                                    "opened. Reopen the diary to see the latest; nothing was "
                                    "saved."));
}

Status finish(Transaction &transaction, const DiaryRepository::BeforeCommit &beforeCommit,
              qint64 recordId)
{
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, recordId); !status)
            return status;
    }
    return transaction.commit();
}

// Content equality, leaving out what storage sets (id, version, source).
bool sameContent(DiaryEntry a, DiaryEntry b)
{
    a.id = b.id;
    a.rowVersion = b.rowVersion;
    a.source = b.source;
    a.clientId = b.clientId;
    return a == b;
}

// Times to the minute, as stored.
DiaryEntry normalised(DiaryEntry entry)
{
    const auto minute = [](std::optional<QTime> &time) {
        if (time && time->isValid())
            time = QTime(time->hour(), time->minute());
    };
    minute(entry.start);
    minute(entry.end);
    for (DiaryMedication &medication : entry.medications)
        minute(medication.time);
    return entry;
}

} // namespace

DiaryRepository::DiaryRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<QList<DiaryEntry>> DiaryRepository::entries(qint64 clientId, const QDate &from,
                                                   const QDate &to) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM diary_entries WHERE client_id = ? AND "
                                 "entry_date >= ? AND entry_date <= ? ORDER BY entry_date, "
                                 "ifnull(start_time, '')")
                          .arg(columns));
    query.addBindValue(clientId);
    query.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"));
    query.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999"));
    if (!query.exec())
        return queryError(QStringLiteral("read the diary"), query);
    QList<DiaryEntry> list;
    while (query.next())
        list << entryFrom(query);
    return list;
}

Result<DiaryEntry> DiaryRepository::find(qint64 entryId) const
{
    return findIn(entryId);
}

Result<DiaryEntry> DiaryRepository::findIn(qint64 entryId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM diary_entries WHERE id = ?").arg(columns));
    query.addBindValue(entryId);
    if (!query.exec())
        return queryError(QStringLiteral("read a diary row"), query);
    if (!query.next())
        return notFound(entryId);
    return entryFrom(query);
}

Result<bool> DiaryRepository::clientExists(qint64 clientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?)"));
    query.addBindValue(clientId);
    if (!query.exec() || !query.next())
        return queryError(QStringLiteral("look for the client"), query);
    return query.value(0).toBool();
}

Status DiaryRepository::checkNoDuplicate(const DiaryEntry &entry) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM diary_entries WHERE client_id = ? AND "
                                 "entry_date = ? AND ifnull(start_time, '') = ? AND id <> ?"));
    query.addBindValue(entry.clientId);
    query.addBindValue(entry.date.toString(Qt::ISODate));
    query.addBindValue(timeValue(entry.start).toString());
    query.addBindValue(entry.id);
    if (!query.exec())
        return queryError(QStringLiteral("look for the same diary row"), query);
    if (query.next())
        return duplicateError(entry);
    return Status::success();
}

Result<DiaryEntry> DiaryRepository::insert(const DiaryEntry &entry, const DiaryAuthor &author,
                                           const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    DiaryEntry fresh = normalised(entry);
    fresh.id = 0;
    if (Status unique = checkNoDuplicate(fresh); !unique)
        return unique.error();
    QSqlQuery query(m_database.connection());
    query.prepare(insertSql);
    bindInsert(query, fresh, author, isoUtc(m_clock.nowUtc()));
    if (!query.exec())
        return isDuplicateError(query) ? duplicateError(fresh)
                                       : queryError(QStringLiteral("save the diary row"), query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status done = finish(transaction, beforeCommit, id); !done)
        return done.error();
    return findIn(id);
}

Status DiaryRepository::writeUpdate(const DiaryEntry &entry, const QString &now)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "UPDATE diary_entries SET client_id = ?, entry_date = ?, headache = ?, "
            "start_time = ?, end_time = ?, peak_intensity = ?, location = ?, aura = ?, "
            "nausea = ?, light_sensitivity = ?, sound_sensitivity = ?, medications = ?, "
            "triggers = ?, menstruation = ?, sleep_hours = ?, stress = ?, what_helped = ?, "
            "day_missed = ?, source = ?, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ?"));
    bindContent(query, 0, entry);
    query.bindValue(19, now);
    query.bindValue(20, entry.id);
    query.bindValue(21, entry.rowVersion);
    if (!query.exec())
        return isDuplicateError(query) ? duplicateError(entry)
                                       : queryError(QStringLiteral("save the diary row"), query);
    if (query.numRowsAffected() != 1)
        return changedElsewhere();
    return Status::success();
}

Result<DiaryEntry> DiaryRepository::update(const DiaryEntry &entry,
                                           const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto stored = findIn(entry.id);
    if (!stored)
        return stored.error();
    if (stored->clientId != entry.clientId)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("This diary row belongs to another client; it was not "
                                        "saved."));
    if (stored->rowVersion != entry.rowVersion)
        return changedElsewhere();
    DiaryEntry changed = normalised(entry);
    changed.source = stored->source; // an imported row corrected by hand is still from the file
    if (Status unique = checkNoDuplicate(changed); !unique)
        return unique.error();
    if (Status written = writeUpdate(changed, isoUtc(m_clock.nowUtc())); !written)
        return written.error();
    if (Status done = finish(transaction, beforeCommit, entry.id); !done)
        return done.error();
    return findIn(entry.id);
}

Status DiaryRepository::remove(qint64 entryId, int expectedRowVersion,
                               const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM diary_entries WHERE id = ? AND row_version = ?"));
    query.addBindValue(entryId);
    query.addBindValue(expectedRowVersion);
    if (!query.exec())
        return queryError(QStringLiteral("remove the diary row"), query);
    if (query.numRowsAffected() != 1) {
        auto stored = findIn(entryId);
        return stored ? changedElsewhere() : stored.error();
    }
    return finish(transaction, beforeCommit, entryId);
}

Result<DiaryMonthChange> DiaryRepository::replaceMonth(qint64 clientId, const QDate &month,
                                                       const QList<DiaryEntry> &rows,
                                                       const DiaryAuthor &author,
                                                       const MonthBeforeCommit &beforeCommit)
{
    if (!month.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The month is not a date."),
                         QStringLiteral("month"));
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto stored = entries(clientId, first, last);
    if (!stored)
        return stored.error();
    QHash<qint64, DiaryEntry> byId;
    for (const DiaryEntry &entry : std::as_const(stored.value()))
        byId.insert(entry.id, entry);

    DiaryMonthChange change;
    QList<DiaryEntry> updates;
    QList<DiaryEntry> inserts;
    QSet<qint64> kept;
    for (DiaryEntry entry : rows) {
        entry = normalised(entry);
        entry.clientId = clientId;
        if (entry.date < first || entry.date > last)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("A row dated %1 is not in %2; nothing was saved.")
                                     .arg(entry.date.toString(Qt::ISODate),
                                          first.toString(QStringLiteral("yyyy-MM"))),
                             QStringLiteral("date"));
        if (entry.id == 0) {
            inserts << entry;
            continue;
        }
        const auto it = byId.constFind(entry.id);
        if (it == byId.cend() || kept.contains(entry.id) || it->rowVersion != entry.rowVersion)
            return changedElsewhere();
        kept.insert(entry.id);
        if (sameContent(entry, *it)) {
            ++change.unchanged;
            continue;
        }
        entry.source = it->source;
        updates << entry;
    }

    QSqlQuery deletion(m_database.connection());
    deletion.prepare(QStringLiteral("DELETE FROM diary_entries WHERE id = ?"));
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        if (kept.contains(it.key()))
            continue;
        deletion.bindValue(0, it.key());
        if (!deletion.exec())
            return queryError(QStringLiteral("remove a diary row"), deletion);
        ++change.removed;
    }
    const QString now = isoUtc(m_clock.nowUtc());
    for (const DiaryEntry &entry : std::as_const(updates)) {
        if (Status written = writeUpdate(entry, now); !written)
            return written.error();
        ++change.changed;
    }
    QSqlQuery addition(m_database.connection());
    addition.prepare(insertSql);
    for (const DiaryEntry &entry : std::as_const(inserts)) {
        bindInsert(addition, entry, author, now);
        if (!addition.exec())
            return isDuplicateError(addition)
                    ? duplicateError(entry)
                    : queryError(QStringLiteral("save the month"), addition);
        ++change.added;
    }
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, change); !status)
            return status.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return change;
}

Result<int> DiaryRepository::insertMany(const QList<DiaryEntry> &rows, const DiaryAuthor &author,
                                        const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery addition(m_database.connection());
    if (!addition.prepare(insertSql))
        return queryError(QStringLiteral("save the diary rows"), addition);
    const QString now = isoUtc(m_clock.nowUtc());
    for (const DiaryEntry &entry : rows) {
        bindInsert(addition, normalised(entry), author, now);
        if (!addition.exec())
            return isDuplicateError(addition)
                    ? duplicateError(entry)
                    : queryError(QStringLiteral("save the diary rows"), addition);
    }
    if (Status done = finish(transaction, beforeCommit, 0); !done)
        return done.error();
    return static_cast<int>(rows.size());
}

Result<QHash<qint64, QList<DiaryEntry>>> DiaryRepository::headacheDaysByClient() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT client_id, entry_date, headache FROM diary_entries "
                                   "ORDER BY client_id, entry_date")))
        return queryError(QStringLiteral("read the diaries"), query);
    QHash<qint64, QList<DiaryEntry>> byClient;
    QList<DiaryEntry> *current = nullptr;
    qint64 currentId = 0;
    while (query.next()) {
        const qint64 clientId = query.value(0).toLongLong();
        if (!current || clientId != currentId) {
            current = &byClient[clientId];
            currentId = clientId;
        }
        DiaryEntry entry;
        entry.clientId = clientId;
        entry.date = dateFrom(query.value(1));
        entry.headache = query.value(2).toInt() != 0;
        current->append(entry);
    }
    return byClient;
}

} // namespace stillpoint::core
