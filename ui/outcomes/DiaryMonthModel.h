// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/DiaryEntry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace stillpoint::ui {

// One calendar month of a client's headache diary as the fast-entry grid shows it: one row per
// day, each cell the text as typed (so a wrong value stays on screen until it is corrected). A
// day with several stored rows shows its first one; the others are kept aside and handed back
// unchanged by entries(), so saving the grid never loses a row it does not show. Cell edits go
// through the undo stack when one is set.
class DiaryMonthModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DayColumn,
        HeadacheColumn,
        StartColumn,
        EndColumn,
        PeakColumn,
        LocationColumn,
        AuraColumn,
        NauseaColumn,
        LightColumn,
        SoundColumn,
        MedicationColumn,
        DoseColumn,
        MedicationTimeColumn,
        HelpedColumn,
        TriggersColumn,
        MenstruationColumn,
        SleepColumn,
        StressColumn,
        MissedColumn,
        WhatHelpedColumn,
        ColumnCount
    };

    // A cell that cannot be read as its field ("25:00" as a start time), or a row core refused.
    struct Problem
    {
        int row = -1;
        int column = -1;
        QString message; // starts with the day
    };

    // What the grid would save: the month's rows (kept ones included) or why it cannot.
    struct Conversion
    {
        QList<core::DiaryEntry> entries;
        QList<Problem> problems;
    };

    struct CellChange
    {
        int row = 0;
        int column = 0;
        QString before;
        QString after;
    };

    explicit DiaryMonthModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Shows the month of `anyDay` with its stored rows; days after `today` cannot be filled.
    void setMonth(qint64 clientId, const QDate &anyDay, const QList<core::DiaryEntry> &rows,
                  const QDate &today);
    QDate month() const { return m_month; }
    QDate date(int row) const;
    int rowOf(const QDate &date) const; // -1 when not in the month
    bool isEditableDay(int row) const;
    // Stored rows of the day that the grid does not show.
    int keptRows(int row) const;
    int keptRowsInMonth() const;

    // The text of a cell; answers are "yes", "no" or empty.
    QString cell(int row, int column) const;
    bool isModified() const;

    // Edits as the keyboard makes them, through the undo stack.
    void setText(int row, int column, const QString &text);
    void toggleAnswer(int row, int column); // empty -> yes -> no -> empty
    // Applies changes (after, or before when undoing) without the undo stack.
    void applyChanges(const QList<CellChange> &changes, bool after);
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }

    Conversion entries() const;

    // Marks rows (and their cells) with a problem; an empty list clears them.
    void setProblems(const QList<Problem> &problems);
    const QList<Problem> &problems() const { return m_problems; }

    static bool isAnswerColumn(int column);
    // The column of a core field name ("peakIntensity", "medications.1.dose"), or -1.
    static int columnOfField(const QString &field);
    static QString columnLabel(int column);
    // "Tuesday 3 November": how messages name a day.
    static QString dayName(const QDate &date);

private:
    struct Day
    {
        QDate date;
        std::optional<core::DiaryEntry> stored; // the row shown
        QList<core::DiaryEntry> kept; // the day's other stored rows
        QStringList cells = QStringList(ColumnCount); // as typed, answers "yes"/"no"
        QStringList original = QStringList(ColumnCount); // as stored
    };

    static QStringList cellsOf(const core::DiaryEntry &entry);
    QList<CellChange> changesFor(int row, int column, const QString &text) const;
    void push(const QList<CellChange> &changes, const QString &what);
    std::optional<core::DiaryEntry> entryOf(const Day &day, int row,
                                            QList<Problem> &problems) const;

    qint64 m_clientId = 0;
    QDate m_month;
    QDate m_today;
    QList<Day> m_days;
    QList<Problem> m_problems;
    QUndoStack *m_undo = nullptr;
};

} // namespace stillpoint::ui
