// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryImport.h"

#include "core/intake/IntakeCatalog.h"
#include "core/outcomes/DiaryValidator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace stillpoint::core {

namespace {

// A cell as the import reads it: trimmed, without the apostrophe exports put before text a
// spreadsheet would run as a formula.
QString cellValue(const QString &cell)
{
    QString value = cell.trimmed();
    if (value.size() > 1 && value.front() == u'\'' && QStringLiteral("=+-@").contains(value.at(1)))
        value.remove(0, 1);
    return value;
}

QString folded(const QString &text)
{
    return text.simplified().toLower();
}

// Reads the cells of one record through the mapping, collecting every problem.
class RowReader
{
public:
    RowReader(const CsvRecord &record, const DiaryImportMapping &mapping)
        : m_record(record), m_mapping(mapping)
    { }

    QString cell(DiaryColumn column) const
    {
        const int index = m_mapping.columnOf(column);
        return index >= 0 ? cellValue(m_record.fields.value(index)) : QString();
    }
    bool has(DiaryColumn column) const { return !cell(column).isEmpty(); }

    void problem(const QString &field, const QString &message)
    {
        errors << makeError(ErrorCode::InvalidInput, message, field);
    }

    Answer answer(DiaryColumn column, const QString &field)
    {
        const QString text = cell(column);
        const auto parsed = DiaryImport::parseAnswer(text);
        if (!parsed) {
            problem(field,
                    QStringLiteral("%1 \"%2\" is not yes or no (write yes, no, y, n, 1 or 0, or "
                                   "leave it empty).")
                            .arg(DiaryColumns::label(column), text));
            return Answer::Unknown;
        }
        return *parsed;
    }

    // A whole number (also "7/10"); empty when blank.
    std::optional<int> scale(DiaryColumn column, const QString &field)
    {
        QString text = cell(column);
        if (text.isEmpty())
            return std::nullopt;
        if (text.endsWith(QLatin1String("/10")))
            text.chop(3);
        bool ok = false;
        const int value = text.trimmed().toInt(&ok);
        if (!ok) {
            problem(field,
                    QStringLiteral("%1 \"%2\" is not a whole number from 0 to 10.")
                            .arg(DiaryColumns::label(column), cell(column)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QTime> time(DiaryColumn column, const QString &field)
    {
        auto parsed = DiaryImport::parseTime(cell(column), DiaryColumns::label(column));
        if (!parsed) {
            problem(field, parsed.error().message);
            return std::nullopt;
        }
        return parsed.value();
    }

    std::optional<double> hours(DiaryColumn column, const QString &field)
    {
        const QString text = cell(column);
        if (text.isEmpty())
            return std::nullopt;
        static const QRegularExpression clock(QStringLiteral(R"(^(\d{1,2}):(\d{2})$)"));
        if (const auto match = clock.match(text); match.hasMatch())
            return match.captured(1).toInt() + match.captured(2).toInt() / 60.0;
        QString number = folded(text);
        for (const char *unit : { "hours", "hrs", "hr", "h" }) {
            if (number.endsWith(QLatin1String(unit))) {
                number.chop(qsizetype(qstrlen(unit)));
                break;
            }
        }
        number = number.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            problem(field,
                    QStringLiteral("%1 \"%2\" is not a number of hours (write 7.5 or 7:30).")
                            .arg(DiaryColumns::label(column), text));
            return std::nullopt;
        }
        return value;
    }

    QList<Error> errors;

private:
    const CsvRecord &m_record;
    const DiaryImportMapping &m_mapping;
};

QString catalogKey(const QList<CatalogEntry> &catalog, const QString &text)
{
    const QString wanted = folded(text);
    for (const CatalogEntry &entry : catalog) {
        if (wanted == entry.key || wanted == folded(entry.label))
            return entry.key;
    }
    return {};
}

QList<DiaryMedication> readMedications(RowReader &reader)
{
    const QStringList names = DiaryImport::splitList(reader.cell(DiaryColumn::Medication));
    const QStringList doses = DiaryImport::splitList(reader.cell(DiaryColumn::Dose));
    const QStringList times = DiaryImport::splitList(reader.cell(DiaryColumn::MedicationTime));
    const QStringList helped = DiaryImport::splitList(reader.cell(DiaryColumn::MedicationHelped));
    const qsizetype count = std::max({ names.size(), doses.size(), times.size(), helped.size() });
    QList<DiaryMedication> medications;
    for (qsizetype i = 0; i < count; ++i) {
        DiaryMedication medication;
        medication.name = names.value(i).simplified();
        medication.dose = doses.value(i).simplified();
        medication.kind = DiaryImport::medicationKind(medication.name);
        const QString field = QStringLiteral("medications.%1.").arg(i + 1);
        if (!times.value(i).isEmpty()) {
            auto time = DiaryImport::parseTime(times.value(i),
                                               DiaryColumns::label(DiaryColumn::MedicationTime));
            if (time)
                medication.time = time.value();
            else
                reader.problem(field + QStringLiteral("time"), time.error().message);
        }
        const auto answer = DiaryImport::parseAnswer(helped.value(i));
        if (answer)
            medication.helped = *answer;
        else
            reader.problem(field + QStringLiteral("helped"),
                           QStringLiteral("Medication helped \"%1\" is not yes or no.")
                                   .arg(helped.value(i)));
        medications << medication;
    }
    if (count > 0 && names.size() < count)
        reader.problem(QStringLiteral("medications.%1.name").arg(names.size() + 1),
                       QStringLiteral("%1 doses, times or answers are given for %2 medications: "
                                      "name each medication, in the same order.")
                               .arg(count)
                               .arg(names.size()));
    return medications;
}

DiaryEntry readEntry(const CsvRecord &record, int headerColumns, const DiaryImportMapping &mapping,
                     DateOrder order, QList<Error> &errors)
{
    const auto fieldCount = static_cast<int>(record.fields.size());
    if (fieldCount < headerColumns) {
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("The row has %1 fields but the header names %2 "
                                           "columns: a field is missing, or a line break splits "
                                           "the row.")
                                    .arg(fieldCount)
                                    .arg(headerColumns),
                            QStringLiteral("row"));
    } else {
        for (int extra = headerColumns; extra < fieldCount; ++extra) {
            if (!record.fields.at(extra).trimmed().isEmpty()) {
                errors << makeError(ErrorCode::InvalidInput,
                                    QStringLiteral("The row has %1 fields but the header names "
                                                   "%2 columns: a field with the delimiter in it "
                                                   "needs quotes around it.")
                                            .arg(fieldCount)
                                            .arg(headerColumns),
                                    QStringLiteral("row"));
                break;
            }
        }
    }

    RowReader reader(record, mapping);
    DiaryEntry entry;
    entry.source = DiarySource::Import;
    const QString dateText = reader.cell(DiaryColumn::Date);
    if (dateText.isEmpty()) {
        reader.problem(QStringLiteral("date"), QStringLiteral("The date is missing."));
    } else {
        const auto date = ClientImportDates::parse(dateText, order);
        if (date && date->isValid())
            entry.date = date.value();
        else
            reader.problem(QStringLiteral("date"),
                           QStringLiteral("Date \"%1\" is not a day of the calendar%2: write it "
                                          "as 2026-03-07, 07/03/2026 or 7.3.2026.")
                                   .arg(dateText,
                                        order == DateOrder::Automatic ? QString()
                                                                      : QStringLiteral(" read as ")
                                                        + DateOrders::label(order)));
    }
    entry.start = reader.time(DiaryColumn::Start, QStringLiteral("start"));
    entry.end = reader.time(DiaryColumn::End, QStringLiteral("end"));
    entry.peakIntensity = reader.scale(DiaryColumn::Intensity, QStringLiteral("peakIntensity"));
    const QString location = reader.cell(DiaryColumn::Location).simplified();
    const QString locationKey = catalogKey(IntakeCatalog::headacheLocations(), location);
    entry.location = locationKey.isEmpty() ? location : locationKey;
    entry.aura = reader.answer(DiaryColumn::Aura, QStringLiteral("aura"));
    entry.nausea = reader.answer(DiaryColumn::Nausea, QStringLiteral("nausea"));
    entry.lightSensitivity =
            reader.answer(DiaryColumn::LightSensitivity, QStringLiteral("lightSensitivity"));
    entry.soundSensitivity =
            reader.answer(DiaryColumn::SoundSensitivity, QStringLiteral("soundSensitivity"));
    entry.medications = readMedications(reader);
    for (const QString &trigger : DiaryImport::splitList(reader.cell(DiaryColumn::Triggers)))
        entry.triggers << DiaryImport::triggerKey(trigger);
    entry.menstruation = reader.answer(DiaryColumn::Menstruation, QStringLiteral("menstruation"));
    entry.sleepHours = reader.hours(DiaryColumn::Sleep, QStringLiteral("sleepHours"));
    entry.stress = reader.scale(DiaryColumn::Stress, QStringLiteral("stress"));
    entry.whatHelped = reader.cell(DiaryColumn::WhatHelped);
    entry.dayMissed = reader.answer(DiaryColumn::DayMissed, QStringLiteral("dayMissed"));

    // A headache when the file says so; without a headache column, when the row has an
    // intensity above 0, a time, medication or a headache feature.
    const Answer headache = reader.answer(DiaryColumn::Headache, QStringLiteral("headache"));
    if (headache != Answer::Unknown)
        entry.headache = headache == Answer::Yes;
    else
        entry.headache = entry.peakIntensity.value_or(0) > 0 || entry.start || entry.end
                || !entry.medications.isEmpty() || entry.aura == Answer::Yes
                || entry.nausea == Answer::Yes || entry.lightSensitivity == Answer::Yes
                || entry.soundSensitivity == Answer::Yes;
    errors << reader.errors;
    return entry;
}

// A slashed date that reads both ways while the order is not chosen.
bool needsOrder(const QString &value)
{
    return !ClientImportDates::parse(value, DateOrder::Automatic)
            && ClientImportDates::parse(value, DateOrder::DayMonthYear)
            && ClientImportDates::parse(value, DateOrder::MonthDayYear);
}

} // namespace

int DiaryImportPreview::count(DiaryImportStatus status) const
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [status](const auto &row) {
        return row.status == status;
    }));
}

bool DiaryImportPreview::canImport() const
{
    return problems.isEmpty() && count(DiaryImportStatus::Bad) == 0;
}

QList<DiaryEntry> DiaryImportPreview::entriesToCreate() const
{
    QList<DiaryEntry> entries;
    for (const DiaryImportRow &row : rows) {
        if (row.status == DiaryImportStatus::New)
            entries << row.entry;
    }
    return entries;
}

QList<int> DiaryImportPreview::linesToCreate() const
{
    QList<int> lines;
    for (const DiaryImportRow &row : rows) {
        if (row.status == DiaryImportStatus::New)
            lines << row.line;
    }
    return lines;
}

DiaryImportPreview DiaryImport::preview(const CsvTable &table, const DiaryImportMapping &mapping,
                                        qint64 clientId, const QList<DiaryEntry> &stored,
                                        const QDate &today)
{
    DiaryImportPreview preview;
    preview.clientId = clientId;
    preview.mapping = mapping;
    preview.problems = mapping.problems();
    preview.dateOrder = mapping.dateOrder();

    const int dateColumn = mapping.columnOf(DiaryColumn::Date);
    if (preview.dateOrder == DateOrder::Automatic && dateColumn >= 0) {
        QStringList values;
        values.reserve(table.records.size());
        for (const CsvRecord &record : table.records)
            values << cellValue(record.fields.value(dateColumn));
        preview.dates = ClientImportDates::decide(values);
        preview.dateOrder = preview.dates.order;
        if (preview.dates.ambiguous)
            preview.problems << makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("Dates such as %1 could be day/month/year or month/day/year, "
                                   "and no date in the file tells which. Choose how this file "
                                   "writes dates.")
                            .arg(preview.dates.example),
                    QStringLiteral("dateOrder"));
    }

    QHash<QString, qint64> storedKeys;
    for (const DiaryEntry &entry : stored) {
        if (entry.clientId == clientId || entry.clientId == 0)
            storedKeys.insert(DiaryValidator::duplicateKey(entry), entry.id);
    }
    QHash<QString, int> fileKeys;

    const auto headerColumns = static_cast<int>(table.header.size());
    preview.rows.reserve(table.records.size());
    for (const CsvRecord &record : table.records) {
        DiaryImportRow row;
        row.line = record.line;
        QList<Error> errors;
        const QString dateText =
                dateColumn >= 0 ? cellValue(record.fields.value(dateColumn)) : QString();
        const DateOrder order = preview.dateOrder == DateOrder::Automatic && needsOrder(dateText)
                ? DateOrder::DayMonthYear // the file-wide problem asks for the order
                : preview.dateOrder;
        row.entry = readEntry(record, headerColumns, mapping, order, errors);
        row.entry.clientId = clientId;
        errors << DiaryValidator::validate(row.entry, today);
        if (!errors.isEmpty()) {
            row.status = DiaryImportStatus::Bad;
            QStringList messages;
            for (const Error &error : std::as_const(errors))
                messages << error.message;
            messages.removeDuplicates();
            row.reason = messages.join(QLatin1Char(' '));
            row.field = errors.constFirst().field;
            preview.rows << row;
            continue;
        }
        const QString key = DiaryValidator::duplicateKey(row.entry);
        const QString what = row.entry.start
                ? QStringLiteral("%1 starting at %2")
                          .arg(row.entry.date.toString(Qt::ISODate),
                               row.entry.start->toString(QStringLiteral("HH:mm")))
                : row.entry.date.toString(Qt::ISODate) + QStringLiteral(" without a start time");
        if (const auto it = storedKeys.constFind(key); it != storedKeys.cend()) {
            row.status = DiaryImportStatus::Duplicate;
            row.duplicateOfEntryId = it.value();
            row.reason = QStringLiteral("The diary already has a row on %1; skipped.").arg(what);
        } else if (const auto earlier = fileKeys.constFind(key); earlier != fileKeys.cend()) {
            row.status = DiaryImportStatus::Duplicate;
            row.duplicateOfLine = earlier.value();
            row.reason = QStringLiteral("Line %1 is already a row on %2; skipped.")
                                 .arg(earlier.value())
                                 .arg(what);
        } else {
            fileKeys.insert(key, row.line);
        }
        preview.rows << row;
    }
    return preview;
}

QList<int> DiaryImport::newRowsMatching(const DiaryImportPreview &preview,
                                        const QList<DiaryEntry> &stored)
{
    QSet<QString> keys;
    for (const DiaryEntry &entry : stored)
        keys.insert(DiaryValidator::duplicateKey(entry));
    QList<int> lines;
    for (const DiaryImportRow &row : preview.rows) {
        if (row.status == DiaryImportStatus::New
            && keys.contains(DiaryValidator::duplicateKey(row.entry)))
            lines << row.line;
    }
    return lines;
}

std::optional<Answer> DiaryImport::parseAnswer(const QString &text)
{
    static const QHash<QString, Answer> answers{
        { QString(), Answer::Unknown },
        { QStringLiteral("-"), Answer::Unknown },
        { QStringLiteral("?"), Answer::Unknown },
        { QStringLiteral("n/a"), Answer::Unknown },
        { QStringLiteral("unknown"), Answer::Unknown },
        { QStringLiteral("yes"), Answer::Yes },
        { QStringLiteral("y"), Answer::Yes },
        { QStringLiteral("1"), Answer::Yes },
        { QStringLiteral("true"), Answer::Yes },
        { QStringLiteral("x"), Answer::Yes },
        { QStringLiteral("ja"), Answer::Yes },
        { QStringLiteral("oui"), Answer::Yes },
        { QStringLiteral("no"), Answer::No },
        { QStringLiteral("n"), Answer::No },
        { QStringLiteral("0"), Answer::No },
        { QStringLiteral("false"), Answer::No },
        { QStringLiteral("nein"), Answer::No },
        { QStringLiteral("non"), Answer::No },
    };
    const auto it = answers.constFind(folded(text));
    if (it == answers.cend())
        return std::nullopt;
    return it.value();
}

Result<std::optional<QTime>> DiaryImport::parseTime(const QString &text, const QString &column)
{
    const QString value = folded(text).remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    if (value.isEmpty())
        return std::optional<QTime>();
    // 14:30, 14:30:00, 2:30pm, 2pm, 1430, 9h15, 14
    static const QRegularExpression pattern(
            QStringLiteral(R"(^(\d{1,2})(?:[:h]?(\d{2}))?(?::(\d{2}))?(am|pm)?$)"));
    // "9.15" loses its dot above; read it as 9:15 like "915".
    const auto match = pattern.match(value);
    bool valid = match.hasMatch();
    int hour = valid ? match.captured(1).toInt() : -1;
    const int minute = valid && !match.captured(2).isEmpty() ? match.captured(2).toInt() : 0;
    const QString half = valid ? match.captured(4) : QString();
    if (valid && !half.isEmpty()) {
        valid = hour >= 1 && hour <= 12;
        hour = hour % 12 + (half == QLatin1String("pm") ? 12 : 0);
    }
    const QTime time(hour, minute);
    if (!valid || !time.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 \"%2\" is not a time of day: write it as 14:30 or "
                                        "2:30 pm.")
                                 .arg(column, text.trimmed()));
    return std::optional<QTime>(time);
}

AcuteMedicationKind DiaryImport::medicationKind(const QString &name)
{
    const QString text = folded(name);
    if (text.isEmpty())
        return AcuteMedicationKind::Other;
    static const QStringList simple{
        QStringLiteral("paracetamol"), QStringLiteral("acetaminophen"),
        QStringLiteral("tylenol"),     QStringLiteral("panadol"),
        QStringLiteral("ibuprofen"),   QStringLiteral("advil"),
        QStringLiteral("motrin"),      QStringLiteral("nurofen"),
        QStringLiteral("naproxen"),    QStringLiteral("aleve"),
        QStringLiteral("aspirin"),     QStringLiteral("diclofenac"),
        QStringLiteral("voltaren"),    QStringLiteral("ketoprofen"),
        QStringLiteral("mefenamic"),
    };
    static const QStringList triptans{
        QStringLiteral("triptan"), QStringLiteral("imitrex"), QStringLiteral("imigran"),
        QStringLiteral("maxalt"),  QStringLiteral("zomig"),   QStringLiteral("relpax"),
        QStringLiteral("amerge"),  QStringLiteral("naramig"), QStringLiteral("axert"),
        QStringLiteral("frova"),
    };
    static const QStringList combinations{
        QStringLiteral("excedrin"),   QStringLiteral("treximet"),   QStringLiteral("fioricet"),
        QStringLiteral("migraleve"),  QStringLiteral("co-codamol"), QStringLiteral("solpadeine"),
        QStringLiteral("thomapyrin"),
    };
    const auto names = [&text](const QStringList &words) {
        return std::count_if(words.cbegin(), words.cend(),
                             [&text](const QString &word) { return text.contains(word); });
    };
    const auto knownDrugs = names(simple) + names(triptans);
    const bool joined = text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('+'))
            || text.contains(QLatin1String(" with ")) || text.contains(QLatin1String(" and "));
    if (names(combinations) > 0 || (joined && knownDrugs >= 2)
        || (joined && text.contains(QLatin1String("caffeine"))))
        return AcuteMedicationKind::Combination;
    if (names(triptans) > 0)
        return AcuteMedicationKind::Triptan;
    if (names(simple) > 0)
        return AcuteMedicationKind::SimpleAnalgesic;
    return AcuteMedicationKind::Other;
}

QStringList DiaryImport::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;|]"));
    QStringList parts;
    if (text.trimmed().isEmpty())
        return parts;
    for (const QString &part : text.split(separators))
        parts << part.trimmed();
    // "a; b;" ends with a separator: no empty last item.
    while (!parts.isEmpty() && parts.constLast().isEmpty())
        parts.removeLast();
    return parts;
}

QString DiaryImport::triggerKey(const QString &text)
{
    const QString trimmed = text.simplified();
    if (const QString key = catalogKey(IntakeCatalog::triggers(), trimmed); !key.isEmpty())
        return key;
    static const QHash<QString, QString> words{
        { QStringLiteral("stressed"), QStringLiteral("stress") },
        { QStringLiteral("work stress"), QStringLiteral("stress") },
        { QStringLiteral("period"), QStringLiteral("hormonal") },
        { QStringLiteral("menstruation"), QStringLiteral("hormonal") },
        { QStringLiteral("hormones"), QStringLiteral("hormonal") },
        { QStringLiteral("skipped meal"), QStringLiteral("skipped-meals") },
        { QStringLiteral("missed meal"), QStringLiteral("skipped-meals") },
        { QStringLiteral("hunger"), QStringLiteral("skipped-meals") },
        { QStringLiteral("weather change"), QStringLiteral("weather") },
        { QStringLiteral("barometric pressure"), QStringLiteral("weather") },
        { QStringLiteral("poor sleep"), QStringLiteral("sleep") },
        { QStringLiteral("lack of sleep"), QStringLiteral("sleep") },
        { QStringLiteral("overslept"), QStringLiteral("sleep") },
        { QStringLiteral("perfume"), QStringLiteral("odours") },
        { QStringLiteral("smells"), QStringLiteral("odours") },
        { QStringLiteral("odors"), QStringLiteral("odours") },
        { QStringLiteral("bright light"), QStringLiteral("light") },
        { QStringLiteral("flickering light"), QStringLiteral("light") },
        { QStringLiteral("red wine"), QStringLiteral("alcohol") },
        { QStringLiteral("wine"), QStringLiteral("alcohol") },
        { QStringLiteral("cheese"), QStringLiteral("foods") },
        { QStringLiteral("chocolate"), QStringLiteral("foods") },
        { QStringLiteral("food"), QStringLiteral("foods") },
        { QStringLiteral("coffee"), QStringLiteral("caffeine") },
        { QStringLiteral("caffeine withdrawal"), QStringLiteral("caffeine") },
        { QStringLiteral("hot weather"), QStringLiteral("heat") },
        { QStringLiteral("not enough water"), QStringLiteral("dehydration") },
        { QStringLiteral("screens"), QStringLiteral("screens-posture") },
        { QStringLiteral("screen"), QStringLiteral("screens-posture") },
        { QStringLiteral("computer"), QStringLiteral("screens-posture") },
        { QStringLiteral("posture"), QStringLiteral("screens-posture") },
        { QStringLiteral("neck"), QStringLiteral("neck-pain") },
        { QStringLiteral("tired"), QStringLiteral("fatigue") },
        { QStringLiteral("let down"), QStringLiteral("let-down") },
        { QStringLiteral("letdown"), QStringLiteral("let-down") },
        { QStringLiteral("weekend"), QStringLiteral("let-down") },
    };
    return words.value(trimmed.toLower(), trimmed);
}

} // namespace stillpoint::core
