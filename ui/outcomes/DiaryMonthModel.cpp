// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/DiaryMonthModel.h"

#include "core/intake/IntakeCatalog.h"
#include "core/outcomes/DiaryImport.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

namespace stillpoint::ui {

namespace {

// The catalogue's key for a location typed as its label ("Both sides"); the text itself for a
// location the catalogue does not name.
QString locationKey(const QString &text)
{
    const QString typed = text.trimmed();
    for (const core::CatalogEntry &entry : core::IntakeCatalog::headacheLocations()) {
        if (entry.label.compare(typed, Qt::CaseInsensitive) == 0
            || entry.key.compare(typed, Qt::CaseInsensitive) == 0)
            return entry.key;
    }
    return typed;
}

const QString Yes = QStringLiteral("yes");
const QString No = QStringLiteral("no");

QString answerText(core::Answer answer)
{
    switch (answer) {
    case core::Answer::Yes:
        return Yes;
    case core::Answer::No:
        return No;
    case core::Answer::Unknown:
        break;
    }
    return {};
}

core::Answer answerOf(const QString &text)
{
    if (text == Yes)
        return core::Answer::Yes;
    if (text == No)
        return core::Answer::No;
    return core::Answer::Unknown;
}

QString timeText(const std::optional<QTime> &time)
{
    return time ? time->toString(QStringLiteral("HH:mm")) : QString();
}

QString numberText(const std::optional<int> &number)
{
    return number ? QString::number(*number) : QString();
}

// A typed whole number: empty for a blank cell, an error for anything else but digits.
std::optional<std::optional<int>> parseWhole(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return std::optional<int>(value);
}

// Hours of sleep as people write them: "7", "7.5", "7,5", "7h".
std::optional<std::optional<double>> parseHours(const QString &text)
{
    QString trimmed = text.trimmed().toLower();
    if (trimmed.endsWith(QLatin1Char('h')))
        trimmed.chop(1);
    trimmed = trimmed.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (trimmed.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return std::optional<double>(value);
}

QString triggerText(const QStringList &triggers)
{
    QStringList labels;
    for (const QString &key : triggers)
        labels << core::IntakeCatalog::label(core::IntakeCatalog::triggers(), key);
    return labels.join(QStringLiteral("; "));
}

// One undoable edit of the grid: a cell, and the headache cell it implied.
class CellCommand final : public QUndoCommand
{
public:
    CellCommand(DiaryMonthModel &model, QList<DiaryMonthModel::CellChange> changes,
                const QString &text)
        : QUndoCommand(text), m_model(model), m_changes(std::move(changes))
    { }

    void redo() override { m_model.applyChanges(m_changes, true); }
    void undo() override { m_model.applyChanges(m_changes, false); }

private:
    DiaryMonthModel &m_model;
    QList<DiaryMonthModel::CellChange> m_changes;
};

} // namespace

DiaryMonthModel::DiaryMonthModel(QObject *parent) : QAbstractTableModel(parent) { }

int DiaryMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_days.size());
}

int DiaryMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiaryMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Day &day = m_days.at(index.row());
    const int column = index.column();
    const bool problem = std::any_of(m_problems.cbegin(), m_problems.cend(),
                                     [&](const Problem &p) { return p.row == index.row(); });
    switch (role) {
    case Qt::DisplayRole:
        if (column == DayColumn) {
            const QString name = QLocale().toString(day.date, QStringLiteral("ddd d"));
            return day.kept.isEmpty() ? name : tr("%1  +%2").arg(name).arg(day.kept.size());
        }
        if (isAnswerColumn(column)) {
            const QString &text = day.cells.at(column);
            return text == Yes ? tr("Yes") : text == No ? tr("No") : QString();
        }
        return day.cells.at(column);
    case Qt::EditRole:
        return day.cells.at(column);
    case Qt::ToolTipRole:
        if (column == DayColumn && !day.kept.isEmpty())
            return QString((day.kept.size() == 1
                                    ? tr("This day has 1 more row in the diary (another "
                                         "attack).")
                                    : tr("This day has %1 more rows in the diary (more attacks).")
                                              .arg(day.kept.size()))
                           + QLatin1Char(' ')
                           + tr("They are kept unchanged; the grid shows the first."));
        for (const Problem &p : m_problems) {
            if (p.row == index.row() && (p.column == column || p.column < 0))
                return p.message;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == DayColumn || isAnswerColumn(column) || column == PeakColumn
            || column == StressColumn || column == SleepColumn || column == StartColumn
            || column == EndColumn || column == MedicationTimeColumn)
            return static_cast<int>(Qt::AlignCenter);
        return static_cast<int>(Qt::AlignVCenter | Qt::AlignLeft);
    case Qt::BackgroundRole:
        if (problem) {
            const bool thisCell =
                    std::any_of(m_problems.cbegin(), m_problems.cend(), [&](const Problem &p) {
                        return p.row == index.row() && p.column == column;
                    });
            return QBrush(thisCell ? QColor(0xf4, 0xb4, 0xb4) : QColor(0xfb, 0xe3, 0xe3));
        }
        if (!isEditableDay(index.row()))
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (column == HeadacheColumn && day.cells.at(column) == Yes)
            return QBrush(QColor(0xfd, 0xe8, 0xd0));
        if (day.date.dayOfWeek() >= Qt::Saturday)
            return QBrush(QColor(0xf3, 0xf5, 0xf8));
        return {};
    case Qt::ForegroundRole:
        if (!isEditableDay(index.row()))
            return QBrush(QColor(0x99, 0x99, 0x99));
        return {};
    default:
        return {};
    }
}

QVariant DiaryMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnLabel(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HeadacheColumn:
            return tr("Headache that day: Space toggles yes / no / blank (no record). A number "
                      "in Peak implies yes.");
        case PeakColumn:
            return tr("Peak intensity 0–10");
        case StressColumn:
            return tr("Stress 0–10");
        case SleepColumn:
            return tr("Hours slept");
        case MenstruationColumn:
            return tr("Menstruation");
        case TriggersColumn:
            return tr("Suspected triggers, separated by ;");
        case MedicationColumn:
        case DoseColumn:
        case MedicationTimeColumn:
        case HelpedColumn:
            return tr("The first acute medication of the row; others are kept unchanged.");
        case MissedColumn:
            return tr("Missed work, school or family time");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags DiaryMonthModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Answers are set with Space and Y/N, never through a text editor.
    if (index.column() != DayColumn && !isAnswerColumn(index.column())
        && isEditableDay(index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DiaryMonthModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == DayColumn || !isEditableDay(index.row()))
        return false;
    setText(index.row(), index.column(), value.toString());
    return true;
}

void DiaryMonthModel::setMonth(qint64 clientId, const QDate &anyDay,
                               const QList<core::DiaryEntry> &rows, const QDate &today)
{
    beginResetModel();
    m_clientId = clientId;
    m_month = QDate(anyDay.year(), anyDay.month(), 1);
    m_today = today;
    m_problems.clear();
    m_days.clear();
    for (int d = 1; d <= m_month.daysInMonth(); ++d) {
        Day day;
        day.date = QDate(m_month.year(), m_month.month(), d);
        m_days << day;
    }
    // Core returns the rows by date and start time: the first of a day is its earliest.
    for (const core::DiaryEntry &entry : rows) {
        const int row = rowOf(entry.date);
        if (row < 0)
            continue;
        Day &day = m_days[row];
        if (!day.stored) {
            day.stored = entry;
            day.cells = cellsOf(entry);
            day.original = day.cells;
        } else {
            day.kept << entry;
        }
    }
    endResetModel();
}

QDate DiaryMonthModel::date(int row) const
{
    return row >= 0 && row < m_days.size() ? m_days.at(row).date : QDate();
}

int DiaryMonthModel::rowOf(const QDate &date) const
{
    if (!date.isValid() || date.year() != m_month.year() || date.month() != m_month.month())
        return -1;
    return date.day() - 1;
}

bool DiaryMonthModel::isEditableDay(int row) const
{
    const QDate day = date(row);
    return day.isValid() && (!m_today.isValid() || day <= m_today);
}

int DiaryMonthModel::keptRows(int row) const
{
    return row >= 0 && row < m_days.size() ? static_cast<int>(m_days.at(row).kept.size()) : 0;
}

int DiaryMonthModel::keptRowsInMonth() const
{
    int count = 0;
    for (const Day &day : m_days)
        count += static_cast<int>(day.kept.size());
    return count;
}

QString DiaryMonthModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_days.size() || column < 0 || column >= ColumnCount)
        return {};
    return m_days.at(row).cells.at(column);
}

bool DiaryMonthModel::isModified() const
{
    return std::any_of(m_days.cbegin(), m_days.cend(),
                       [](const Day &day) { return day.cells != day.original; });
}

QList<DiaryMonthModel::CellChange> DiaryMonthModel::changesFor(int row, int column,
                                                               const QString &text) const
{
    QList<CellChange> changes;
    const Day &day = m_days.at(row);
    const QString after = isAnswerColumn(column) ? text : text.trimmed();
    if (day.cells.at(column) == after)
        return changes;
    changes << CellChange{ row, column, day.cells.at(column), after };
    // A peak above 0 means the day had a headache (even over a "no" typed before: the number
    // is the later word); a start time fills a blank headache cell too. Saves keystrokes.
    const QString &headache = day.cells.at(HeadacheColumn);
    if (column == PeakColumn && headache != Yes) {
        const auto peak = parseWhole(after);
        if (peak && *peak && **peak > 0)
            changes << CellChange{ row, HeadacheColumn, headache, Yes };
    } else if (column == StartColumn && headache.isEmpty() && !after.isEmpty()) {
        changes << CellChange{ row, HeadacheColumn, headache, Yes };
    }
    return changes;
}

void DiaryMonthModel::push(const QList<CellChange> &changes, const QString &what)
{
    if (changes.isEmpty())
        return;
    if (m_undo)
        m_undo->push(new CellCommand(*this, changes, what));
    else
        applyChanges(changes, true);
}

void DiaryMonthModel::setText(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_days.size() || column <= DayColumn || column >= ColumnCount
        || !isEditableDay(row))
        return;
    push(changesFor(row, column, text),
         tr("Edit %1 on %2").arg(columnLabel(column), dayName(date(row))));
}

void DiaryMonthModel::toggleAnswer(int row, int column)
{
    if (!isAnswerColumn(column) || row < 0 || row >= m_days.size())
        return;
    const QString &now = m_days.at(row).cells.at(column);
    setText(row, column, now.isEmpty() ? Yes : now == Yes ? No : QString());
}

void DiaryMonthModel::applyChanges(const QList<CellChange> &changes, bool after)
{
    for (const CellChange &change : changes) {
        if (change.row < 0 || change.row >= m_days.size())
            continue;
        m_days[change.row].cells[change.column] = after ? change.after : change.before;
        // The day's label does not change, but a headache day is tinted.
        Q_EMIT dataChanged(index(change.row, DayColumn), index(change.row, ColumnCount - 1));
    }
}

DiaryMonthModel::Conversion DiaryMonthModel::entries() const
{
    Conversion result;
    for (int row = 0; row < m_days.size(); ++row) {
        const Day &day = m_days.at(row);
        if (auto entry = entryOf(day, row, result.problems))
            result.entries << *entry;
        result.entries << day.kept;
    }
    return result;
}

std::optional<core::DiaryEntry> DiaryMonthModel::entryOf(const Day &day, int row,
                                                         QList<Problem> &problems) const
{
    const bool blank = std::all_of(day.cells.cbegin() + 1, day.cells.cend(),
                                   [](const QString &text) { return text.isEmpty(); });
    if (blank)
        return std::nullopt; // no record that day (a stored row cleared is removed)

    core::DiaryEntry entry = day.stored.value_or(core::DiaryEntry{});
    entry.clientId = m_clientId;
    entry.date = day.date;
    // Only what was typed over is read back, so a stored value the grid shows differently (a
    // practice trigger, a second medication) stays exactly as it was.
    const auto changed = [&](int column) {
        return !day.stored || day.cells.at(column) != day.original.at(column);
    };
    const auto problem = [&](int column, const QString &message) {
        problems << Problem{ row, column, dayName(day.date) + QStringLiteral(": ") + message };
    };
    const auto time = [&](int column, std::optional<QTime> &target) {
        if (!changed(column))
            return;
        auto parsed = core::DiaryImport::parseTime(day.cells.at(column), columnLabel(column));
        if (parsed)
            target = parsed.value();
        else
            problem(column, parsed.error().message);
    };
    const auto whole = [&](int column, std::optional<int> &target) {
        if (!changed(column))
            return;
        if (const auto parsed = parseWhole(day.cells.at(column)))
            target = *parsed;
        else
            problem(column,
                    tr("%1 is a number from 0 to 10; “%2” is not a number.")
                            .arg(columnLabel(column), day.cells.at(column)));
    };
    const auto answer = [&](int column, core::Answer &target) {
        if (changed(column))
            target = answerOf(day.cells.at(column));
    };

    time(StartColumn, entry.start);
    time(EndColumn, entry.end);
    whole(PeakColumn, entry.peakIntensity);
    whole(StressColumn, entry.stress);
    if (changed(SleepColumn)) {
        if (const auto hours = parseHours(day.cells.at(SleepColumn)))
            entry.sleepHours = *hours;
        else
            problem(SleepColumn,
                    tr("Sleep is a number of hours such as 7.5; “%1” is not a number.")
                            .arg(day.cells.at(SleepColumn)));
    }
    if (changed(LocationColumn))
        entry.location = locationKey(day.cells.at(LocationColumn));
    if (changed(WhatHelpedColumn))
        entry.whatHelped = day.cells.at(WhatHelpedColumn);
    answer(AuraColumn, entry.aura);
    answer(NauseaColumn, entry.nausea);
    answer(LightColumn, entry.lightSensitivity);
    answer(SoundColumn, entry.soundSensitivity);
    answer(MenstruationColumn, entry.menstruation);
    answer(MissedColumn, entry.dayMissed);
    if (changed(TriggersColumn)) {
        entry.triggers.clear();
        for (const QString &label : core::DiaryImport::splitList(day.cells.at(TriggersColumn)))
            entry.triggers << core::DiaryImport::triggerKey(label);
    }

    // The first medication is the grid's; further ones stay as stored.
    const bool medicationChanged = changed(MedicationColumn) || changed(DoseColumn)
            || changed(MedicationTimeColumn) || changed(HelpedColumn);
    if (medicationChanged) {
        core::DiaryMedication medication = entry.medications.value(0);
        medication.name = day.cells.at(MedicationColumn);
        medication.dose = day.cells.at(DoseColumn);
        medication.helped = answerOf(day.cells.at(HelpedColumn));
        if (changed(MedicationColumn))
            medication.kind = core::DiaryImport::medicationKind(medication.name);
        time(MedicationTimeColumn, medication.time);
        const bool none = medication.name.isEmpty() && medication.dose.isEmpty()
                && day.cells.at(MedicationTimeColumn).isEmpty()
                && day.cells.at(HelpedColumn).isEmpty();
        if (none) {
            if (!entry.medications.isEmpty())
                entry.medications.removeFirst();
        } else if (entry.medications.isEmpty()) {
            entry.medications << medication;
        } else {
            entry.medications[0] = medication;
        }
    }

    if (changed(HeadacheColumn) || !day.stored) {
        const QString &headache = day.cells.at(HeadacheColumn);
        if (headache.isEmpty()) {
            // As the importer reads a row without the column: a headache when it has an
            // intensity above 0 or a time.
            entry.headache = entry.peakIntensity.value_or(0) > 0 || entry.start.has_value()
                    || entry.end.has_value();
        } else {
            entry.headache = headache == Yes;
        }
    }
    return entry;
}

void DiaryMonthModel::setProblems(const QList<Problem> &problems)
{
    m_problems = problems;
    if (!m_days.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           { Qt::BackgroundRole, Qt::ToolTipRole });
}

bool DiaryMonthModel::isAnswerColumn(int column)
{
    switch (column) {
    case HeadacheColumn:
    case AuraColumn:
    case NauseaColumn:
    case LightColumn:
    case SoundColumn:
    case HelpedColumn:
    case MenstruationColumn:
    case MissedColumn:
        return true;
    default:
        return false;
    }
}

int DiaryMonthModel::columnOfField(const QString &field)
{
    static const QList<std::pair<QString, int>> columns = {
        { QStringLiteral("headache"), HeadacheColumn },
        { QStringLiteral("start"), StartColumn },
        { QStringLiteral("end"), EndColumn },
        { QStringLiteral("peakIntensity"), PeakColumn },
        { QStringLiteral("location"), LocationColumn },
        { QStringLiteral("aura"), AuraColumn },
        { QStringLiteral("nausea"), NauseaColumn },
        { QStringLiteral("lightSensitivity"), LightColumn },
        { QStringLiteral("soundSensitivity"), SoundColumn },
        { QStringLiteral("triggers"), TriggersColumn },
        { QStringLiteral("menstruation"), MenstruationColumn },
        { QStringLiteral("sleepHours"), SleepColumn },
        { QStringLiteral("stress"), StressColumn },
        { QStringLiteral("whatHelped"), WhatHelpedColumn },
        { QStringLiteral("dayMissed"), MissedColumn },
    };
    for (const auto &[name, column] : columns) {
        if (field == name)
            return column;
    }
    if (field.startsWith(QLatin1String("medications.1."))) {
        if (field.endsWith(QLatin1String(".dose")))
            return DoseColumn;
        if (field.endsWith(QLatin1String(".time")))
            return MedicationTimeColumn;
        if (field.endsWith(QLatin1String(".helped")))
            return HelpedColumn;
        return MedicationColumn;
    }
    if (field.startsWith(QLatin1String("medications")))
        return MedicationColumn;
    return -1;
}

QString DiaryMonthModel::columnLabel(int column)
{
    switch (column) {
    case DayColumn:
        return tr("Day");
    case HeadacheColumn:
        return tr("Headache");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case PeakColumn:
        return tr("Peak");
    case LocationColumn:
        return tr("Location");
    case AuraColumn:
        return tr("Aura");
    case NauseaColumn:
        return tr("Nausea");
    case LightColumn:
        return tr("Light");
    case SoundColumn:
        return tr("Sound");
    case MedicationColumn:
        return tr("Medication");
    case DoseColumn:
        return tr("Dose");
    case MedicationTimeColumn:
        return tr("Taken at");
    case HelpedColumn:
        return tr("Helped");
    case TriggersColumn:
        return tr("Triggers");
    case MenstruationColumn:
        return tr("Period");
    case SleepColumn:
        return tr("Sleep h");
    case StressColumn:
        return tr("Stress");
    case MissedColumn:
        return tr("Missed day");
    case WhatHelpedColumn:
        return tr("What helped");
    default:
        return {};
    }
}

QString DiaryMonthModel::dayName(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM"));
}

QStringList DiaryMonthModel::cellsOf(const core::DiaryEntry &entry)
{
    QStringList cells(ColumnCount);
    cells[HeadacheColumn] = entry.headache ? Yes : No;
    cells[StartColumn] = timeText(entry.start);
    cells[EndColumn] = timeText(entry.end);
    cells[PeakColumn] = numberText(entry.peakIntensity);
    cells[LocationColumn] =
            core::IntakeCatalog::label(core::IntakeCatalog::headacheLocations(), entry.location);
    cells[AuraColumn] = answerText(entry.aura);
    cells[NauseaColumn] = answerText(entry.nausea);
    cells[LightColumn] = answerText(entry.lightSensitivity);
    cells[SoundColumn] = answerText(entry.soundSensitivity);
    if (!entry.medications.isEmpty()) {
        const core::DiaryMedication &first = entry.medications.first();
        cells[MedicationColumn] = first.name;
        cells[DoseColumn] = first.dose;
        cells[MedicationTimeColumn] = timeText(first.time);
        cells[HelpedColumn] = answerText(first.helped);
    }
    cells[TriggersColumn] = triggerText(entry.triggers);
    cells[MenstruationColumn] = answerText(entry.menstruation);
    cells[SleepColumn] = entry.sleepHours ? QString::number(*entry.sleepHours) : QString();
    cells[StressColumn] = numberText(entry.stress);
    cells[MissedColumn] = answerText(entry.dayMissed);
    cells[WhatHelpedColumn] = entry.whatHelped;
    return cells;
}

} // namespace stillpoint::ui
