// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/DiaryValidator.h"

#include <QHash>

#include <cmath>

namespace stillpoint::core {

namespace {

class Checks
{
public:
    void add(const QString &field, const QString &message)
    {
        errors << makeError(ErrorCode::InvalidInput, message, field);
    }

    void scale(const std::optional<int> &value, const QString &field, const QString &what)
    {
        if (value && (*value < 0 || *value > 10))
            add(field, QStringLiteral("%1 is 0 to 10; %2 was entered.").arg(what).arg(*value));
    }

    void length(const QString &text, qsizetype maximum, const QString &field, const QString &what)
    {
        if (text.size() > maximum)
            add(field,
                QStringLiteral("%1 is at most %2 characters; this one has %3.")
                        .arg(what)
                        .arg(maximum)
                        .arg(text.size()));
    }

    QList<Error> errors;
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QList<Error> DiaryValidator::validate(const DiaryEntry &entry, const QDate &today)
{
    Checks checks;
    if (!entry.date.isValid())
        checks.add(QStringLiteral("date"),
                   QStringLiteral("The diary date is missing or is not a day of the calendar."));
    else if (today.isValid() && entry.date > today)
        checks.add(QStringLiteral("date"),
                   QStringLiteral("The diary date %1 is after today (%2): a diary records days "
                                  "that have been.")
                           .arg(isoDate(entry.date), isoDate(today)));

    if (entry.start && !entry.start->isValid())
        checks.add(QStringLiteral("start"), QStringLiteral("The start time is not a time."));
    if (entry.end && !entry.end->isValid())
        checks.add(QStringLiteral("end"), QStringLiteral("The end time is not a time."));
    if (entry.end && !entry.start)
        checks.add(QStringLiteral("end"),
                   QStringLiteral("An end time needs a start time: give the start too, or leave "
                                  "both empty."));

    checks.scale(entry.peakIntensity, QStringLiteral("peakIntensity"),
                 QStringLiteral("Peak intensity"));
    checks.scale(entry.stress, QStringLiteral("stress"), QStringLiteral("Stress"));
    if (entry.sleepHours
        && (!std::isfinite(*entry.sleepHours) || *entry.sleepHours < 0 || *entry.sleepHours > 24))
        checks.add(
                QStringLiteral("sleepHours"),
                QStringLiteral("Sleep is 0 to 24 hours; %1 was entered.").arg(*entry.sleepHours));

    if (!entry.headache && (entry.start || entry.peakIntensity.value_or(0) > 0))
        checks.add(QStringLiteral("headache"),
                   QStringLiteral("A day without a headache has no start time and no intensity "
                                  "above 0: mark it as a headache, or clear them."));

    checks.length(entry.location, MaxLocationLength, QStringLiteral("location"),
                  QStringLiteral("The location"));
    checks.length(entry.whatHelped, MaxWhatHelpedLength, QStringLiteral("whatHelped"),
                  QStringLiteral("What helped"));
    if (entry.triggers.size() > MaxTriggers)
        checks.add(QStringLiteral("triggers"),
                   QStringLiteral("A row names at most %1 triggers; this one names %2.")
                           .arg(MaxTriggers)
                           .arg(entry.triggers.size()));
    for (const QString &trigger : entry.triggers) {
        if (trigger.trimmed().isEmpty()) {
            checks.add(QStringLiteral("triggers"), QStringLiteral("A trigger is empty."));
            break;
        }
        if (trigger.size() > MaxTriggerLength) {
            checks.length(trigger, MaxTriggerLength, QStringLiteral("triggers"),
                          QStringLiteral("A trigger"));
            break;
        }
    }

    if (entry.medications.size() > MaxMedications)
        checks.add(QStringLiteral("medications"),
                   QStringLiteral("A row lists at most %1 medications; this one lists %2.")
                           .arg(MaxMedications)
                           .arg(entry.medications.size()));
    for (qsizetype i = 0; i < entry.medications.size(); ++i) {
        const DiaryMedication &medication = entry.medications.at(i);
        const QString field = QStringLiteral("medications.%1.").arg(i + 1);
        if (medication.name.trimmed().isEmpty())
            checks.add(
                    field + QStringLiteral("name"),
                    QStringLiteral("Medication %1 has no name: write what was taken.").arg(i + 1));
        checks.length(medication.name, MaxMedicationNameLength, field + QStringLiteral("name"),
                      QStringLiteral("A medication's name"));
        checks.length(medication.dose, MaxDoseLength, field + QStringLiteral("dose"),
                      QStringLiteral("A dose"));
        if (medication.time && !medication.time->isValid())
            checks.add(field + QStringLiteral("time"),
                       QStringLiteral("Medication %1's time is not a time.").arg(i + 1));
    }
    return checks.errors;
}

QList<Error> DiaryValidator::validateMonth(const QDate &month, const QList<DiaryEntry> &entries,
                                           const QDate &today)
{
    QList<Error> errors;
    if (!month.isValid()) {
        errors << makeError(ErrorCode::InvalidInput, QStringLiteral("The month is not a date."),
                            QStringLiteral("month"));
        return errors;
    }
    QHash<QString, int> seen; // duplicate key -> row number (from 1)
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const DiaryEntry &entry = entries.at(i);
        const QString prefix = entry.date.isValid() ? isoDate(entry.date) + QStringLiteral(": ")
                                                    : QStringLiteral("Row %1: ").arg(i + 1);
        for (Error error : validate(entry, today)) {
            error.message.prepend(prefix);
            errors << error;
        }
        if (!entry.date.isValid())
            continue;
        if (entry.date.year() != month.year() || entry.date.month() != month.month()) {
            errors << makeError(ErrorCode::InvalidInput,
                                prefix
                                        + QStringLiteral("the row is not in %1; save it with its "
                                                         "own month.")
                                                  .arg(month.toString(QStringLiteral("yyyy-MM"))),
                                QStringLiteral("date"));
            continue;
        }
        const QString key = duplicateKey(entry);
        if (seen.contains(key))
            errors << makeError(
                    ErrorCode::InvalidInput,
                    prefix
                            + (entry.start ? QStringLiteral("two rows start at %1 on this day.")
                                                     .arg(entry.start->toString(
                                                             QStringLiteral("HH:mm")))
                                           : QStringLiteral("two rows without a start time on "
                                                            "this day; give each attack its "
                                                            "start time, or keep one row.")),
                    QStringLiteral("start"));
        else
            seen.insert(key, int(i) + 1);
    }
    return errors;
}

QString DiaryValidator::duplicateKey(const DiaryEntry &entry)
{
    QString key = isoDate(entry.date);
    if (entry.start && entry.start->isValid())
        key += QLatin1Char(' ') + entry.start->toString(QStringLiteral("HH:mm"));
    return key;
}

} // namespace stillpoint::core
