// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteHistoryView.h"

#include "ui/common/Styles.h"
#include "ui/common/ViewSelection.h"
#include "ui/intake/RedFlagBanner.h"
#include "ui/notes/NoteHistoryModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace stillpoint::ui {

NoteHistoryView::NoteHistoryView(const Actions &actions, QWidget *parent)
    : QWidget(parent), m_model(new NoteHistoryModel(this)),
      m_title(Styles::titleLabel(QString(), this)),
      m_summary(Styles::subtitleLabel(QString(), this)), m_view(new QTableView(this))
{
    m_title->setObjectName(QStringLiteral("notesClientTitle"));
    m_summary->setObjectName(QStringLiteral("notesSummaryLabel"));

    m_view->setObjectName(QStringLiteral("noteHistoryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const auto widthOf = [this](const QString &sample) {
        return m_view->fontMetrics().horizontalAdvance(sample) + 24;
    };
    header->resizeSection(NoteHistoryModel::DateColumn, widthOf(QStringLiteral("00 Mmm 0000")));
    header->resizeSection(NoteHistoryModel::StatusColumn, widthOf(tr("Discarded")));
    header->resizeSection(NoteHistoryModel::PainColumn, widthOf(QStringLiteral("10 → 10")));
    header->resizeSection(NoteHistoryModel::MarksColumn, widthOf(tr("Marks")));
    header->resizeSection(NoteHistoryModel::AddendaColumn, widthOf(tr("Addenda")));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NoteHistoryView::selectionChanged);
    connect(m_view, &QTableView::activated, this, &NoteHistoryView::noteActivated);

    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Session notes"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(buttonForAction(actions.newNote, "newNoteButton", this));
    top->addWidget(buttonForAction(actions.open, "openNoteButton", this));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(buttonForAction(actions.templates, "manageNoteTemplatesButton", this));
    bottom->addStretch();
    bottom->addWidget(buttonForAction(actions.print, "printSelectedNoteButton", this));
    bottom->addWidget(buttonForAction(actions.savePdf, "saveSelectedNotePdfButton", this));
    bottom->addWidget(buttonForAction(actions.printRange, "printNotesRangeButton", this));
    auto *hint = Styles::subtitleLabel(
            tr("Enter or double-click opens a note. Drafts save as you type; signed notes open "
               "read-only, with their addenda."),
            this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(hint);
}

void NoteHistoryView::setClientName(const QString &name)
{
    m_title->setText(name);
}

void NoteHistoryView::clear()
{
    m_model->setNotes({});
    m_summary->clear();
}

void NoteHistoryView::showProblem(const QString &message)
{
    m_model->setNotes({});
    m_summary->setText(message);
}

void NoteHistoryView::setNotes(const QList<core::NoteSummary> &notes)
{
    const int row = selectedRow();
    const qint64 selected = row >= 0 ? m_model->note(row).id : 0;
    m_model->setNotes(notes);
    int signedCount = 0;
    int drafts = 0;
    QDate last;
    for (const core::NoteSummary &note : notes) {
        if (note.status == core::NoteStatus::Signed) {
            ++signedCount;
            if (!last.isValid() || note.sessionDate > last)
                last = note.sessionDate;
        } else if (note.status == core::NoteStatus::Draft) {
            ++drafts;
        }
    }
    QStringList summary;
    summary << (signedCount == 0           ? tr("No signed notes yet")
                        : signedCount == 1 ? tr("1 signed note")
                                           : tr("%1 signed notes").arg(signedCount));
    if (last.isValid())
        summary << tr("last on %1").arg(QLocale().toString(last, QStringLiteral("d MMM yyyy")));
    if (drafts > 0)
        summary << (drafts == 1 ? tr("1 draft open") : tr("%1 drafts open").arg(drafts));
    m_summary->setText(summary.join(QStringLiteral("  ·  ")));
    if (selected != 0 && m_model->rowOf(selected) >= 0)
        selectNote(selected);
    else if (m_model->rowCount() > 0)
        selectOnlyRow(m_view, 0);
}

int NoteHistoryView::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().row() : -1;
}

void NoteHistoryView::selectNote(qint64 noteId)
{
    const int row = m_model->rowOf(noteId);
    if (row >= 0)
        selectOnlyRow(m_view, row);
}

} // namespace stillpoint::ui
