// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/DiaryMonthDialog.h"

#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/outcomes/DiaryMonthGrid.h"
#include "ui/outcomes/DiaryMonthModel.h"
#include "ui/security/CurrentSession.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

// How many problems the banner lists before "and N more".
constexpr int ShownProblems = 4;

struct ColumnWidth
{
    int column;
    int characters;
};

// Widths in average characters: enough for the header and a typical value, so a month of 31
// rows and all the fields fit a laptop screen with little scrolling sideways.
constexpr ColumnWidth Widths[] = {
    { DiaryMonthModel::DayColumn, 10 },           { DiaryMonthModel::HeadacheColumn, 10 },
    { DiaryMonthModel::StartColumn, 7 },          { DiaryMonthModel::EndColumn, 7 },
    { DiaryMonthModel::PeakColumn, 6 },           { DiaryMonthModel::LocationColumn, 13 },
    { DiaryMonthModel::AuraColumn, 6 },           { DiaryMonthModel::NauseaColumn, 8 },
    { DiaryMonthModel::LightColumn, 6 },          { DiaryMonthModel::SoundColumn, 7 },
    { DiaryMonthModel::MedicationColumn, 14 },    { DiaryMonthModel::DoseColumn, 8 },
    { DiaryMonthModel::MedicationTimeColumn, 9 }, { DiaryMonthModel::HelpedColumn, 8 },
    { DiaryMonthModel::TriggersColumn, 20 },      { DiaryMonthModel::MenstruationColumn, 7 },
    { DiaryMonthModel::SleepColumn, 8 },          { DiaryMonthModel::StressColumn, 7 },
    { DiaryMonthModel::MissedColumn, 11 },        { DiaryMonthModel::WhatHelpedColumn, 18 },
};

} // namespace

DiaryMonthDialog::DiaryMonthDialog(const Services &services, qint64 clientId,
                                   const QString &clientName, const QDate &firstMonth,
                                   QWidget *parent)
    : QDialog(parent), m_services(services), m_diary(services.database, services.clock),
      m_clientId(clientId), m_model(new DiaryMonthModel(this)), m_grid(new DiaryMonthGrid(this)),
      m_undo(new QUndoStack(this)), m_monthLabel(new QLabel(this)),
      m_problemBanner(new QLabel(this)), m_keptLabel(new QLabel(this)),
      m_statusLabel(new QLabel(this)), m_saveButton(new QPushButton(tr("&Save Month"), this)),
      m_previousButton(new QPushButton(tr("‹ &Previous"), this)),
      m_nextButton(new QPushButton(tr("&Next ›"), this))
{
    setObjectName(QStringLiteral("diaryMonthDialog"));
    // No client name in the title: window titles can end up in logs and task lists.
    setWindowTitle(tr("Headache Diary"));
    resize(1280, 760);

    auto *clientLabel = new QLabel(tr("Headache diary of %1").arg(clientName), this);
    clientLabel->setObjectName(QStringLiteral("clientLabel"));
    clientLabel->setTextFormat(Qt::PlainText);
    QFont big = clientLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    clientLabel->setFont(big);

    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    m_monthLabel->setTextFormat(Qt::PlainText);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_monthLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    QFont monthFont = m_monthLabel->font();
    monthFont.setBold(true);
    m_monthLabel->setFont(monthFont);
    m_previousButton->setObjectName(QStringLiteral("previousMonthButton"));
    m_nextButton->setObjectName(QStringLiteral("nextMonthButton"));
    m_previousButton->setToolTip(tr("Previous month (Page Up)"));
    m_nextButton->setToolTip(tr("Next month (Page Down)"));
    for (QPushButton *button : { m_previousButton, m_nextButton }) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the grid
    }
    connect(m_previousButton, &QPushButton::clicked, this,
            [this] { showMonth(month().addMonths(-1)); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { showMonth(month().addMonths(1)); });

    auto *top = new QHBoxLayout;
    top->addWidget(clientLabel, 1);
    top->addWidget(m_previousButton);
    top->addWidget(m_monthLabel);
    top->addWidget(m_nextButton);

    auto *keys = new QLabel(tr("Type to fill a cell · Tab or Enter: next cell, then the next "
                               "day · Space: yes / no / blank · Delete: clear · ↑ ↓: day · "
                               "Page Up / Page Down: month · Ctrl+S: save · Ctrl+Z: undo"),
                            this);
    keys->setObjectName(QStringLiteral("keysLabel"));
    keys->setTextFormat(Qt::PlainText);
    keys->setWordWrap(true);
    keys->setStyleSheet(QStringLiteral("color: #555555;"));

    Styles::makeProblemBanner(m_problemBanner, QStringLiteral("diaryProblemBanner"));

    m_grid->setMonthModel(m_model);
    m_model->setUndoStack(m_undo);
    const int character = m_grid->fontMetrics().averageCharWidth();
    for (const ColumnWidth &width : Widths)
        m_grid->setColumnWidth(width.column, width.characters * character + 12);
    m_grid->horizontalHeader()->setStretchLastSection(true);

    m_keptLabel->setObjectName(QStringLiteral("keptRowsLabel"));
    m_keptLabel->setTextFormat(Qt::PlainText);
    m_keptLabel->setWordWrap(true);
    m_keptLabel->setStyleSheet(Styles::infoBannerStyle());
    m_keptLabel->hide();

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_saveButton->setObjectName(QStringLiteral("saveMonthButton"));
    m_saveButton->setToolTip(tr("Save this month (Ctrl+S)"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ApplyRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *button : { m_saveButton, close }) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(close, &QPushButton::clicked, this, &DiaryMonthDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(keys);
    layout->addWidget(m_problemBanner);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_keptLabel);
    layout->addLayout(bottom);

    auto *saveAction = new QAction(tr("Save Month"), this);
    saveAction->setObjectName(QStringLiteral("saveMonthAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(saveAction);
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    addAction(redo);

    connect(m_grid, &DiaryMonthGrid::monthStepRequested, this,
            [this](int months) { showMonth(month().addMonths(months)); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DiaryMonthDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiaryMonthDialog::updateStatus);

    load(firstMonth.isValid() ? firstMonth : services.clock.today());
    m_grid->setFocus();
}

DiaryMonthDialog::~DiaryMonthDialog() = default;

DiaryMonthDialog *DiaryMonthDialog::open(const Services &services, qint64 clientId,
                                         const QString &clientName, const QDate &month,
                                         QWidget *parent)
{
    auto *dialog = new DiaryMonthDialog(services, clientId, clientName, month, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QDate DiaryMonthDialog::month() const
{
    return m_model->month();
}

bool DiaryMonthDialog::isModified() const
{
    return m_model->isModified();
}

bool DiaryMonthDialog::showMonth(const QDate &anyDay)
{
    m_grid->commitEditor();
    const QDate today = m_services.clock.today();
    if (QDate(anyDay.year(), anyDay.month(), 1) > today) {
        m_statusLabel->setText(tr("A diary records days that have passed: there is nothing to "
                                  "fill after this month yet."));
        return false;
    }
    if (!settleChanges())
        return false;
    return load(anyDay);
}

bool DiaryMonthDialog::load(const QDate &anyDay)
{
    const auto rows = m_diary.month(m_services.session.session(), m_clientId, anyDay);
    if (!rows) {
        showProblem(rows.error().message);
        if (!m_model->month().isValid()) {
            m_grid->setEnabled(false);
            m_saveButton->setEnabled(false);
        }
        return false;
    }
    const QDate today = m_services.clock.today();
    m_model->setMonth(m_clientId, anyDay, rows.value(), today);
    m_undo->clear();
    showProblem({});
    m_monthLabel->setText(QLocale().toString(m_model->month(), QStringLiteral("MMMM yyyy")));
    m_nextButton->setEnabled(m_model->month().addMonths(1) <= today);
    const int kept = m_model->keptRowsInMonth();
    m_keptLabel->setText(
            tr("Days marked +N have N more attacks in the diary than the grid shows. The grid "
               "shows and changes the first row of such a day; the others (%1 this month) are "
               "kept unchanged.")
                    .arg(kept));
    m_keptLabel->setVisible(kept > 0);
    // Start where the therapist most likely is: today in the current month, else the 1st.
    const int todayRow = m_model->rowOf(today);
    m_grid->moveToCell(todayRow >= 0 ? todayRow : 0, DiaryMonthModel::HeadacheColumn);
    m_statusLabel->clear();
    updateStatus();
    return true;
}

bool DiaryMonthDialog::save()
{
    m_grid->commitEditor();
    const DiaryMonthModel::Conversion conversion = m_model->entries();
    if (!conversion.problems.isEmpty()) {
        m_model->setProblems(conversion.problems);
        QStringList lines;
        for (qsizetype i = 0; i < conversion.problems.size() && i < ShownProblems; ++i)
            lines << conversion.problems.at(i).message;
        if (conversion.problems.size() > ShownProblems)
            lines << tr("… and %1 more.").arg(conversion.problems.size() - ShownProblems);
        showProblem(tr("Nothing was saved. Correct the highlighted cells:") + QLatin1Char('\n')
                    + lines.join(QLatin1Char('\n')));
        const DiaryMonthModel::Problem &first = conversion.problems.first();
        m_grid->moveToCell(first.row, first.column);
        return false;
    }
    const auto saved = m_diary.replaceMonth(m_services.session.session(), m_clientId,
                                            m_model->month(), conversion.entries);
    if (!saved) {
        // Core names the row by its date ("2026-11-03: Peak intensity is 0 to 10…").
        QString message = saved.error().message;
        DiaryMonthModel::Problem problem;
        const QDate date = QDate::fromString(message.left(10), Qt::ISODate);
        problem.row = m_model->rowOf(date);
        if (problem.row >= 0) {
            message = DiaryMonthModel::dayName(date) + message.mid(10);
            problem.column = DiaryMonthModel::columnOfField(saved.error().field);
        }
        problem.message = message;
        m_model->setProblems(problem.row >= 0 ? QList{ problem }
                                              : QList<DiaryMonthModel::Problem>{});
        showProblem(tr("Nothing was saved.") + QLatin1Char(' ') + message);
        if (problem.row >= 0)
            m_grid->moveToCell(problem.row,
                               problem.column >= 0 ? problem.column
                                                   : m_grid->currentIndex().column());
        return false;
    }
    const QModelIndex current = m_grid->currentIndex();
    load(m_model->month());
    if (current.isValid())
        m_grid->moveToCell(current.row(), current.column());
    const core::DiaryMonthChange &change = saved.value();
    m_statusLabel->setText(
            tr("Saved %1: %2 added, %3 changed, %4 removed.")
                    .arg(QLocale().toString(m_model->month(), QStringLiteral("MMMM yyyy")))
                    .arg(change.added)
                    .arg(change.changed)
                    .arg(change.removed));
    Q_EMIT diarySaved(m_model->month());
    return true;
}

void DiaryMonthDialog::reject()
{
    m_grid->commitEditor();
    if (settleChanges())
        QDialog::reject();
}

bool DiaryMonthDialog::settleChanges()
{
    if (!m_model->isModified())
        return true;
    const auto choice = m_services.prompter.question(
            this, tr("Unsaved Diary"),
            tr("Save the changes to %1?")
                    .arg(QLocale().toString(m_model->month(), QStringLiteral("MMMM yyyy"))),
            { Prompter::Choice::Save, Prompter::Choice::Discard, Prompter::Choice::Cancel },
            Prompter::Choice::Save, Prompter::Choice::Cancel);
    switch (choice) {
    case Prompter::Choice::Save:
        return save();
    case Prompter::Choice::Discard:
        return true;
    default:
        return false;
    }
}

void DiaryMonthDialog::showProblem(const QString &text)
{
    m_problemBanner->setText(text);
    m_problemBanner->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_model->setProblems({});
}

void DiaryMonthDialog::updateStatus()
{
    if (m_model->isModified())
        m_statusLabel->setText(tr("Unsaved changes: Ctrl+S saves the month."));
    else if (m_statusLabel->text() == tr("Unsaved changes: Ctrl+S saves the month."))
        m_statusLabel->clear(); // undone back to what is stored
}

} // namespace stillpoint::ui
