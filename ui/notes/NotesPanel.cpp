// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NotesPanel.h"

#include "ui/common/Styles.h"
#include "ui/notes/ChartLegendDialog.h"
#include "ui/notes/MarkSymbol.h"
#include "ui/notes/NoteEditorWindows.h"
#include "ui/notes/NoteHistoryModel.h"
#include "ui/notes/NoteHistoryView.h"
#include "ui/notes/NoteRangeDialog.h"
#include "ui/notes/NoteStarter.h"
#include "ui/notes/NoteTemplatesDialog.h"
#include "ui/security/CurrentSession.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <functional>
#include <memory>
#include <utility>

namespace stillpoint::ui {

NotesPanel::NotesPanel(const Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_notes(services.database, services.clock),
      m_appointments(services.database, services.clock),
      m_practiceSettings(services.database, services.clock),
      m_printouts({ m_notes, services.clients, services.settings, services.session,
                    services.prompter, services.files, services.printer }),
      m_editors(new NoteEditorWindows(
              { m_notes, services.intakes, services.prompter, services.session, services.clock },
              this)),
      m_starter(new NoteStarter({ m_notes, services.intakes, m_appointments, services.session,
                                  services.prompter, services.clock },
                                this)),
      m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    createActions();
    m_pages->addWidget(createMessagePage());
    m_pages->addWidget(createFrontDeskPage());
    m_pages->addWidget(createClinicalPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_starter, &NoteStarter::noteReady, this,
            [this](const core::SessionNote &note, const QString &clientName) {
                m_editors->show(note, clientName);
                if (note.clientId == m_clientId)
                    refresh();
            });
    connect(m_starter, &NoteStarter::redFlagCleared, this, &NotesPanel::redFlagCleared);
    connect(m_editors, &NoteEditorWindows::redFlagCleared, this, &NotesPanel::redFlagCleared);
    const auto refreshFor = [this](qint64 clientId) {
        if (clientId == m_clientId)
            refresh();
    };
    connect(m_editors, &NoteEditorWindows::noteSaved, this, refreshFor);
    connect(m_editors, &NoteEditorWindows::noteDiscarded, this, refreshFor);
    connect(m_editors, &NoteEditorWindows::addendumAdded, this, [this, refreshFor](qint64 id) {
        refreshFor(id);
        Q_EMIT statusMessage(tr("Addendum added."));
    });
    connect(m_editors, &NoteEditorWindows::noteSigned, this, [this, refreshFor](qint64 id) {
        refreshFor(id);
        Q_EMIT statusMessage(tr("Session note signed."));
    });
    connect(m_editors, &NoteEditorWindows::printRequested, this, &NotesPanel::printNote);
    connect(m_editors, &NoteEditorWindows::pdfRequested, this, &NotesPanel::saveNoteAsPdf);
    connect(&m_services.session, &CurrentSession::sessionChanged, this, &NotesPanel::applyRole);
    applyRole();
    // Charts draw and name mark types as the practice's legend says (the defaults if unreadable).
    if (const auto legend = m_practiceSettings.bodyChartLegend())
        MarkSymbol::setLegend(legend.value());
}

NotesPanel::~NotesPanel() = default;

void NotesPanel::createActions()
{
    const auto make = [this](const QString &text, const char *name, const QKeySequence &keys,
                             const QString &tip, const std::function<void()> &work) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, [this, work] {
            Q_EMIT showRequested();
            work();
        });
        addAction(action); // the shortcut works wherever the panel is, in a menu or not
        return action;
    };
    m_newAction =
            make(tr("&New Note…"), "newNoteAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                 tr("Start a session note for this client"), [this] { newNote(); });
    m_openAction = make(
            tr("&Open Note"), "openNoteAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
            tr("Open the selected note (signed notes open read-only)"), [this] { openSelected(); });
    m_printAction = make(
            tr("&Print Note…"), "printNoteAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
            tr("Print the selected note with its addenda"), [this] { printSelected(); });
    m_savePdfAction =
            make(tr("Save Note as P&DF…"), "saveNotePdfAction",
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D),
                 tr("Save the selected note as a PDF file"), [this] { saveSelectedAsPdf(); });
    m_printRangeAction =
            make(tr("Print Notes in Date &Range…"), "printNotesRangeAction",
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                 tr("Print the client's signed notes of a period"), [this] { printRange(); });
    m_templatesAction = make(tr("&Templates…"), "noteTemplatesAction", QKeySequence(),
                             tr("Rename or delete the practice's note templates"),
                             [this] { manageTemplates(); });
    m_legendAction = make(tr("Body Chart &Legend…"), "chartLegendAction", QKeySequence(),
                          tr("Name the body chart's mark types and choose their colours"),
                          [this] { editLegend(); });
}

QList<QAction *> NotesPanel::menuActions() const
{
    return { m_newAction,        m_openAction,      m_printAction, m_savePdfAction,
             m_printRangeAction, m_templatesAction, m_legendAction };
}

QWidget *NotesPanel::createMessagePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("notesMessagePage"));
    m_messageTitle = new QLabel(page);
    m_messageTitle->setObjectName(QStringLiteral("notesMessageTitle"));
    m_messageTitle->setTextFormat(Qt::PlainText);
    QFont font = m_messageTitle->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_messageTitle->setFont(font);
    m_messageHint = Styles::subtitleLabel(QString(), page);
    m_messageHint->setAlignment(Qt::AlignHCenter);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(m_messageTitle, 0, Qt::AlignHCenter);
    layout->addWidget(m_messageHint);
    layout->addStretch(3);
    return page;
}

QWidget *NotesPanel::createFrontDeskPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("notesFrontDeskPage"));
    m_frontDeskTitle = Styles::titleLabel(QString(), page);
    m_frontDeskLabel = new QLabel(tr("Session notes are visible to therapists only."), page);
    m_frontDeskLabel->setObjectName(QStringLiteral("notesFrontDeskLabel"));
    m_frontDeskLabel->setTextFormat(Qt::PlainText);
    m_frontDeskLabel->setWordWrap(true);
    m_frontDeskLabel->setStyleSheet(Styles::infoBannerStyle());
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frontDeskTitle);
    layout->addSpacing(8);
    layout->addWidget(m_frontDeskLabel);
    layout->addStretch();
    return page;
}

QWidget *NotesPanel::createClinicalPage()
{
    m_history = new NoteHistoryView({ m_newAction, m_openAction, m_printAction, m_savePdfAction,
                                      m_printRangeAction, m_templatesAction },
                                    m_pages);
    m_history->setObjectName(QStringLiteral("notesClinicalPage"));
    connect(m_history, &NoteHistoryView::selectionChanged, this, &NotesPanel::updateActions);
    connect(m_history, &NoteHistoryView::noteActivated, this, [this] { openSelected(); });
    return m_history;
}

NoteHistoryModel *NotesPanel::historyModel() const
{
    return m_history->model();
}

QTableView *NotesPanel::historyView() const
{
    return m_history->view();
}

bool NotesPanel::isClinical() const
{
    return m_services.session.allows(core::Operation::ClinicalRead);
}

bool NotesPanel::canWork() const
{
    return m_available && m_clientId != 0 && isClinical();
}

void NotesPanel::applyRole()
{
    // Another person: nothing read for the one before stays on screen.
    m_history->clear();
    m_stale = true;
    refresh();
}

void NotesPanel::setClient(qint64 clientId, const QString &clientName)
{
    m_clientName = clientName;
    m_frontDeskTitle->setText(clientName);
    m_history->setClientName(clientName);
    if (clientId == m_clientId) {
        updateActions();
        return;
    }
    m_clientId = clientId;
    m_history->clear();
    refresh();
}

void NotesPanel::refresh()
{
    if (!m_services.session.isSignedIn() || m_clientId == 0) {
        const bool none = m_clientName.isEmpty() || !m_services.session.isSignedIn();
        m_messageTitle->setText(none ? tr("No client open") : tr("Not saved yet"));
        m_messageHint->setText(none ? tr("Choose a client from the list to see their notes.")
                                    : tr("Save the new client first; then notes can be written."));
        m_pages->setCurrentIndex(MessagePage);
        updateActions();
        return;
    }
    m_pages->setCurrentIndex(isClinical() ? ClinicalPage : FrontDeskPage);
    m_stale = true;
    if (isVisible())
        reload();
    updateActions();
}

void NotesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void NotesPanel::reload()
{
    m_stale = false;
    if (!isClinical())
        return; // the front desk: nothing is asked
    const auto history = m_notes.history(m_services.session.session(), m_clientId);
    if (!history)
        m_history->showProblem(history.error().message);
    else
        m_history->setNotes(history.value());
}

void NotesPanel::setAvailable(bool available)
{
    m_available = available;
    updateActions();
}

int NotesPanel::selectedRow() const
{
    return m_history->selectedRow();
}

void NotesPanel::selectNote(qint64 noteId)
{
    m_history->selectNote(noteId);
}

void NotesPanel::updateActions()
{
    const bool work = canWork();
    const bool one = selectedRow() >= 0;
    for (QAction *action : menuActions())
        action->setVisible(isClinical());
    m_newAction->setEnabled(work);
    m_openAction->setEnabled(work && one);
    m_printAction->setEnabled(work && one);
    m_savePdfAction->setEnabled(work && one);
    m_printRangeAction->setEnabled(work && m_history->model()->rowCount() > 0);
    m_templatesAction->setEnabled(m_available && isClinical());
    // Only the owner changes the practice's settings.
    const bool owner = m_services.session.allows(core::Operation::SettingsChange);
    m_legendAction->setVisible(isClinical() && owner);
    m_legendAction->setEnabled(m_available && isClinical() && owner);
}

bool NotesPanel::newNote()
{
    if (!canWork())
        return false;
    return m_starter->startForClient(m_clientId, m_clientName);
}

qint64 NotesPanel::clientOfAppointment(qint64 appointmentId)
{
    if (!m_available || !isClinical())
        return 0;
    return m_starter->clientOfAppointment(appointmentId);
}

bool NotesPanel::startForAppointment(qint64 appointmentId)
{
    if (!m_available || !isClinical())
        return false;
    return m_starter->startForAppointment(appointmentId);
}

bool NotesPanel::openSelected()
{
    const int row = selectedRow();
    if (!canWork() || row < 0)
        return false;
    return m_editors->open(m_history->model()->note(row).id, m_clientName) != nullptr;
}

bool NotesPanel::printNote(qint64 noteId)
{
    if (!m_printouts.printNote(this, noteId))
        return false;
    Q_EMIT statusMessage(tr("Session note sent to the printer."));
    return true;
}

bool NotesPanel::saveNoteAsPdf(qint64 noteId)
{
    QString path;
    if (!m_printouts.saveNoteAsPdf(this, noteId, &path))
        return false;
    Q_EMIT statusMessage(tr("Session note saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool NotesPanel::printSelected()
{
    const int row = selectedRow();
    return canWork() && row >= 0 && printNote(m_history->model()->note(row).id);
}

bool NotesPanel::saveSelectedAsPdf()
{
    const int row = selectedRow();
    return canWork() && row >= 0 && saveNoteAsPdf(m_history->model()->note(row).id);
}

QDialog *NotesPanel::printRange()
{
    if (!canWork())
        return nullptr;
    // From the oldest note listed (at most a year back) to today.
    const QDate today = m_services.clock.today();
    QDate from = today.addMonths(-3);
    for (const core::NoteSummary &note : m_history->model()->notes())
        if (note.status == core::NoteStatus::Signed && note.sessionDate < from
            && note.sessionDate >= today.addYears(-1))
            from = note.sessionDate;
    auto *dialog = new NoteRangeDialog(from, today, this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { printRange(dialog->from(), dialog->to()); });
    track(dialog);
    dialog->open();
    return dialog;
}

bool NotesPanel::printRange(const QDate &from, const QDate &to)
{
    if (!canWork() || !m_printouts.printRange(this, m_clientId, from, to))
        return false;
    Q_EMIT statusMessage(tr("Session notes sent to the printer."));
    return true;
}

QDialog *NotesPanel::editLegend()
{
    if (!m_available || !m_services.session.allows(core::Operation::SettingsChange))
        return nullptr;
    auto *dialog = new ChartLegendDialog(m_practiceSettings, m_services.session, this);
    track(dialog);
    dialog->open();
    return dialog;
}

QDialog *NotesPanel::manageTemplates()
{
    if (!m_available || !isClinical())
        return nullptr;
    auto *dialog = new NoteTemplatesDialog(m_notes, m_services.session, m_services.prompter, this);
    track(dialog);
    dialog->open();
    return dialog;
}

void NotesPanel::track(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
}

bool NotesPanel::confirmCloseEditors()
{
    return m_editors->confirmClose();
}

bool NotesPanel::saveEditorsWithoutAsking()
{
    return m_editors->saveWithoutAsking();
}

void NotesPanel::closeWindows(bool now)
{
    QList<QPointer<QDialog>> dialogs = std::exchange(m_dialogs, {});
    if (m_starter->startDialog())
        dialogs.append(m_starter->startDialog());
    if (m_starter->redFlagDialog())
        dialogs.append(m_starter->redFlagDialog());
    for (const QPointer<QDialog> &dialog : std::as_const(dialogs)) {
        if (!dialog)
            continue;
        dialog->hide();
        if (now) {
            const std::unique_ptr<QDialog> closing(dialog.data());
        } else {
            dialog->deleteLater();
        }
    }
    m_editors->closeAll(now);
}

} // namespace stillpoint::ui
