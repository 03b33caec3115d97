// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteEditor.h"

#include "core/notes/NoteValidator.h"
#include "ui/common/FieldUndoRecorder.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/intake/RedFlagProceedDialog.h"
#include "ui/notes/NoteAddendaPage.h"
#include "ui/notes/NoteAddendumDialog.h"
#include "ui/notes/NoteBodyChartPage.h"
#include "ui/notes/NoteContentCommand.h"
#include "ui/notes/NoteEditorButtons.h"
#include "ui/notes/NoteEditorHeader.h"
#include "ui/notes/NoteObjectivePage.h"
#include "ui/notes/NotePlanPage.h"
#include "ui/notes/NoteRedFlagGate.h"
#include "ui/notes/NoteSections.h"
#include "ui/notes/NoteTemplateActions.h"
#include "ui/security/CurrentSession.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

constexpr int DefaultAutosaveMs = 2000;
const QString GeometryKey = QStringLiteral("NoteEditor/geometry");

QString timeOf(const QDateTime &utc, const char *format)
{
    return utc.toLocalTime().toString(QLatin1String(format));
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

} // namespace

NoteEditor::NoteEditor(const Services &services, QWidget *parent)
    : QWidget(parent, Qt::Window), m_notes(services.notes), m_intakes(services.intakes),
      m_prompter(services.prompter), m_currentSession(services.session), m_clock(services.clock),
      m_session(services.session.session()), m_autosave(new QTimer(this)),
      m_undoStack(new QUndoStack(this)), m_recorder(new FieldUndoRecorder(m_undoStack, this))
{
    setObjectName(QStringLiteral("noteEditor"));
    setWindowTitle(tr("Session Note"));
    setWindowIcon(QIcon(Styles::logoPath()));
    m_autosave->setObjectName(QStringLiteral("noteAutosaveTimer"));
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(DefaultAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { saveNow(); });
    m_templates = new NoteTemplateActions({ m_notes, m_session, m_prompter }, this);

    // Creation order is the tab order: the section list, the page's fields, then the buttons.
    m_header = new NoteEditorHeader(this);
    m_problemBanner = new QLabel(this);
    Styles::makeProblemBanner(m_problemBanner, QStringLiteral("noteProblemBanner"));
    m_sections = new NoteSections(m_recorder, m_undoStack, this);
    m_sections->setObjectName(QStringLiteral("noteSections"));
    m_sections->objective()->setTechniqueAdder(
            [this](const QString &label) { return m_notes.addTechnique(m_session, label); });
    m_buttons = new NoteEditorButtons(m_templates->menu(), this);
    m_buttons->setObjectName(QStringLiteral("noteEditorButtons"));
    connect(m_buttons, &NoteEditorButtons::printClicked, this, [this] {
        if (m_loaded && (m_readOnly || saveNow()))
            Q_EMIT printRequested(m_note.id);
    });
    connect(m_buttons, &NoteEditorButtons::pdfClicked, this, [this] {
        if (m_loaded && (m_readOnly || saveNow()))
            Q_EMIT pdfRequested(m_note.id);
    });
    connect(m_buttons, &NoteEditorButtons::discardClicked, this, [this] { discardDraft(); });
    connect(m_buttons, &NoteEditorButtons::addendumClicked, this, [this] { addAddendum(); });
    connect(m_buttons, &NoteEditorButtons::saveClicked, this, [this] { saveNow(); });
    connect(m_buttons, &NoteEditorButtons::signClicked, this, [this] { sign(); });
    connect(m_buttons, &NoteEditorButtons::closeClicked, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_problemBanner);
    layout->addWidget(m_sections, 1);
    layout->addWidget(m_buttons);

    connect(m_sections, &NoteSections::edited, this, &NoteEditor::formEdited);
    connect(m_sections->addenda(), &NoteAddendaPage::addRequested, this, [this] { addAddendum(); });
    connect(m_recorder, &FieldUndoRecorder::fieldRestored, this, [this](QWidget *field) {
        m_sections->revealField(field);
        formEdited();
    });
    createShortcuts();
    restoreWindowGeometry();
    updateHeader();
    updateButtons();
}

NoteEditor::~NoteEditor() = default;

void NoteEditor::createShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    const auto move = [this](int step) {
        // Past a section that is not listed (Addenda of a draft).
        for (int index = m_sections->currentSection() + step;
             index >= 0 && index < NoteSections::SectionCount; index += step) {
            if (m_sections->setCurrentSection(index, true))
                return;
        }
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [move] { move(1); });
    add(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [move] { move(-1); });
    for (int i = 0; i < NoteSections::SectionCount; ++i)
        add(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)),
            [this, i] { m_sections->setCurrentSection(i, true); });
    add(QKeySequence::Save, [this] { saveNow(); });
    add(QKeySequence::Print, [this] { m_buttons->printButton()->click(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { sign(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { sign(); });
    add(QKeySequence::Undo, [this] {
        if (!m_readOnly)
            m_undoStack->undo();
    });
    add(QKeySequence::Redo, [this] {
        if (!m_readOnly)
            m_undoStack->redo();
    });
}

void NoteEditor::setAutosaveDelay(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

void NoteEditor::setClientName(const QString &clientName)
{
    m_clientName = clientName;
    updateHeader();
}

bool NoteEditor::openNote(qint64 noteId)
{
    const auto found = m_notes.find(m_session, noteId);
    if (!found) {
        refuse(tr("Note not opened"), found.error());
        return false;
    }
    showNote(found.value());
    return true;
}

void NoteEditor::showNote(const core::SessionNote &note)
{
    m_autosave->stop();
    m_note = note;
    m_loaded = true;
    m_dirty = false;
    m_readOnly = note.status != core::NoteStatus::Draft;
    m_showSigningProblems = false;
    if (const auto techniques = m_notes.techniques(m_session))
        m_sections->objective()->setTechniques(techniques.value());
    m_sections->plan()->setSessionDate(note.sessionDate);
    m_sections->load(note.content);
    m_sections->setReadOnly(m_readOnly);
    m_sections->setAddenda(note.isSigned(), note.addenda);
    m_undoStack->clear();
    loadPreviousMarks();
    m_problemBanner->hide();
    switch (note.status) {
    case core::NoteStatus::Draft:
        m_buttons->setStatus(
                note.updatedAtUtc.isValid()
                        ? tr("Draft saved %1").arg(timeOf(note.updatedAtUtc, "HH:mm:ss"))
                        : tr("Draft"));
        break;
    case core::NoteStatus::Signed:
        m_buttons->setStatus(tr("Signed: read only"));
        break;
    case core::NoteStatus::Discarded:
        m_buttons->setStatus(tr("Discarded: read only"));
        break;
    }
    updateHeader();
    updateButtons();
    refreshValidation();
}

void NoteEditor::loadPreviousMarks()
{
    m_carriedFromDate = {};
    const auto previous = m_notes.previousSigned(m_session, m_note.clientId, m_note.sessionDate);
    if (previous && previous->has_value()) {
        const core::SessionNote &last = **previous;
        m_sections->bodyChart()->setPreviousMarks(last.content.marks, last.sessionDate);
        if (last.id == m_note.carriedForwardFrom)
            m_carriedFromDate = last.sessionDate;
    } else {
        m_sections->bodyChart()->setPreviousMarks({}, {});
    }
    if (m_note.carriedForwardFrom != 0 && !m_carriedFromDate.isValid()) {
        if (const auto source = m_notes.find(m_session, m_note.carriedForwardFrom))
            m_carriedFromDate = source->sessionDate;
    }
}

core::SessionNote NoteEditor::note() const
{
    core::SessionNote current = m_note;
    if (m_loaded)
        m_sections->read(current.content);
    return current;
}

void NoteEditor::applyContent(const core::NoteContent &content, const QString &undoText)
{
    if (!m_loaded || m_readOnly)
        return;
    m_undoStack->push(new NoteContentCommand(undoText, note().content, content,
                                             [this](const core::NoteContent &shown) {
                                                 m_sections->load(shown);
                                                 formEdited();
                                             }));
}

void NoteEditor::formEdited()
{
    if (!m_loaded || m_readOnly)
        return;
    m_dirty = true;
    m_autosave->start();
    m_buttons->setStatus(tr("Editing…"));
    refreshValidation();
}

void NoteEditor::refreshValidation()
{
    if (!m_loaded)
        return;
    if (m_readOnly) {
        m_sections->showProblems({});
        return;
    }
    const core::SessionNote current = note();
    m_sections->showProblems(m_sections->localProblems()
                             + (m_showSigningProblems
                                        ? core::NoteValidator::problemsForSigning(current)
                                        : core::NoteValidator::problems(current.content)));
}

bool NoteEditor::saveNow()
{
    m_autosave->stop();
    if (!m_loaded || m_readOnly || !m_dirty)
        return true;
    auto saved = m_notes.saveDraft(m_session, note());
    if (!saved) {
        showRefusal(tr("Draft not saved"), saved.error(), false);
        m_buttons->setStatus(tr("Not saved"));
        return false;
    }
    m_note.rowVersion = saved->rowVersion;
    m_note.updatedAtUtc = saved->updatedAtUtc;
    m_note.content = saved->content;
    m_dirty = false;
    m_problemBanner->hide();
    m_buttons->setStatus(tr("Draft saved %1").arg(timeOf(m_note.updatedAtUtc, "HH:mm:ss")));
    Q_EMIT noteSaved(m_note.clientId);
    return true;
}

void NoteEditor::showRefusal(const QString &what, const core::Error &error, bool ask)
{
    if (NoteRedFlagGate::isRedFlagRefusal(error)) {
        showProblem(tr("%1: %2 Record a reason to proceed first; what you typed stays here.")
                            .arg(what, error.message));
        askReasonToProceed();
        return;
    }
    const bool atField = !error.field.isEmpty() && m_sections->showAtField(error);
    if (!atField && error.code != core::ErrorCode::Conflict && ask) {
        m_prompter.warning(this, what, error.message, { Prompter::Choice::Ok },
                           Prompter::Choice::Ok, Prompter::Choice::Ok,
                           error.field.isEmpty() ? QString() : tr("Field: %1").arg(error.field));
    }
    showProblem(error.code == core::ErrorCode::Conflict
                        ? tr("%1: %2 Close this window and open the note again to see the latest "
                             "version.")
                                  .arg(what, error.message)
                        : tr("%1: %2").arg(what, error.message)
                                + (ask ? QString()
                                       : tr(" What you typed is still here and is saved again "
                                            "with your next change (or Ctrl+S).")));
}

void NoteEditor::askReasonToProceed()
{
    if (m_redFlagDialog)
        return;
    m_autosave->stop();
    const auto alert = m_intakes.blockingAlert(m_session, m_note.clientId);
    if (!alert || !alert->has_value())
        return;
    m_redFlagDialog = NoteRedFlagGate::askReason(m_intakes, m_currentSession, **alert, this);
    connect(m_redFlagDialog, &QDialog::accepted, this, [this] {
        Q_EMIT redFlagCleared(m_note.clientId);
        m_problemBanner->hide();
        saveNow();
    });
}

bool NoteEditor::sign()
{
    if (!m_loaded || m_readOnly)
        return false;
    const core::SessionNote current = note();
    const QList<core::Error> problems =
            m_sections->localProblems() + core::NoteValidator::problemsForSigning(current);
    if (!problems.isEmpty()) {
        m_showSigningProblems = true;
        refreshValidation();
        showProblem(tr("Not signed: %1").arg(problems.first().message));
        m_sections->jumpToField(problems.first().field);
        return false;
    }
    const auto choice = m_prompter.question(
            this, tr("Sign Note"),
            tr("Sign the note of %1 now?").arg(longDate(current.sessionDate)),
            { Prompter::Choice::Yes, Prompter::Choice::Cancel }, Prompter::Choice::Yes,
            Prompter::Choice::Cancel,
            tr("Once signed the note is locked; corrections are added as addenda under it."));
    if (choice != Prompter::Choice::Yes)
        return false;
    m_autosave->stop();
    auto signedNote = m_notes.sign(m_session, current);
    if (!signedNote) {
        if (!signedNote.error().field.isEmpty()) {
            m_showSigningProblems = true;
            refreshValidation();
        }
        showRefusal(tr("Not signed"), signedNote.error(), true);
        return false;
    }
    const int section = m_sections->currentSection();
    showNote(signedNote.value());
    m_sections->setCurrentSection(section);
    Q_EMIT noteSaved(m_note.clientId);
    Q_EMIT noteSigned(m_note.clientId, m_note.id);
    return true;
}

bool NoteEditor::discardDraft()
{
    if (!m_loaded || m_readOnly)
        return false;
    const auto choice = m_prompter.question(
            this, tr("Discard Draft"),
            tr("Set the draft of %1 aside?").arg(longDate(m_note.sessionDate)),
            { Prompter::Choice::Discard, Prompter::Choice::Cancel }, Prompter::Choice::Cancel,
            Prompter::Choice::Cancel,
            tr("It is kept for the record, marked discarded, and can no longer be signed."));
    if (choice != Prompter::Choice::Discard)
        return false;
    m_autosave->stop();
    const auto discarded = m_notes.discard(m_session, m_note.id, m_note.rowVersion);
    if (!discarded) {
        refuse(tr("Draft not discarded"), discarded.error());
        return false;
    }
    m_dirty = false;
    const qint64 clientId = m_note.clientId;
    showNote(discarded.value());
    Q_EMIT noteDiscarded(clientId);
    close();
    return true;
}

NoteAddendumDialog *NoteEditor::addAddendum()
{
    if (!m_loaded || !m_note.isSigned())
        return nullptr;
    auto *dialog =
            new NoteAddendumDialog(m_notes, m_currentSession, m_note.id,
                                   tr("the note of %1").arg(longDate(m_note.sessionDate)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // Read again: the addendum as stored, under the unchanged original.
        const int section = m_sections->currentSection();
        if (openNote(m_note.id))
            m_sections->setCurrentSection(section == NoteSections::Addenda ? section
                                                                           : NoteSections::Addenda);
        Q_EMIT addendumAdded(m_note.clientId);
    });
    dialog->open();
    return dialog;
}

void NoteEditor::updateHeader()
{
    const QString status = m_loaded ? core::NoteStatuses::key(m_note.status) : QString();
    setWindowTitle(m_loaded ? tr("Session Note — %1 (%2)")
                                      .arg(m_note.sessionDate.toString(Qt::ISODate), status)
                            : tr("Session Note"));
    m_header->showNote(m_loaded ? &m_note : nullptr, m_clientName, m_carriedFromDate);
}

void NoteEditor::updateButtons()
{
    m_buttons->setState(m_loaded, !m_readOnly, m_loaded && m_note.isSigned());
    m_sections->addenda()->addButton()->setVisible(m_loaded && m_note.isSigned());
}

void NoteEditor::showProblem(const QString &text)
{
    m_problemBanner->setText(text);
    m_problemBanner->show();
}

void NoteEditor::refuse(const QString &title, const core::Error &error)
{
    m_prompter.warning(this, title, error.message, { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                       Prompter::Choice::Ok);
}

void NoteEditor::closeEvent(QCloseEvent *event)
{
    if (m_loaded && !m_readOnly && m_dirty && !saveNow()) {
        const auto choice = m_prompter.warning(
                this, tr("Draft not saved"),
                tr("The latest changes to this note could not be saved."),
                { Prompter::Choice::Discard, Prompter::Choice::Cancel }, Prompter::Choice::Cancel,
                Prompter::Choice::Cancel,
                tr("Discard closes the window and loses the changes since the last save. Cancel "
                   "keeps it open so you can try again or copy what you typed."));
        if (choice != Prompter::Choice::Discard) {
            event->ignore();
            return;
        }
    }
    saveWindowGeometry();
    event->accept();
}

void NoteEditor::restoreWindowGeometry()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(GeometryKey).toByteArray()))
        return;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1240, available.width()), std::min(820, available.height() - 40));
}

void NoteEditor::saveWindowGeometry() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
}

} // namespace stillpoint::ui
