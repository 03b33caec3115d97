// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeService.h"
#include "ui/intake/IntakePrintouts.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QStackedWidget;
class QTableView;

namespace stillpoint::ui {

class IntakeCompareDialog;
class IntakeEditorWindows;
class IntakeHistoryModel;
class IntakeRecordView;
class QuestionnaireDialog;
class QuestionnaireScoreModel;
class RedFlagBanner;
class RedFlagProceedDialog;
class ReferralLetterDialog;

// The selected client's intake, beside their contact record. For the therapist and owner: a red
// banner while red flags block treatment (with "Record reason to proceed…" and "Referral
// letter…"), every intake version, the actions on them (new or continued intake, open, compare,
// print, PDF, referral letter) and the questionnaire scores. For the front desk only whether an
// intake is on file and from when: for that role the panel asks core nothing but onFile().
// Clinical content is read (and audited) only while the panel is on screen; whether an alert
// blocks is asked as soon as a client is chosen, since it is not clinical content and the window
// marks the tab with it.
class IntakePanel final : public QWidget
{
    Q_OBJECT

public:
    using Services = IntakePrintouts::Services;

    explicit IntakePanel(const Services &services, QWidget *parent = nullptr);
    ~IntakePanel() override;

    // The client whose intake is shown (0: none). Reads again when it is another client.
    void setClient(qint64 clientId, const QString &clientName);
    qint64 clientId() const { return m_clientId; }
    // Reads everything shown again (now when on screen, else when next shown).
    void refresh();
    // While the window is locked or signed out nothing here may be used, not even by shortcut.
    void setAvailable(bool available);
    bool hasBlockingAlert() const { return m_blocking; }

    // The actions of the panel, for the window's Intake menu; each has a shortcut.
    QList<QAction *> menuActions() const;
    QAction *editAction() const { return m_editAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *compareAction() const { return m_compareAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *savePdfAction() const { return m_savePdfAction; }
    QAction *referralAction() const { return m_referralAction; }
    QAction *questionnaireAction() const { return m_questionnaireAction; }
    QAction *proceedAction() const { return m_proceedAction; }

    IntakeRecordView *recordView() const { return m_record; }
    IntakeHistoryModel *historyModel() const;
    QTableView *historyView() const;
    QuestionnaireScoreModel *scoreModel() const;
    RedFlagBanner *redFlagBanner() const;
    QLabel *onFileLabel() const { return m_onFileLabel; }
    IntakeEditorWindows *editors() const { return m_editors; }
    const IntakePrintouts &printouts() const { return m_printouts; }
    // Selects the history rows showing these versions (by version number).
    void selectVersions(const QList<int> &versions);

    // The actions' work, callable from tests. Each returns false (or nullptr) when there was
    // nothing to do, the user cancelled or it failed (failures are shown).
    bool editIntake();
    bool openSelected();
    IntakeCompareDialog *compareSelected();
    bool printSelected();
    bool saveSelectedAsPdf();
    ReferralLetterDialog *showReferralLetter();
    QuestionnaireDialog *recordQuestionnaire();
    RedFlagProceedDialog *recordReasonToProceed();

    // Before the session ends: see IntakeEditorWindows.
    bool confirmCloseEditors();
    bool saveEditorsWithoutAsking();
    // Closes the editors and dialogs opened here, without asking; `now` deletes them at once.
    void closeWindows(bool now = false);

Q_SIGNALS:
    // Whether a red-flag alert blocks treatment of the shown client changed.
    void blockingAlertChanged(bool blocking);
    // An action was triggered (by its shortcut, perhaps from elsewhere): show the panel.
    void showRequested();
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Page { MessagePage, FrontDeskPage, ClinicalPage };

    void createActions();
    QWidget *createMessagePage();
    QWidget *createFrontDeskPage();
    void applyRole();
    void forgetClient();
    void reload();
    void checkBlockingAlert();
    void setBlocking(bool blocking);
    void updateActions();
    bool isClinical() const;
    bool canWork() const;
    void track(QDialog *dialog);
    bool printIntake(qint64 intakeId);

    Services m_services;
    IntakePrintouts m_printouts;
    IntakeEditorWindows *m_editors;
    qint64 m_clientId = 0;
    QString m_clientName;
    bool m_available = true;
    bool m_stale = true;
    bool m_blocking = false;
    QList<QPointer<QDialog>> m_dialogs;

    QAction *m_editAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_savePdfAction = nullptr;
    QAction *m_referralAction = nullptr;
    QAction *m_questionnaireAction = nullptr;
    QAction *m_proceedAction = nullptr;

    QStackedWidget *m_pages;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageHint = nullptr;
    QLabel *m_frontDeskTitle = nullptr;
    QLabel *m_onFileLabel = nullptr;
    IntakeRecordView *m_record = nullptr;
};

} // namespace stillpoint::ui
