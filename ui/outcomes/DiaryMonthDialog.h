// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/outcomes/DiaryService.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QUndoStack;

namespace stillpoint::core {
class Database;
}

namespace stillpoint::ui {

class CurrentSession;
class DiaryMonthGrid;
class DiaryMonthModel;
class Prompter;

// Fast entry of a client's paper headache diary at the visit: one month, a day per row, filled
// from the keyboard alone (see DiaryMonthGrid). Ctrl+S saves the month in one step through
// core::DiaryService::replaceMonth (all or nothing); a refused row is named, highlighted and
// left as typed. Page Up / Page Down change month and Escape closes, both asking first when
// something is unsaved. Ctrl+Z undoes cell edits.
class DiaryMonthDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Services
    {
        core::Database &database;
        const CurrentSession &session;
        Prompter &prompter;
        const core::Clock &clock;
    };

    DiaryMonthDialog(const Services &services, qint64 clientId, const QString &clientName,
                     const QDate &month, QWidget *parent = nullptr);
    ~DiaryMonthDialog() override;

    // Opens the dialog non-modal over `parent` (deleted when closed); for the Progress page.
    static DiaryMonthDialog *open(const Services &services, qint64 clientId,
                                  const QString &clientName, const QDate &month, QWidget *parent);

    // Shows the month of `anyDay`, asking first about unsaved changes; false when the user
    // stayed or the diary cannot be read.
    bool showMonth(const QDate &anyDay);
    // Saves the grid's month; false (with the reason shown) when nothing was saved.
    bool save();
    bool isModified() const;

    QDate month() const;
    DiaryMonthModel *model() const { return m_model; }
    DiaryMonthGrid *grid() const { return m_grid; }
    QUndoStack *undoStack() const { return m_undo; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The client's diary changed (the Progress page refreshes).
    void diarySaved(const QDate &month);

private:
    bool load(const QDate &anyDay);
    // Save, Discard or Cancel when the grid has unsaved changes; true to go on.
    bool settleChanges();
    void showProblem(const QString &text);
    void updateStatus();

    Services m_services;
    core::DiaryService m_diary;
    qint64 m_clientId;
    DiaryMonthModel *m_model;
    DiaryMonthGrid *m_grid;
    QUndoStack *m_undo;
    QLabel *m_monthLabel;
    QLabel *m_problemBanner;
    QLabel *m_keptLabel;
    QLabel *m_statusLabel;
    QPushButton *m_saveButton;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
};

} // namespace stillpoint::ui
