// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/intake/Intake.h"
#include "core/intake/IntakeService.h"
#include "core/security/Session.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace stillpoint::ui {

class FieldUndoRecorder;
class IntakeConsentPage;
class IntakeHealthPage;
class IntakePage;
class IntakeQuestionnairesPage;
class IntakeRedFlagsPage;
class IntakeReviewPage;
class IntakeTriggersPage;
class Prompter;

// A window for one version of a client's intake, section by section. Drafts are editable and
// saved by themselves shortly after every change (whatever they hold: an autosave never loses
// typing), with the intake's rules shown beside the fields as the user types. Signing goes
// through core, which refuses an intake with problems; a signed or discarded version opens
// read-only. Its title never names the client or anything clinical (titles end up in window
// lists and logs); the client's name shows inside the window. Deleted on close by its opener.
class IntakeEditor final : public QWidget
{
    Q_OBJECT

public:
    struct Services
    {
        core::IntakeService &intakes;
        Prompter &prompter;
        const core::Clock &clock = core::SystemClock::instance();
    };

    IntakeEditor(const Services &services, const core::Session &session, QWidget *parent = nullptr);
    ~IntakeEditor() override;

    // Opens one version: drafts editable, signed and discarded ones read-only. False (with a
    // message shown) when it cannot be read.
    bool openIntake(qint64 intakeId);
    // Offers the client's open draft back (continue, or start over from a fresh copy) or starts a
    // new draft. False when the user cancels or core refuses (a message is shown).
    bool openForClient(qint64 clientId, const QString &clientName);
    // The name shown in the window (openIntake does not know it).
    void setClientName(const QString &clientName);

    bool isReadOnly() const { return m_readOnly; }
    // The intake as the form currently shows it.
    const core::Intake &intake() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    // Saves a pending change now; true when nothing is left unsaved.
    bool saveNow();
    void setAutosaveDelay(int milliseconds);

    // The section pages, in order; the index is what Alt+1… chooses (minus one).
    int currentSection() const;
    void setCurrentSection(int index, bool focusFirstField = false);
    IntakePage *page(int index) const;
    // Signs after the user confirms, as the Sign button does; false when not signed.
    bool sign();

Q_SIGNALS:
    void intakeSaved(qint64 clientId);
    void intakeSigned(qint64 clientId, qint64 intakeId);
    void printRequested(qint64 intakeId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    QWidget *buildHeader();
    QWidget *buildButtons();
    void createShortcuts();
    void load(const core::Intake &intake);
    core::Intake readForm() const;
    void formEdited();
    void refreshValidation();
    QList<core::Error> localProblems() const;
    bool jumpToField(const QString &fieldKey);
    void revealField(QWidget *field);
    void updateHeader();
    void updateRedFlagBanner();
    void showProblem(const QString &text);
    void refuse(const QString &title, const core::Error &error);
    void restoreWindowGeometry();
    void saveWindowGeometry() const;

    core::IntakeService &m_intakes;
    Prompter &m_prompter;
    const core::Clock &m_clock;
    const core::Session m_session;

    core::Intake m_intake; // as last loaded or saved (id, row version, status)
    mutable core::Intake m_shown;
    QString m_clientName;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_readOnly = false;
    bool m_showSigningProblems = false; // after a refused signing, its rules show at the fields

    QTimer *m_autosave;
    QUndoStack *m_undoStack;
    FieldUndoRecorder *m_recorder;

    QLabel *m_clientLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLabel *m_lockedBanner = nullptr;
    QLabel *m_redFlagBanner = nullptr;
    QLabel *m_problemBanner = nullptr;
    QLabel *m_saveStatus = nullptr;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<IntakePage *> m_pages;
    IntakeHealthPage *m_health = nullptr;
    IntakeTriggersPage *m_triggers = nullptr;
    IntakeQuestionnairesPage *m_questionnaires = nullptr;
    IntakeRedFlagsPage *m_redFlags = nullptr;
    IntakeConsentPage *m_consent = nullptr;
    IntakeReviewPage *m_review = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace stillpoint::ui
